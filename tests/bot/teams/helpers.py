"""Reading what Teams would show: dialogs, cards, refs."""

from __future__ import annotations

import re
from typing import Any

from tests.bot.teams.conftest import Harness, card_texts

REF = re.compile(r"\b[A-Z][A-Z0-9]*-\d{4}-\d{3,}\b")


def dialog_card(body: dict[str, Any]) -> dict[str, Any]:
    task = body["task"]
    assert task["type"] == "continue", body
    card: dict[str, Any] = task["value"]["card"]["content"]
    return card


def inputs(card: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in card["body"] if e.get("type", "").startswith("Input.")}


def submit_data(card: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = card["actions"][0]["data"]
    return data


def raise_values(text: str) -> dict[str, str]:
    return {"type": "individual", "age": "16-17", "gender": "female",
            "risks": "mental_health.suspected,housing.at_risk", "protective": "",
            "text": text, "confirm": "true"}


def raise_via_dialog(teams: Harness, user: str, text: str) -> dict[str, Any]:
    card = dialog_card(teams.fetch(user, "raise"))
    return teams.submit(user, submit_data(card), raise_values(text))


def ref_in(body: dict[str, Any]) -> str:
    found = REF.search(card_texts(body))
    assert found, card_texts(body)
    return found.group(0)


def fill(teams: Harness, user: str, command: str, values: dict[str, str]) -> dict[str, Any]:
    card = dialog_card(teams.fetch(user, command))
    return teams.submit(user, submit_data(card), values)

"""Neutral ``Message`` → Adaptive Card (schema 1.5), built on the SDK's card models.

Every button carries its command line and opens as a Teams dialog (``task/fetch``):
a dialog is private to the person who pressed it, so the answer (or the form the
command needs) is shown there and never to the whole channel.
"""

from __future__ import annotations

from typing import Any

from microsoft_teams.cards import (
    ActionSet,
    AdaptiveCard,
    CardElement,
    Container,
    Fact,
    FactSet,
    SubmitAction,
    TextBlock,
)
from microsoft_teams.cards.core import ActionStyle

from commands.messages import Action, Message, Section, Style

SCHEMA_URL = "http://adaptivecards.io/schemas/adaptive-card.json"
CARD_VERSION = "1.5"
CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
COMMAND_KEY = "hubbot_command"
MAX_CARD_BYTES = 27_000  # Teams refuses activities over ~28 KB

_STYLES: dict[Style, ActionStyle] = {
    Style.DEFAULT: "default", Style.PRIMARY: "positive", Style.DANGER: "destructive",
}


def command_data(command: str) -> dict[str, Any]:
    """``Action.Submit`` data that makes Teams send a ``task/fetch`` with the command."""
    return {"msteams": {"type": "task/fetch"}, COMMAND_KEY: command}


def button(action: Action) -> SubmitAction:
    return SubmitAction(title=action.label, style=_STYLES[action.style],
                        data=command_data(action.command))


def card_json(card: AdaptiveCard) -> dict[str, Any]:
    """The wire JSON of a card, with ``$schema`` and the pinned version."""
    data: dict[str, Any] = card.model_dump(by_alias=True, exclude_none=True)
    data.pop("schema", None)
    data["version"] = CARD_VERSION
    fixed = _whole_numbers(data)
    assert isinstance(fixed, dict)
    return {"$schema": SCHEMA_URL, **fixed}


def _whole_numbers(value: Any) -> Any:
    """The card models type counts as floats; the schema wants integers there."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _whole_numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_whole_numbers(v) for v in value]
    return value


def section_elements(section: Section, *, first: bool) -> list[CardElement]:
    items: list[CardElement] = []
    if section.heading:
        items.append(TextBlock(text=section.heading, weight="Bolder", wrap=True))
    if section.text:
        items.append(TextBlock(text=section.text, wrap=True))
    if section.facts:
        items.append(FactSet(facts=[Fact(title=f.label, value=f.value) for f in section.facts]))
    if section.items:
        items.append(TextBlock(text="\n".join(f"- {i}" for i in section.items), wrap=True))
    if section.actions:
        items.append(ActionSet(actions=[button(a) for a in section.actions]))
    if not items:
        return []
    return [Container(items=items, separator=not first and bool(section.heading),
                      spacing="Medium" if not first else None)]


def message_card(message: Message) -> dict[str, Any]:
    """The card for a message; falls back to its summary when it would not fit."""
    body: list[CardElement] = []
    if message.title:
        body.append(TextBlock(text=message.title, weight="Bolder", size="Medium", wrap=True))
    for i, section in enumerate(message.sections):
        body.extend(section_elements(section, first=i == 0 and not message.title))
    if message.context:
        body.append(TextBlock(text=message.context, is_subtle=True, size="Small", wrap=True))
    if not message.sections:  # the summary is the whole message
        body.insert(1 if message.title else 0, TextBlock(text=message.summary, wrap=True))
    card = card_json(AdaptiveCard(body=body, fallback_text=message.summary))
    if len(_dumps(card)) > MAX_CARD_BYTES:
        short = TextBlock(text=message.summary[:2000], wrap=True)
        card = card_json(AdaptiveCard(body=[short], fallback_text=message.summary[:2000]))
    return card


def attachment(card: dict[str, Any]) -> dict[str, Any]:
    return {"contentType": CARD_CONTENT_TYPE, "content": card}


def message_activity(message: Message) -> dict[str, Any]:
    """A message activity body (Bot Connector JSON) carrying the card."""
    return {"type": "message", "summary": message.summary[:200],
            "attachments": [attachment(message_card(message))]}


def _dumps(data: dict[str, Any]) -> bytes:
    import json

    return json.dumps(data, ensure_ascii=False).encode()

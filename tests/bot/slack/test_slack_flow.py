"""The table run in Slack end to end, through signed requests and the fake Web API."""

from __future__ import annotations

import json
from typing import Any

from sqlmodel import select

from models import OutboxMessage, Situation
from scheduler.sweep import sweep_table
from tests.bot.slack.harness import TABLE_CHANNEL, SlackWorld, agency_channel, user
from tests.factories import FIRST_AGENDA_DUE, SAFE_TEXT, SAFE_UPDATE, UNSAFE_TEXT

RISKS = ["mental_health.suspected", "housing.at_risk"]
RAISE = {"type": "individual", "age": "16-17", "gender": "female", "risks": RISKS,
         "protective": [], "text": SAFE_TEXT, "confirm": ["yes"]}


def rows(world: SlackWorld, model: Any) -> list[Any]:
    with world.hub.engine.connect():
        from models.db import new_session

        with new_session(world.engine) as session:
            return list(session.exec(select(model)).all())


def open_form(world: SlackWorld, who: str, text: str) -> dict[str, Any]:
    before = len(world.fake.of("views.update"))
    assert world.command(who, text).status_code == 200
    world.fake.wait_calls("views.update", before + 1)
    return world.last_view()


def ask(world: SlackWorld, who: str, text: str) -> Any:
    """Type a command and wait for its private answer."""
    before = len(world.fake.of("response_url"))
    assert world.command(who, text).status_code == 200
    return world.fake.wait_calls("response_url", before + 1)[-1]


def buttons(call_args: dict[str, Any]) -> list[str]:
    return [e["value"] for b in call_args.get("blocks", []) if b["type"] == "actions"
            for e in b["elements"]]


def raise_situation(world: SlackWorld, who: str = "officer") -> str:
    view = open_form(world, who, "raise")
    before = len(world.fake.of("response_url"))
    resp = world.submit(who, view, RAISE)
    assert resp.status_code == 200 and resp.content in (b"", b"{}"), resp.text
    [situation] = [s for s in rows(world, Situation)][-1:]
    world.fake.wait_calls("response_url", before + 1)
    return str(situation.ref)


def test_help_is_acknowledged_then_answered_privately(world: SlackWorld) -> None:
    resp = world.command("officer", "help")
    assert resp.status_code == 200
    assert resp.content == b""
    [reply] = world.fake.wait_calls("response_url")
    assert reply.args["response_type"] == "ephemeral"
    assert "hubbot help" in reply.args["text"]


def test_unknown_member_is_told_who_can_add_them(world: SlackWorld) -> None:
    world.command("stranger", "list")
    [reply] = world.fake.wait_calls("response_url")
    assert "not a member" in reply.args["text"]


def test_raise_modal_opens_on_the_trigger_before_any_database_work(world: SlackWorld) -> None:
    view = open_form(world, "officer", "raise")
    [opened] = world.fake.of("views.open")
    assert opened.args["trigger_id"].startswith("1.1.trigger")
    assert view["title"]["text"] == "Raise a situation"
    blocks = {b["block_id"]: b for b in view["blocks"] if b["type"] == "input"}
    risks = blocks["f:risks"]["element"]
    assert risks["type"] in ("multi_static_select", "multi_external_select")
    if risks["type"] == "multi_static_select":
        assert sum(len(g["options"]) for g in risks["option_groups"]) <= 100


def test_guard_hit_is_shown_next_to_the_field_and_nothing_is_stored(world: SlackWorld) -> None:
    view = open_form(world, "officer", "raise")
    resp = world.submit("officer", view, {**RAISE, "text": UNSAFE_TEXT})
    assert resp.status_code == 200
    answer = resp.json()
    assert answer["response_action"] == "errors"
    assert set(answer["errors"]) == {"f:text"}
    assert "phone number" in answer["errors"]["f:text"]
    assert rows(world, Situation) == [] and rows(world, OutboxMessage) == []
    # Corrected, the same modal goes through.
    resp = world.submit("officer", view, RAISE)
    assert resp.content in (b"", b"{}")
    assert len(rows(world, Situation)) == 1


def test_missing_choice_is_an_error_next_to_its_field(world: SlackWorld) -> None:
    view = open_form(world, "officer", "raise")
    resp = world.submit("officer", view, {**RAISE, "age": None, "confirm": []})
    errors = resp.json()["errors"]
    assert {"f:age", "f:confirm"} <= set(errors)
    assert rows(world, Situation) == []


def test_external_select_serves_grouped_options(world: SlackWorld) -> None:
    view = open_form(world, "officer", "raise")
    resp = world.suggest("officer", view, "f:risks", "housing")
    groups = resp.json()["option_groups"]
    assert groups and all(len(g["options"]) <= 100 for g in groups)
    assert any(o["value"] == "housing.at_risk" for g in groups for o in g["options"])


def test_the_whole_story_in_slack(world: SlackWorld) -> None:
    fake = world.fake
    ref = raise_situation(world)
    reply = fake.of("response_url")[-1]
    assert ref in reply.args["text"] and reply.args["response_type"] == "ephemeral"
    world.deliver()
    assert any(ref in t for t in fake.texts()), "the table sees the raised situation"
    assert fake.of("chat.postMessage")[0].args["channel"] == TABLE_CHANNEL

    # The agenda is posted before the meeting, with the chair's buttons per item.
    world.clock.set(FIRST_AGENDA_DUE)
    sweep_table(world.engine, world.table_id, world.clock.now())
    world.deliver()
    agenda = [c for c in fake.of("chat.postMessage") if f"accept {ref}" in buttons(c.args)]
    assert agenda, "agenda with accept/reject buttons"
    agenda_ts = next(ts for (_ch, ts), a in fake.messages.items() if a is agenda[-1].args)

    # A rep who is not the chair presses "Accept": refused, nothing changes.
    before = len(fake.of("views.update"))
    world.press("housing", f"accept {ref}", message_ts=agenda_ts)
    fake.wait_calls("views.update", before + 1)
    assert "Only a chair" in json.dumps(fake.of("views.update")[-1].args)
    assert rows(world, Situation)[0].status == "raised"

    # The chair accepts from the agenda: lead MHA, assisting HOU.
    before = len(fake.of("views.update"))
    world.press("chair", f"accept {ref}", message_ts=agenda_ts)
    fake.wait_calls("views.update", before + 1)
    form = world.last_view()
    assert form["callback_id"] == "hub:form"
    resp = world.submit("chair", form, {"lead": "MHA", "assist": ["HOU"]})
    assert resp.content in (b"", b"{}"), resp.text
    assert rows(world, Situation)[0].status == "accepted"
    world.deliver()
    posted_to = {c.args["channel"] for c in fake.of("chat.postMessage")}
    assert {agency_channel("MHA"), agency_channel("HOU"), user("nurse"),
            user("housing")} <= posted_to
    assert agency_channel("POL") not in posted_to - {TABLE_CHANNEL}
    [created] = fake.of("conversations.create")
    assert created.args["name"] == f"hub-{ref.lower()}" and created.args["is_private"]
    invited = set(fake.of("conversations.invite")[0].args["users"].split(","))
    assert invited == {user("nurse"), user("housing"), user("chair")}
    assert fake.of("chat.update"), "the posted agenda is updated in place"
    assert all(c.args["ts"] == agenda_ts for c in fake.of("chat.update")
               if c.args["channel"] == TABLE_CHANNEL)

    # A member of an agency not involved sees no timeline.
    shown = ask(world, "teacher", f"show {ref}")
    assert "visible to the involved agencies" in json.dumps(shown.args)

    # The lead's rep adds an update; it goes to the private channel only.
    ask(world, "nurse", f"update {ref} {SAFE_UPDATE}")
    world.deliver()
    channel = created_channel(world)
    assert any(c.args["channel"] == channel and "counsellor" in json.dumps(c.args)
               for c in fake.of("chat.postMessage"))

    # Intervention logged from the reminder/assignment button.
    world.press("nurse", f"intervened {ref}")
    fake.wait_for(lambda: rows(world, Situation)[0].status == "intervened")

    # The chair closes it: the filter-4 channel is archived.
    form = open_form(world, "chair", f"close {ref}")
    resp = world.submit("chair", form, {"conclusion": "lowered_connected", "protective": []})
    assert resp.content in (b"", b"{}"), resp.text
    world.deliver()
    assert rows(world, Situation)[0].status == "closed"
    [archived] = fake.of("conversations.archive")
    assert archived.args["channel"] == channel


def created_channel(world: SlackWorld) -> str:
    return next(iter(world.fake.channels))

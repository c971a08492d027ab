"""A table run in Teams end to end, through the real protocol."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from models import Situation
from models.conversation_ref import ConversationRef
from models.db import new_session
from tests.bot.teams.conftest import TABLE_CHANNEL, Harness, card_texts, channel_of
from tests.bot.teams.helpers import (
    dialog_card,
    fill,
    inputs,
    raise_via_dialog,
    ref_in,
    submit_data,
)
from tests.factories import SAFE_TEXT, UNSAFE_TEXT


def install_everywhere(teams: Harness) -> None:
    for conversation in (TABLE_CHANNEL, channel_of("POL"), channel_of("MHA"),
                         channel_of("HOU"), channel_of("CFS")):
        assert teams.install(conversation).status_code == 200


def situations(teams: Harness) -> list[Situation]:
    with new_session(teams.engine) as session:
        return list(session.exec(select(Situation)))


def test_install_stores_references_and_welcomes(teams: Harness) -> None:
    install_everywhere(teams)
    with new_session(teams.engine) as session:
        refs = {r.conversation_id: r for r in session.exec(select(ConversationRef))}
    assert TABLE_CHANNEL in refs and refs[TABLE_CHANNEL].kind == "channel"
    assert refs[TABLE_CHANNEL].service_url == teams.fake.service_url.rstrip("/")
    welcome = teams.fake.sent(TABLE_CHANNEL)[-1]
    assert TABLE_CHANNEL in card_texts(welcome.body)


def test_commands_by_mention_personal_chat_and_menu(teams: Harness) -> None:
    install_everywhere(teams)
    teams.say("officer", "list open", conversation="a:officer-chat", kind="personal")
    personal = teams.fake.sent("a:officer-chat")
    assert personal and "situation" in card_texts(personal[-1].body).lower()
    # Unknown command: a short private answer saying what to type instead.
    teams.say("officer", "frobnicate", conversation="a:officer-chat", kind="personal")
    assert "help" in card_texts(teams.fake.sent("a:officer-chat")[-1].body)
    # By mention in the table channel: the answer goes to a personal chat.
    before = len(teams.fake.calls)
    teams.say("officer", "help")
    new = teams.fake.calls[before:]
    assert any(c.path == "/v3/conversations" for c in new)  # 1:1 opened
    assert "personal chat" in card_texts(teams.fake.sent(TABLE_CHANNEL)[-1].body)
    # A form command typed in chat answers with a button that opens the dialog.
    teams.say("officer", "raise", conversation="a:officer-chat", kind="personal")
    prompt = teams.fake.sent("a:officer-chat")[-1].body
    action = prompt["attachments"][0]["content"]["body"][0]["items"][-1]["actions"][0]
    assert action["data"] == {"msteams": {"type": "task/fetch"}, "hubbot_command": "raise"}


def test_the_whole_story_in_teams(teams: Harness) -> None:
    install_everywhere(teams)

    # Raise with identifying details: refused in the dialog, nothing stored.
    refused = raise_via_dialog(teams, "officer", UNSAFE_TEXT)
    card = dialog_card(refused)
    text = card_texts(card)
    assert "Nothing was saved" in text and "306-555-0199" in text
    assert inputs(card)["text"]["value"] == UNSAFE_TEXT  # kept for the person to fix
    assert situations(teams) == []
    # Raise properly.
    ref = ref_in(raise_via_dialog(teams, "officer", SAFE_TEXT))
    assert [s.ref for s in situations(teams)] == [ref]
    teams.deliver()
    assert ref in card_texts(teams.fake.sent(TABLE_CHANNEL)[-1].body)

    # Accept from the dialog; the agencies, their reps and a filter-4 chat hear of it.
    calls_before = len(teams.fake.calls)
    done = fill(teams, "chair", f"accept {ref}", {"lead": "MHA", "assist": "POL"})
    assert ref in card_texts(done)
    report = teams.deliver()
    assert report.failed == 0, report.errors
    new = teams.fake.calls[calls_before:]
    assert any(ref in card_texts(c.body) for c in teams.fake.sent(channel_of("MHA")))
    assert any(ref in card_texts(c.body) for c in teams.fake.sent(channel_of("POL")))
    chats = [c for c in new if c.path == "/graph/chats"]
    assert len(chats) == 1
    members = {m["user@odata.bind"] for m in chats[0].body["members"]}
    assert any("aad-nurse" in m for m in members) and any("aad-chair" in m for m in members)
    assert not any("aad-housing" in m for m in members)
    assert any(c.path.endswith("/installedApps") for c in new)
    direct = [c for c in new if c.path == "/v3/conversations"]
    assert direct, "reps get direct messages"

    # The intervention-due reminder reaches the lead agency with done/snooze.
    teams.clock.advance(hours=25)
    teams.sweep()
    teams.deliver()
    reminder = teams.fake.sent(channel_of("MHA"))[-1].body
    labels = card_texts(reminder)
    assert "Log intervention" in labels and "Snooze" in labels
    assert "\"hubbot_command\": \"snooze" in str(reminder).replace("'", "\"")
    answer = teams.fetch("nurse", f"intervened {ref}")
    assert ref in card_texts(answer)

    # Close from the dialog: the filter-4 chat gets the closing message.
    chat_id = next(c for c in teams.fake.conversations if c.endswith("@thread.v2"))
    done = fill(teams, "chair", f"close {ref}", {"conclusion": inputs(dialog_card(
        teams.fetch("chair", f"close {ref}")))["conclusion"]["choices"][0]["value"]})
    assert ref in card_texts(done)
    teams.deliver()
    assert any(ref in card_texts(c.body) for c in teams.fake.sent(chat_id))
    assert situations(teams)[0].status == "closed"


def test_agenda_is_posted_and_updated_in_place(teams: Harness) -> None:
    install_everywhere(teams)
    raise_via_dialog(teams, "officer", SAFE_TEXT)
    teams.deliver()
    teams.clock.advance(hours=23, minutes=5)  # past the agenda time (Tue 08:00)
    teams.sweep()
    teams.deliver()
    posts = [c for c in teams.fake.sent(TABLE_CHANNEL, "POST") if "genda" in card_texts(c.body)]
    assert posts
    raise_via_dialog(teams, "nurse", SAFE_TEXT)
    teams.sweep()
    teams.deliver()
    updates = teams.fake.sent(TABLE_CHANNEL, "PUT")
    assert updates and "-002" in card_texts(updates[-1].body)


def test_dialog_form_problems_are_shown_and_nothing_stored(teams: Harness) -> None:
    install_everywhere(teams)
    card = dialog_card(teams.fetch("officer", "raise"))
    body = teams.submit("officer", submit_data(card), {"type": "individual", "text": SAFE_TEXT,
                                                      "confirm": "false"})
    again = dialog_card(body)
    assert "Nothing was saved" in card_texts(again)
    assert situations(teams) == []


def test_duplicate_delivery_is_handled_once(teams: Harness) -> None:
    activity = teams.message("officer", "help", conversation="a:dup", kind="personal")
    assert teams.post(activity).status_code == 200
    assert teams.post(activity).status_code == 200
    assert len(teams.fake.sent("a:dup")) == 1


def test_timeline_and_update_keep_the_clock(teams: Harness) -> None:
    install_everywhere(teams)
    ref = ref_in(raise_via_dialog(teams, "officer", SAFE_TEXT))
    fill(teams, "chair", f"accept {ref}", {"lead": "MHA", "assist": "POL"})
    teams.clock.advance(minutes=5)
    body = fill(teams, "nurse", f"update {ref}", {"text": "Family agreed to meet."})
    assert ref in card_texts(body)
    assert timedelta(0) < teams.clock.now() - teams.clock.now().replace(minute=0)

"""One table, two platforms: the Police on Slack, everyone else on Teams.

Teams goes through hubbot's real endpoint and the fake Bot Connector; Slack through
the Slack engineer's sender against their fake Web API. Slack-side commands are
given to the core directly (the Slack endpoint is tested in tests/bot/slack).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from bot.slack.clients import outbox_client
from bot.slack.sender import SlackSender
from commands.service import run_command
from tests.bot.slack.fake_slack import FakeSlack, running_fake_slack
from tests.bot.teams.conftest import (
    TABLE_CHANNEL,
    Harness,
    card_texts,
    channel_of,
    make_harness,
    teams_table,
)
from tests.bot.teams.fakes import FakeMicrosoft
from tests.bot.teams.helpers import REF, dialog_card, fill, inputs
from tests.factories import raise_line


@pytest.fixture
def mixed(engine: Engine, fake: FakeMicrosoft) -> Iterator[tuple[Harness, FakeSlack]]:
    data = teams_table(slack_agencies=frozenset({"POL"}), slack_users=frozenset({"officer"}),
                       slack_channel="CHUB")
    with running_fake_slack() as slack:
        harness = make_harness(engine, fake, data)
        harness.senders["slack"] = SlackSender(lambda _t: outbox_client("xoxb", slack.api_url))
        yield harness, slack
        harness.served.stop()


def slack_texts(slack: FakeSlack, channel: str) -> str:
    return "\n".join(str(c.args) for c in slack.of("chat.postMessage")
                     if c.args.get("channel") == channel)


def test_a_table_across_slack_and_teams(mixed: tuple[Harness, FakeSlack]) -> None:
    teams, slack = mixed
    for conversation in (TABLE_CHANNEL, channel_of("MHA"), channel_of("HOU")):
        teams.install(conversation)

    # The Slack police officer raises; both table channels hear of it.
    reply = run_command(teams.hub, platform="slack", user_id="UOFFICER", text=raise_line())
    ref = REF.search(reply.message.summary if hasattr(reply, "message") else "")
    assert ref, reply
    ref_s = ref.group(0)
    assert teams.deliver().failed == 0
    assert ref_s in slack_texts(slack, "CHUB")
    assert any(ref_s in card_texts(c.body) for c in teams.fake.sent(TABLE_CHANNEL))

    # The chair accepts on Teams: Mental Health (Teams) leads, Police (Slack) assists.
    fill(teams, "chair", f"accept {ref_s}", {"lead": "MHA", "assist": "POL"})
    report = teams.deliver()
    assert report.failed == 0, report.errors
    assert any(ref_s in card_texts(c.body) for c in teams.fake.sent(channel_of("MHA")))
    assert ref_s in slack_texts(slack, "CPOL")  # the assisting agency's Slack channel
    assert not teams.fake.sent(channel_of("POL"))  # nothing for Police on Teams
    # A filter-4 space on each platform, each with only that platform's people.
    graph = [c for c in teams.fake.calls if c.path == "/graph/chats"]
    assert len(graph) == 1
    teams_people = {m["user@odata.bind"] for m in graph[0].body["members"]}
    assert any("aad-nurse" in p for p in teams_people)
    assert not any("OFFICER" in p for p in teams_people)
    assert slack.of("conversations.create")

    # Reminders go to the lead agency on its own platform.
    teams.clock.advance(hours=25)
    teams.sweep()
    teams.deliver()
    reminder = teams.fake.sent(channel_of("MHA"))[-1].body
    assert "Snooze" in card_texts(reminder)
    assert "Snooze" not in slack_texts(slack, "CPOL")

    # The chair closes on Teams; both table channels and Police on Slack are told.
    slack_before = len(slack.of("chat.postMessage"))
    close_card = dialog_card(teams.fetch("chair", f"close {ref_s}"))
    conclusion = inputs(close_card)["conclusion"]["choices"][0]["value"]
    fill(teams, "chair", f"close {ref_s}", {"conclusion": conclusion})
    assert teams.deliver().failed == 0
    later = slack.of("chat.postMessage")[slack_before:]
    assert any(c.args.get("channel") == "CHUB" for c in later)
    chat_id = next(c for c in teams.fake.conversations if c.endswith("@thread.v2"))
    assert any(ref_s in card_texts(c.body) for c in teams.fake.sent(chat_id))

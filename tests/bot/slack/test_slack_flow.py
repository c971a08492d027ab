"""The table run in Slack end to end, through signed requests and the fake Web API."""

from __future__ import annotations

import json

from tests.bot.slack.harness import TABLE_CHANNEL, SlackWorld, agency_channel, user
from tests.factories import SAFE_TEXT

RISKS = ["mental_health.suspected", "housing.at_risk"]


def test_help_is_acknowledged_then_answered_privately(world: SlackWorld) -> None:
    resp = world.command("officer", "help")
    assert resp.status_code == 200
    assert resp.content == b""
    [reply] = world.fake.wait_calls("response_url")
    assert reply.args["response_type"] == "ephemeral"
    assert "hubbot help" in reply.args["text"]

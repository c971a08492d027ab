"""Renderers, manifest and sender details that need no server."""

from __future__ import annotations

import json

from bot.slack.blocks import MAX_BLOCKS, payloads
from bot.slack.clients import outbox_client
from bot.slack.manifest import BOT_SCOPES, manifest
from bot.slack.sender import SlackSender, channel_name
from commands.messages import Action, Fact, Message, Section
from commands.ports import Delivery
from tests.bot.slack.fake_slack import running_fake_slack


def long_agenda(items: int) -> Message:
    sections = tuple(
        Section(heading=f"{i}. PA-2026-{i:03d}", text="x" * 500,
                facts=(Fact("Lead", "Police"), Fact("Days open", "3")),
                actions=(Action("Accept", f"accept PA-2026-{i:03d}"),), key=f"PA-2026-{i:03d}")
        for i in range(1, items + 1))
    return Message(summary="Agenda", title="Agenda", sections=sections, context="end")


def test_long_messages_split_without_cutting_an_item() -> None:
    parts = payloads(long_agenda(40))
    assert len(parts) > 1
    for part in parts:
        assert len(part["blocks"]) <= MAX_BLOCKS
        keys = [b.get("block_id", "") for b in part["blocks"]]
        # every item that starts in a part also has its buttons in that part
        starts = {k.split(":")[1] for k in keys if k.startswith("s:")}
        ends = {k.split(":")[1] for k in keys if k.startswith("a:")}
        assert starts == ends
    assert sum(1 for p in parts for b in p["blocks"] if b["type"] == "actions") == 40


def test_section_text_is_kept_under_slack_limits() -> None:
    parts = payloads(Message(summary="s", sections=(Section(text="word " * 2000),)))
    for part in parts:
        for block in part["blocks"]:
            assert len(block.get("text", {}).get("text", "")) <= 3000


def test_manifest_http_and_socket_mode() -> None:
    http = manifest("https://hub.example.org/")
    events = "https://hub.example.org/slack/events"
    assert http["features"]["slash_commands"][0]["url"] == events
    assert http["settings"]["interactivity"]["request_url"] == events
    assert http["settings"]["interactivity"]["message_menu_options_url"] == events
    assert http["settings"]["event_subscriptions"]["request_url"] == events
    assert http["oauth_config"]["redirect_urls"] == [
        "https://hub.example.org/slack/oauth_redirect"]
    assert http["oauth_config"]["scopes"]["bot"] == list(BOT_SCOPES)
    assert http["features"]["app_home"]["home_tab_enabled"] is True
    sock = manifest(socket_mode=True)
    assert sock["settings"]["socket_mode_enabled"] is True
    assert "url" not in sock["features"]["slash_commands"][0]
    json.dumps(sock)


def test_filter4_channel_names_are_collision_safe_and_reused_on_redelivery() -> None:
    with running_fake_slack() as fake:
        sender = SlackSender(lambda _t: outbox_client("xoxb", fake.api_url))
        fake.channels["G0"] = {"id": "G0", "name": "hub-pa-2026-014", "is_member": False,
                               "is_archived": False, "members": []}
        msg = Message(summary="Filter-4", sections=(Section(text="plan"),))
        delivery = Delivery("filter4_open", "hub-pa-2026-014", msg, members=("U1", "UBOT"))
        first = sender.send(delivery)
        assert fake.channels[first]["name"] == "hub-pa-2026-014-2"
        again = sender.send(delivery)  # at-least-once: the outbox repeated the row
        assert again == first
        assert len(fake.channels) == 2
        assert all("UBOT" not in c.args["users"] for c in fake.of("conversations.invite"))
        assert channel_name("Hub PA.2026/014") == "hub-pa-2026-014"


def test_living_message_update_falls_back_to_a_new_post() -> None:
    with running_fake_slack() as fake:
        fake.fail("chat.update", error="message_not_found")
        sender = SlackSender(lambda _t: outbox_client("xoxb", fake.api_url))
        ts = sender.send(Delivery("table", "C1", Message(summary="agenda"), previous="1.1"))
        assert ts != "1.1" and len(fake.of("chat.postMessage")) == 1



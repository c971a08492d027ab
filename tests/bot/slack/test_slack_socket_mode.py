"""Socket Mode end to end: what ``hubbot serve`` composes with ``SLACK_APP_TOKEN``
opens a connection through ``apps.connections.open`` on the fake Web API, then serves
Slack's envelopes over the loopback WebSocket, with no HTTP events route at all."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from bot.serve import Server, compose
from bot.settings import Settings
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.fake_socket import FakeSocketMode, running_socket_mode
from tests.bot.slack.harness import TABLE_CHANNEL, slack_table, user
from tests.factories import make_table

APP_TOKEN = "xapp-1-A0001-1234-abcdef"
BOT_TOKEN = "xoxb-socket"
ACK_WITHIN = 3.0  # Slack's deadline for an acknowledgement


@dataclass
class SocketWorld:
    server: Server
    fake: FakeSlack
    socket: FakeSocketMode

    def envelope(self, kind: str, payload: dict[str, Any], **extra: Any) -> str:
        """Send an envelope shaped as Slack sends it; returns its id."""
        envelope_id = str(uuid.uuid4())
        self.socket.send({"envelope_id": envelope_id, "payload": payload, "type": kind,
                          **extra})
        return envelope_id

    def command(self, who: str, text: str, n: int) -> str:
        # Socket Mode carries the slash command's form fields as JSON strings.
        return self.envelope("slash_commands", {
            "token": "deprecated-verification-token", "team_id": "T0001",
            "team_domain": "hub", "channel_id": TABLE_CHANNEL, "channel_name": "hub-table",
            "user_id": user(who), "user_name": who, "command": "/hub", "text": text,
            "api_app_id": "A0001", "is_enterprise_install": "false",
            "response_url": self.fake.response_url(f"sock{n}"),
            "trigger_id": f"{n}.1.socket{n}",
        }, accepts_response_payload=True)

    def acked_in_time(self, envelope_id: str) -> dict[str, Any]:
        sent = time.monotonic()
        ack = self.socket.ack_for(envelope_id, timeout=ACK_WITHIN)
        assert ack.at - sent < ACK_WITHIN
        return ack.message


@pytest.fixture
def socket_world(database_url: str, engine: Engine, fake: FakeSlack,
                 ) -> Iterator[SocketWorld]:
    make_table(engine, data=slack_table())
    with running_socket_mode() as sock:
        fake.socket_url = sock.url
        settings = Settings(_env_file=None, database_url=database_url,
                            slack_bot_token=BOT_TOKEN, slack_app_token=APP_TOKEN,
                            slack_api_url=fake.api_url)
        server = compose(settings)
        try:
            assert server.socket_mode is not None
            server.socket_mode.connect()  # as `hubbot serve` does before serving HTTP
            sock.wait_connected()
            yield SocketWorld(server, fake, sock)
        finally:
            # Only for speed: the client's close() waits out its reader's 3 s recv
            # timeout and its queue's 1 s poll; wake both first.
            sock.drop()
            server.socket_mode.client.closed = True
            server.socket_mode.client.message_queue.put(None)
            server.socket_mode.close()
            server.hub.engine.dispose()


def test_serve_connects_with_the_app_token_and_no_events_route(
        socket_world: SocketWorld) -> None:
    [opened] = socket_world.fake.of("apps.connections.open")
    assert opened.token == APP_TOKEN
    routes = {getattr(r, "path", "") for r in socket_world.server.asgi.routes}
    assert "/slack/events" not in routes
    [handshake] = socket_world.socket.handshakes
    assert handshake["request"].startswith("GET /link/?ticket=")


def test_a_slash_command_is_acknowledged_then_answered(socket_world: SocketWorld) -> None:
    fake = socket_world.fake
    envelope_id = socket_world.command("officer", "help", 1)
    ack = socket_world.acked_in_time(envelope_id)
    assert ack == {"envelope_id": envelope_id}  # an empty ack: the answer comes after
    [reply] = fake.wait_calls("response_url")
    assert reply.args["_url"] == "/respond/sock1"
    assert reply.args["response_type"] == "ephemeral" and "hubbot help" in reply.args["text"]
    assert not socket_world.socket.errors


def test_a_form_command_opens_its_modal_on_the_trigger(socket_world: SocketWorld) -> None:
    fake = socket_world.fake
    envelope_id = socket_world.command("officer", "raise", 2)
    socket_world.acked_in_time(envelope_id)
    [opened] = fake.wait_calls("views.open")
    assert opened.args["trigger_id"] == "2.1.socket2" and opened.token == BOT_TOKEN
    [updated] = fake.wait_calls("views.update")
    assert "Raise a situation" in json.dumps(updated.args["view"])


def test_an_event_envelope_is_acknowledged_and_handled(socket_world: SocketWorld) -> None:
    payload = {"token": "x", "team_id": "T0001", "api_app_id": "A0001",
               "type": "event_callback", "event_id": "EvSock1", "event_time": int(time.time()),
               "event": {"type": "app_home_opened", "user": user("nurse"), "tab": "home",
                         "channel": "D1", "event_ts": "1700000000.1"}}
    envelope_id = socket_world.envelope("events_api", payload, accepts_response_payload=False,
                                        retry_attempt=0, retry_reason="")
    socket_world.acked_in_time(envelope_id)
    [published] = socket_world.fake.wait_calls("views.publish")
    assert published.args["user_id"] == user("nurse") and published.token == BOT_TOKEN

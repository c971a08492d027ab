"""hubbot's Slack endpoint on a loopback port, driven as Slack drives it.

Requests are signed exactly as Slack signs them (``v0:{ts}:{body}``, HMAC-SHA256 with
the signing secret) and shaped as Slack sends them: slash commands form-encoded,
interactivity as a ``payload=`` form field holding JSON, events as JSON.
"""

from __future__ import annotations

import copy
import hashlib
import hmac
import itertools
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

import httpx
import uvicorn
from sqlalchemy.engine import Engine

from bot.settings import Settings
from bot.slack import build_slack_app, make_sender
from bot.slack.server import build_asgi_app
from commands.context import Hub
from commands.ports import FrozenClock
from scheduler.outbox import DispatchReport, deliver_due
from tests.bot.slack.fake_slack import FakeSlack
from tests.factories import START, demo_data, make_table

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
TABLE_CHANNEL = "CTABLE"


def user(name: str) -> str:
    return f"U{name.upper()}"


def agency_channel(code: str) -> str:
    return f"C{code}"


def slack_table() -> dict[str, Any]:
    """The demo table on Slack: table channel, agency channels, members by user id."""
    data = demo_data(channels=[{"platform": "slack", "address": TABLE_CHANNEL}])
    for agency in data["agencies"]:
        if agency["targets"]:
            agency["targets"] = [{"platform": "slack", "address": agency_channel(agency["code"])}]
    for member in data["members"]:
        member.update(platform="slack", user_id=user(member["user_id"]))
    return data


def sign(body: str, timestamp: int, secret: str = SECRET) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


class TrackingExecutor(ThreadPoolExecutor):
    """A thread pool that knows how much of its work is still to do, so a test can
    wait for it to drain instead of sleeping and hoping."""

    def __init__(self, workers: int, name: str) -> None:
        super().__init__(workers, thread_name_prefix=name)
        self.pending = 0
        self.idle = threading.Condition()

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self.idle:
            self.pending += 1
        try:
            future = super().submit(fn, *args, **kwargs)
        except BaseException:
            self._done(None)
            raise
        future.add_done_callback(self._done)
        return future

    def _done(self, _future: Future[Any] | None) -> None:
        with self.idle:
            self.pending -= 1
            self.idle.notify_all()

    def drain(self, timeout: float = 10.0) -> None:
        with self.idle:
            if self.idle.wait_for(lambda: self.pending == 0, timeout):
                return
            raise AssertionError(f"{self.pending} tasks still running after {timeout}s")


class Served:
    """An ASGI app served by uvicorn on a free loopback port, in a thread."""

    def __init__(self, app: Any) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]},
                                       daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the bot's HTTP server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@dataclass
class SlackWorld:
    engine: Engine
    fake: FakeSlack
    clock: FrozenClock
    hub: Hub
    settings: Settings
    served: Served
    http: httpx.Client
    table_id: int
    listeners: TrackingExecutor
    work: TrackingExecutor
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    # ------------------------------------------------------------ signed requests

    def post(self, body: str, content_type: str, *, age: float = 0.0,
             signature: str | None = None, headers: dict[str, str] | None = None,
             ) -> httpx.Response:
        ts = int(time.time() - age)
        sent = {"Content-Type": content_type, "X-Slack-Request-Timestamp": str(ts),
                "X-Slack-Signature": signature if signature is not None else sign(body, ts)}
        sent.update(headers or {})
        if signature == "":
            del sent["X-Slack-Signature"]
        return self.http.post("/slack/events", content=body.encode(), headers=sent)

    def command_body(self, who: str, text: str, channel: str = TABLE_CHANNEL,
                     team: str = "T0001") -> str:
        n = next(self._ids)
        return urlencode({
            "token": "deprecated-verification-token", "team_id": team,
            "team_domain": "hub", "channel_id": channel, "channel_name": "hub-table",
            "user_id": user(who), "user_name": who, "command": "/hub", "text": text,
            "api_app_id": "A0001", "is_enterprise_install": "false",
            "response_url": self.fake.response_url(f"cmd{n}"),
            "trigger_id": f"{n}.1.trigger{n}",
        })

    def command(self, who: str, text: str, channel: str = TABLE_CHANNEL,
                team: str = "T0001", **kw: Any) -> httpx.Response:
        return self.post(self.command_body(who, text, channel, team),
                         "application/x-www-form-urlencoded", **kw)

    def interactive(self, payload: dict[str, Any], **kw: Any) -> httpx.Response:
        body = urlencode({"payload": json.dumps(payload)})
        return self.post(body, "application/x-www-form-urlencoded", **kw)

    def press(self, who: str, value: str, *, channel: str = TABLE_CHANNEL,
              message_ts: str = "1700000001.000100", action_ts: str | None = None,
              ) -> httpx.Response:
        n = next(self._ids)
        return self.interactive({
            "type": "block_actions", "team": {"id": "T0001"}, "api_app_id": "A0001",
            "user": {"id": user(who), "team_id": "T0001"},
            "container": {"type": "message", "message_ts": message_ts, "channel_id": channel},
            "channel": {"id": channel}, "message": {"ts": message_ts},
            "trigger_id": f"{n}.1.press{n}", "response_url": self.fake.response_url(f"act{n}"),
            "actions": [{"type": "button", "action_id": "hub:0", "block_id": "a:x:0",
                         "value": value, "action_ts": action_ts or f"{1700000000 + n}.5"}],
        })

    def submit(self, who: str, view: dict[str, Any], values: dict[str, Any],
               **kw: Any) -> httpx.Response:
        return self.interactive({
            "type": "view_submission", "team": {"id": "T0001"}, "api_app_id": "A0001",
            "user": {"id": user(who), "team_id": "T0001"},
            "view": filled(view, values), "trigger_id": "sub.1.x",
        }, **kw)

    def suggest(self, who: str, view: dict[str, Any], block_id: str, query: str,
                ) -> httpx.Response:
        return self.interactive({
            "type": "block_suggestion", "team": {"id": "T0001"}, "api_app_id": "A0001",
            "user": {"id": user(who), "team_id": "T0001"}, "view": view,
            "block_id": block_id, "action_id": "v", "value": query,
        })

    def event(self, event: dict[str, Any], event_id: str, team: str = "T0001",
              **kw: Any) -> httpx.Response:
        body = json.dumps({"token": "x", "team_id": team, "api_app_id": "A0001",
                           "type": "event_callback", "event_id": event_id,
                           "event_time": int(time.time()), "event": event})
        return self.post(body, "application/json", **kw)

    # ------------------------------------------------------------ the background

    def settle(self, timeout: float = 10.0) -> None:
        """Wait until every request answered so far has been handled completely.

        Bolt submits a listener to ``listeners`` before it answers the HTTP request,
        and a listener submits its slow half to ``work`` before it returns: once the
        listeners have drained (and no request is in flight), ``work`` gets nothing
        new, so draining it next leaves nothing running."""
        self.listeners.drain(timeout)
        self.work.drain(timeout)

    def deliver(self, limit: int = 50) -> DispatchReport:
        """Run the outbox until nothing is due, moving the frozen clock to each wake."""
        sender = make_sender(self.settings, self.hub)
        total = DispatchReport()
        for _ in range(limit):
            report = deliver_due(self.engine, {"slack": sender}, self.clock.now())
            total.sent += report.sent
            total.retried += report.retried
            total.failed += report.failed
            total.errors += report.errors
            if report.next_at is None:
                return total
            if report.next_at > self.clock.now():
                self.clock.set(report.next_at)
        return total

    def last_view(self) -> dict[str, Any]:
        """The newest form the bot opened (views.open / views.update)."""
        calls = [c for c in self.fake.calls if c.method in ("views.open", "views.update")]
        assert calls, "no view was opened"
        view = copy.deepcopy(calls[-1].args["view"])
        view.setdefault("id", calls[-1].args.get("view_id") or "V1")
        view.setdefault("hash", "h1")
        return dict(view)


def filled(view: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """The view as Slack sends it back: ``state.values`` per input block."""
    state: dict[str, Any] = {}
    for block in view.get("blocks", []):
        if block.get("type") != "input":
            continue
        name = block["block_id"].removeprefix("f:")
        element = block["element"]
        kind = element["type"]
        value = values.get(name)
        entry: dict[str, Any] = {"type": kind}
        if kind in ("static_select", "external_select"):
            entry["selected_option"] = ({"value": value, "text": {"type": "plain_text",
                                                                  "text": value}}
                                        if value else None)
        elif kind in ("multi_static_select", "multi_external_select", "checkboxes"):
            entry["selected_options"] = [{"value": v, "text": {"type": "plain_text", "text": v}}
                                         for v in (value or [])]
        else:
            entry["value"] = value
        state[block["block_id"]] = {element.get("action_id", "v"): entry}
    out = copy.deepcopy(view)
    out["state"] = {"values": state}
    out.setdefault("callback_id", "hub:form")
    return out


def open_world(engine: Engine, fake: FakeSlack, now: datetime = START,
               **settings: Any) -> SlackWorld:
    table = make_table(engine, now, slack_table())
    assert table.id is not None
    clock = FrozenClock(now)
    hub = Hub(engine=engine, clock=clock)
    values: dict[str, Any] = {"slack_bot_token": "xoxb-test", "slack_signing_secret": SECRET,
                              "slack_api_url": fake.api_url, **settings}
    config = Settings(_env_file=None, **values)
    listeners = TrackingExecutor(32, "slack")
    work = TrackingExecutor(8, "hub-work")
    app = build_slack_app(config, hub, listener_executor=listeners, work_executor=work)
    served = Served(build_asgi_app(app, engine=engine))
    http = httpx.Client(base_url=served.url, timeout=10)
    return SlackWorld(engine=engine, fake=fake, clock=clock, hub=hub, settings=config,
                      served=served, http=http, table_id=table.id, listeners=listeners,
                      work=work)

"""The Teams harness: hubbot's real endpoint on a loopback port, Microsoft faked.

Activities are posted over HTTP with JWTs signed by the fake's key, which the SDK's
validator fetches from the loopback OpenID metadata; everything the bot sends goes
to the fake Bot Connector, which records it.
"""

from __future__ import annotations

import copy
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy.engine import Engine
from starlette.applications import Starlette

from bot.teams import build_teams_app
from bot.teams.config import TeamsConfig
from bot.teams.runtime import TeamsBot
from commands.context import Hub
from commands.ports import FrozenClock, Sender
from scheduler.outbox import DispatchReport, deliver_due
from scheduler.sweep import SweepReport, sweep_table
from tests.bot.teams.fakes import CLIENT_ID, TENANT, FakeMicrosoft, Served
from tests.factories import START, demo_data, make_table

BOT_ID = f"28:{CLIENT_ID}"
TEAM = "19:team-hub@thread.tacv2"
TABLE_CHANNEL = "19:hub-table@thread.tacv2"


def channel_of(code: str) -> str:
    return f"19:{code.lower()}@thread.tacv2"


def aad(user: str) -> str:
    return f"aad-{user}"


def teams_table(slack_agencies: frozenset[str] = frozenset(),
                slack_users: frozenset[str] = frozenset(),
                slack_channel: str | None = None) -> dict[str, Any]:
    """The demo table moved to Teams; ``slack_*`` keep some agencies/people on Slack."""
    data = copy.deepcopy(demo_data())
    channels = [{"platform": "teams", "address": TABLE_CHANNEL}]
    if slack_channel:
        channels.append({"platform": "slack", "address": slack_channel})
    data["table"]["channels"] = channels
    for agency in data["agencies"]:
        code = agency["code"]
        if code in slack_agencies:
            agency["targets"] = [{"platform": "slack", "address": f"C{code}"}]
        elif agency["targets"]:
            agency["targets"] = [{"platform": "teams", "address": channel_of(code)}]
    for member in data["members"]:
        if member["user_id"] in slack_users:
            member.update(platform="slack", user_id=f"U{member['user_id'].upper()}")
        else:
            member.update(platform="teams", user_id=aad(member["user_id"]))
    return data


@dataclass
class Harness:
    engine: Engine
    clock: FrozenClock
    hub: Hub
    fake: FakeMicrosoft
    bot: TeamsBot
    served: Served
    senders: dict[str, Sender] = field(default_factory=dict)
    table_id: int = 0

    @property
    def endpoint(self) -> str:
        return f"{self.served.url}/api/messages"

    # ------------------------------------------------------------------ activities

    def base(self, user: str, conversation: str, kind: str) -> dict[str, Any]:
        channel_data: dict[str, Any] = {"tenant": {"id": TENANT}}
        if kind == "channel":
            channel_data.update(team={"id": TEAM}, channel={"id": conversation})
        return {
            "id": uuid.uuid4().hex, "channelId": "msteams",
            "serviceUrl": self.fake.service_url, "timestamp": "2026-11-23T15:00:00Z",
            "from": {"id": f"29:{user}", "aadObjectId": aad(user), "name": user.title()},
            "recipient": {"id": BOT_ID, "name": "hubbot"},
            "conversation": {"id": conversation, "conversationType": kind,
                             "tenantId": TENANT, "isGroup": kind != "personal"},
            "channelData": channel_data,
        }

    def message(self, user: str, text: str, *, conversation: str = TABLE_CHANNEL,
                kind: str = "channel") -> dict[str, Any]:
        activity = self.base(user, conversation, kind)
        if kind == "personal":
            activity.update(type="message", text=text)
        else:
            thread = f"{conversation};messageid=1700000000000"
            activity["conversation"]["id"] = thread
            activity.update(type="message", text=f"<at>hubbot</at> {text}", entities=[{
                "type": "mention", "text": "<at>hubbot</at>",
                "mentioned": {"id": BOT_ID, "name": "hubbot"}}])
        return activity

    def invoke(self, user: str, name: str, data: dict[str, Any], *,
               conversation: str = TABLE_CHANNEL, kind: str = "channel") -> dict[str, Any]:
        activity = self.base(user, conversation, kind)
        activity.update(type="invoke", name=name,
                        value={"data": data, "context": {"theme": "default"}})
        return activity

    def install(self, conversation: str, *, kind: str = "channel", user: str = "admin"
                ) -> httpx.Response:
        activity = self.base(user, conversation, kind)
        activity.update(type="installationUpdate", action="add")
        return self.post(activity)

    # ------------------------------------------------------------------ transport

    def token(self, **kw: Any) -> str:
        return self.fake.keys.token(self.fake.service_url, **kw)

    def post(self, activity: dict[str, Any], *, token: str | None = None,
             auth: bool = True, settle: bool = True) -> httpx.Response:
        """Post an activity; unless ``settle`` is false, also wait for the work it
        queued (the command and its reply) to finish."""
        headers = {}
        if auth:
            headers["Authorization"] = f"Bearer {token or self.token()}"
        response = httpx.post(self.endpoint, json=activity, headers=headers, timeout=30)
        if settle:
            self.settle()
        return response

    def settle(self, timeout: float = 10) -> None:
        assert self.bot.work.wait_idle(timeout), "background work did not finish"

    def say(self, user: str, text: str, **kw: Any) -> httpx.Response:
        response = self.post(self.message(user, text, **kw))
        assert response.status_code == 200, response.text
        return response

    def fetch(self, user: str, command: str, **kw: Any) -> dict[str, Any]:
        data = {"msteams": {"type": "task/fetch"}, "hubbot_command": command}
        response = self.post(self.invoke(user, "task/fetch", data, **kw))
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def submit(self, user: str, card_data: dict[str, Any], values: dict[str, Any],
               **kw: Any) -> dict[str, Any]:
        response = self.post(self.invoke(user, "task/submit", {**card_data, **values}, **kw))
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    # ------------------------------------------------------------------ time & outbox

    def deliver(self) -> DispatchReport:
        """Deliver everything due, moving the clock past Teams' per-chat pacing."""
        total = DispatchReport()
        for _ in range(50):
            report = deliver_due(self.engine, self.senders, self.clock.now())
            total.sent += report.sent
            total.retried += report.retried
            total.failed += report.failed
            total.errors += report.errors
            if report.next_at is None or report.next_at > self.clock.now() + timedelta(
                    seconds=2):
                return total
            self.clock.set(max(report.next_at, self.clock.now()))
        return total

    def sweep(self) -> SweepReport:
        return sweep_table(self.engine, self.table_id, self.clock.now())


def card_texts(body: dict[str, Any]) -> str:
    """Every text of a card or activity, for asserting what a person sees."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in ("text", "title", "value", "label", "summary"):
                if isinstance(node.get(key), str):
                    out.append(node[key])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(body)
    return "\n".join(out)


@pytest.fixture
def fake() -> Iterator[FakeMicrosoft]:
    fake = FakeMicrosoft()
    yield fake
    fake.stop()


def make_harness(engine: Engine, fake: FakeMicrosoft, data: dict[str, Any]) -> Harness:
    clock = FrozenClock(START)
    hub = Hub(engine=engine, clock=clock)
    table = make_table(engine, START, data)
    config = TeamsConfig(
        client_id=CLIENT_ID, client_secret="secret", tenant_id=TENANT,
        openid_metadata_url=fake.metadata_url, token_url=f"{fake.url}/oauth/token",
        service_url=fake.service_url, graph_url=f"{fake.url}/graph",
        app_catalog_id="catalog-hubbot")
    bot = build_teams_app(config, hub)
    served = Served(Starlette(routes=bot.routes()))
    assert table.id is not None
    return Harness(engine, clock, hub, fake, bot, served, {"teams": bot.sender()},
                   table_id=table.id)


@pytest.fixture
def teams(engine: Engine, fake: FakeMicrosoft) -> Iterator[Harness]:
    harness = make_harness(engine, fake, teams_table())
    yield harness
    harness.served.stop()
    harness.bot.close(timeout=5)


def wait_for(predicate: Any, timeout: float = 5) -> None:
    """For the few asynchronous effects of a request (none are timed by the clock)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        time.sleep(0.01)

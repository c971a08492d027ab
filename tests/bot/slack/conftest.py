"""Fixtures: the fake Slack Web API and hubbot's real HTTP endpoint in front of it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from tests.bot.slack.fake_slack import FakeSlack, running_fake_slack
from tests.bot.slack.harness import SlackWorld, open_world


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with running_fake_slack() as server:
        yield server


@pytest.fixture
def world(engine: Engine, fake: FakeSlack) -> Iterator[SlackWorld]:
    w = open_world(engine, fake)
    yield w
    w.http.close()
    w.served.stop()
    w.listeners.shutdown(wait=False)
    w.work.shutdown(wait=False)

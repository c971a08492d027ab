"""Filter-4 group chats are created once, even when a later step of opening them
fails and the outbox retries the whole delivery."""

from __future__ import annotations

import pytest
from sqlmodel import select

from commands.messages import text_message
from commands.notify import enqueue
from models import OutboxMessage
from models.db import new_session
from tests.bot.teams.conftest import TABLE_CHANNEL, Harness, card_texts


def open_space(teams: Harness) -> None:
    with new_session(teams.engine) as session:
        enqueue(session, table_id=teams.table_id, platform="teams", target_kind="filter4_open",
                address="hub-pa-2026-001", message=text_message("Private space opened"),
                now=teams.clock.now(), replace_key="filter4:1:teams",
                members=["aad-nurse", "aad-chair"])
        session.commit()


def status(teams: Harness) -> str:
    with new_session(teams.engine) as session:
        return session.exec(select(OutboxMessage.status)).one()


@pytest.mark.parametrize("failing", ["@thread.v2/activities", "/installedApps"])
def test_a_retry_reuses_the_chat_it_created(teams: Harness, failing: str) -> None:
    teams.install(TABLE_CHANNEL)
    teams.fake.fail(502, when=failing)
    open_space(teams)
    first = teams.deliver()
    assert first.retried == 1 and status(teams) == "pending"
    teams.clock.advance(seconds=10)
    assert teams.deliver().sent == 1
    chats = [c for c in teams.fake.calls if c.path == "/graph/chats"]
    assert len(chats) == 1
    [chat_id] = [c for c in teams.fake.conversations if c.endswith("@thread.v2")]
    opened = [c for c in teams.fake.sent(chat_id) if "Private space" in card_texts(c.body)]
    assert len(opened) == 1
    with new_session(teams.engine) as session:
        sent = session.exec(select(OutboxMessage)).one()
    assert sent.platform_message_id == chat_id

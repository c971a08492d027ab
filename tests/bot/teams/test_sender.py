"""Proactive delivery through the fake Bot Connector: throttling, server errors and
conversations that are gone."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import col, select

from commands.messages import text_message
from commands.notify import enqueue
from models import OutboxMessage
from models.conversation_ref import ConversationRef
from models.db import new_session
from scheduler.outbox import deliver_due, requeue
from tests.bot.teams.conftest import TABLE_CHANNEL, Harness, card_texts


def queue(teams: Harness, text: str, *, address: str = TABLE_CHANNEL, kind: str = "table",
          ) -> None:
    with new_session(teams.engine) as session:
        enqueue(session, table_id=teams.table_id, platform="teams", target_kind=kind,
                address=address, message=text_message(text), now=teams.clock.now())
        session.commit()


def rows(teams: Harness) -> list[OutboxMessage]:
    with new_session(teams.engine) as session:
        return list(session.exec(select(OutboxMessage).order_by(col(OutboxMessage.id))))


@pytest.mark.parametrize("status", [429, 412, 502, 504])
def test_throttling_and_server_errors_are_retried_with_backoff(teams: Harness,
                                                                status: int) -> None:
    teams.install(TABLE_CHANNEL)
    teams.fake.fail(status, times=2, when=f"{TABLE_CHANNEL}/activities",
                    retry_after="3" if status == 429 else None)
    queue(teams, "Agenda soon")
    now = teams.clock.now()
    first = deliver_due(teams.engine, teams.senders, now)
    assert first.retried == 1 and first.sent == 0
    row = rows(teams)[0]
    wait = row.next_attempt_at - now
    if status == 429:
        assert wait == timedelta(seconds=3)  # Teams' own Retry-After wins
    else:
        assert timedelta(seconds=5) <= wait <= timedelta(seconds=6)  # backoff + jitter
    second = deliver_due(teams.engine, teams.senders, row.next_attempt_at)
    assert second.retried == 1
    if status != 429:
        assert rows(teams)[0].next_attempt_at - row.next_attempt_at > wait  # exponential
    third = deliver_due(teams.engine, teams.senders, rows(teams)[0].next_attempt_at)
    assert third.sent == 1
    posted = [c for c in teams.fake.sent(TABLE_CHANNEL) if "Agenda soon" in card_texts(c.body)]
    assert len(posted) == 1


@pytest.mark.parametrize("status", [403, 404])
def test_a_conversation_gone_fails_clearly_and_tells_the_admin(teams: Harness,
                                                               status: int) -> None:
    teams.install(TABLE_CHANNEL)
    teams.fake.fail(status, when=f"{TABLE_CHANNEL}/activities",
                    code="BotNotInConversationRoster")
    queue(teams, "Decision posted")
    report = teams.deliver()
    assert report.failed == 1
    failed = [r for r in rows(teams) if r.status == "failed"]
    assert len(failed) == 1, [(r.status, r.address) for r in rows(teams)]
    assert "gone or hubbot was removed" in (failed[0].last_error or "")
    with new_session(teams.engine) as session:
        ref = session.get(ConversationRef, TABLE_CHANNEL)
        assert ref is not None and not ref.active
    # The admin (on Teams) got a direct message saying what to do.
    notices = [c for c in teams.fake.sent() if "hubbot outbox retry" in card_texts(c.body)]
    assert notices
    # Re-adding the app makes `hubbot outbox retry` deliver it.
    teams.install(TABLE_CHANNEL)
    with new_session(teams.engine) as session:
        assert requeue(session, teams.clock.now()) == 1
        session.commit()
    assert teams.deliver().sent >= 1
    assert any("Decision posted" in card_texts(c.body) for c in teams.fake.sent(TABLE_CHANNEL))


def test_unknown_conversation_is_not_retried(teams: Harness) -> None:
    queue(teams, "Hello", address="19:never-installed@thread.tacv2", kind="agency")
    report = teams.deliver()
    assert report.failed == 1
    assert "add hubbot to that team" in report.errors[0]


def test_uninstall_switches_the_reference_off(teams: Harness) -> None:
    teams.install(TABLE_CHANNEL)
    activity = teams.base("admin", TABLE_CHANNEL, "channel")
    activity.update(type="installationUpdate", action="remove")
    assert teams.post(activity).status_code == 200
    queue(teams, "After removal")
    report = teams.deliver()
    assert report.failed == 1 and "removed" in report.errors[0]


def test_direct_message_opens_and_reuses_a_personal_chat(teams: Harness) -> None:
    teams.install(TABLE_CHANNEL)
    queue(teams, "First", address="aad-nurse", kind="member")
    queue(teams, "Second", address="aad-nurse", kind="member")
    assert teams.deliver().sent == 2
    created = [c for c in teams.fake.calls if c.path == "/v3/conversations"]
    assert len(created) == 1 and created[0].body["members"] == [{"id": "aad-nurse"}]
    assert created[0].body["tenantId"] == "tenant-1"


def test_pacing_is_seven_a_second_per_conversation(teams: Harness) -> None:
    teams.install(TABLE_CHANNEL)
    for i in range(3):
        queue(teams, f"n{i}")
    now = teams.clock.now()
    report = deliver_due(teams.engine, teams.senders, now)
    assert report.sent == 1
    assert report.next_at is not None
    assert report.next_at - now == timedelta(seconds=1 / 7)

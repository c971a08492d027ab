"""Acknowledge first, work after: the 200 does not wait for the command or its reply;
the work runs on a bounded pool, and a reply Teams does not take goes to the outbox."""

from __future__ import annotations

import logging
import threading

import pytest
from sqlmodel import select

from bot.teams.listeners import messages
from bot.teams.work import WorkPool
from models import OutboxMessage
from models.db import new_session
from tests.bot.teams.conftest import Harness, card_texts, wait_for


def personal(teams: Harness, user: str, text: str, chat: str) -> dict[str, object]:
    return teams.message(user, text, conversation=chat, kind="personal")


def test_the_200_comes_before_the_reply(teams: Harness) -> None:
    teams.fake.gate.clear()  # the Bot Connector hangs
    response = teams.post(personal(teams, "officer", "help", "a:slow"), settle=False)
    assert response.status_code == 200
    wait_for(lambda: teams.fake.waiting == 1)  # the reply is on its way, not yet taken
    assert teams.fake.sent("a:slow") == []
    teams.fake.gate.set()
    teams.settle()
    assert "help" in card_texts(teams.fake.sent("a:slow")[-1].body).lower()


def test_work_runs_on_a_bounded_pool(teams: Harness) -> None:
    teams.bot.work.close()
    teams.bot.work = WorkPool(threads=2, backlog=50)
    teams.fake.gate.clear()
    for i in range(6):
        response = teams.post(personal(teams, "officer", "help", f"a:c{i}"), settle=False)
        assert response.status_code == 200
    wait_for(lambda: teams.fake.waiting == 2)
    assert teams.bot.work.pending == 6  # accepted, four waiting for a worker
    teams.fake.gate.set()
    teams.settle()
    assert all(len(teams.fake.sent(f"a:c{i}")) == 1 for i in range(6))
    assert teams.fake.most_waiting == 2


def test_a_retried_activity_is_handled_once_even_while_still_working(teams: Harness) -> None:
    teams.fake.gate.clear()
    activity = personal(teams, "officer", "help", "a:retry")
    assert teams.post(activity, settle=False).status_code == 200
    assert teams.post(activity, settle=False).status_code == 200
    teams.fake.gate.set()
    teams.settle()
    assert len(teams.fake.sent("a:retry")) == 1


def outbox(teams: Harness) -> list[OutboxMessage]:
    with new_session(teams.engine) as session:
        return list(session.exec(select(OutboxMessage)))


@pytest.mark.parametrize("status", [502, 429])
def test_a_reply_teams_does_not_take_goes_through_the_outbox(teams: Harness,
                                                             status: int) -> None:
    teams.fake.fail(status, when="a:flaky/activities")
    teams.say("officer", "help", conversation="a:flaky", kind="personal")
    assert teams.fake.sent("a:flaky") == []
    [row] = outbox(teams)
    assert (row.target_kind, row.address, row.status) == ("member", "aad-officer", "pending")
    assert teams.deliver().sent == 1
    assert "help" in card_texts(teams.fake.sent("a:flaky")[-1].body).lower()


def test_a_private_reply_that_fails_goes_through_the_outbox(teams: Harness) -> None:
    teams.install("19:hub-table@thread.tacv2")
    teams.fake.fail(502, when="/v3/conversations", method="POST")
    teams.say("officer", "list open")  # in the table channel: answered privately
    rows = outbox(teams)
    assert [(r.target_kind, r.address) for r in rows] == [("member", "aad-officer")]
    assert "personal chat" in card_texts(teams.fake.sent("19:hub-table@thread.tacv2")[-1].body)
    assert teams.deliver().sent == 1


def test_a_crashing_command_is_logged_and_answered(teams: Harness,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("database on fire")

    monkeypatch.setattr(messages, "run_command", broken)
    with caplog.at_level(logging.ERROR):
        teams.say("officer", "help", conversation="a:crash", kind="personal")
    assert any("database on fire" in (r.exc_text or "") for r in caplog.records)
    text = card_texts(teams.fake.sent("a:crash")[-1].body)
    assert "internal error" in text and "Traceback" not in text


def test_shutdown_finishes_accepted_commands(teams: Harness) -> None:
    teams.fake.gate.clear()
    for i in range(2):
        teams.post(personal(teams, "officer", "help", f"a:late{i}"), settle=False)
    wait_for(lambda: teams.fake.waiting >= 1)
    closing = threading.Thread(target=teams.bot.close, kwargs={"timeout": 20})
    closing.start()
    assert closing.is_alive()  # waits for the replies held at the connector
    teams.fake.gate.set()
    closing.join(20)
    assert not closing.is_alive()
    assert all(len(teams.fake.sent(f"a:late{i}")) == 1 for i in range(2))

"""The outbox dispatcher: retries with backoff, Retry-After, failures reported to the
admins, requeue, per-channel pacing, crash recovery, a crashing sender isolated."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy.engine import Engine
from sqlmodel import select

from commands.errors import DeliveryError
from commands.messages import Message
from commands.notify import enqueue
from commands.ports import Delivery
from models import OutboxMessage, TargetPace
from models.db import new_session
from scheduler.outbox import (
    CLAIM,
    MAX_ATTEMPTS,
    backoff,
    deliver_due,
    requeue,
    undelivered,
)
from tests.factories import RecordingSender, World, retryable


def queue(world: World, address: str, text: str = "Fictional notice", *,
          platform: str = "slack", dedupe_key: str | None = None) -> int:
    with new_session(world.engine) as s:
        row = enqueue(s, table_id=world.table_id, platform=platform, target_kind="table",
                      address=address, message=Message(summary=text), now=world.clock.now(),
                      dedupe_key=dedupe_key)
        s.commit()
        return row.id if row is not None and row.id is not None else -1


def row(engine: Engine, row_id: int) -> OutboxMessage:
    with new_session(engine) as s:
        found = s.get(OutboxMessage, row_id)
        assert found is not None
        return found


def test_retries_back_off_exponentially_then_succeed(world: World) -> None:
    slack = RecordingSender(script=[retryable(), retryable(), retryable(), None])
    rid = queue(world, "C1")
    t0 = world.clock.now()
    report = world.deliver(slack=slack)
    assert (report.sent, report.retried) == (0, 1)
    first = row(world.engine, rid)
    assert first.status == "pending" and first.attempts == 1
    assert first.last_error == "temporary"
    delay1 = first.next_attempt_at - t0
    assert delay1 == backoff(1, rid) and timedelta(seconds=5) <= delay1 <= timedelta(seconds=6)
    assert report.next_at == first.next_attempt_at
    assert world.deliver(slack=slack).retried == 0  # not due yet: not even tried
    assert len(slack.attempts) == 1
    delays = [delay1]
    for _ in range(2):
        world.at(row(world.engine, rid).next_attempt_at)
        before = world.clock.now()
        world.deliver(slack=slack)
        delays.append(row(world.engine, rid).next_attempt_at - before)
    assert delays[1] == 2 * delays[0] and delays[2] == 4 * delays[0]
    world.at(row(world.engine, rid).next_attempt_at)
    assert world.deliver(slack=slack).sent == 1
    done = row(world.engine, rid)
    assert (done.status, done.attempts, done.platform_message_id) == ("sent", 4, "m1")


def test_backoff_is_capped() -> None:
    assert backoff(30, 1) <= timedelta(minutes=30) * 1.2
    assert backoff(1, 7) < backoff(2, 7) < backoff(3, 7)


def test_retry_after_is_honoured(world: World) -> None:
    slack = RecordingSender(script=[retryable("rate limited", retry_after=42)])
    rid = queue(world, "C1")
    world.deliver(slack=slack)
    assert row(world.engine, rid).next_attempt_at == world.clock.now() + timedelta(seconds=42)
    world.advance(seconds=41)
    world.deliver(slack=slack)
    assert row(world.engine, rid).status == "pending" and not slack.deliveries
    world.advance(seconds=1)
    assert world.deliver(slack=slack).sent == 1


def test_non_retryable_fails_tells_admins_and_can_be_requeued(world: World) -> None:
    slack = RecordingSender(script=[DeliveryError("channel_not_found", retryable=False)])
    rid = queue(world, "C404")
    report = world.deliver(slack=slack)
    assert report.failed == 1 and report.errors == ["slack C404: channel_not_found"]
    assert row(world.engine, rid).status == "failed"
    # the admin (on the shell) hears about it, once
    world.deliver()
    [dm] = world.sender.to("admin")
    assert "C404" in dm.message.summary and f"outbox retry {rid}" in dm.message.summary
    world.deliver(slack=slack)
    world.deliver()
    assert len(world.sender.to("admin")) == 1
    assert [r.id for r in _undelivered(world.engine)] == [rid]
    with new_session(world.engine) as s:
        assert requeue(s, world.clock.now(), rid) == 1
        s.commit()
    requeued = row(world.engine, rid)
    assert (requeued.status, requeued.attempts) == ("pending", 0)
    assert world.deliver(slack=slack).sent == 1
    assert row(world.engine, rid).status == "sent"


def _undelivered(engine: Engine) -> list[OutboxMessage]:
    with new_session(engine) as s:
        return undelivered(s)


def test_gives_up_after_max_attempts(world: World) -> None:
    slack = RecordingSender(fail_when=lambda d: retryable())
    rid = queue(world, "C1")
    for _ in range(MAX_ATTEMPTS):
        world.at(max(world.clock.now(), row(world.engine, rid).next_attempt_at))
        world.deliver(slack=slack)
    final = row(world.engine, rid)
    assert (final.status, final.attempts) == ("failed", MAX_ATTEMPTS)


def test_slack_is_paced_one_message_per_second_per_channel(world: World) -> None:
    slack = RecordingSender()
    t0 = world.clock.now()
    ids = [queue(world, "C1", f"Fictional notice {i}") for i in range(3)]
    other = queue(world, "C2")
    report = world.deliver(slack=slack)
    assert report.sent == 2  # one to C1, and C2 is not held up by C1
    assert [d.address for d in slack.deliveries] == ["C1", "C2"]
    assert report.next_at == t0 + timedelta(seconds=1)
    world.advance(milliseconds=999)
    assert world.deliver(slack=slack).sent == 0
    world.advance(milliseconds=1)
    assert world.deliver(slack=slack).sent == 1
    world.advance(seconds=1)
    assert world.deliver(slack=slack).sent == 1
    sent_at = [row(world.engine, i).sent_at for i in ids]
    assert sent_at == [t0, t0 + timedelta(seconds=1), t0 + timedelta(seconds=2)]
    assert row(world.engine, other).sent_at == t0
    with new_session(world.engine) as s:
        pace = s.get(TargetPace, ("slack", "C1"))
        assert pace is not None and pace.last_sent_at == t0 + timedelta(seconds=2)


def test_shell_is_not_paced(world: World) -> None:
    for i in range(5):
        queue(world, "#hub-table", f"Fictional notice {i}", platform="shell")
    assert world.deliver().sent == 5


def test_a_claim_left_by_a_crashed_process_is_retried(world: World) -> None:
    slack = RecordingSender()
    rid = queue(world, "C1")
    t0 = world.clock.now()
    with new_session(world.engine) as s:  # a process claimed it, then died
        stuck = s.get(OutboxMessage, rid)
        assert stuck is not None
        stuck.status, stuck.claimed_until = "sending", t0 + CLAIM
        s.commit()
    world.advance(seconds=CLAIM.total_seconds() - 1)
    assert world.deliver(slack=slack).sent == 0
    world.at(t0 + CLAIM + timedelta(seconds=1))
    assert world.deliver(slack=slack).sent == 1
    assert row(world.engine, rid).status == "sent"


def test_a_crashing_sender_does_not_stop_other_deliveries(world: World) -> None:
    def crash_on_c1(d: Delivery) -> Exception | None:
        return RuntimeError("bug in the adapter") if d.address == "C1" else None

    slack = RecordingSender(fail_when=crash_on_c1)
    bad = queue(world, "C1")
    good = [queue(world, "C2"), queue(world, "C3")]
    report = world.deliver(slack=slack)
    assert report.sent == 2 and report.retried == 1
    assert [row(world.engine, g).status for g in good] == ["sent", "sent"]
    crashed = row(world.engine, bad)
    assert crashed.status == "pending" and "internal error" in (crashed.last_error or "")


def test_dedupe_key_queues_once(world: World) -> None:
    first = queue(world, "C1", dedupe_key="notice:1")
    assert queue(world, "C1", dedupe_key="notice:1") == -1
    assert [r.id for r in world.outbox()] == [first]


def test_rows_of_platforms_without_a_sender_are_left_alone(world: World) -> None:
    rid = queue(world, "19:abc@thread.tacv2", platform="teams")
    assert world.deliver().sent == 0
    assert row(world.engine, rid).status == "pending"
    assert deliver_due(world.engine, {}, world.clock.now()).sent == 0


def test_two_dispatchers_never_send_a_row_twice(world: World) -> None:
    ids = [queue(world, f"#c{i}", platform="shell") for i in range(12)]
    seen: list[str] = []
    lock = threading.Lock()

    class Slow(RecordingSender):
        def send(self, delivery: Delivery) -> str:
            with lock:
                seen.append(delivery.address)
            return super().send(delivery)

    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            barrier.wait(timeout=10)
            deliver_due(world.engine, {"shell": Slow()}, world.clock.now())
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert sorted(seen) == sorted(f"#c{i}" for i in range(12))
    with new_session(world.engine) as s:
        statuses = s.exec(select(OutboxMessage.status).where(
            OutboxMessage.id.in_(ids))).all()  # type: ignore[union-attr]
    assert set(statuses) == {"sent"}


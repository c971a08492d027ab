"""Delivering the outbox: claim, pace per target, send, retry with backoff.

Rows are claimed with a conditional update, so two processes never send the same
row; a claim that outlives a crashed process expires and the row is retried
(at-least-once: a crash between the platform call and the commit may repeat one
message, never lose it). Delivery happens outside any open transaction.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select, update

from commands.errors import DeliveryError
from commands.messages import Message
from commands.notify import to_member
from commands.ports import Delivery, Sender
from models import HubTable, OutboxMessage, PostedMessage, TargetPace
from models.db import new_session
from models.queries import members_with_role
from models.types import Role

log = logging.getLogger(__name__)

PACE = {"slack": timedelta(seconds=1), "teams": timedelta(seconds=1 / 7)}
MAX_ATTEMPTS = 10
BASE_DELAY = timedelta(seconds=5)
MAX_DELAY = timedelta(minutes=30)
CLAIM = timedelta(minutes=2)
WAIT_FOR_SPACE = timedelta(seconds=5)
BATCH = 200
NO_RECORD = frozenset({"filter4", "filter4_archive"})


@dataclass
class DispatchReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    next_at: datetime | None = None
    errors: list[str] = field(default_factory=list)

    def wake(self, when: datetime) -> None:
        if self.next_at is None or when < self.next_at:
            self.next_at = when


def backoff(attempts: int, row_id: int) -> timedelta:
    """Exponential, capped, with up to 20 % jitter derived from the row id so
    retries of many rows spread out yet tests stay repeatable."""
    delay = min(BASE_DELAY * (2 ** max(attempts - 1, 0)), MAX_DELAY)
    jitter = (zlib.crc32(str(row_id).encode()) % 1000) / 1000 * 0.2
    return timedelta(seconds=delay.total_seconds() * (1 + jitter))


def deliver_due(engine: Engine, senders: Mapping[str, Sender], now: datetime,
                *, limit: int = BATCH) -> DispatchReport:
    """One pass over due rows of the platforms this process can send to."""
    report = DispatchReport()
    if not senders:
        return report
    with new_session(engine) as session:
        session.execute(
            update(OutboxMessage)
            .where(col(OutboxMessage.status) == "sending", col(OutboxMessage.claimed_until) < now)
            .values(status="pending")
        )
        rows = session.exec(
            select(OutboxMessage)
            .where(col(OutboxMessage.status) == "pending",
                   col(OutboxMessage.platform).in_(list(senders)),
                   col(OutboxMessage.next_attempt_at) <= now)
            .order_by(col(OutboxMessage.id)).limit(limit)
        ).all()
        session.commit()
    busy: dict[tuple[str, str], datetime] = {}
    for row in rows:
        _deliver_one(engine, senders[row.platform], row, now, busy, report)
    with new_session(engine) as session:
        upcoming = session.exec(
            select(OutboxMessage.next_attempt_at)
            .where(col(OutboxMessage.status) == "pending",
                   col(OutboxMessage.platform).in_(list(senders)))
            .order_by(col(OutboxMessage.next_attempt_at)).limit(1)
        ).first()
    if upcoming is not None:
        report.wake(max(upcoming, now))
    return report


def _deliver_one(engine: Engine, sender: Sender, row: OutboxMessage, now: datetime,
                 busy: dict[tuple[str, str], datetime], report: DispatchReport) -> None:
    assert row.id is not None
    target = (row.platform, row.address)
    with new_session(engine) as session:
        free_at = _free_at(session, row, busy)
        if free_at is not None and free_at > now:
            _postpone(session, row.id, free_at)
            session.commit()
            report.wake(free_at)
            return
        previous = _previous(session, row)
        if row.target_kind in NO_RECORD and previous is None:
            if _space_coming(session, row):
                _postpone(session, row.id, now + WAIT_FOR_SPACE)
                session.commit()
                report.wake(now + WAIT_FOR_SPACE)
                return
            session.commit()
            _failed(engine, row, now, DeliveryError(
                "the situation's private space was never created (see the failed "
                "filter4_open message)", retryable=False), report)
            return
        claimed = session.execute(
            update(OutboxMessage)
            .where(col(OutboxMessage.id) == row.id, col(OutboxMessage.status) == "pending")
            .values(status="sending", claimed_until=now + CLAIM)
        )
        session.commit()
        if claimed.rowcount != 1:  # type: ignore[attr-defined]
            return
    delivery = Delivery(
        target_kind=row.target_kind, address=row.address,
        message=Message.from_json(row.payload["message"]), previous=previous,
        members=tuple(row.payload.get("members", ())),
    )
    try:
        platform_id = sender.send(delivery)
    except DeliveryError as err:
        _failed(engine, row, now, err, report)
        return
    except Exception as err:  # a sender bug must not stop the other deliveries
        log.exception("sender crashed on outbox row %s", row.id)
        _failed(engine, row, now, DeliveryError(f"internal error: {err!r}"), report)
        return
    busy[target] = now
    with new_session(engine) as session:
        fresh = session.get(OutboxMessage, row.id)
        assert fresh is not None
        fresh.status, fresh.sent_at, fresh.platform_message_id = "sent", now, platform_id
        fresh.attempts += 1
        fresh.claimed_until = None
        if row.replace_key and row.target_kind not in NO_RECORD:
            _record(session, row, platform_id, now)
        _touch_pace(session, row, now)
        session.commit()
    report.sent += 1


def _free_at(session: Session, row: OutboxMessage,
             busy: dict[tuple[str, str], datetime]) -> datetime | None:
    pace = PACE.get(row.platform)
    if pace is None:
        return None
    last = busy.get((row.platform, row.address))
    if last is None:
        stored = session.get(TargetPace, (row.platform, row.address))
        last = stored.last_sent_at if stored else None
    return None if last is None else last + pace


def _space_coming(session: Session, row: OutboxMessage) -> bool:
    """Is the row that creates this private space still queued or being sent?"""
    return session.exec(
        select(OutboxMessage.id).where(
            col(OutboxMessage.replace_key) == row.replace_key,
            col(OutboxMessage.target_kind) == "filter4_open",
            col(OutboxMessage.status).in_(("pending", "sending")))
    ).first() is not None


def _postpone(session: Session, row_id: int, when: datetime) -> None:
    session.execute(update(OutboxMessage).where(col(OutboxMessage.id) == row_id)
                    .values(next_attempt_at=when))


def _previous(session: Session, row: OutboxMessage) -> str | None:
    if not row.replace_key:
        return None
    posted = session.get(PostedMessage, row.replace_key)
    return posted.message_id if posted else None


def _record(session: Session, row: OutboxMessage, platform_id: str, now: datetime) -> None:
    assert row.replace_key is not None
    posted = session.get(PostedMessage, row.replace_key)
    if posted is None:
        session.add(PostedMessage(key=row.replace_key, platform=row.platform,
                                  address=row.address, message_id=platform_id, updated_at=now))
    else:
        posted.message_id, posted.updated_at = platform_id, now


def _touch_pace(session: Session, row: OutboxMessage, now: datetime) -> None:
    if row.platform not in PACE:
        return
    pace = session.get(TargetPace, (row.platform, row.address))
    if pace is None:
        session.add(TargetPace(platform=row.platform, address=row.address, last_sent_at=now))
    else:
        pace.last_sent_at = now


def _failed(engine: Engine, row: OutboxMessage, now: datetime, err: DeliveryError,
            report: DispatchReport) -> None:
    assert row.id is not None
    with new_session(engine) as session:
        fresh = session.get(OutboxMessage, row.id)
        assert fresh is not None
        fresh.attempts += 1
        fresh.last_error = err.reason[:500]
        fresh.claimed_until = None
        if err.retryable and fresh.attempts < MAX_ATTEMPTS:
            wait = (timedelta(seconds=err.retry_after) if err.retry_after is not None
                    else backoff(fresh.attempts, row.id))
            fresh.status, fresh.next_attempt_at = "pending", now + wait
            report.retried += 1
            report.wake(now + wait)
            log.warning("delivery of outbox row %s to %s %s failed (%s); retry in %s",
                        row.id, row.platform, row.address, err.reason, wait)
        else:
            fresh.status = "failed"
            report.failed += 1
            report.errors.append(f"{row.platform} {row.address}: {err.reason}")
            log.error("delivery of outbox row %s to %s %s failed for good: %s",
                      row.id, row.platform, row.address, err.reason)
            _tell_admins(session, fresh, now)
        session.commit()


def _tell_admins(session: Session, row: OutboxMessage, now: datetime) -> None:
    """A message that cannot be delivered is reported to the table's admins, once."""
    if row.table_id is None or (row.dedupe_key or "").startswith("admin:"):
        return
    table = session.get(HubTable, row.table_id)
    name = table.name if table else "the table"
    text = (f"hubbot could not deliver a message to {row.platform} {row.target_kind} "
            f"`{row.address}` for {name}: {row.last_error}. It is kept: fix the cause "
            f"(invite the bot, fix the channel id or token), then run `hubbot outbox retry "
            f"{row.id}`.")
    for admin in members_with_role(session, row.table_id, Role.ADMIN):
        if (admin.platform, admin.user_id) == (row.platform, row.address):
            continue
        to_member(session, admin, Message(summary=text, title="Delivery problem"), now=now,
                  key=f"admin:undelivered:{row.id}")


def undelivered(session: Session) -> list[OutboxMessage]:
    return list(session.exec(
        select(OutboxMessage).where(col(OutboxMessage.status).in_(("pending", "sending",
                                                                    "failed")))
        .order_by(col(OutboxMessage.id))
    ).all())


def requeue(session: Session, now: datetime, row_id: int | None = None) -> int:
    """Put failed rows (one, or all) back in the queue; returns how many."""
    query = update(OutboxMessage).where(col(OutboxMessage.status) == "failed")
    if row_id is not None:
        query = query.where(col(OutboxMessage.id) == row_id)
    result = session.execute(query.values(status="pending", attempts=0, next_attempt_at=now))
    return int(result.rowcount)  # type: ignore[attr-defined]

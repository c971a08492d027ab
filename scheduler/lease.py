"""Leader election through the database: one scheduler at a time across processes.

A lease row names its holder and an expiry; the holder renews it on every tick, and
any process may take it once it has expired, so a dead leader is replaced within one
lease period. Both steps are single conditional statements, safe under concurrency.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import col, update

from models import Lease
from models.db import new_session

SCHEDULER = "scheduler"


def try_lead(engine: Engine, holder: str, now: datetime, *, ttl: timedelta,
             name: str = SCHEDULER) -> bool:
    """Take or renew the lease; True if ``holder`` leads until ``now + ttl``."""
    with new_session(engine) as session:
        result = session.execute(
            update(Lease)
            .where(col(Lease.name) == name,
                   (col(Lease.holder) == holder) | (col(Lease.expires_at) < now))
            .values(holder=holder, expires_at=now + ttl)
        )
        if result.rowcount == 1:  # type: ignore[attr-defined]
            session.commit()
            return True
        if session.get(Lease, name) is not None:
            session.rollback()
            return False
        session.add(Lease(name=name, holder=holder, expires_at=now + ttl))
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return False
        return True


def release(engine: Engine, holder: str, *, name: str = SCHEDULER) -> None:
    """Give the lease up on a clean shutdown so another process takes over at once."""
    with new_session(engine) as session:
        session.execute(
            update(Lease).where(col(Lease.name) == name, col(Lease.holder) == holder)
            .values(expires_at=datetime(1970, 1, 1, tzinfo=UTC))
        )
        session.commit()

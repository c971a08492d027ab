"""Leader election through the database: one leader; another takes over after expiry."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlalchemy.engine import Engine

from models import Lease
from models.db import new_session
from scheduler.lease import release, try_lead
from tests.factories import START

TTL = timedelta(seconds=60)


def holder(engine: Engine) -> str | None:
    with new_session(engine) as s:
        lease = s.get(Lease, "scheduler")
        return lease.holder if lease else None


def test_only_one_of_two_holders_leads(engine: Engine) -> None:
    assert try_lead(engine, "a", START, ttl=TTL) is True
    assert try_lead(engine, "b", START, ttl=TTL) is False
    assert try_lead(engine, "b", START + timedelta(seconds=59), ttl=TTL) is False
    # the leader renews before expiry and keeps it
    assert try_lead(engine, "a", START + timedelta(seconds=30), ttl=TTL) is True
    assert try_lead(engine, "b", START + timedelta(seconds=89), ttl=TTL) is False
    assert holder(engine) == "a"


def test_another_takes_over_after_expiry(engine: Engine) -> None:
    assert try_lead(engine, "a", START, ttl=TTL)
    # "a" died; after its lease expires "b" leads and "a" coming back does not
    assert try_lead(engine, "b", START + timedelta(seconds=61), ttl=TTL) is True
    assert try_lead(engine, "a", START + timedelta(seconds=62), ttl=TTL) is False
    assert holder(engine) == "b"


def test_release_hands_over_at_once(engine: Engine) -> None:
    assert try_lead(engine, "a", START, ttl=TTL)
    release(engine, "b")  # not the holder: no effect
    assert try_lead(engine, "b", START + timedelta(seconds=1), ttl=TTL) is False
    release(engine, "a")
    assert try_lead(engine, "b", START + timedelta(seconds=1), ttl=TTL) is True


def test_leases_are_independent_by_name(engine: Engine) -> None:
    assert try_lead(engine, "a", START, ttl=TTL)
    assert try_lead(engine, "b", START, ttl=TTL, name="other")


def test_concurrent_first_claims_elect_exactly_one(engine: Engine) -> None:
    contenders = 4
    barrier = threading.Barrier(contenders)
    results: dict[str, bool] = {}
    errors: list[BaseException] = []

    def run(name: str) -> None:
        try:
            barrier.wait(timeout=10)
            results[name] = try_lead(engine, name, START, ttl=TTL)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(f"p{i}",)) for i in range(contenders)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    winners = [n for n, won in results.items() if won]
    assert len(results) == contenders and len(winners) == 1
    assert holder(engine) == winners[0]

"""Shared queries and column types."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.exc import StatementError

from models import Situation, TimelineEntry
from models.db import new_session, normalise_url
from models.queries import last_entries, next_ref_number, table_by_code
from tests.factories import START, World, make_table


def test_next_ref_number_counts_per_table_and_year(engine: Engine) -> None:
    table = make_table(engine)
    assert table.id is not None
    with new_session(engine) as s:
        assert [next_ref_number(s, table.id, 2026) for _ in range(3)] == [1, 2, 3]
        assert next_ref_number(s, table.id, 2027) == 1
        s.commit()
    with new_session(engine) as s:
        assert next_ref_number(s, table.id, 2026) == 4
        s.rollback()  # a rolled-back raise never shows its number to anyone
    with new_session(engine) as s:
        assert next_ref_number(s, table.id, 2026) == 4


def test_next_ref_number_under_concurrency(engine: Engine) -> None:
    table = make_table(engine)
    assert table.id is not None
    table_id = table.id
    workers, each = 4, 5
    got: list[int] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(workers)
    lock = threading.Lock()

    def run() -> None:
        try:
            barrier.wait(timeout=10)
            for _ in range(each):
                with new_session(engine) as s:
                    n = next_ref_number(s, table_id, 2026)
                    s.commit()
                with lock:
                    got.append(n)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert sorted(got) == list(range(1, workers * each + 1))


def test_utc_columns_refuse_naive_datetimes_and_return_aware(world: World) -> None:
    ref = world.raise_()
    sit = world.situation(ref)
    assert sit.raised_at == START and sit.raised_at.tzinfo is not None
    with new_session(world.engine) as s:
        s.add(TimelineEntry(situation_id=sit.id or 0, kind="note", platform="shell",
                            at=datetime(2026, 11, 23, 9, 0)))
        with pytest.raises(StatementError, match="naive datetime"):
            s.flush()


def test_last_entries_picks_the_newest_of_the_kinds(world: World) -> None:
    ref = world.raise_()
    world.accept(ref)
    world.reply("nurse", f"update {ref} First fictional note.")
    world.advance(hours=1)
    world.reply("nurse", f"update {ref} Second fictional note.")
    sit = world.situation(ref)
    assert sit.id is not None
    with new_session(world.engine) as s:
        latest = last_entries(s, [sit.id], ("update", "intervention"))
        assert latest[sit.id].text == "Second fictional note."
        assert latest[sit.id].at == START + timedelta(hours=1)
        assert last_entries(s, [sit.id], ("closed",)) == {}
        assert last_entries(s, [], ("update",)) == {}
        assert table_by_code(s, "pa") is not None and table_by_code(s, "XX") is None
        assert s.get(Situation, sit.id) is not None


def test_normalise_url() -> None:
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"

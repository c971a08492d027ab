"""Benchmark: build and render the agenda of a table with many open situations.

Prints, for 50 and 500 open situations at a table of 30 agencies: the median time to
build and render the agenda (all its parts, as the outbox stores them), and the number
of SQL statements it ran, which must not grow with the number of situations.

    PYTHONPATH=. .venv/bin/python tests/bench/bench_agenda.py [--url DATABASE_URL]

Printed figures, not a timed test. Uses a fresh SQLite file unless ``--url`` names an
empty database.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import event  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402
from sqlmodel import select  # noqa: E402

from commands import agenda  # noqa: E402
from commands.calendar import ensure_meetings  # noqa: E402
from models import HubTable  # noqa: E402
from models.db import make_engine, new_session, upgrade_database  # noqa: E402
from models.queries import next_meeting  # noqa: E402
from models.types import Status  # noqa: E402
from tests.factories import START, bulk_situations, demo_data, make_table  # noqa: E402

AGENCIES = 30
SIZES = (50, 500)
REPEATS = 7
# of the open situations: returning (accepted), new (raised), proposed for closure
MIX = ((Status.ACCEPTED, 0.5), (Status.RAISED, 0.3), (Status.INTERVENED, 0.2))


def table_file(code: str) -> dict[str, Any]:
    data = demo_data(code=code, name=f"Bench Hub {code}")
    data["agencies"] = [
        {"code": f"AG{i:02d}", "name": f"Fictional Agency {i:02d}", "sector": "other",
         "targets": [{"platform": "shell", "address": f"#agency-{i:02d}"}]}
        for i in range(AGENCIES)
    ]
    data["members"] = [
        {"platform": "shell", "user_id": f"{code.lower()}-rep{i:02d}",
         "name": f"Rep {i:02d}", "agency": f"AG{i:02d}", "roles": ["rep"]}
        for i in range(AGENCIES)
    ] + [{"platform": "shell", "user_id": f"{code.lower()}-chair", "name": "Chair",
          "agency": "AG00", "roles": ["chair", "rep"]}]
    return data


def populate(engine: Engine, code: str, count: int) -> int:
    table = make_table(engine, START, table_file(code))
    assert table.id is not None
    with new_session(engine) as s:
        row = s.get(HubTable, table.id)
        assert row is not None
        number = 1
        for status, share in MIX:
            n = round(count * share)
            bulk_situations(s, row, n, START, status=status, start_number=number)
            number += n
        ensure_meetings(s, row, START)
        s.commit()
    return table.id


@contextmanager
def counting(engine: Engine) -> Iterator[list[str]]:
    statements: list[str] = []

    def before(_c: Any, _cur: Any, statement: str, *_a: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


def build_and_render(engine: Engine, table_id: int) -> tuple[int, int]:
    """One agenda, built and rendered to what the outbox stores; (items, parts)."""
    with new_session(engine) as s:
        table = s.get(HubTable, table_id)
        assert table is not None
        meeting = next_meeting(s, table_id, START)
        assert meeting is not None
        built = agenda.build(s, table, meeting, START)
        parts = built.parts()
        payloads = [m.to_json() for m in parts]
        built.digest()
        items = sum(1 for p in parts for sec in p.sections if sec.key is not None)
        assert payloads
        return items, len(parts)


def run(url: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(url or f"sqlite:///{Path(tmp) / 'bench.db'}")
        upgrade_database(engine)
        print(f"agenda benchmark — {engine.dialect.name}, {AGENCIES} agencies, "
              f"median of {REPEATS} runs")
        print(f"{'open situations':>16} {'items':>6} {'parts':>6} {'SQL statements':>15} "
              f"{'median ms':>10} {'min ms':>8}")
        counts = {}
        for i, size in enumerate(SIZES):
            table_id = populate(engine, f"B{i}", size)
            build_and_render(engine, table_id)  # warm caches (statement compilation)
            with counting(engine) as statements:
                items, parts = build_and_render(engine, table_id)
            times = []
            for _ in range(REPEATS):
                started = time.perf_counter()
                build_and_render(engine, table_id)
                times.append((time.perf_counter() - started) * 1000)
            counts[size] = len(statements)
            print(f"{size:>16} {items:>6} {parts:>6} {len(statements):>15} "
                  f"{statistics.median(times):>10.1f} {min(times):>8.1f}")
        with new_session(engine) as s:  # sanity: every table got its meetings
            assert s.exec(select(HubTable)).all()
        grows = counts[SIZES[-1]] > counts[SIZES[0]]
        print("SQL statements grow with the number of situations: "
              + ("YES — N+1 regression!" if grows else "no (constant)"))
        engine.dispose()
        if grows:
            raise SystemExit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="an empty, migratable database (default: temp SQLite)")
    args = parser.parse_args()
    run(args.url)


if __name__ == "__main__":
    main()

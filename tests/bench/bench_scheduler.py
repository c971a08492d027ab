"""Benchmark: one scheduler sweep over 10,000 due reminders.

Prints the median time of one ``sweep_table`` that finds 10,000 reminders due (spread
over 30 agencies, so it queues one batched message per agency plus the chairs' overdue
notice), the number of SQL statements it ran, the outbox rows it queued, and its peak
Python memory (``tracemalloc``, measured in a separate run so tracing does not distort
the time).

    PYTHONPATH=. .venv/bin/python tests/bench/bench_scheduler.py [--reminders N]

Printed figures, not a timed test. Each run starts from a copy of the same SQLite file.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import event, func, insert  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402
from sqlmodel import col, select  # noqa: E402

from models import (  # noqa: E402
    Agency,
    Assignment,
    HubTable,
    Member,
    OutboxMessage,
    Reminder,
    Situation,
)
from models.db import make_engine, new_session, upgrade_database  # noqa: E402
from scheduler.sweep import sweep_table  # noqa: E402
from tests.bench.bench_agenda import AGENCIES, table_file  # noqa: E402
from tests.factories import START, make_table  # noqa: E402

REPEATS = 3
NOW = START + timedelta(hours=1)


def build_template(path: Path, reminders: int) -> int:
    """A migrated SQLite file with one table and ``reminders`` due reminders."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine)
    table = make_table(engine, START, table_file("SW"))
    assert table.id is not None
    tid = table.id
    with new_session(engine) as s:
        row = s.get(HubTable, tid)
        assert row is not None
        # No meeting within the update-reminder window and no agenda due: the sweep's
        # work is the reminders alone.
        row.update_reminder_hours = 1
        agencies = [a.id for a in s.exec(select(Agency).where(Agency.table_id == tid)
                                         .order_by(col(Agency.id))).all()]
        member = s.exec(select(Member).where(Member.table_id == tid)).first()
        assert member is not None
        s.execute(insert(Situation), [
            {"table_id": tid, "ref": f"SW-2026-{n:05d}", "year": 2026, "number": n,
             "status": "accepted", "subject_type": "individual", "age_group": "18-24",
             "gender": "unknown", "risk_factors": ["mental_health.suspected"],
             "protective_factors": [], "description": "Fictional bench situation.",
             "originating_agency_id": agencies[n % len(agencies)],
             "raised_by_id": member.id, "raised_at": START - timedelta(days=2),
             "accepted_at": START - timedelta(days=1), "deadline_at": START + timedelta(days=1)}
            for n in range(1, reminders + 1)
        ])
        ids = [i for i in s.exec(select(Situation.id).where(Situation.table_id == tid)
                                 .order_by(col(Situation.id))).all() if i is not None]
        s.execute(insert(Assignment), [
            {"situation_id": sid, "agency_id": agencies[k % len(agencies)], "role": "lead"}
            for k, sid in enumerate(ids)])
        kinds = ("intervention_due", "intervention_overdue", "update_due")
        s.execute(insert(Reminder), [
            {"key": f"bench:{sid}", "table_id": tid, "situation_id": sid,
             "agency_id": agencies[k % len(agencies)], "kind": kinds[k % 3],
             "due_at": NOW - timedelta(minutes=1 + k % 60), "status": "pending"}
            for k, sid in enumerate(ids)])
        s.commit()
    raw = engine.raw_connection()  # outside any transaction: fold the WAL into the file
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    engine.dispose()
    return tid


def one_sweep(template: Path, work: Path, table_id: int, *,
              trace: bool) -> dict[str, Any]:
    shutil.copyfile(template, work)
    engine: Engine = make_engine(f"sqlite:///{work}")
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute",
                 lambda _c, _cur, stmt, *_a: statements.append(stmt))
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    report = sweep_table(engine, table_id, NOW)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] if trace else 0
    if trace:
        tracemalloc.stop()
    with new_session(engine) as s:
        outbox = int(s.exec(select(func.count()).select_from(OutboxMessage)).one())
        left = int(s.exec(select(func.count()).select_from(Reminder)
                          .where(Reminder.status == "pending")).one())
    engine.dispose()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    return {"seconds": elapsed, "peak": peak, "sent": report.reminders,
            "expired": report.expired, "outbox": outbox, "pending": left,
            "statements": len(statements)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reminders", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        template, work = Path(tmp) / "template.db", Path(tmp) / "work.db"
        started = time.perf_counter()
        table_id = build_template(template, args.reminders)
        print(f"scheduler benchmark — sqlite, {args.reminders} due reminders over "
              f"{AGENCIES} agencies (setup {time.perf_counter() - started:.1f} s)")
        runs = [one_sweep(template, work, table_id, trace=False) for _ in range(REPEATS)]
        traced = one_sweep(template, work, table_id, trace=True)
        first = runs[0]
        times = [r["seconds"] for r in runs]
        print(f"  sweep time: median {statistics.median(times):.2f} s, "
              f"min {min(times):.2f} s over {REPEATS} runs")
        print(f"  peak Python memory (tracemalloc): {traced['peak'] / 2**20:.1f} MiB "
              f"(traced run {traced['seconds']:.2f} s)")
        print(f"  SQL statements: {first['statements']}; reminders sent: {first['sent']}; "
              f"still pending: {first['pending']}; outbox rows queued: {first['outbox']}")
        if first["sent"] != args.reminders or first["pending"]:
            raise SystemExit("not every due reminder was handled in one sweep")


if __name__ == "__main__":
    main()

"""Shared helpers for the core tests: a demo table, a frozen clock, a recording sender.

Everything here is fictional (the demo table of ``bot/shell/data``). Time only moves
when a test moves it (``FrozenClock``); nothing sleeps.

The demo table is in ``America/Regina`` (UTC−6, no DST), meets Tuesdays and
Thursdays at 10:00 local, posts the agenda 2 h before. ``START`` is Monday
23 Nov 2026 09:00 local, so the next meeting is Tue 24 Nov 10:00 local (16:00 UTC)
with its agenda due at 14:00 UTC.
"""

from __future__ import annotations

import copy
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from commands import service
from commands.config import apply_config
from commands.context import Hub
from commands.errors import DeliveryError, HubError
from commands.messages import FormValues, Reply, Response
from commands.ports import Delivery, FrozenClock
from models import (
    Assignment,
    AuditEntry,
    HubTable,
    Meeting,
    OutboxMessage,
    Reminder,
    Situation,
    TimelineEntry,
)
from models.db import new_session
from models.types import Status
from scheduler.outbox import DispatchReport, deliver_due
from scheduler.sweep import SweepReport, sweep_table

ROOT = Path(__file__).resolve().parents[1]
DEMO_TOML = ROOT / "bot" / "shell" / "data" / "demo-table.toml"

# Mon 23 Nov 2026 09:00 America/Regina (UTC-6).
START = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
# Tue 24 Nov 2026 10:00 Regina: the first meeting after START; agenda due 2 h before.
FIRST_MEETING = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)
FIRST_AGENDA_DUE = FIRST_MEETING - timedelta(hours=2)

SAFE_TEXT = "Youth staying with friends, not attending school, escalating conflict at home."
SAFE_UPDATE = "Contact made with the family; youth engaged with a counsellor."
# Fictional identifying details the guard must refuse.
UNSAFE_TEXT = "Youth Jenna Smith, call 306-555-0199 about the situation."

ROW_MODELS: dict[str, type[Any]] = {
    "situation": Situation,
    "timeline_entry": TimelineEntry,
    "outbox_message": OutboxMessage,
    "audit_entry": AuditEntry,
    "reminder": Reminder,
    "assignment": Assignment,
}

_REF = re.compile(r"\b[A-Z][A-Z0-9]*-\d{4}-\d{3,}\b")


def demo_data(**table: Any) -> dict[str, Any]:
    """The demo table file as a dict, with ``[table]`` keys overridden."""
    data = tomllib.loads(DEMO_TOML.read_text("utf-8"))
    data["table"].update(table)
    return data


def make_table(engine: Engine, now: datetime = START,
               data: dict[str, Any] | None = None) -> HubTable:
    """Apply a table file (the demo by default) and commit; returns the table row."""
    with new_session(engine) as session:
        table = apply_config(session, copy.deepcopy(data or demo_data()), now)
        session.commit()
        return table


def raise_line(text: str = SAFE_TEXT, *, type_: str = "individual", age: str = "16-17",
               gender: str = "female",
               risks: str = "mental_health.suspected,housing.at_risk") -> str:
    return (f'raise type={type_} age={age} gender={gender} risks={risks} text="{text}" '
            "confirm=yes")


class RecordingSender:
    """A fake platform: records each delivery, returns ids ``m1``, ``m2``…

    ``script`` is consumed one entry per ``send``: an exception to raise, or ``None``
    to succeed; ``fail_when`` decides per delivery.
    """

    def __init__(self, *, script: list[Exception | None] | None = None,
                 fail_when: Callable[[Delivery], Exception | None] | None = None) -> None:
        self.deliveries: list[Delivery] = []
        self.attempts: list[Delivery] = []
        self.script = list(script or [])
        self.fail_when = fail_when
        self.counter = 0

    def send(self, delivery: Delivery) -> str:
        self.attempts.append(delivery)
        if self.script:
            exc = self.script.pop(0)
            if exc is not None:
                raise exc
        if self.fail_when is not None:
            exc = self.fail_when(delivery)
            if exc is not None:
                raise exc
        self.deliveries.append(delivery)
        self.counter += 1
        return f"m{self.counter}"

    def to(self, address: str) -> list[Delivery]:
        return [d for d in self.deliveries if d.address == address]

    def summaries(self, address: str | None = None) -> list[str]:
        return [d.message.summary for d in self.deliveries
                if address is None or d.address == address]

    def clear(self) -> None:
        self.deliveries.clear()
        self.attempts.clear()


def retryable(reason: str = "temporary", retry_after: float | None = None) -> DeliveryError:
    return DeliveryError(reason, retryable=True, retry_after=retry_after)


@dataclass
class World:
    """A demo table on a database, a frozen clock and a shell sender."""

    engine: Engine
    clock: FrozenClock
    hub: Hub
    sender: RecordingSender
    table_id: int
    platform: str = "shell"
    wakes: list[int] = field(default_factory=list)

    @classmethod
    def create(cls, engine: Engine, now: datetime = START,
               data: dict[str, Any] | None = None) -> World:
        table = make_table(engine, now, data)
        assert table.id is not None
        clock = FrozenClock(now)
        world = cls(engine=engine, clock=clock, hub=Hub(engine=engine, clock=clock),
                    sender=RecordingSender(), table_id=table.id)
        world.hub.wake_outbox = lambda: world.wakes.append(1)
        return world

    # -- acting ------------------------------------------------------------------
    def run(self, who: str, text: str) -> Response:
        return service.run_command(self.hub, platform=self.platform, user_id=who, text=text)

    def reply(self, who: str, text: str) -> str:
        """The summary of a command's private reply (fails on a form)."""
        response = self.run(who, text)
        assert isinstance(response, Reply), f"{text!r} opened a form"
        return response.message.summary

    def fails(self, who: str, text: str, kind: type[HubError] = HubError) -> HubError:
        with pytest.raises(kind) as info:
            self.run(who, text)
        return info.value

    def submit(self, who: str, form_id: str, subject: str | None,
               values: FormValues) -> Response:
        return service.submit_form(self.hub, platform=self.platform, user_id=who,
                                   form_id=form_id, subject=subject, values=values)

    def raise_(self, who: str = "officer", text: str = SAFE_TEXT, **kw: str) -> str:
        """Raise a situation; returns its reference."""
        summary = self.reply(who, raise_line(text, **kw))
        match = _REF.search(summary)
        assert match, summary
        return match.group(0)

    def accept(self, ref: str, lead: str = "MHA", assist: str = "POL") -> None:
        line = f"accept {ref} lead={lead}" + (f" assist={assist}" if assist else "")
        self.reply("chair", line)

    # -- time and background work -------------------------------------------------
    def advance(self, **delta: float) -> datetime:
        return self.clock.advance(**delta)

    def at(self, when: datetime) -> None:
        self.clock.set(when)

    def sweep(self) -> SweepReport:
        return sweep_table(self.engine, self.table_id, self.clock.now())

    def deliver(self, **senders: RecordingSender) -> DispatchReport:
        return deliver_due(self.engine, senders or {self.platform: self.sender},
                           self.clock.now())

    def tick(self) -> tuple[SweepReport, DispatchReport]:
        return self.sweep(), self.deliver()

    # -- reading ------------------------------------------------------------------
    def session(self) -> Session:
        return new_session(self.engine)

    def situation(self, ref: str) -> Situation:
        with self.session() as s:
            row = s.exec(select(Situation).where(Situation.ref == ref)).one()
            return row

    def timeline(self, ref: str) -> list[TimelineEntry]:
        sit = self.situation(ref)
        with self.session() as s:
            return list(s.exec(select(TimelineEntry)
                               .where(TimelineEntry.situation_id == sit.id)
                               .order_by(col(TimelineEntry.id))).all())

    def outbox(self, status: str | None = None) -> list[OutboxMessage]:
        with self.session() as s:
            q = select(OutboxMessage).order_by(col(OutboxMessage.id))
            if status is not None:
                q = q.where(OutboxMessage.status == status)
            return list(s.exec(q).all())

    def reminders(self, ref: str | None = None) -> list[Reminder]:
        with self.session() as s:
            q = select(Reminder).order_by(col(Reminder.id))
            if ref is not None:
                q = q.where(Reminder.situation_id == self.situation(ref).id)
            return list(s.exec(q).all())

    def audit(self, action: str | None = None) -> list[AuditEntry]:
        with self.session() as s:
            q = select(AuditEntry).order_by(col(AuditEntry.id))
            if action is not None:
                q = q.where(AuditEntry.action == action)
            return list(s.exec(q).all())

    def meetings(self) -> list[Meeting]:
        with self.session() as s:
            return list(s.exec(select(Meeting).where(Meeting.table_id == self.table_id)
                               .order_by(col(Meeting.starts_at))).all())

    def counts(self) -> dict[str, int]:
        return count_rows(self.engine)


def count_rows(engine: Engine) -> dict[str, int]:
    with new_session(engine) as s:
        return {name: int(s.exec(select(func.count()).select_from(model)).one())
                for name, model in ROW_MODELS.items()}


@pytest.fixture
def world(engine: Engine) -> Iterator[World]:
    """The demo table at ``START`` on the test's database (both backends)."""
    yield World.create(engine)


# -- bulk data for benchmarks and the sweep at scale ------------------------------------


def bulk_situations(session: Session, table: HubTable, count: int, now: datetime,
                    *, status: Status = Status.ACCEPTED, start_number: int = 1) -> list[int]:
    """Insert ``count`` situations directly (no guard, no notices), spread over the
    table's active agencies, each with a lead, an assisting agency and an update."""
    from models import Agency, Member

    assert table.id is not None
    agencies = list(session.exec(select(Agency).where(Agency.table_id == table.id,
                                                      col(Agency.active))).all())
    member = session.exec(select(Member).where(Member.table_id == table.id)).first()
    assert agencies and member is not None and member.id is not None
    year = now.year
    rows = []
    for i in range(count):
        origin = agencies[i % len(agencies)]
        sit = Situation(
            table_id=table.id, ref=f"{table.code}-{year}-{start_number + i:03d}", year=year,
            number=start_number + i, status=status, subject_type="individual",
            age_group="18-24", gender="unknown",
            risk_factors=["mental_health.suspected", "housing.at_risk"],
            description=f"Fictional bulk situation number {i}.",
            originating_agency_id=origin.id or 0, raised_by_id=member.id,
            raised_at=now - timedelta(days=3, minutes=i),
            accepted_at=None if status == Status.RAISED else now - timedelta(days=2),
            deadline_at=None if status == Status.RAISED else now + timedelta(days=1),
        )
        rows.append(sit)
    session.add_all(rows)
    session.flush()
    for i, sit in enumerate(rows):
        assert sit.id is not None
        if status != Status.RAISED:
            lead = agencies[i % len(agencies)]
            assist = agencies[(i + 1) % len(agencies)]
            session.add(Assignment(situation_id=sit.id, agency_id=lead.id or 0, role="lead"))
            if assist.id != lead.id:
                session.add(Assignment(situation_id=sit.id, agency_id=assist.id or 0,
                                       role="assisting"))
            session.add(TimelineEntry(situation_id=sit.id, kind="update",
                                      text="Fictional update.", agency_id=lead.id,
                                      platform="shell", at=now - timedelta(days=1)))
    session.flush()
    return [s.id for s in rows if s.id is not None]

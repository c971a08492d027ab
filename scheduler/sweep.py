"""Due work of one table: agenda posts, reminders, purges. Safe to run any time, any
number of times: each piece of work is claimed by a conditional update in the same
transaction that queues its messages, so it happens once, and work that fell due
while the bot was down happens on the next sweep (within the catch-up window)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select, update

from commands import agenda
from commands.calendar import ensure_meetings
from commands.lifecycle import drop_free_text
from commands.messages import Message
from commands.notify import to_member
from commands.reminders import say_reminders, update_reminder
from commands.views import load_lookups
from models import HubTable, Meeting, Reminder, Situation
from models.db import new_session
from models.queries import assignments_for, last_entries, members_with_role, previous_meeting
from models.types import ACTIVE_STATUSES, Role, Status

log = logging.getLogger(__name__)


@dataclass
class SweepReport:
    agendas: int = 0
    reminders: int = 0
    expired: int = 0
    purged: int = 0
    notes: list[str] = field(default_factory=list)


def sweep_table(engine: Engine, table_id: int, now: datetime) -> SweepReport:
    """Do everything due at ``table_id`` up to ``now`` in one transaction."""
    report = SweepReport()
    with new_session(engine) as session:
        table = session.get(HubTable, table_id)
        if table is None:
            return report
        ensure_meetings(session, table, now)
        catchup = timedelta(hours=table.catchup_hours)
        _post_agendas(session, table, now, report)
        _plan_update_reminders(session, table, now)
        _send_reminders(session, table, now, catchup, report)
        _purge(session, table, now, report)
        session.commit()
    return report


def _post_agendas(session: Session, table: HubTable, now: datetime, report: SweepReport) -> None:
    due = session.exec(
        select(Meeting).where(Meeting.table_id == table.id, Meeting.status == "scheduled",
                              col(Meeting.agenda_posted_at).is_(None),
                              col(Meeting.agenda_due_at) <= now)
        .order_by(col(Meeting.starts_at))
    ).all()
    for meeting in due:
        if meeting.starts_at <= now:
            # The meeting has begun or passed: its agenda would be noise now.
            meeting.agenda_posted_at = now
            meeting.agenda_digest = "missed"
            report.notes.append(f"agenda of meeting {meeting.id} skipped: meeting had started")
            continue
        agenda.post(session, table, meeting, now)
        report.agendas += 1


def _plan_update_reminders(session: Session, table: HubTable, now: datetime) -> None:
    """Before each meeting, remind lead agencies of situations with no update since the
    last meeting."""
    lead_time = timedelta(hours=table.update_reminder_hours)
    meetings = session.exec(
        select(Meeting).where(Meeting.table_id == table.id, Meeting.status == "scheduled",
                              col(Meeting.updates_reminded_at).is_(None),
                              col(Meeting.starts_at) > now,
                              col(Meeting.starts_at) <= now + lead_time)
    ).all()
    for meeting in meetings:
        meeting.updates_reminded_at = now
        assert table.id is not None and meeting.id is not None
        since = previous_meeting(session, table.id, meeting.starts_at - timedelta(seconds=1))
        active = session.exec(
            select(Situation).where(Situation.table_id == table.id,
                                    col(Situation.status).in_(ACTIVE_STATUSES),
                                    col(Situation.accepted_at) < meeting.starts_at)
        ).all()
        ids = [s.id for s in active if s.id is not None]
        latest = last_entries(session, ids, ("update", "intervention"))
        leads = assignments_for(session, ids)
        for s in active:
            assert s.id is not None
            entry = latest.get(s.id)
            cutoff = since.starts_at if since is not None else s.accepted_at
            if entry is not None and cutoff is not None and entry.at >= cutoff:
                continue
            lead = next((a.agency_id for a in leads[s.id] if a.role == "lead"), None)
            if lead is None:
                continue
            # Planned when the window opens (or at catch-up, late): due at once.
            session.add(update_reminder(s, lead, meeting.id, now))
    session.flush()


def _send_reminders(session: Session, table: HubTable, now: datetime, catchup: timedelta,
                    report: SweepReport) -> None:
    due = session.exec(
        select(Reminder).where(Reminder.table_id == table.id, Reminder.status == "pending",
                               col(Reminder.due_at) <= now)
        .order_by(col(Reminder.due_at), col(Reminder.id))
    ).all()
    if not due:
        return
    stale = [r.id for r in due if r.due_at < now - catchup]
    fresh = [r.id for r in due if r.due_at >= now - catchup]
    if stale:
        for ids in _id_chunks(stale):
            session.execute(update(Reminder).where(col(Reminder.id).in_(ids),
                                                   col(Reminder.status) == "pending")
                            .values(status="expired"))
        report.expired += len(stale)
        _tell_admins_missed(session, table, len(stale), now)
    if not fresh:
        return
    claimed: set[int] = set()
    for ids in _id_chunks(fresh):
        claimed.update(session.execute(
            update(Reminder).where(col(Reminder.id).in_(ids), col(Reminder.status) == "pending")
            .values(status="sent", sent_at=now).returning(col(Reminder.id))
        ).scalars())
    rows = [r for r in due if r.id in claimed]
    situations: dict[int | None, Situation] = {}
    for ids in _id_chunks(list({r.situation_id for r in rows})):
        situations.update((s.id, s) for s in session.exec(
            select(Situation).where(col(Situation.id).in_(ids))))
    lk = load_lookups(session, table.id or 0)
    say_reminders(session, table, [(r, situations[r.situation_id]) for r in rows], lk, now)
    report.reminders += len(rows)


def _id_chunks(ids: list[int | None] | list[int], size: int = 1000) -> list[list[int]]:
    """Bound the ids in one ``IN (…)``: SQLite caps bound variables per statement."""
    clean = [i for i in ids if i is not None]
    return [clean[i:i + size] for i in range(0, len(clean), size)]


def _tell_admins_missed(session: Session, table: HubTable, count: int, now: datetime) -> None:
    """Reminders older than the catch-up window are not sent late but never vanish
    silently: the admins hear how many were missed."""
    text = (f"hubbot was down longer than the catch-up window ({table.catchup_hours} h): "
            f"{count} reminder(s) for {table.name} were too old to send. "
            "Check `list overdue` and the coming agenda.")
    for admin in members_with_role(session, table.id or 0, Role.ADMIN):
        to_member(session, admin, Message(summary=text, title="Missed reminders"), now=now,
                  key=f"admin:missed:{table.id}:{now.isoformat()}")
    log.warning("%s: %d stale reminders expired", table.code, count)


def _purge(session: Session, table: HubTable, now: datetime, report: SweepReport) -> None:
    """Free text of closed situations goes after the retention period (SPEC §7.4)."""
    cutoff = now - timedelta(days=table.retention_days)
    rows = session.exec(
        select(Situation).where(Situation.table_id == table.id,
                                Situation.status == Status.CLOSED,
                                col(Situation.purged_at).is_(None),
                                col(Situation.closed_at) <= cutoff)
    ).all()
    for s in rows:
        drop_free_text(session, s, now)
        report.purged += 1


def next_due(engine: Engine, table_id: int, now: datetime) -> datetime | None:
    """The next instant after ``now`` when this table has scheduled work."""
    with new_session(engine) as session:
        table = session.get(HubTable, table_id)
        if table is None:
            return None
        ensure_meetings(session, table, now)
        session.commit()
        candidates: list[datetime] = []
        agenda_at = session.exec(
            select(Meeting.agenda_due_at).where(
                Meeting.table_id == table_id, Meeting.status == "scheduled",
                col(Meeting.agenda_posted_at).is_(None), col(Meeting.starts_at) > now)
            .order_by(col(Meeting.agenda_due_at)).limit(1)).first()
        if agenda_at is not None:
            candidates.append(agenda_at)
        update_at = session.exec(
            select(Meeting.starts_at).where(
                Meeting.table_id == table_id, Meeting.status == "scheduled",
                col(Meeting.updates_reminded_at).is_(None), col(Meeting.starts_at) > now)
            .order_by(col(Meeting.starts_at)).limit(1)).first()
        if update_at is not None:
            candidates.append(update_at - timedelta(hours=table.update_reminder_hours))
        reminder_at = session.exec(
            select(Reminder.due_at).where(Reminder.table_id == table_id,
                                          Reminder.status == "pending")
            .order_by(col(Reminder.due_at)).limit(1)).first()
        if reminder_at is not None:
            candidates.append(reminder_at)
        closed_at = session.exec(
            select(Situation.closed_at).where(
                Situation.table_id == table_id, Situation.status == Status.CLOSED,
                col(Situation.purged_at).is_(None))
            .order_by(col(Situation.closed_at)).limit(1)).first()
        if closed_at is not None:
            candidates.append(closed_at + timedelta(days=table.retention_days))
    return max(min(candidates), now) if candidates else None


def table_ids(engine: Engine) -> list[int]:
    with new_session(engine) as session:
        return [i for i in session.exec(select(HubTable.id)).all() if i is not None]


"""Reminders to the lead agency (SPEC §5): creating them, and saying them in batches.

When they fall due is the scheduler's business; what they say and to whom is here.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TypeVar

from sqlmodel import Session

from commands.messages import Action, Message, Section, Style
from commands.notify import reps_of, to_agency, to_member
from commands.timefmt import fmt_datetime
from commands.views import Lookups, days_open, days_text, profile
from models import HubTable, Reminder, Situation
from models.queries import members_of
from models.types import Role

DUE, OVERDUE, UPDATE = "intervention_due", "intervention_overdue", "update_due"
REMINDER_KINDS = (DUE, OVERDUE, UPDATE)
T = TypeVar("T")


def schedule_intervention_reminders(
    session: Session, situation: Situation, lead_id: int, table: HubTable, now: datetime
) -> None:
    """"Due" ahead of the deadline (skipped if that moment has passed) and "overdue" at it."""
    assert situation.id is not None and situation.deadline_at is not None
    due_at = situation.deadline_at - timedelta(hours=table.due_reminder_hours)
    if due_at > now:
        session.add(_reminder(situation, lead_id, DUE, due_at))
    session.add(_reminder(situation, lead_id, OVERDUE, situation.deadline_at))


def _reminder(situation: Situation, agency_id: int, kind: str, due_at: datetime,
              meeting_id: int | None = None) -> Reminder:
    assert situation.id is not None
    occasion = meeting_id if meeting_id is not None else due_at.isoformat()
    return Reminder(key=f"{kind}:{situation.id}:{occasion}", table_id=situation.table_id,
                    situation_id=situation.id, agency_id=agency_id, kind=kind, due_at=due_at,
                    meeting_id=meeting_id)


def update_reminder(situation: Situation, lead_id: int, meeting_id: int,
                    due_at: datetime) -> Reminder:
    return _reminder(situation, lead_id, UPDATE, due_at, meeting_id)


def snoozed_copy(reminder: Reminder, until: datetime) -> Reminder:
    return Reminder(key=f"{reminder.key}:snoozed:{until.isoformat()}", table_id=reminder.table_id,
                    situation_id=reminder.situation_id, agency_id=reminder.agency_id,
                    kind=reminder.kind, due_at=until, meeting_id=reminder.meeting_id)


def _line(reminder: Reminder, s: Situation, lk: Lookups, table: HubTable,
          now: datetime) -> Section:
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(table.timezone)
    deadline = fmt_datetime(s.deadline_at, tz) if s.deadline_at else "—"
    if reminder.kind == DUE:
        text = f"Intervention due by {deadline}."
        done = Action("Log intervention", f"intervened {s.ref}", Style.PRIMARY)
    elif reminder.kind == OVERDUE:
        text = f"*Intervention overdue* since {deadline}."
        done = Action("Log intervention", f"intervened {s.ref}", Style.PRIMARY)
    else:
        text = "Update due for the next meeting: nothing was added since the last one."
        done = Action("Add update", f"update {s.ref}", Style.PRIMARY)
    return Section(
        heading=s.ref,
        text=f"{text} ({profile(s, lk)}; {days_text(days_open(s, now))} open)",
        actions=(done, Action("Snooze 1 day", f"snooze {reminder.id} 1d")),
        key=s.ref,
    )


PER_MESSAGE = 20  # reminders in one message: readable, and well inside platform limits


def _chunks(items: Sequence[T], size: int) -> list[Sequence[T]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _batch_key(prefix: str, reminders: Sequence[Reminder]) -> str:
    """A short dedupe key naming exactly this batch, however many reminders it holds."""
    ids = ",".join(str(r.id) for r in reminders)
    return f"{prefix}:{hashlib.sha256(ids.encode()).hexdigest()[:32]}"


def say_reminders(
    session: Session, table: HubTable, due: Sequence[tuple[Reminder, Situation]],
    lk: Lookups, now: datetime,
) -> None:
    """Queue one message per agency for all its reminders due now, and tell the chairs
    about overdue interventions."""
    members = members_of(session, table.id or 0)
    by_agency: dict[int, list[tuple[Reminder, Situation]]] = defaultdict(list)
    for reminder, situation in due:
        by_agency[reminder.agency_id].append((reminder, situation))
    for agency_id, all_items in sorted(by_agency.items()):
        agency = lk.agencies[agency_id]
        for items in _chunks(all_items, PER_MESSAGE):
            refs = ", ".join(dict.fromkeys(s.ref for _, s in items))
            message = Message(
                summary=f"Reminder for {agency.name}: {refs}",
                title=f"Reminders for {agency.name}",
                sections=tuple(_line(r, s, lk, table, now) for r, s in items),
            )
            to_agency(session, agency, message, now=now,
                      key=_batch_key("reminders", [r for r, _ in items]),
                      reps=reps_of(members, agency_id))
    chairs = [m for m in members if m.has(Role.CHAIR)]
    overdue_all = [(r, s) for r, s in due if r.kind == OVERDUE]
    for overdue in _chunks(overdue_all, PER_MESSAGE):
        lines = tuple(
            Section(heading=s.ref, text=f"Lead: {lk.agency_name(r.agency_id)}. Intervention "
                                        "overdue; no intervention logged.", key=s.ref)
            for r, s in overdue
        )
        message = Message(summary="Overdue interventions: " + ", ".join(s.ref for _, s in overdue),
                          title="Overdue interventions", sections=lines)
        key = _batch_key("overdue", [r for r, _ in overdue])
        for chair in chairs:
            to_member(session, chair, message, now=now, key=key)

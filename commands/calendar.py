"""The meeting calendar: a weekly schedule in the table's zone, expanded into rows.

Schedules are wall-clock times (``Tuesday 10:00 America/Toronto``), so each occurrence
is converted to UTC on its own date; a meeting stays at 10:00 local across
daylight-saving changes, and zones without DST (``America/Regina``) just work.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from commands.timefmt import to_utc
from models import HubTable, Meeting
from models.queries import meetings_between

HORIZON = timedelta(days=42)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_number(value: str | int) -> int:
    if isinstance(value, int):
        if 0 <= value <= 6:
            return value
    else:
        word = value.strip().lower()
        for i, name in enumerate(WEEKDAYS):
            if word in (name, name[:3]):
                return i
    raise ValueError(f"{value!r} is not a weekday (use monday…sunday)")


def occurrences(table: HubTable, start: datetime, end: datetime) -> Iterator[datetime]:
    """Scheduled meeting starts (UTC) with ``start <= t < end``, in order."""
    tz = ZoneInfo(table.timezone)
    slots = sorted(
        (weekday_number(s["weekday"]), time.fromisoformat(str(s["time"])))
        for s in table.schedule
    )
    day: date = start.astimezone(tz).date() - timedelta(days=1)
    last: date = end.astimezone(tz).date() + timedelta(days=1)
    while day <= last:
        for weekday, at in slots:
            if day.weekday() == weekday:
                when = to_utc(day, at, tz)
                if start <= when < end:
                    yield when
        day += timedelta(days=1)


def ensure_meetings(session: Session, table: HubTable, now: datetime) -> None:
    """Create the scheduled meetings from a little before ``now`` to the horizon.

    Existing rows, cancelled ones included, are left alone, so a cancellation sticks
    and running this twice (or on two processes) creates nothing twice.
    """
    assert table.id is not None
    start = now - timedelta(hours=max(table.catchup_hours, 1))
    end = now + HORIZON
    existing = {m.starts_at for m in meetings_between(session, table.id, start, end)}
    for when in occurrences(table, start, end):
        if when not in existing:
            session.add(new_meeting(table, when, source="schedule"))
    session.flush()


def new_meeting(table: HubTable, when: datetime, *, source: str) -> Meeting:
    assert table.id is not None
    return Meeting(
        table_id=table.id,
        starts_at=when,
        duration_minutes=table.meeting_minutes,
        source=source,
        agenda_due_at=when - timedelta(minutes=table.agenda_lead_minutes),
    )


def reschedule_future(session: Session, table: HubTable, now: datetime) -> None:
    """After the schedule or lead time changed: drop future scheduled meetings that no
    longer match (unless their agenda is out already), fix lead times, re-expand."""
    assert table.id is not None
    wanted = set(occurrences(table, now, now + HORIZON))
    future = session.exec(
        select(Meeting).where(Meeting.table_id == table.id, col(Meeting.starts_at) > now)
    ).all()
    for meeting in future:
        if meeting.agenda_posted_at is not None:
            continue
        if meeting.source == "schedule" and meeting.starts_at not in wanted:
            if meeting.status == "scheduled":
                _detach(session, meeting)
                session.delete(meeting)
            continue
        meeting.agenda_due_at = meeting.starts_at - timedelta(minutes=table.agenda_lead_minutes)
        meeting.duration_minutes = table.meeting_minutes
    session.flush()
    ensure_meetings(session, table, now)


def _detach(session: Session, meeting: Meeting) -> None:
    from models import Reminder

    for r in session.exec(select(Reminder).where(Reminder.meeting_id == meeting.id)).all():
        r.meeting_id = None
    session.flush()

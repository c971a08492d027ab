"""Showing and reading times in a table's time zone (stored times are UTC)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from commands.errors import BadArguments

_DURATION = re.compile(r"^\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*$", re.I)


def local(when: datetime, tz: ZoneInfo) -> datetime:
    return when.astimezone(tz)


def fmt_datetime(when: datetime, tz: ZoneInfo) -> str:
    """``Tue 24 Nov 2026 10:00 CST``: unambiguous when said aloud in a meeting."""
    return local(when, tz).strftime("%a %d %b %Y %H:%M %Z")


def fmt_date(when: datetime, tz: ZoneInfo) -> str:
    return local(when, tz).strftime("%a %d %b %Y")


def parse_duration(text: str) -> timedelta:
    """``26h``, ``1d 2h``, ``90m`` → a timedelta."""
    m = _DURATION.match(text or "")
    if not text or not text.strip() or not m or not any(m.groups()):
        raise BadArguments(
            f"`{text}` is not a duration.", hint="Write it like `4h`, `1d`, `1d 6h` or `30m`."
        )
    d, h, mi = (int(x) if x else 0 for x in m.groups())
    return timedelta(days=d, hours=h, minutes=mi)


def parse_local_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadArguments(
            f"`{text}` is not a date.", hint="Write dates as YYYY-MM-DD, e.g. `2026-11-24`."
        ) from None


def parse_local_datetime(text: str, tz: ZoneInfo) -> datetime:
    """``2026-11-24 14:00`` or ``2026-11-24T14:00`` in the table's zone → aware UTC."""
    raw = text.strip().replace("T", " ")
    try:
        day_s, _, time_s = raw.partition(" ")
        day = date.fromisoformat(day_s)
        at = time.fromisoformat(time_s.strip()) if time_s.strip() else None
    except ValueError:
        at = None
        day = None
    if day is None or at is None:
        raise BadArguments(
            f"`{text}` is not a date and time.",
            hint="Write it as `YYYY-MM-DD HH:MM` in the table's time zone, "
                 "e.g. `2026-11-24 14:00`.",
        )
    return to_utc(day, at, tz)


def to_utc(day: date, at: time, tz: ZoneInfo) -> datetime:
    """A wall-clock time in ``tz`` as UTC.

    A wall time that does not exist (skipped by a spring-forward change) is moved
    forward by the gap; an ambiguous one (autumn) takes its first occurrence.
    """
    # PEP 495: with fold=0 a skipped wall time is read with the offset in force before
    # the change, which lands the gap's length later; an ambiguous one, the first.
    return datetime.combine(day, at).replace(tzinfo=tz, fold=0).astimezone(UTC)

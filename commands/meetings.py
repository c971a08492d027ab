"""The meeting calendar: see the coming meetings, cancel one, add an extra one."""

from __future__ import annotations

from datetime import datetime, timedelta

from commands import agenda
from commands.audit import record
from commands.calendar import new_meeting
from commands.context import Ctx
from commands.errors import BadArguments, NotFound
from commands.messages import Message, Reply, Response, Section
from commands.notify import to_table
from commands.registry import CommandSpec
from commands.timefmt import fmt_datetime, parse_local_date, parse_local_datetime
from models.queries import meetings_between, next_meeting

USAGE = "meeting [next|cancel YYYY-MM-DD|add YYYY-MM-DD HH:MM]"


def meeting_command(ctx: Ctx, rest: str) -> Response:
    verb, _, arg = rest.strip().partition(" ")
    verb = verb.lower()
    if verb in ("", "list"):
        return _upcoming(ctx)
    if verb == "next":
        meeting = next_meeting(ctx.session, ctx.table_id, ctx.now)
        if meeting is None:
            raise NotFound("No meeting is scheduled.", hint=f"Type `{USAGE}`.")
        return Reply(Message(summary=f"Next meeting: {fmt_datetime(meeting.starts_at, ctx.tz)}"))
    if verb == "cancel":
        ctx.require("chair", doing="cancel a meeting")
        return _cancel(ctx, arg)
    if verb == "add":
        ctx.require("chair", doing="add a meeting")
        return _add(ctx, arg)
    raise BadArguments(f"`{verb}` is not a meeting command.", hint=f"Type `{USAGE}`.")


def _upcoming(ctx: Ctx) -> Response:
    rows = meetings_between(ctx.session, ctx.table_id, ctx.now, ctx.now + timedelta(days=28))
    lines = tuple(
        fmt_datetime(m.starts_at, ctx.tz) + (" — cancelled" if m.status == "cancelled" else "")
        + (" (extra)" if m.source == "extra" else "")
        for m in rows
    )
    return Reply(Message(summary="Coming meetings", title="Coming meetings",
                         sections=(Section(items=lines or ("None scheduled.",)),)))


def _cancel(ctx: Ctx, arg: str) -> Response:
    day = parse_local_date(arg)
    start = datetime.combine(day, datetime.min.time(), tzinfo=ctx.tz)
    found = [m for m in meetings_between(ctx.session, ctx.table_id, start,
                                         start + timedelta(days=1))
             if m.status == "scheduled" and m.starts_at > ctx.now]
    if not found:
        raise NotFound(f"No coming meeting on {day.isoformat()} to cancel.",
                       hint="Type `meeting` to see the coming meetings.")
    meeting = found[0]
    meeting.status = "cancelled"
    record(ctx, "meeting_cancel", starts_at=meeting.starts_at.isoformat())
    after = next_meeting(ctx.session, ctx.table_id, meeting.starts_at)
    moved = (f" Its situations move to {fmt_datetime(after.starts_at, ctx.tz)}." if after
             else "")
    text = f"The meeting of {fmt_datetime(meeting.starts_at, ctx.tz)} is cancelled.{moved}"
    to_table(ctx.session, ctx.table, Message(summary=text), now=ctx.now,
             key=f"meeting_cancelled:{meeting.id}")
    agenda.refresh_posted(ctx.session, ctx.table, ctx.now)
    return Reply(Message(summary=text))


def _add(ctx: Ctx, arg: str) -> Response:
    when = parse_local_datetime(arg, ctx.tz)
    if when <= ctx.now:
        raise BadArguments("That time has passed.", hint="Give a coming date and time.")
    clash = meetings_between(ctx.session, ctx.table_id, when, when + timedelta(minutes=1))
    if clash:
        if clash[0].status == "cancelled":
            clash[0].status = "scheduled"
        else:
            raise BadArguments("There is already a meeting at that time.")
        meeting = clash[0]
    else:
        meeting = new_meeting(ctx.table, when, source="extra")
        ctx.session.add(meeting)
    ctx.session.flush()
    record(ctx, "meeting_add", starts_at=when.isoformat())
    text = f"Extra meeting added: {fmt_datetime(when, ctx.tz)}."
    to_table(ctx.session, ctx.table, Message(summary=text), now=ctx.now,
             key=f"meeting_added:{meeting.id}:{meeting.status}")
    return Reply(Message(summary=text))


COMMANDS = [
    CommandSpec("meeting", USAGE, "the meeting calendar (chairs cancel and add)",
                meeting_command, aliases=("meetings",)),
]

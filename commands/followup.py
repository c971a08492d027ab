"""What the lead and assisting agencies report: interventions, updates; and snoozing."""

from __future__ import annotations

from commands import agenda
from commands.audit import record
from commands.context import Ctx
from commands.errors import BadArguments, FormInvalid, NotAuthorized, NotFound
from commands.forms import Values, field, update_form
from commands.grammar import take_ref
from commands.guard import guard
from commands.lifecycle import cancel_reminders, get_situation, move, require_assigned_rep
from commands.messages import FormValues, Message, OpenForm, Reply, Response, Section
from commands.notify import enqueue
from commands.registry import CommandSpec
from commands.reminders import DUE, OVERDUE, UPDATE, snoozed_copy
from commands.timefmt import fmt_datetime, parse_duration
from models import Reminder, Situation, TimelineEntry
from models.queries import members_of, next_meeting
from models.types import ACTIVE_STATUSES, Status


def _to_filter4(ctx: Ctx, situation: Situation, message: Message, key: str) -> None:
    """Post into the situation's private space on each platform its members use."""
    platforms = sorted({m.platform for m in members_of(ctx.session, ctx.table_id)})
    for platform in platforms:
        enqueue(ctx.session, table_id=ctx.table_id, platform=platform, target_kind="filter4",
                address=f"hub-{situation.ref.lower()}", message=message, now=ctx.now,
                dedupe_key=f"{key}:{platform}",
                replace_key=f"filter4:{situation.id}:{platform}")


def update_command(ctx: Ctx, rest: str) -> Response:
    ref, text = take_ref(rest, usage="update PA-2026-014 TEXT")
    situation = get_situation(ctx, ref)
    require_assigned_rep(ctx, situation, doing="add updates")
    if not text:
        return OpenForm(update_form(situation.ref))
    return submit_update(ctx, ref, {"text": text})


def submit_update(ctx: Ctx, ref: str | None, values: FormValues) -> Response:
    situation = get_situation(ctx, ref or "")
    require_assigned_rep(ctx, situation, doing="add updates")
    if situation.status not in ACTIVE_STATUSES:
        raise BadArguments(f"{situation.ref} is {situation.status}; updates are for accepted "
                           "situations.")
    v = Values(values)
    text = v.text(field(update_form(situation.ref), "text"))
    if v.problems or text is None:
        raise FormInvalid(v.problems)
    guard(ctx, {"text": text})
    assert situation.id is not None
    ctx.session.add(TimelineEntry(situation_id=situation.id, kind="update", text=text,
                                  member_id=ctx.member_id, agency_id=ctx.member.agency_id,
                                  platform=ctx.platform, at=ctx.now))
    cancel_reminders(ctx.session, situation.id, (UPDATE,))
    record(ctx, "update", situation)
    agency = ctx.agency()
    who = agency.name if agency else ctx.member.display_name
    _to_filter4(ctx, situation, Message(summary=f"{situation.ref}: update from {who}",
                                        sections=(Section(heading=f"Update from {who}",
                                                          text=text),)),
                key=f"update:{situation.id}:{ctx.now.isoformat()}")
    agenda.refresh_posted(ctx.session, ctx.table, ctx.now)
    meeting = next_meeting(ctx.session, ctx.table_id, ctx.now)
    when = fmt_datetime(meeting.starts_at, ctx.tz) if meeting else "the next meeting"
    return Reply(Message(summary=f"Update on {situation.ref} recorded for {when}."))


def intervened_command(ctx: Ctx, rest: str) -> Response:
    ref, text = take_ref(rest, usage="intervened PA-2026-014 [TEXT]")
    situation = get_situation(ctx, ref)
    require_assigned_rep(ctx, situation, doing="log the intervention")
    if text:
        guard(ctx, {"text": text})
    move(ctx.session, situation, Status.INTERVENED, doing="marked as intervened")
    assert situation.id is not None
    situation.intervened_at = ctx.now
    ctx.session.add(TimelineEntry(situation_id=situation.id, kind="intervention",
                                  text=text or None, member_id=ctx.member_id,
                                  agency_id=ctx.member.agency_id, platform=ctx.platform,
                                  at=ctx.now))
    cancel_reminders(ctx.session, situation.id, (DUE, OVERDUE))
    record(ctx, "intervened", situation)
    agency = ctx.agency()
    who = agency.name if agency else ctx.member.display_name
    late = situation.deadline_at is not None and ctx.now > situation.deadline_at
    note = f"Intervention logged by {who}" + (" (after the deadline)." if late else ".")
    _to_filter4(ctx, situation, Message(summary=f"{situation.ref}: {note}",
                                        sections=(Section(text=note + (f"\n{text}" if text
                                                                       else "")),)),
                key=f"intervened:{situation.id}")
    agenda.refresh_posted(ctx.session, ctx.table, ctx.now)
    return Reply(Message(summary=f"{situation.ref}: intervention logged; its reminders are "
                                 "stopped. It will be proposed for closure at the next meeting."))


def snooze_command(ctx: Ctx, rest: str) -> Response:
    words = rest.split(maxsplit=1)
    if not words or not words[0].isdigit():
        raise BadArguments("Which reminder?", hint="Use the Snooze button on a reminder.")
    reminder = ctx.session.get(Reminder, int(words[0]))
    if reminder is None or reminder.table_id != ctx.table_id:
        raise NotFound("That reminder does not exist any more.")
    if ctx.member.agency_id != reminder.agency_id or not ctx.is_("rep"):
        raise NotAuthorized("Only reps of the agency reminded can snooze this reminder.")
    if reminder.status != "sent":
        raise BadArguments("This reminder is no longer active (already done or snoozed).")
    delay = parse_duration(words[1] if len(words) > 1 else "1d")
    until = ctx.now + delay
    reminder.status = "snoozed"
    ctx.session.add(snoozed_copy(reminder, until))
    situation = ctx.session.get(Situation, reminder.situation_id)
    assert situation is not None
    record(ctx, "snooze", situation, reminder=reminder.id, minutes=int(delay.total_seconds() // 60))
    return Reply(Message(summary=f"Snoozed {situation.ref} until "
                                 f"{fmt_datetime(until, ctx.tz)}."))


COMMANDS = [
    CommandSpec("update", "update REF TEXT", "add a status note for the next meeting",
                update_command, roles=("rep",)),
    CommandSpec("intervened", "intervened REF [TEXT]",
                "log the intervention (stops its reminders)", intervened_command,
                roles=("rep",)),
    CommandSpec("snooze", "snooze REMINDER [DURATION]", "snooze a reminder", snooze_command,
                roles=("rep",), hidden=True),
]
FORMS = {"update": submit_update}

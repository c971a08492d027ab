"""Raising a situation (filter 1 done) and withdrawing it before the table decides."""

from __future__ import annotations

from commands import agenda
from commands.audit import record
from commands.context import Ctx
from commands.errors import FormInvalid, InvalidTransition, NotAuthorized
from commands.forms import Values, field, raise_form
from commands.grammar import parse, take_ref
from commands.guard import guard
from commands.lifecycle import drop_free_text, get_situation, move
from commands.messages import (
    FormProblem,
    FormValues,
    Message,
    OpenForm,
    Reply,
    Response,
    Section,
)
from commands.notify import reps_of, to_agency, to_table
from commands.registry import CommandSpec
from commands.timefmt import fmt_datetime
from commands.views import load_lookups, summary_section
from models import Situation, TimelineEntry
from models.queries import members_of, next_meeting, next_ref_number
from models.types import Status


def raise_command(ctx: Ctx, rest: str) -> Response:
    if ctx.member.agency_id is None:
        raise NotAuthorized("Only a rep of an agency can raise a situation.")
    parsed = parse("raise " + rest)
    if not parsed.options:
        return OpenForm(raise_form(ctx))
    return submit_raise(ctx, None, dict(parsed.options))


def submit_raise(ctx: Ctx, _subject: str | None, values: FormValues) -> Response:
    ctx.require("rep", doing="raise a situation")
    agency = ctx.agency()
    if agency is None or agency.id is None:
        raise NotAuthorized("Only a rep of an agency can raise a situation.")
    form = raise_form(ctx)
    v = Values(values)
    subject_type = v.one(field(form, "type"))
    age = v.one(field(form, "age"))
    gender = v.one(field(form, "gender"))
    risks = v.many(field(form, "risks"))
    protective = v.many(field(form, "protective"))
    text = v.text(field(form, "text"))
    v.confirmed(field(form, "confirm"))
    if subject_type == "individual":
        for name, value in (("age", age), ("gender", gender)):
            if value == "n/a":
                v.problems.append(FormProblem(
                    name, "n/a is for a family, group or location; choose a value."))
    if v.problems:
        raise FormInvalid(v.problems)
    assert subject_type and age and gender and text
    guard(ctx, {"text": text})

    year = ctx.now.astimezone(ctx.tz).year
    number = next_ref_number(ctx.session, ctx.table_id, year)
    situation = Situation(
        table_id=ctx.table_id, ref=f"{ctx.table.code}-{year}-{number:03d}", year=year,
        number=number, subject_type=subject_type, age_group=age, gender=gender,
        risk_factors=risks, protective_factors=protective, description=text,
        originating_agency_id=agency.id, raised_by_id=ctx.member_id, raised_at=ctx.now,
    )
    ctx.session.add(situation)
    ctx.session.flush()
    assert situation.id is not None
    ctx.session.add(TimelineEntry(situation_id=situation.id, kind="raised",
                                  member_id=ctx.member_id, agency_id=agency.id,
                                  platform=ctx.platform, at=ctx.now))
    record(ctx, "raise", situation)
    meeting = next_meeting(ctx.session, ctx.table_id, ctx.now)
    when = (f"the meeting of {fmt_datetime(meeting.starts_at, ctx.tz)}" if meeting
            else "the next meeting (none is scheduled yet: ask the chair)")
    lk = load_lookups(ctx.session, ctx.table_id)
    post = Message(
        summary=f"New situation {situation.ref} raised by {agency.name}; on the agenda of {when}.",
        title=f"New situation {situation.ref}",
        sections=(summary_section(situation, lk, ctx.tz),),
        context=f"To be discussed at {when}.",
    )
    to_table(ctx.session, ctx.table, post, now=ctx.now, key=f"raised:{situation.id}")
    agenda.refresh_posted(ctx.session, ctx.table, ctx.now)
    return Reply(Message(
        summary=f"Raised {situation.ref}. It is on the agenda of {when}.",
        title=f"Raised {situation.ref}",
        sections=(Section(text=f"Reference *{situation.ref}* — on the agenda of {when}."),),
    ))


def withdraw_command(ctx: Ctx, rest: str) -> Response:
    ref, _ = take_ref(rest, usage="withdraw PA-2026-014")
    situation = get_situation(ctx, ref)
    if situation.originating_agency_id != ctx.member.agency_id or not ctx.is_("rep"):
        raise NotAuthorized(f"Only a rep of the agency that raised {ref} can withdraw it.")
    if situation.status != Status.RAISED:
        raise InvalidTransition(
            f"{ref} is {situation.status}; only a situation the table has not decided yet "
            "can be withdrawn.",
            hint=f"Ask the chair to close it instead: `close {ref}`.",
        )
    move(ctx.session, situation, Status.WITHDRAWN, doing="withdrawn")
    situation.rejection_reason = "withdrawn"
    situation.ended_at = ctx.now
    drop_free_text(ctx.session, situation, ctx.now)
    assert situation.id is not None
    ctx.session.add(TimelineEntry(situation_id=situation.id, kind="withdrawn",
                                  member_id=ctx.member_id, agency_id=ctx.member.agency_id,
                                  platform=ctx.platform, at=ctx.now))
    record(ctx, "withdraw", situation)
    lk = load_lookups(ctx.session, ctx.table_id)
    agency = lk.agencies[situation.originating_agency_id]
    note = Message(summary=f"{ref} was withdrawn by {agency.name}.",
                   title=f"{ref} withdrawn",
                   sections=(Section(text=f"{ref} was withdrawn by {agency.name} before the "
                                          "table decided on it. Its description was deleted."),))
    to_table(ctx.session, ctx.table, note, now=ctx.now, key=f"withdrawn:{situation.id}")
    to_agency(ctx.session, agency, note, now=ctx.now, key=f"withdrawn:{situation.id}",
              reps=reps_of(members_of(ctx.session, ctx.table_id), agency.id or 0))
    agenda.refresh_posted(ctx.session, ctx.table, ctx.now)
    return Reply(Message(summary=f"{ref} withdrawn; its description was deleted."))


COMMANDS = [
    CommandSpec("raise", "raise [type=… age=… gender=… risks=a,b protective=… text=\"…\" "
                "confirm=yes]", "raise a de-identified situation (opens a form)",
                raise_command, roles=("rep",)),
    CommandSpec("withdraw", "withdraw REF", "withdraw a situation your agency raised",
                withdraw_command, roles=("rep",)),
]
FORMS = {"raise": submit_raise}

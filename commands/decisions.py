"""The chair's decisions: accept (filters 2–3), reject, close (SPEC §3)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta

from commands import agenda
from commands.audit import record
from commands.context import Ctx
from commands.errors import FormInvalid
from commands.forms import Values, accept_form, close_form, field, reject_form
from commands.grammar import parse, take_ref
from commands.lifecycle import (
    assigned_agency_ids,
    cancel_reminders,
    check_move,
    drop_free_text,
    get_situation,
    move,
)
from commands.messages import (
    Action,
    Form,
    FormValues,
    Message,
    OpenForm,
    Reply,
    Response,
    Section,
    Style,
)
from commands.notify import enqueue, reps_of, to_agency, to_table
from commands.registry import CommandSpec, FormHandler
from commands.reminders import REMINDER_KINDS, schedule_intervention_reminders
from commands.timefmt import fmt_datetime
from commands.views import load_lookups, summary_section
from models import Assignment, Member, Situation, TimelineEntry
from models.queries import members_of
from models.types import CatalogKind, Status


def _form_or_submit(
    ctx: Ctx, rest: str, *, to: Status, form: Callable[[Ctx, str], Form], submit: FormHandler
) -> Response:
    """Inline options submit at once; otherwise open the form, unless the decision is
    impossible anyway (then say so now, not after the form is filled)."""
    ref, after = take_ref(rest, usage=f"{to_verb[to]} PA-2026-014")
    situation = get_situation(ctx, ref)
    parsed = parse("x " + after)
    if parsed.options:
        return submit(ctx, ref, dict(parsed.options))
    check_move(situation, to, doing=to.value)
    return OpenForm(form(ctx, situation.ref))


to_verb = {Status.ACCEPTED: "accept", Status.REJECTED: "reject", Status.CLOSED: "close"}


def accept_command(ctx: Ctx, rest: str) -> Response:
    return _form_or_submit(ctx, rest, to=Status.ACCEPTED, form=accept_form, submit=submit_accept)


def reject_command(ctx: Ctx, rest: str) -> Response:
    return _form_or_submit(ctx, rest, to=Status.REJECTED, form=reject_form, submit=submit_reject)


def close_command(ctx: Ctx, rest: str) -> Response:
    return _form_or_submit(ctx, rest, to=Status.CLOSED, form=close_form, submit=submit_close)


def submit_accept(ctx: Ctx, ref: str | None, values: FormValues) -> Response:
    ctx.require("chair", doing="accept a situation")
    situation = get_situation(ctx, ref or "")
    form = accept_form(ctx, situation.ref)
    v = Values(values)
    lead_code = v.one(field(form, "lead"))
    assist_codes = [c for c in v.many(field(form, "assist")) if c != lead_code]
    if v.problems:
        raise FormInvalid(v.problems)
    move(ctx.session, situation, Status.ACCEPTED, doing="accepted")
    lk = load_lookups(ctx.session, ctx.table_id)
    by_code = {a.code: a for a in lk.agencies.values()}
    lead = by_code[lead_code or ""]
    assisting = [by_code[c] for c in assist_codes]
    assert situation.id is not None and lead.id is not None
    situation.accepted_at = ctx.now
    situation.deadline_at = ctx.now + timedelta(hours=ctx.table.intervention_deadline_hours)
    assignments = [Assignment(situation_id=situation.id, agency_id=lead.id, role="lead")]
    assignments += [Assignment(situation_id=situation.id, agency_id=a.id or 0, role="assisting")
                    for a in assisting]
    ctx.session.add_all(assignments)
    ctx.session.add(TimelineEntry(situation_id=situation.id, kind="accepted",
                                  member_id=ctx.member_id, platform=ctx.platform, at=ctx.now))
    record(ctx, "accept", situation, lead=lead.code, assisting=assist_codes)
    schedule_intervention_reminders(ctx.session, situation, lead.id, ctx.table, ctx.now)

    deadline = fmt_datetime(situation.deadline_at, ctx.tz)
    names = ", ".join(a.name for a in assisting) or "none"
    decision = Message(
        summary=f"{situation.ref} accepted. Lead: {lead.name}; assisting: {names}.",
        title=f"{situation.ref} accepted",
        sections=(Section(text=f"Lead: *{lead.name}*. Assisting: {names}. "
                               f"Intervention due by {deadline}."),),
    )
    to_table(ctx.session, ctx.table, decision, now=ctx.now, key=f"accepted:{situation.id}")
    members = members_of(ctx.session, ctx.table_id)
    for agency, role in [(lead, "lead"), *((a, "assisting") for a in assisting)]:
        notice = Message(
            summary=f"Your agency is {role} on {situation.ref}; intervention due by {deadline}.",
            title=f"{situation.ref}: your agency is {role}",
            sections=(
                Section(text=f"*{agency.name}* is the *{role}* agency. Intervention due by "
                             f"*{deadline}*. Identifying details are exchanged between the "
                             "involved agencies only, never through the bot."),
                summary_section(situation, lk, ctx.tz, assignments),
                Section(actions=_assignment_actions(situation.ref)),
            ),
        )
        to_agency(ctx.session, agency, notice, now=ctx.now, key=f"assigned:{situation.id}",
                  reps=reps_of(members, agency.id or 0), dm_always=True)
    _open_filter4(ctx, situation, [lead.id, *(a.id or 0 for a in assisting)], members)
    agenda.refresh_posted(ctx.session, ctx.table, ctx.now)
    return Reply(Message(summary=f"{situation.ref} accepted; {lead.name} leads. "
                                 "The agencies were notified."))


def _assignment_actions(ref: str) -> tuple[Action, ...]:
    return (Action("Log intervention", f"intervened {ref}", Style.PRIMARY),
            Action("Add update", f"update {ref}"))


def _open_filter4(
    ctx: Ctx, situation: Situation, agency_ids: list[int], members: Sequence[Member]
) -> None:
    """One private space per platform with the involved agencies' reps and the chairs."""
    people = [m for m in members
              if m.has("chair") or (m.has("rep") and m.agency_id in agency_ids)]
    by_platform: dict[str, list[str]] = {}
    for m in people:
        by_platform.setdefault(m.platform, []).append(m.user_id)
    intro = Message(
        summary=f"Filter-4 space for {situation.ref}",
        title=f"{situation.ref}: intervention planning",
        sections=(Section(text="Only the lead and assisting agencies' reps and the chair are "
                               "here. Plan the intervention here; keep identifying details "
                               "to your agencies' own systems."),),
    )
    for platform, user_ids in sorted(by_platform.items()):
        enqueue(ctx.session, table_id=ctx.table_id, platform=platform, target_kind="filter4_open",
                address=f"hub-{situation.ref.lower()}", message=intro, now=ctx.now,
                dedupe_key=f"filter4_open:{situation.id}:{platform}",
                replace_key=f"filter4:{situation.id}:{platform}", members=sorted(user_ids))


def submit_reject(ctx: Ctx, ref: str | None, values: FormValues) -> Response:
    ctx.require("chair", doing="reject a situation")
    situation = get_situation(ctx, ref or "")
    v = Values(values)
    reason = v.one(field(reject_form(ctx, situation.ref), "reason"))
    if v.problems:
        raise FormInvalid(v.problems)
    move(ctx.session, situation, Status.REJECTED, doing="rejected")
    situation.rejection_reason = reason
    situation.ended_at = ctx.now
    drop_free_text(ctx.session, situation, ctx.now)
    assert situation.id is not None
    ctx.session.add(TimelineEntry(situation_id=situation.id, kind="rejected",
                                  member_id=ctx.member_id, platform=ctx.platform, at=ctx.now))
    record(ctx, "reject", situation, reason=reason)
    lk = load_lookups(ctx.session, ctx.table_id)
    label = lk.label(CatalogKind.REJECTION_REASON, reason)
    origin = lk.agencies[situation.originating_agency_id]
    note = Message(summary=f"{situation.ref} rejected: {label}. It goes back to {origin.name}.",
                   title=f"{situation.ref} rejected",
                   sections=(Section(text=f"Reason: {label}. The situation goes back to "
                                          f"{origin.name}; its description was deleted."),))
    to_table(ctx.session, ctx.table, note, now=ctx.now, key=f"rejected:{situation.id}")
    to_agency(ctx.session, origin, note, now=ctx.now, key=f"rejected:{situation.id}",
              reps=reps_of(members_of(ctx.session, ctx.table_id), origin.id or 0))
    agenda.refresh_posted(ctx.session, ctx.table, ctx.now)
    return Reply(Message(summary=f"{situation.ref} rejected ({label})."))


def submit_close(ctx: Ctx, ref: str | None, values: FormValues) -> Response:
    ctx.require("chair", doing="close a situation")
    situation = get_situation(ctx, ref or "")
    form = close_form(ctx, situation.ref)
    v = Values(values)
    conclusion = v.one(field(form, "conclusion"))
    protective = v.many(field(form, "protective"))
    if v.problems:
        raise FormInvalid(v.problems)
    move(ctx.session, situation, Status.CLOSED, doing="closed")
    assert situation.id is not None
    situation.conclusion = conclusion
    situation.closed_at = situation.ended_at = ctx.now
    if protective:
        situation.protective_factors = protective
    cancel_reminders(ctx.session, situation.id, REMINDER_KINDS)
    ctx.session.add(TimelineEntry(situation_id=situation.id, kind="closed",
                                  member_id=ctx.member_id, platform=ctx.platform, at=ctx.now))
    record(ctx, "close", situation, conclusion=conclusion)
    lk = load_lookups(ctx.session, ctx.table_id)
    label = lk.label(CatalogKind.CONCLUSION, conclusion)
    note = Message(summary=f"{situation.ref} closed: {label}.", title=f"{situation.ref} closed",
                   sections=(Section(text=f"Conclusion: {label}."),))
    to_table(ctx.session, ctx.table, note, now=ctx.now, key=f"closed:{situation.id}")
    members = members_of(ctx.session, ctx.table_id)
    for agency_id in assigned_agency_ids(ctx.session, situation):
        to_agency(ctx.session, lk.agencies[agency_id], note, now=ctx.now,
                  key=f"closed:{situation.id}", reps=reps_of(members, agency_id))
    platforms = {m.platform for m in members}
    for platform in sorted(platforms):
        enqueue(ctx.session, table_id=ctx.table_id, platform=platform,
                target_kind="filter4_archive", address=f"hub-{situation.ref.lower()}",
                message=note, now=ctx.now, dedupe_key=f"filter4_archive:{situation.id}:{platform}",
                replace_key=f"filter4:{situation.id}:{platform}")
    agenda.refresh_posted(ctx.session, ctx.table, ctx.now)
    return Reply(Message(summary=f"{situation.ref} closed ({label})."))


COMMANDS = [
    CommandSpec("accept", "accept REF [lead=AGENCY assist=AGENCY,AGENCY]",
                "accept a situation and assign the agencies", accept_command, roles=("chair",)),
    CommandSpec("reject", "reject REF [reason=CODE]", "reject a situation", reject_command,
                roles=("chair",)),
    CommandSpec("close", "close REF [conclusion=CODE protective=a,b]",
                "close a situation with its conclusion", close_command, roles=("chair",)),
]
FORMS = {"accept": submit_accept, "reject": submit_reject, "close": submit_close}

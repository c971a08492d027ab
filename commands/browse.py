"""Reading situations: ``list`` one line each, ``show`` one in full (audited)."""

from __future__ import annotations

from sqlmodel import col, select

from commands.audit import record
from commands.context import Ctx
from commands.errors import BadArguments
from commands.grammar import take_ref
from commands.lifecycle import can_see_timeline, get_situation
from commands.messages import Fact, Message, Reply, Response, Section
from commands.registry import CommandSpec
from commands.timefmt import fmt_datetime
from commands.views import days_open, days_text, load_lookups, profile, summary_section
from models import Situation
from models.queries import assignments_for, timeline
from models.types import ACTIVE_STATUSES, OPEN_STATUSES, Status

FILTERS = ("open", "mine", "new", "overdue")


def list_command(ctx: Ctx, rest: str) -> Response:
    which = (rest.strip().lower() or "open").split()[0]
    if which not in FILTERS:
        raise BadArguments(f"`{which}` is not a list.",
                           hint="Type `list open`, `list mine`, `list new` or `list overdue`.")
    query = select(Situation).where(Situation.table_id == ctx.table_id)
    if which == "new":
        query = query.where(Situation.status == Status.RAISED)
    elif which == "overdue":
        query = query.where(Situation.status == Status.ACCEPTED,
                            col(Situation.deadline_at) < ctx.now)
    else:
        query = query.where(col(Situation.status).in_(OPEN_STATUSES))
    rows = list(ctx.session.exec(
        query.order_by(col(Situation.raised_at), col(Situation.id))).all())
    ids = [s.id for s in rows if s.id is not None]
    assignments = assignments_for(ctx.session, ids)
    if which == "mine":
        mine = ctx.member.agency_id
        rows = [s for s in rows if s.originating_agency_id == mine
                or any(a.agency_id == mine for a in assignments[s.id or 0])]
    lk = load_lookups(ctx.session, ctx.table_id)
    lines = []
    for s in rows:
        lead = next((lk.agency_name(a.agency_id) for a in assignments[s.id or 0]
                     if a.role == "lead"), None)
        bits = [s.ref, s.status, profile(s, lk)]
        if lead:
            bits.append(f"lead {lead}")
        bits.append(f"{days_text(days_open(s, ctx.now))} open")
        if s.status == Status.ACCEPTED and s.deadline_at is not None:
            flag = "OVERDUE since" if s.deadline_at < ctx.now else "due"
            bits.append(f"{flag} {fmt_datetime(s.deadline_at, ctx.tz)}")
        lines.append(" · ".join(bits))
    title = f"{which.capitalize()} situations ({len(lines)})"
    body = Section(items=tuple(lines)) if lines else Section(text="None.")
    return Reply(Message(summary=title, title=title, sections=(body,)))


def show_command(ctx: Ctx, rest: str) -> Response:
    ref, _ = take_ref(rest, usage="show PA-2026-014")
    situation = get_situation(ctx, ref)
    assert situation.id is not None
    lk = load_lookups(ctx.session, ctx.table_id)
    assignments = assignments_for(ctx.session, [situation.id])[situation.id]
    sections = [summary_section(situation, lk, ctx.tz, assignments)]
    full = can_see_timeline(ctx, situation)
    if full:
        entries = timeline(ctx.session, situation.id)
        sections.append(Section(
            heading="Timeline",
            items=tuple(
                f"{fmt_datetime(e.at, ctx.tz)} · {e.kind}"
                + (f" · {lk.agency_name(e.agency_id)}" if e.agency_id else "")
                + (f": {e.text}" if e.text else "")
                for e in entries
            ),
        ))
    elif situation.status in ACTIVE_STATUSES:
        sections.append(Section(facts=(Fact("Timeline", "visible to the involved agencies and "
                                                        "the chair only"),)))
    record(ctx, "read", situation, timeline=full)
    return Reply(Message(summary=f"{situation.ref}: {situation.status}",
                         title=f"Situation {situation.ref}", sections=tuple(sections)))


COMMANDS = [
    CommandSpec("list", "list [open|mine|new|overdue]", "situations, one line each",
                list_command, roles=("rep", "chair")),
    CommandSpec("show", "show REF", "one situation (its timeline if your agency is involved)",
                show_command, roles=("rep", "chair")),
]

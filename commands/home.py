"""``home``: a member's own page — their agency's open situations, the next meeting,
and the agency's reminders still waiting. Slack shows it as the App Home tab; any
platform can show it as a reply."""

from __future__ import annotations

from sqlmodel import col, select

from commands.browse import list_command
from commands.context import Ctx
from commands.messages import Message, Reply, Response, Section
from commands.registry import CommandSpec
from commands.timefmt import fmt_datetime
from models import Reminder, Situation
from models.queries import next_meeting

KIND_LABELS = {"intervention_due": "intervention due", "intervention_overdue":
               "intervention overdue", "update_due": "update due"}


def home_command(ctx: Ctx, rest: str) -> Response:
    mine = list_command(ctx, "mine")
    assert isinstance(mine, Reply)
    meeting = next_meeting(ctx.session, ctx.table_id, ctx.now)
    when = fmt_datetime(meeting.starts_at, ctx.tz) if meeting else "none scheduled"
    sections = [
        Section(heading="Next meeting", text=when),
        Section(heading=mine.message.title, text=mine.message.sections[0].text,
                items=mine.message.sections[0].items),
    ]
    if ctx.member.agency_id is not None:
        rows = ctx.session.exec(
            select(Reminder, Situation)
            .where(col(Reminder.situation_id) == col(Situation.id),
                   Reminder.agency_id == ctx.member.agency_id,
                   col(Reminder.status).in_(("pending", "sent")))
            .order_by(col(Reminder.due_at)).limit(20)
        ).all()
        lines = tuple(f"{s.ref}: {KIND_LABELS.get(r.kind, r.kind)} — "
                      f"{fmt_datetime(r.due_at, ctx.tz)}" for r, s in rows)
        sections.append(Section(heading="Your agency's reminders", items=lines,
                                text=None if lines else "None waiting."))
    agency = ctx.agency()
    title = f"hubbot — {agency.name if agency else ctx.member.display_name}"
    return Reply(Message(summary=title, title=title, sections=tuple(sections)))


COMMANDS = [
    CommandSpec("home", "home", "your agency's open situations, next meeting and reminders",
                home_command, roles=("rep", "chair")),
]

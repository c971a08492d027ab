"""The meeting agenda (SPEC §5): returning situations, new ones, those proposed for
closure; numbered, split into parts that fit any platform, updated in place.

Built in a fixed number of queries whatever the number of situations.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from commands.audit import record
from commands.context import Ctx
from commands.errors import NotFound
from commands.messages import Action, Fact, Message, Reply, Response, Section, Style
from commands.notify import to_table
from commands.registry import CommandSpec
from commands.timefmt import fmt_date, fmt_datetime, parse_local_date
from commands.views import Lookups, days_open, load_lookups, profile
from models import HubTable, Meeting, Situation
from models.queries import assignments_for, last_entries, meetings_between, next_meeting
from models.types import OPEN_STATUSES, Status

ITEMS_PER_PART = 10
GROUPS = (
    ("returning", "Returning situations"),
    ("new", "New situations"),
    ("closure", "Proposed for closure"),
)


@dataclass
class Agenda:
    meeting: Meeting
    title: str
    sections: list[Section]  # group headings and numbered items, in order

    def parts(self) -> list[Message]:
        """Messages of at most ``ITEMS_PER_PART`` items; an item is never cut."""
        parts: list[list[Section]] = [[]]
        count = 0
        for section in self.sections:
            is_item = section.key is not None
            if is_item and count == ITEMS_PER_PART:
                parts.append([])
                count = 0
            parts[-1].append(section)
            count += int(is_item)
        total = len(parts)
        return [
            Message(
                summary=self.title if i == 0 else f"{self.title} (part {i + 1} of {total})",
                title=self.title if i == 0 else f"{self.title} — part {i + 1} of {total}",
                sections=tuple(secs) or (Section(text="No situations on this agenda."),),
            )
            for i, secs in enumerate(parts)
        ]

    def digest(self) -> str:
        blob = json.dumps([m.to_json() for m in self.parts()], sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()[:32]


def build(session: Session, table: HubTable, meeting: Meeting, now: datetime,
          lk: Lookups | None = None) -> Agenda:
    assert table.id is not None
    tz = ZoneInfo(table.timezone)
    lk = lk or load_lookups(session, table.id)
    rows = session.exec(
        select(Situation)
        .where(Situation.table_id == table.id, col(Situation.status).in_(OPEN_STATUSES),
               col(Situation.raised_at) < meeting.starts_at)
        .order_by(col(Situation.raised_at), col(Situation.id))
    ).all()
    ids = [s.id for s in rows if s.id is not None]
    assignments = assignments_for(session, ids)
    updates = last_entries(session, ids, ("update", "intervention"))
    groups: dict[str, list[Section]] = {name: [] for name, _ in GROUPS}
    for s in rows:
        assert s.id is not None
        lead = next((lk.agency_name(a.agency_id) for a in assignments[s.id] if a.role == "lead"),
                    "—")
        last = updates.get(s.id)
        last_text = (f"{fmt_date(last.at, tz)} ({lk.agency_name(last.agency_id)})"
                     if last else "none yet")
        if s.status == Status.RAISED:
            groups["new"].append(Section(
                heading=s.ref, text=s.description,
                facts=(Fact("Profile", profile(s, lk)),
                       Fact("Raised by", f"{lk.agency_name(s.originating_agency_id)}, "
                                         f"{fmt_date(s.raised_at, tz)}")),
                items=tuple(lk.risk_lines(s.risk_factors)),
                actions=(Action("Accept", f"accept {s.ref}", Style.PRIMARY),
                         Action("Reject", f"reject {s.ref}", Style.DANGER)),
                key=s.ref))
            continue
        facts = [Fact("Lead agency", lead), Fact("Profile", profile(s, lk)),
                 Fact("Days open", str(days_open(s, meeting.starts_at))),
                 Fact("Last update", last_text)]
        if s.status == Status.ACCEPTED and s.deadline_at is not None:
            overdue = s.deadline_at <= meeting.starts_at
            facts.append(Fact("Intervention", ("OVERDUE since " if overdue else "due by ")
                              + fmt_datetime(s.deadline_at, tz)))
            group = "returning"
        else:
            facts.append(Fact("Intervened", fmt_date(s.intervened_at or s.raised_at, tz)))
            group = "closure"
        groups[group].append(Section(heading=s.ref, facts=tuple(facts),
                                     actions=(Action("Close", f"close {s.ref}"),), key=s.ref))
    sections: list[Section] = []
    number = 0
    for name, heading in GROUPS:
        if not groups[name]:
            continue
        sections.append(Section(heading=f"{heading} ({len(groups[name])})"))
        for item in groups[name]:
            number += 1
            sections.append(Section(heading=f"{number}. {item.heading}", text=item.text,
                                    facts=item.facts, items=item.items, actions=item.actions,
                                    key=item.key))
    if not sections:
        sections.append(Section(text="No situations on this agenda."))
    title = f"Agenda — {table.name}, {fmt_datetime(meeting.starts_at, tz)}"
    return Agenda(meeting=meeting, title=title, sections=sections)


def post(session: Session, table: HubTable, meeting: Meeting, now: datetime) -> None:
    """Queue the agenda in the table channel and remember what was posted."""
    agenda = build(session, table, meeting, now)
    _queue(session, table, meeting, agenda, now, previous_parts=0)
    meeting.agenda_posted_at = now


def refresh_posted(session: Session, table: HubTable, now: datetime) -> None:
    """After any change: if the coming meeting's agenda is out, update it in place."""
    assert table.id is not None
    session.flush()
    meeting = next_meeting(session, table.id, now)
    if meeting is None or meeting.agenda_posted_at is None:
        return
    agenda = build(session, table, meeting, now)
    previous, _, old_digest = (meeting.agenda_digest or "0:").partition(":")
    if old_digest == agenda.digest():
        return
    _queue(session, table, meeting, agenda, now, previous_parts=int(previous or 0))


def _queue(session: Session, table: HubTable, meeting: Meeting, agenda: Agenda,
           now: datetime, *, previous_parts: int) -> None:
    parts = agenda.parts()
    for i, message in enumerate(parts):
        to_table(session, table, message, now=now, replace_key=f"agenda:{meeting.id}:{i}")
    for i in range(len(parts), previous_parts):
        gone = Message(summary=f"{agenda.title} (part {i + 1}: no further items)",
                       sections=(Section(text="No further items."),))
        to_table(session, table, gone, now=now, replace_key=f"agenda:{meeting.id}:{i}")
    meeting.agenda_digest = f"{max(len(parts), previous_parts)}:{agenda.digest()}"


def agenda_command(ctx: Ctx, rest: str) -> Response:
    word = rest.strip().lower()
    if word in ("", "next"):
        meeting = next_meeting(ctx.session, ctx.table_id, ctx.now)
        if meeting is None:
            raise NotFound("No meeting is scheduled.", hint="A chair can add one: `meeting add "
                                                            "2026-11-24 10:00`.")
    else:
        day = parse_local_date(word)
        start = datetime.combine(day, datetime.min.time(), tzinfo=ctx.tz)
        found = [m for m in meetings_between(ctx.session, ctx.table_id, start,
                                             start.replace(hour=23, minute=59))
                 if m.status == "scheduled"]
        if not found:
            raise NotFound(f"No meeting on {day.isoformat()}.",
                           hint="Type `meeting` to see the coming meetings.")
        meeting = found[0]
    agenda = build(ctx.session, ctx.table, meeting, ctx.now)
    record(ctx, "agenda_read", meeting=meeting.id,
           situations=[s.key for s in agenda.sections if s.key])
    return Reply(Message(summary=agenda.title, title=f"Preview: {agenda.title}",
                         sections=tuple(agenda.sections)))


COMMANDS = [
    CommandSpec("agenda", "agenda [next|YYYY-MM-DD]", "preview a meeting's agenda privately",
                agenda_command, roles=("rep", "chair")),
]

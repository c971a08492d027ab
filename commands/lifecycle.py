"""Shared rules of the situation lifecycle (SPEC §3): lookup, who is involved, purging."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select, update

from commands.context import Ctx
from commands.errors import InvalidTransition, NotAuthorized, UnknownSituation
from models import Assignment, Reminder, Situation, TimelineEntry
from models.queries import assignments_for, situation_by_ref
from models.types import Status

TRANSITIONS: dict[str, frozenset[str]] = {
    Status.RAISED: frozenset({Status.ACCEPTED, Status.REJECTED, Status.WITHDRAWN}),
    Status.ACCEPTED: frozenset({Status.INTERVENED, Status.CLOSED}),
    Status.INTERVENED: frozenset({Status.CLOSED}),
    Status.CLOSED: frozenset(),
    Status.REJECTED: frozenset(),
    Status.WITHDRAWN: frozenset(),
}


def get_situation(ctx: Ctx, ref: str) -> Situation:
    situation = situation_by_ref(ctx.session, ctx.table_id, ref)
    if situation is None:
        raise UnknownSituation(
            f"There is no situation {ref.upper()} at this table.",
            hint="Type `list` to see the open situations and their references.",
        )
    return situation


def check_move(situation: Situation, to: Status, *, doing: str) -> None:
    """Explain why a change of status is not possible, if it is not."""
    if to not in TRANSITIONS[situation.status]:
        raise InvalidTransition(
            f"{situation.ref} is {situation.status}: it cannot be {doing}.",
            hint=_next_steps(situation),
        )


def move(session: Session, situation: Situation, to: Status, *, doing: str) -> None:
    """Change status, or raise ``InvalidTransition`` and change nothing.

    The change is a conditional update on the status read, so two people deciding at
    the same moment cannot both succeed: the second is told what happened instead.
    """
    check_move(situation, to, doing=doing)
    changed = session.execute(
        update(Situation)
        .where(col(Situation.id) == situation.id, col(Situation.status) == situation.status)
        .values(status=to)
    )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        session.refresh(situation)
        raise InvalidTransition(
            f"{situation.ref} was changed by someone else just now: it is "
            f"{situation.status}.", hint=_next_steps(situation))
    situation.status = to


def _next_steps(situation: Situation) -> str:
    ref = situation.ref
    return {
        Status.RAISED: f"The table decides first: `accept {ref}` or `reject {ref}`.",
        Status.ACCEPTED: f"Next: `intervened {ref}` by the lead agency, or `close {ref}`.",
        Status.INTERVENED: f"Next: updates with `update {ref} …`, then `close {ref}`.",
    }.get(Status(situation.status), f"{ref} is finished; nothing more can change it.")


def assigned_agency_ids(session: Session, situation: Situation) -> dict[int, str]:
    """``agency id -> "lead" | "assisting"``."""
    assert situation.id is not None
    return {a.agency_id: a.role for a in assignments_for(session, [situation.id])[situation.id]}


def involved_agency_ids(session: Session, situation: Situation) -> set[int]:
    """Agencies that may see a situation's timeline: the one that raised it and the
    lead and assisting agencies."""
    return {situation.originating_agency_id, *assigned_agency_ids(session, situation)}


def can_see_timeline(ctx: Ctx, situation: Situation) -> bool:
    if ctx.is_("chair"):
        return True
    return (ctx.is_("rep") and ctx.member.agency_id is not None
            and ctx.member.agency_id in involved_agency_ids(ctx.session, situation))


def require_assigned_rep(ctx: Ctx, situation: Situation, *, doing: str) -> str:
    """The acting rep's agency role on the situation, or refuse."""
    roles = assigned_agency_ids(ctx.session, situation)
    agency_id = ctx.member.agency_id
    if not ctx.is_("rep") or agency_id is None or agency_id not in roles:
        raise NotAuthorized(
            f"Only reps of the lead or assisting agencies of {situation.ref} can {doing}."
        )
    return roles[agency_id]


def drop_free_text(session: Session, situation: Situation, now: datetime) -> None:
    """Delete every piece of free text of a situation (SPEC §7.4); structured fields stay."""
    situation.description = None
    situation.purged_at = now
    assert situation.id is not None
    session.execute(
        update(TimelineEntry).where(col(TimelineEntry.situation_id) == situation.id)
        .values(text=None)
    )


def cancel_reminders(session: Session, situation_id: int, kinds: tuple[str, ...]) -> None:
    session.execute(
        update(Reminder)
        .where(col(Reminder.situation_id) == situation_id, col(Reminder.kind).in_(kinds),
               col(Reminder.status) == "pending")
        .values(status="cancelled")
    )


def lead_agency_id(session: Session, situation_id: int) -> int | None:
    return session.exec(
        select(Assignment.agency_id).where(Assignment.situation_id == situation_id,
                                           Assignment.role == "lead")
    ).first()

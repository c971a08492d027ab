"""Queries shared by the use cases and the scheduler. None of them commits."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import func, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from models.meeting import Meeting
from models.situation import Assignment, RefCounter, Situation, TimelineEntry
from models.table import Agency, CatalogEntry, HubTable, Member
from models.types import CatalogKind, Role


def table_by_code(session: Session, code: str) -> HubTable | None:
    return session.exec(select(HubTable).where(HubTable.code == code.upper())).first()


def memberships(session: Session, platform: str, user_id: str) -> Sequence[Member]:
    return session.exec(
        select(Member).where(
            Member.platform == platform, Member.user_id == user_id, col(Member.active)
        ).order_by(col(Member.id))
    ).all()


def agencies_of(session: Session, table_id: int) -> dict[int, Agency]:
    rows = session.exec(select(Agency).where(Agency.table_id == table_id)).all()
    return {a.id: a for a in rows if a.id is not None}


def members_of(session: Session, table_id: int) -> Sequence[Member]:
    return session.exec(
        select(Member).where(Member.table_id == table_id, col(Member.active))
        .order_by(col(Member.id))
    ).all()


def members_with_role(session: Session, table_id: int, role: Role) -> list[Member]:
    return [m for m in members_of(session, table_id) if m.has(role)]


def catalog(session: Session, table_id: int, kind: str) -> Sequence[CatalogEntry]:
    return session.exec(
        select(CatalogEntry)
        .where(CatalogEntry.table_id == table_id, CatalogEntry.kind == kind,
               col(CatalogEntry.active))
        .order_by(col(CatalogEntry.position))
    ).all()


def catalog_labels(session: Session, table_id: int) -> dict[tuple[str, str], str]:
    """``(kind, code) -> label`` for every catalog entry, active or not (old
    situations keep showing the label they were raised with)."""
    rows = session.exec(select(CatalogEntry).where(CatalogEntry.table_id == table_id)).all()
    labels = {(r.kind, r.code): r.label for r in rows}
    for r in rows:
        if r.kind == CatalogKind.RISK_FACTOR and r.category:
            labels[("risk_category", r.code.split(".", 1)[0])] = r.category
    return labels


def next_ref_number(session: Session, table_id: int, year: int) -> int:
    """Hand out the next number for a table and year, atomically.

    The counter row is created if missing (conflict-safe), then bumped with a single
    ``UPDATE … RETURNING``: PostgreSQL locks the row until the caller commits and
    SQLite serialises writers, so two concurrent raises never share a number, and a
    number is never reused because the counter only goes up.
    """
    bind = session.get_bind()
    dialect = bind.dialect.name
    values = {"table_id": table_id, "year": year, "last": 0}
    if dialect == "postgresql":
        session.execute(postgresql.insert(RefCounter).values(**values).on_conflict_do_nothing())
    else:
        session.execute(sqlite.insert(RefCounter).values(**values).on_conflict_do_nothing())
    number = session.execute(
        update(RefCounter)
        .where(col(RefCounter.table_id) == table_id, col(RefCounter.year) == year)
        .values(last=col(RefCounter.last) + 1)
        .returning(col(RefCounter.last))
    ).scalar_one()
    return int(number)


def situation_by_ref(session: Session, table_id: int, ref: str) -> Situation | None:
    return session.exec(
        select(Situation).where(Situation.table_id == table_id, Situation.ref == ref.upper())
    ).first()


def assignments_for(
    session: Session, situation_ids: Iterable[int]
) -> dict[int, list[Assignment]]:
    ids = list(situation_ids)
    result: dict[int, list[Assignment]] = {i: [] for i in ids}
    if not ids:
        return result
    rows = session.exec(select(Assignment).where(col(Assignment.situation_id).in_(ids))).all()
    for row in rows:
        result[row.situation_id].append(row)
    for rows_ in result.values():
        rows_.sort(key=lambda a: (a.role != "lead", a.agency_id))
    return result


def last_entries(
    session: Session, situation_ids: Iterable[int], kinds: Sequence[str]
) -> dict[int, TimelineEntry]:
    """The newest timeline entry of the given kinds per situation, in one query."""
    ids = list(situation_ids)
    if not ids:
        return {}
    newest = (
        select(TimelineEntry.situation_id, func.max(TimelineEntry.id).label("max_id"))
        .where(col(TimelineEntry.situation_id).in_(ids), col(TimelineEntry.kind).in_(kinds))
        .group_by(col(TimelineEntry.situation_id))
        .subquery()
    )
    rows = session.exec(
        select(TimelineEntry).join(newest, col(TimelineEntry.id) == newest.c.max_id)
    ).all()
    return {r.situation_id: r for r in rows}


def timeline(session: Session, situation_id: int) -> Sequence[TimelineEntry]:
    return session.exec(
        select(TimelineEntry).where(TimelineEntry.situation_id == situation_id)
        .order_by(col(TimelineEntry.at), col(TimelineEntry.id))
    ).all()


def next_meeting(session: Session, table_id: int, after: datetime) -> Meeting | None:
    return session.exec(
        select(Meeting)
        .where(Meeting.table_id == table_id, Meeting.status == "scheduled",
               col(Meeting.starts_at) > after)
        .order_by(col(Meeting.starts_at))
    ).first()


def previous_meeting(session: Session, table_id: int, before: datetime) -> Meeting | None:
    return session.exec(
        select(Meeting)
        .where(Meeting.table_id == table_id, Meeting.status == "scheduled",
               col(Meeting.starts_at) <= before)
        .order_by(col(Meeting.starts_at).desc())
    ).first()


def meetings_between(
    session: Session, table_id: int, start: datetime, end: datetime
) -> Sequence[Meeting]:
    return session.exec(
        select(Meeting)
        .where(Meeting.table_id == table_id, col(Meeting.starts_at) >= start,
               col(Meeting.starts_at) < end)
        .order_by(col(Meeting.starts_at))
    ).all()

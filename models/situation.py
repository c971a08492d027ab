"""Situations, their reference numbers, agency assignments and timelines."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, UniqueConstraint
from sqlmodel import Field, SQLModel

from models.types import Status, UTCDateTime


class Situation(SQLModel, table=True):
    """A de-identified situation (SPEC §1, §3).

    ``description`` is the only free text kept on the row; it is set to ``None`` when
    the situation is rejected or withdrawn and after retention once closed.
    """

    __table_args__ = (UniqueConstraint("table_id", "ref"),)

    id: int | None = Field(default=None, primary_key=True)
    table_id: int = Field(foreign_key="hub_table.id", index=True)
    ref: str = Field(max_length=32, index=True)
    year: int
    number: int
    status: str = Field(default=Status.RAISED, max_length=16, index=True)
    subject_type: str = Field(max_length=64)
    age_group: str = Field(max_length=32)
    gender: str = Field(max_length=64)
    risk_factors: list[str] = Field(default_factory=list, sa_type=JSON)
    protective_factors: list[str] = Field(default_factory=list, sa_type=JSON)
    description: str | None = None
    originating_agency_id: int = Field(foreign_key="agency.id")
    raised_by_id: int = Field(foreign_key="member.id")
    raised_at: datetime = Field(sa_type=UTCDateTime)
    accepted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    deadline_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    intervened_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    ended_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    conclusion: str | None = Field(default=None, max_length=120)
    rejection_reason: str | None = Field(default=None, max_length=120)
    purged_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class RefCounter(SQLModel, table=True):
    """The last number handed out per table and year; bumped atomically."""

    __tablename__ = "ref_counter"

    table_id: int = Field(foreign_key="hub_table.id", primary_key=True)
    year: int = Field(primary_key=True)
    last: int = 0


class Assignment(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("situation_id", "agency_id"),)

    id: int | None = Field(default=None, primary_key=True)
    situation_id: int = Field(foreign_key="situation.id", index=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    role: str = Field(max_length=16)  # "lead" | "assisting"


class TimelineEntry(SQLModel, table=True):
    """A decision, update or intervention. ``text`` is free text, guarded and purged."""

    __tablename__ = "timeline_entry"

    id: int | None = Field(default=None, primary_key=True)
    situation_id: int = Field(foreign_key="situation.id", index=True)
    kind: str = Field(max_length=24)
    text: str | None = None
    member_id: int | None = Field(default=None, foreign_key="member.id")
    agency_id: int | None = Field(default=None, foreign_key="agency.id")
    platform: str = Field(max_length=16)
    at: datetime = Field(sa_type=UTCDateTime, index=True)

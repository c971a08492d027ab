"""Meetings expanded from a table's schedule, plus extra and cancelled ones."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from models.types import UTCDateTime


class Meeting(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("table_id", "starts_at"),)

    id: int | None = Field(default=None, primary_key=True)
    table_id: int = Field(foreign_key="hub_table.id", index=True)
    starts_at: datetime = Field(sa_type=UTCDateTime, index=True)
    duration_minutes: int = 120
    status: str = Field(default="scheduled", max_length=16)  # scheduled | cancelled
    source: str = Field(default="schedule", max_length=16)  # schedule | extra
    agenda_due_at: datetime = Field(sa_type=UTCDateTime, index=True)
    agenda_posted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    agenda_digest: str | None = Field(default=None, max_length=64)
    updates_reminded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)

"""Reminders to a lead agency (SPEC §5), persisted so they survive restarts."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from models.types import UTCDateTime


class Reminder(SQLModel, table=True):
    """``key`` makes each reminder unique (kind, situation, occasion), so a restart or a
    second scheduler can never create or send the same reminder twice."""

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=120, unique=True)
    table_id: int = Field(foreign_key="hub_table.id", index=True)
    situation_id: int = Field(foreign_key="situation.id", index=True)
    agency_id: int = Field(foreign_key="agency.id", index=True)
    kind: str = Field(max_length=32)  # intervention_due | intervention_overdue | update_due
    due_at: datetime = Field(sa_type=UTCDateTime, index=True)
    status: str = Field(default="pending", max_length=16, index=True)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id")

"""The audit trail: who read or changed what, when, from which platform (SPEC §7.5).

Entries never hold free text about the people discussed: only ids, action names and
structured details."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field, SQLModel

from models.types import UTCDateTime


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    table_id: int | None = Field(default=None, foreign_key="hub_table.id", index=True)
    at: datetime = Field(sa_type=UTCDateTime, index=True)
    platform: str = Field(max_length=16)
    user_id: str = Field(max_length=128)
    member_id: int | None = Field(default=None, foreign_key="member.id")
    action: str = Field(max_length=32)
    situation_id: int | None = Field(default=None, foreign_key="situation.id", index=True)
    detail: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)

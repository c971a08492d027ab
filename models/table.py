"""A situation table, its agencies, its members and its catalogs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, UniqueConstraint
from sqlmodel import Field, SQLModel

from models.types import UTCDateTime


class HubTable(SQLModel, table=True):
    """One situation table. ``schedule`` holds ``{"weekday": 1, "time": "10:00"}``
    items (Monday = 0); ``channels`` and agency ``targets`` hold
    ``{"platform": "slack", "address": "C0123"}`` items."""

    __tablename__ = "hub_table"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(index=True, unique=True, max_length=12)
    name: str = Field(max_length=200)
    timezone: str = Field(max_length=64)
    schedule: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSON)
    meeting_minutes: int = 120
    agenda_lead_minutes: int = 120
    intervention_deadline_hours: int = 48
    due_reminder_hours: int = 24
    update_reminder_hours: int = 24
    retention_days: int = 90
    catchup_hours: int = 12
    channels: list[dict[str, str]] = Field(default_factory=list, sa_type=JSON)
    privacy: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    created_at: datetime = Field(sa_type=UTCDateTime)


class Agency(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("table_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    table_id: int = Field(foreign_key="hub_table.id", index=True)
    code: str = Field(max_length=24)
    name: str = Field(max_length=200)
    sector: str = Field(max_length=64)
    targets: list[dict[str, str]] = Field(default_factory=list, sa_type=JSON)
    active: bool = True


class Member(SQLModel, table=True):
    """A platform user mapped to an agency and roles at one table (SPEC §2)."""

    __table_args__ = (UniqueConstraint("table_id", "platform", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    table_id: int = Field(foreign_key="hub_table.id", index=True)
    agency_id: int | None = Field(default=None, foreign_key="agency.id", index=True)
    platform: str = Field(max_length=16)
    user_id: str = Field(max_length=128, index=True)
    display_name: str = Field(max_length=120)
    roles: list[str] = Field(default_factory=list, sa_type=JSON)
    active: bool = True

    def has(self, role: str) -> bool:
        return self.active and role in self.roles


class CatalogEntry(SQLModel, table=True):
    """One value of a closed list (subject types, risk factors, conclusions…)."""

    __tablename__ = "catalog_entry"

    __table_args__ = (UniqueConstraint("table_id", "kind", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    table_id: int = Field(foreign_key="hub_table.id", index=True)
    kind: str = Field(max_length=32, index=True)
    code: str = Field(max_length=120)
    label: str = Field(max_length=200)
    category: str | None = Field(default=None, max_length=120)
    position: int = 0
    active: bool = True

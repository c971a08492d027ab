"""A table described in TOML (SPEC §9), applied idempotently by an admin.

Applying the same file twice changes nothing; agencies, members and catalog entries
missing from a new version are deactivated, never deleted, so history keeps its
labels and references.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from functools import partial
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlmodel import Session, select

from commands.calendar import reschedule_future, weekday_number
from commands.privacy import PrivacyPolicy
from models import Agency, CatalogEntry, HubTable, Member
from models.catalog import catalog_kinds_in, default_catalog_data, parse_catalog
from models.queries import table_by_code
from models.types import Role

PlatformName = Literal["shell", "slack", "teams"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Target(Strict):
    platform: PlatformName
    address: str = Field(min_length=1, max_length=200)


class Slot(Strict):
    weekday: str
    time: str

    @field_validator("weekday")
    @classmethod
    def _weekday(cls, v: str) -> str:
        weekday_number(v)
        return v.lower()

    @field_validator("time")
    @classmethod
    def _time(cls, v: str) -> str:
        time.fromisoformat(v)
        return v


class TableSection(Strict):
    code: str = Field(pattern=r"^[A-Z][A-Z0-9]{0,11}$")
    name: str = Field(min_length=1, max_length=200)
    timezone: str
    meetings: list[Slot] = Field(default_factory=list)
    meeting_minutes: int = Field(120, ge=15, le=600)
    agenda_lead_minutes: int = Field(120, ge=0, le=7 * 24 * 60)
    intervention_deadline_hours: int = Field(48, ge=1, le=24 * 30)
    due_reminder_hours: int = Field(24, ge=1, le=24 * 30)
    update_reminder_hours: int = Field(24, ge=1, le=24 * 7)
    retention_days: int = Field(90, ge=0, le=3650)
    catchup_hours: int = Field(12, ge=0, le=24 * 14)
    channels: list[Target] = Field(default_factory=list)

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {v!r} (use e.g. America/Regina)") from None
        return v


class AgencySection(Strict):
    code: str = Field(pattern=r"^[A-Za-z][A-Za-z0-9_]{0,23}$")
    name: str = Field(min_length=1, max_length=200)
    sector: str = Field(min_length=1, max_length=64)
    targets: list[Target] = Field(default_factory=list)


class MemberSection(Strict):
    platform: PlatformName
    user_id: str = Field(min_length=1, max_length=128)
    name: str = Field(min_length=1, max_length=120)
    agency: str | None = None
    roles: list[Role] = Field(min_length=1)


class PrivacySection(Strict):
    allow: list[str] = Field(default_factory=list)
    deny: list[str] = Field(default_factory=list)


class TableConfig(Strict):
    table: TableSection
    agencies: list[AgencySection] = Field(default_factory=list)
    members: list[MemberSection] = Field(default_factory=list)
    privacy: PrivacySection = Field(default_factory=PrivacySection)
    catalogs: dict[str, Any] = Field(default_factory=dict)


class ConfigError(ValueError):
    """A table file that cannot be applied; the message says where and why."""


def parse_config(data: dict[str, Any]) -> TableConfig:
    try:
        config = TableConfig.model_validate(data)
    except ValidationError as err:
        lines = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in err.errors()]
        raise ConfigError("The table file is not valid:\n" + "\n".join(lines)) from None
    codes = [a.code for a in config.agencies]
    if len(set(codes)) != len(codes):
        raise ConfigError("Two agencies share a code.")
    for m in config.members:
        if m.agency is not None and m.agency not in codes:
            raise ConfigError(f"Member {m.name!r} names unknown agency {m.agency!r}.")
        if Role.REP in m.roles and m.agency is None:
            raise ConfigError(f"Member {m.name!r} is a rep but has no agency.")
    try:
        PrivacyPolicy.from_config(config.privacy.model_dump())
    except ValueError as err:
        raise ConfigError(f"privacy: {err}") from None
    return config


def apply_config(session: Session, data: dict[str, Any], now: datetime) -> HubTable:
    """Create or update the table the file describes (idempotent)."""
    config = parse_config(data)
    t = config.table
    table = table_by_code(session, t.code)
    fields: dict[str, Any] = {
        "name": t.name, "timezone": t.timezone,
        "schedule": [s.model_dump() for s in t.meetings],
        "meeting_minutes": t.meeting_minutes, "agenda_lead_minutes": t.agenda_lead_minutes,
        "intervention_deadline_hours": t.intervention_deadline_hours,
        "due_reminder_hours": t.due_reminder_hours,
        "update_reminder_hours": t.update_reminder_hours,
        "retention_days": t.retention_days, "catchup_hours": t.catchup_hours,
        "channels": [c.model_dump() for c in t.channels],
        "privacy": config.privacy.model_dump(),
    }
    if table is None:
        table = HubTable(code=t.code, created_at=now, **fields)
        session.add(table)
    else:
        for key, value in fields.items():
            if getattr(table, key) != value:
                setattr(table, key, value)
    session.flush()
    assert table.id is not None
    agencies = _apply_agencies(session, table.id, config.agencies)
    _apply_members(session, table.id, config.members, agencies)
    _apply_catalogs(session, table.id, config.catalogs)
    reschedule_future(session, table, now)
    return table


def _apply_agencies(session: Session, table_id: int,
                    wanted: list[AgencySection]) -> dict[str, Agency]:
    rows = {a.code: a for a in session.exec(select(Agency).where(Agency.table_id == table_id))}
    _sync(session, rows, {
        spec.code: ({"name": spec.name, "sector": spec.sector,
                     "targets": [x.model_dump() for x in spec.targets]},
                    partial(Agency, table_id=table_id, code=spec.code))
        for spec in wanted
    })
    return rows


def _apply_members(session: Session, table_id: int, wanted: list[MemberSection],
                   agencies: dict[str, Agency]) -> None:
    rows = {(m.platform, m.user_id): m
            for m in session.exec(select(Member).where(Member.table_id == table_id))}
    _sync(session, rows, {
        (spec.platform, spec.user_id): (
            {"display_name": spec.name, "roles": [str(r) for r in spec.roles],
             "agency_id": agencies[spec.agency].id if spec.agency else None},
            partial(Member, table_id=table_id, platform=spec.platform,
                    user_id=spec.user_id))
        for spec in wanted
    })


def _apply_catalogs(session: Session, table_id: int, overrides: dict[str, Any]) -> None:
    """The shipped lists, with any list the table file gives replacing its default."""
    defaults = [i for i in parse_catalog(default_catalog_data())
                if i.kind not in catalog_kinds_in(overrides)]
    try:
        items = defaults + parse_catalog(overrides)
    except (TypeError, ValueError) as err:
        raise ConfigError(f"catalogs: {err}") from None
    rows = {(e.kind, e.code): e
            for e in session.exec(select(CatalogEntry).where(CatalogEntry.table_id == table_id))}
    _sync(session, rows, {
        (str(item.kind), item.code): (
            {"label": item.label, "category": item.category, "position": position},
            partial(CatalogEntry, table_id=table_id, kind=item.kind, code=item.code))
        for position, item in enumerate(items)
    })


def _sync(session: Session, rows: dict[Any, Any],
          wanted: dict[Any, tuple[dict[str, Any], Callable[..., Any]]]) -> None:
    """Make ``rows`` match ``wanted``: create what is new (``make(**values)``),
    update what changed, deactivate what the file no longer lists (never delete).
    New rows are added to ``rows`` so callers can look them up by key."""
    for key, (values, make) in wanted.items():
        values = {**values, "active": True}
        row = rows.get(key)
        if row is None:
            row = rows[key] = make(**values)
            session.add(row)
        else:
            _assign(row, values)
    for key, row in rows.items():
        if key not in wanted:
            row.active = False
    session.flush()


def _assign(row: Any, values: dict[str, Any]) -> None:
    """Set only what changed, so re-applying a file leaves rows untouched."""
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)


def describe(session: Session, table: HubTable) -> dict[str, Any]:
    """The current configuration, in the shape of the TOML file."""
    assert table.id is not None
    agencies = list(session.exec(select(Agency).where(Agency.table_id == table.id)))
    by_id = {a.id: a.code for a in agencies}
    members = session.exec(select(Member).where(Member.table_id == table.id)).all()
    return {
        "table": {"code": table.code, "name": table.name, "timezone": table.timezone,
                  "meetings": table.schedule, "meeting_minutes": table.meeting_minutes,
                  "agenda_lead_minutes": table.agenda_lead_minutes,
                  "intervention_deadline_hours": table.intervention_deadline_hours,
                  "due_reminder_hours": table.due_reminder_hours,
                  "update_reminder_hours": table.update_reminder_hours,
                  "retention_days": table.retention_days, "catchup_hours": table.catchup_hours,
                  "channels": table.channels},
        "privacy": table.privacy,
        "agencies": [{"code": a.code, "name": a.name, "sector": a.sector, "targets": a.targets,
                      "active": a.active} for a in agencies],
        "members": [{"platform": m.platform, "user_id": m.user_id, "name": m.display_name,
                     "agency": by_id.get(m.agency_id), "roles": m.roles, "active": m.active}
                    for m in members],
    }

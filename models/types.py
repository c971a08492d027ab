"""Column types shared by the tables.

Everything stored is UTC (SPEC §6). SQLite keeps no time zone, so ``UTCDateTime``
stores naive UTC and hands back aware UTC on every backend, which keeps comparisons
in Python honest whichever database is underneath.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Role(StrEnum):
    REP = "rep"
    CHAIR = "chair"
    ANALYST = "analyst"
    ADMIN = "admin"


class Status(StrEnum):
    RAISED = "raised"
    ACCEPTED = "accepted"
    INTERVENED = "intervened"
    CLOSED = "closed"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


OPEN_STATUSES = (Status.RAISED, Status.ACCEPTED, Status.INTERVENED)
ACTIVE_STATUSES = (Status.ACCEPTED, Status.INTERVENED)


class Platform(StrEnum):
    SHELL = "shell"
    SLACK = "slack"
    TEAMS = "teams"


class CatalogKind(StrEnum):
    SUBJECT_TYPE = "subject_type"
    AGE_GROUP = "age_group"
    GENDER = "gender"
    RISK_FACTOR = "risk_factor"
    PROTECTIVE_FACTOR = "protective_factor"
    CONCLUSION = "conclusion"
    REJECTION_REASON = "rejection_reason"

"""The outbox: every outgoing message is a row before it is a platform call."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field, SQLModel

from models.types import UTCDateTime


class OutboxMessage(SQLModel, table=True):
    """One message to one address. Written in the transaction of the change that
    causes it; the dispatcher delivers it with retries and pacing.

    ``dedupe_key`` stops the same notice being queued twice (retried requests,
    catch-up). ``replace_key`` names a ``PostedMessage`` to update in place."""

    __tablename__ = "outbox_message"

    id: int | None = Field(default=None, primary_key=True)
    table_id: int | None = Field(default=None, foreign_key="hub_table.id", index=True)
    platform: str = Field(max_length=16, index=True)
    target_kind: str = Field(max_length=16)
    address: str = Field(max_length=200, index=True)
    payload: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    dedupe_key: str | None = Field(default=None, max_length=200, unique=True)
    replace_key: str | None = Field(default=None, max_length=200)
    status: str = Field(default="pending", max_length=16, index=True)
    attempts: int = 0
    next_attempt_at: datetime = Field(sa_type=UTCDateTime, index=True)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(sa_type=UTCDateTime)
    sent_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    platform_message_id: str | None = Field(default=None, max_length=200)


class PostedMessage(SQLModel, table=True):
    """Where a message that may be updated later was posted (agenda parts)."""

    __tablename__ = "posted_message"

    key: str = Field(primary_key=True, max_length=200)
    platform: str = Field(max_length=16)
    address: str = Field(max_length=200)
    message_id: str = Field(max_length=200)
    updated_at: datetime = Field(sa_type=UTCDateTime)


class TargetPace(SQLModel, table=True):
    """When the last message went to an address, for per-channel pacing."""

    __tablename__ = "target_pace"

    platform: str = Field(primary_key=True, max_length=16)
    address: str = Field(primary_key=True, max_length=200)
    last_sent_at: datetime = Field(sa_type=UTCDateTime)

"""Where the bot can post on Microsoft Teams without being spoken to first.

Teams only lets a bot post proactively into a conversation it has seen: the service
URL, tenant and conversation id arrive with the install event (or any message), and
must be kept to reach that team, channel or personal chat later. ``active`` turns
false when the app is removed, so an admin can be told instead of retrying forever.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field, SQLModel

from models.types import UTCDateTime


class ConversationRef(SQLModel, table=True):
    """One Teams conversation the bot may post into (channel, group chat, personal)."""

    __tablename__ = "conversation_ref"

    conversation_id: str = Field(primary_key=True, max_length=400)
    platform: str = Field(default="teams", max_length=16)
    kind: str = Field(max_length=32)  # channel, groupChat, personal
    service_url: str = Field(max_length=500)
    tenant_id: str | None = Field(default=None, max_length=64)
    team_id: str | None = Field(default=None, max_length=400, index=True)
    channel_id: str | None = Field(default=None, max_length=400)
    bot_id: str = Field(max_length=200)
    user_id: str | None = Field(default=None, max_length=200, index=True)
    user_aad_id: str | None = Field(default=None, max_length=64, index=True)
    active: bool = True
    raw: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    updated_at: datetime = Field(sa_type=UTCDateTime)

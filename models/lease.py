"""Leader election and request de-duplication through the database."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from models.types import UTCDateTime


class Lease(SQLModel, table=True):
    """A named lease; the holder renews it before ``expires_at`` or loses it."""

    name: str = Field(primary_key=True, max_length=64)
    holder: str = Field(max_length=128)
    expires_at: datetime = Field(sa_type=UTCDateTime)


class ProcessedRequest(SQLModel, table=True):
    """Ids of platform deliveries already handled (retries, double clicks)."""

    __tablename__ = "processed_request"

    key: str = Field(primary_key=True, max_length=200)
    at: datetime = Field(sa_type=UTCDateTime, index=True)

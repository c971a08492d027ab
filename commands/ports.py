"""What the core needs from the outside world, as protocols the adapters fulfil."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol

from commands.messages import Message


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FrozenClock:
    """A clock that only moves when told to: tests, the shell's simulated time."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FrozenClock needs an aware datetime")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def set(self, when: datetime) -> None:
        self._now = when.astimezone(UTC)

    def advance(self, **delta: float) -> datetime:
        from datetime import timedelta

        self._now += timedelta(**delta)
        return self._now


class Sender(Protocol):
    """Delivers one message to one address on one platform.

    ``replace`` is the platform id of a message posted earlier that this one replaces
    (agenda updated in place). Returns the platform id of the posted message.
    Raises ``commands.errors.DeliveryError`` on failure.
    """

    def send(self, *, target_kind: str, address: str, message: Message,
             replace: str | None = None) -> str: ...

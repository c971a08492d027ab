"""What the core needs from the outside world, as protocols the adapters fulfil."""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class Delivery:
    """One outbox row as a sender sees it.

    ``target_kind`` is one of ``table``, ``agency``, ``member`` (a direct message),
    ``filter4`` (post into a situation's private space), ``filter4_open`` (create the
    private space named ``address`` with ``members``; return its id) or
    ``filter4_archive`` (archive the space ``previous``).
    ``previous`` is the platform id recorded earlier under the row's ``replace_key``:
    the message to update in place, or the filter-4 space. ``members`` are platform
    user ids.
    """

    target_kind: str
    address: str
    message: Message
    previous: str | None = None
    members: tuple[str, ...] = ()


class Sender(Protocol):
    """Delivers one message on one platform; returns the platform id of what it posted
    (message id, or the space id for ``filter4_open``).
    Raises ``commands.errors.DeliveryError`` on failure."""

    def send(self, delivery: Delivery) -> str: ...

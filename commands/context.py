"""What every use case is given: the collaborators (``Hub``) and who is acting (``Ctx``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import Session

from commands.errors import NotAuthorized
from commands.ports import Clock
from models import Agency, HubTable, Member


def _nothing() -> None:
    return None


@dataclass
class Hub:
    """The collaborators of the use cases, built once by the composition root.

    ``wake_outbox`` is called after a transaction that queued messages commits, so the
    dispatcher delivers them at once instead of at its next poll.
    """

    engine: Engine
    clock: Clock
    wake_outbox: Callable[[], None] = field(default=_nothing)


@dataclass
class Ctx:
    """One command being handled: the open transaction and the acting member."""

    hub: Hub
    session: Session
    table: HubTable
    member: Member
    platform: str
    now: datetime

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.table.timezone)

    @property
    def table_id(self) -> int:
        assert self.table.id is not None
        return self.table.id

    @property
    def member_id(self) -> int:
        assert self.member.id is not None
        return self.member.id

    def agency(self) -> Agency | None:
        if self.member.agency_id is None:
            return None
        return self.session.get(Agency, self.member.agency_id)

    def is_(self, role: str) -> bool:
        return self.member.has(role)

    def require(self, *roles: str, doing: str) -> None:
        """Refuse unless the member holds one of ``roles``."""
        if not any(self.member.has(r) for r in roles):
            who = " or ".join(roles)
            raise NotAuthorized(
                f"Only a {who} can {doing}.",
                hint="Type `help` to see what you can do here.",
            )

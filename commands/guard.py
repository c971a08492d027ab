"""The one door every free-text field goes through before it is stored or posted."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from sqlmodel import Session

from commands.context import Ctx
from commands.privacy import PrivacyPolicy, check
from models import HubTable
from models.queries import agencies_of


def policy_for(table: HubTable, *, session: Session | None = None) -> PrivacyPolicy:
    """The table's ``[privacy]`` settings, plus its own name and its agencies' names and
    codes: a table's agencies are never identifying ("Ray of Hope", "Kanaweyimik Child &
    Family Services"). Given a session, the agencies are read from it."""
    policy = PrivacyPolicy.from_config(table.privacy or {})
    own = [table.name]
    if session is not None and table.id is not None:
        for agency in sorted(agencies_of(session, table.id).values(), key=lambda a: a.code):
            own += [agency.name, agency.code]
    extra = tuple(p for p in own if p.strip() and p not in policy.allow)
    return dataclasses.replace(policy, allow=policy.allow + extra) if extra else policy


def guard(ctx: Ctx, fields: Mapping[str, str | None]) -> None:
    """Raise ``PrivacyViolation`` (nothing stored) if any field may identify someone."""
    present = {name: text for name, text in fields.items() if text}
    if present:
        check(present, policy=policy_for(ctx.table, session=ctx.session))

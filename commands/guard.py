"""The one door every free-text field goes through before it is stored or posted."""

from __future__ import annotations

from collections.abc import Mapping

from commands.context import Ctx
from commands.privacy import PrivacyPolicy, check
from models import HubTable


def policy_for(table: HubTable) -> PrivacyPolicy:
    return PrivacyPolicy.from_config(table.privacy or {})


def guard(ctx: Ctx, fields: Mapping[str, str | None]) -> None:
    """Raise ``PrivacyViolation`` (nothing stored) if any field may identify someone."""
    present = {name: text for name, text in fields.items() if text}
    if present:
        check(present, policy=policy_for(ctx.table))

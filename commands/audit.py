"""Writing the audit trail (SPEC §7.5): every read of details and every change."""

from __future__ import annotations

from typing import Any

from commands.context import Ctx
from models import AuditEntry, Situation


def record(ctx: Ctx, action: str, situation: Situation | None = None, **detail: Any) -> None:
    """Append an entry. ``detail`` must hold structured values only, never free text."""
    ctx.session.add(
        AuditEntry(
            table_id=ctx.table.id,
            at=ctx.now,
            platform=ctx.platform,
            user_id=ctx.member.user_id,
            member_id=ctx.member.id,
            action=action,
            situation_id=situation.id if situation is not None else None,
            detail=detail,
        )
    )

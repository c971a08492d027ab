"""The entry points every adapter calls: one transaction per request.

Adapters translate a platform request into one of these calls and the neutral
result (or a ``HubError``) into the platform's drawing. Nothing is stored unless the
whole use case succeeds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete, select

from commands.calendar import ensure_meetings
from commands.context import Ctx, Hub
from commands.errors import BadArguments, HubError, UnknownCommand, UnknownMember
from commands.forms import options_for
from commands.grammar import split_command
from commands.messages import FormValues, Message, OptionGroup, Response, Section
from commands.notify import QUEUED
from commands.registry import all_commands, all_forms
from models import HubTable, Member, ProcessedRequest
from models.db import new_session
from models.queries import members_with_role, memberships, table_by_code
from models.types import Role

T = TypeVar("T")


def run_command(
    hub: Hub, *, platform: str, user_id: str, text: str, table_code: str | None = None
) -> Response:
    """Handle a typed command line (``raise``, ``accept PA-2026-014``…)."""
    name, rest = split_command(text)
    commands = all_commands()
    spec = commands.get(name)
    if spec is None:
        raise UnknownCommand(
            f"`{name}` is not a hubbot command.",
            hint="Type `help` to see the commands you can use.",
        )

    def handle(ctx: Ctx) -> Response:
        if spec.roles:
            ctx.require(*spec.roles, doing=f"use `{spec.name}`")
        return spec.handler(ctx, rest)

    return _in_transaction(hub, platform, user_id, table_code, handle)


def submit_form(
    hub: Hub, *, platform: str, user_id: str, form_id: str, subject: str | None,
    values: FormValues, table_code: str | None = None,
) -> Response:
    """Take a filled form. Raises ``FormInvalid`` or ``PrivacyViolation`` (nothing
    stored) for the adapter to show next to the fields."""
    handler = all_forms().get(form_id)
    if handler is None:
        raise BadArguments(f"Unknown form `{form_id}`.")
    return _in_transaction(
        hub, platform, user_id, table_code, lambda ctx: handler(ctx, subject, values)
    )


def field_options(
    hub: Hub, *, platform: str, user_id: str, form_id: str, field: str, query: str = "",
    table_code: str | None = None,
) -> list[OptionGroup]:
    """Options of a form field matching ``query`` (Slack external selects, Teams
    typeahead), grouped as the form groups them."""
    return _in_transaction(
        hub, platform, user_id, table_code,
        lambda ctx: options_for(ctx, form_id, field, query),
    )


def first_delivery(hub: Hub, key: str, *, keep: timedelta = timedelta(days=2)) -> bool:
    """True the first time a platform delivery id is seen; False for its retries.

    Slack re-sends events and actions it thinks were lost, and people double-click;
    recording the id in its own short transaction makes the second one a no-op.
    """
    now = hub.clock.now()
    with new_session(hub.engine) as session:
        session.add(ProcessedRequest(key=key, at=now))
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            return False
        session.exec(delete(ProcessedRequest).where(col(ProcessedRequest.at) < now - keep))
        session.commit()
    return True


def forget_delivery(hub: Hub, key: str) -> None:
    """Undo ``first_delivery`` for ``key``: a refused form submission must not make
    the corrected resubmission look like a duplicate."""
    with new_session(hub.engine) as session:
        session.exec(delete(ProcessedRequest).where(col(ProcessedRequest.key) == key))
        session.commit()


def error_message(err: HubError) -> Message:
    """The private reply for a refused request: what went wrong, what to type instead."""
    sections = [Section(text=err.message)]
    if err.hint:
        sections.append(Section(text=err.hint))
    return Message(summary=err.user_text(), sections=tuple(sections))


def resolve_member(
    session: Session, platform: str, user_id: str, table_code: str | None
) -> tuple[HubTable, Member]:
    rows = list(memberships(session, platform, user_id))
    if table_code is not None:
        table = table_by_code(session, table_code)
        rows = [m for m in rows if table is not None and m.table_id == table.id]
    if not rows:
        raise UnknownMember(
            "You are not a member of this situation table yet.",
            hint=_who_can_add(session, table_code),
        )
    member = rows[0]
    table_row = session.get(HubTable, member.table_id)
    assert table_row is not None
    return table_row, member


def _who_can_add(session: Session, table_code: str | None) -> str:
    if table_code:
        table = table_by_code(session, table_code)
    else:  # one table per deployment is the common case: name its people
        tables = session.exec(select(HubTable).limit(2)).all()
        table = tables[0] if len(tables) == 1 else None
    if table is None or table.id is None:
        return "Ask your table's chair or administrator to add you."
    people = members_with_role(session, table.id, Role.ADMIN) + members_with_role(
        session, table.id, Role.CHAIR
    )
    names = sorted({m.display_name for m in people})
    if not names:
        return "Ask your table's chair or administrator to add you."
    return "Ask " + " or ".join(names) + " (chair/administrator) to add you."


def _in_transaction(
    hub: Hub, platform: str, user_id: str, table_code: str | None, work: Callable[[Ctx], T]
) -> T:
    now = hub.clock.now()
    with new_session(hub.engine) as session:
        table, member = resolve_member(session, platform, user_id, table_code)
        ensure_meetings(session, table, now)
        ctx = Ctx(hub=hub, session=session, table=table, member=member, platform=platform,
                  now=now)
        result = work(ctx)
        queued = bool(session.info.get(QUEUED))
        session.commit()
    if queued:
        hub.wake_outbox()
    return result

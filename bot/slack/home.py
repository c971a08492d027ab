"""The App Home tab: the member's agency's open situations, the next meeting and the
agency's pending reminders. Rebuilt from the same use cases as the commands, so
it shows exactly what ``list mine`` and ``meeting next`` would."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from slack_sdk.models.blocks import Block, DividerBlock, HeaderBlock, PlainTextObject
from slack_sdk.models.views import View
from sqlmodel import col, select

from bot.slack.blocks import render
from commands.context import Hub
from commands.errors import HubError
from commands.messages import Message, Reply, Section
from commands.service import error_message, resolve_member, run_command
from commands.timefmt import fmt_datetime
from models import Reminder, Situation
from models.db import new_session

PLATFORM = "slack"
HOME_BLOCKS = 100
REMINDER_KINDS = {"intervention_due": "intervention due", "intervention_overdue":
                  "intervention overdue", "update_due": "update due"}


def _command(hub: Hub, user_id: str, text: str, table_code: str | None) -> Message | None:
    try:
        result = run_command(hub, platform=PLATFORM, user_id=user_id, text=text,
                             table_code=table_code)
    except HubError:
        return None
    return result.message if isinstance(result, Reply) else None


def reminders_message(hub: Hub, user_id: str, table_code: str | None) -> Message:
    with new_session(hub.engine) as session:
        table, member = resolve_member(session, PLATFORM, user_id, table_code)
        rows = session.exec(
            select(Reminder, Situation)
            .where(Reminder.situation_id == Situation.id,
                   Reminder.agency_id == member.agency_id,
                   col(Reminder.status).in_(("pending", "sent")))
            .order_by(col(Reminder.due_at)).limit(20)
        ).all()
        tz = ZoneInfo(table.timezone)
        lines = tuple(f"{s.ref}: {REMINDER_KINDS.get(r.kind, r.kind)} — "
                      f"{fmt_datetime(r.due_at, tz)}" for r, s in rows)
    body = Section(items=lines) if lines else Section(text="No pending reminders.")
    return Message(summary="Your agency's reminders", title="Your agency's reminders",
                   sections=(body,))


def home_view(hub: Hub, user_id: str, table_code: str | None = None) -> View:
    try:
        parts = [reminders_message(hub, user_id, table_code)]
    except HubError as err:
        parts = [error_message(err)]
    else:
        for text in ("list mine", "meeting next"):
            message = _command(hub, user_id, text, table_code)
            if message is not None:
                parts.insert(len(parts) - 1, message)
    blocks: list[Block] = [HeaderBlock(text=PlainTextObject(text="hubbot"))]
    for message in parts:
        blocks.append(DividerBlock())
        blocks.extend(b for chunk in render(message) for b in chunk)
    view = View(type="home", blocks=blocks[:HOME_BLOCKS])
    view.validate_json()
    return view

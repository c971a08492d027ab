"""Typed commands: @mention in a channel or group chat, plain text in a personal
chat, or a command picked from the app's command menu (which arrives as text)."""

from __future__ import annotations

import logging
import re
from typing import Any

from microsoft_teams.api.activities.message.message import MessageActivity
from microsoft_teams.apps import ActivityContext

from bot.teams.cards import COMMAND_KEY, command_data
from bot.teams.replies import Turn, answer, post, wire
from bot.teams.runtime import TeamsBot
from commands.errors import HubError
from commands.messages import Action, Message, OpenForm, Reply, Section, Style, text_message
from commands.service import error_message, first_delivery, run_command

log = logging.getLogger(__name__)
_MENTION = re.compile(r"<at>.*?</at>", re.IGNORECASE | re.DOTALL)
_PREFIX = re.compile(r"^\s*(/?hub\b|/)\s*", re.IGNORECASE)
FAILED = ("hubbot could not finish that because of an internal error; it has been logged. "
          "Check with `list` or `show` before trying again.")


def command_text(activity: dict[str, Any]) -> str:
    """The command line of a message: mentions and a leading ``/hub`` removed."""
    value = activity.get("value")
    if isinstance(value, dict) and isinstance(value.get(COMMAND_KEY), str):
        return str(value[COMMAND_KEY]).strip()
    text = _MENTION.sub(" ", str(activity.get("text") or ""))
    text = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ")
    return _PREFIX.sub("", " ".join(text.split())) or "help"


def form_prompt(form_title: str, command: str) -> Message:
    """Teams opens dialogs only from a button: the answer to ``raise`` is one."""
    return Message(summary=f"{form_title}: open the form", sections=(
        Section(text=f"**{form_title}** — the form opens in a dialog only you can see.",
                actions=(Action("Open the form", command, Style.PRIMARY),)),))


async def handle(bot: TeamsBot, ctx: ActivityContext[MessageActivity]) -> None:
    """Accept the command and return at once (Teams gets its 200); the work is queued.

    Even the duplicate check is work: it writes to the database, which under load
    (SQLite's single writer above all) is the slow part of an acknowledgement.
    """
    activity = wire(ctx)
    await bot.work.submit(f"command in activity {activity.get('id')}",
                          lambda: run(bot, activity))


def run(bot: TeamsBot, activity: dict[str, Any]) -> None:
    """The command and its reply, on a worker thread; a redelivery does nothing."""
    if activity.get("id") and not first_delivery(bot.hub, f"teams:{activity['id']}"):
        return
    bot.remember_now(activity)
    text = command_text(activity)
    table_code = bot.table_code_now(activity)
    turn = Turn(activity, bot.table_id(table_code))
    try:
        result = run_command(bot.hub, platform="teams", user_id=bot.user_id_now(activity),
                             text=text, table_code=table_code)
    except HubError as err:
        result = Reply(error_message(err))
    except Exception:
        log.exception("Teams: command %r failed", text)
        result = Reply(text_message(FAILED))
    if isinstance(result, OpenForm):
        post(bot, turn, form_prompt(result.form.title, text))
        return
    answer(bot, turn, result)


def register(bot: TeamsBot) -> None:
    async def on_message(ctx: ActivityContext[MessageActivity]) -> None:
        await handle(bot, ctx)

    bot.app.on_message(on_message)


__all__ = ["command_data", "command_text", "register"]

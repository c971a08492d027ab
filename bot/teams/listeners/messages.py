"""Typed commands: @mention in a channel or group chat, plain text in a personal
chat, or a command picked from the app's command menu (which arrives as text)."""

from __future__ import annotations

import asyncio
import logging
import re
from typing import Any

from microsoft_teams.api.activities.message.message import MessageActivity
from microsoft_teams.apps import ActivityContext

from bot.teams.cards import COMMAND_KEY, command_data
from bot.teams.replies import activity_for, answer, wire
from bot.teams.runtime import TeamsBot
from commands.errors import HubError
from commands.messages import Action, Message, OpenForm, Reply, Section, Style
from commands.service import error_message, first_delivery, run_command

log = logging.getLogger(__name__)
_MENTION = re.compile(r"<at>.*?</at>", re.IGNORECASE | re.DOTALL)
_PREFIX = re.compile(r"^\s*(/?hub\b|/)\s*", re.IGNORECASE)


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
    activity = wire(ctx)
    await bot.remember(activity)
    if activity.get("id") and not await asyncio.to_thread(
            first_delivery, bot.hub, f"teams:{activity['id']}"):
        return
    text = command_text(activity)
    user_id = await bot.user_id(activity)
    table_code = await bot.table_code(activity)
    try:
        result = await asyncio.to_thread(run_command, bot.hub, platform="teams",
                                         user_id=user_id, text=text, table_code=table_code)
    except HubError as err:
        result = Reply(error_message(err))
    if isinstance(result, OpenForm):
        await ctx.send(activity_for(form_prompt(result.form.title, text)))
        return
    await answer(bot, ctx, result)


def register(bot: TeamsBot) -> None:
    async def on_message(ctx: ActivityContext[MessageActivity]) -> None:
        await handle(bot, ctx)

    bot.app.on_message(on_message)


__all__ = ["command_data", "command_text", "register"]

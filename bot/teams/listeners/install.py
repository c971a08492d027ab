"""Install, uninstall and membership events: where conversation references come from.

A reference is stored when the app is added to a team, group chat or personal
scope, refreshed on every message, and switched off when the app is removed, so the
outbox reports an undeliverable target instead of retrying a dead one forever.
"""

from __future__ import annotations

import asyncio
from typing import Any

from microsoft_teams.api import ConversationUpdateActivity
from microsoft_teams.api.activities.install_update.add import InstalledActivity
from microsoft_teams.api.activities.install_update.remove import UninstalledActivity
from microsoft_teams.apps import ActivityContext

from bot.teams import references
from bot.teams.replies import Turn, post, wire
from bot.teams.runtime import TeamsBot
from commands.messages import Message, Section


def welcome(activity: dict[str, Any]) -> Message:
    """What an admin needs to put this conversation or person in a table file."""
    conversation = activity.get("conversation") or {}
    kind = conversation.get("conversationType", "personal")
    if kind == "personal":
        sender = activity.get("from") or {}
        who = sender.get("aadObjectId") or sender.get("id")
        detail = f"Your Teams user id for the table file: `{who}`"
    else:
        address = references.base_conversation_id(str(conversation.get("id", "")))
        target = f'{{platform = "teams", address = "{address}"}}'
        detail = f"To post here, an admin adds `{target}` to the table file."
    return Message(summary="hubbot is ready", title="hubbot is ready", sections=(
        Section(text="Type `help` (mention @hubbot in a channel) to see what you can do."),
        Section(text=detail)))


async def added(bot: TeamsBot, ctx: ActivityContext[Any]) -> None:
    activity = wire(ctx)
    bot.forget(references.base_conversation_id(str(activity["conversation"]["id"])))
    await bot.remember(activity)  # before the 200: proactive posts may follow at once
    message = welcome(activity)
    await bot.work.submit("welcome", lambda: post(bot, Turn(activity), message))


async def removed(bot: TeamsBot, activity: dict[str, Any]) -> None:
    conversation_id = str((activity.get("conversation") or {}).get("id", ""))
    team_id = ((activity.get("channelData") or {}).get("team") or {}).get("id")
    bot.forget(references.base_conversation_id(conversation_id))
    await asyncio.to_thread(references.deactivate, bot.hub.engine, conversation_id,
                            team_id=team_id)


def register(bot: TeamsBot) -> None:
    async def on_install(ctx: ActivityContext[InstalledActivity]) -> None:
        await added(bot, ctx)

    async def on_uninstall(ctx: ActivityContext[UninstalledActivity]) -> None:
        await removed(bot, wire(ctx))

    async def on_update(ctx: ActivityContext[ConversationUpdateActivity]) -> None:
        activity = wire(ctx)
        bot_id = ctx.activity.recipient.id
        if any(m.get("id") == bot_id for m in activity.get("membersRemoved") or ()):
            await removed(bot, activity)
        else:
            await bot.remember(activity)

    bot.app.on_install_add(on_install)
    bot.app.on_install_remove(on_uninstall)
    bot.app.on_conversation_update(on_update)

"""Answering a person in the turn they spoke in.

Teams has no "only you can see this" message in a channel, and a private answer
(``show``, ``list``, errors) must not land in front of the whole table. So a private
reply to a command typed in a channel or group chat goes to the person's personal
chat with the bot, and the channel only learns that they were answered there.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from microsoft_teams.api import Account
from microsoft_teams.api.activities.message.message import MessageActivityInput
from microsoft_teams.api.clients.conversation.params import CreateConversationParams
from microsoft_teams.api.models.attachment.attachment import Attachment
from microsoft_teams.apps import ActivityContext

from bot.teams import references
from bot.teams.cards import CARD_CONTENT_TYPE, message_card
from bot.teams.runtime import TeamsBot
from commands.messages import Message, Reply, Visibility, text_message

log = logging.getLogger(__name__)


def wire(ctx: ActivityContext[Any]) -> dict[str, Any]:
    """The incoming activity as Bot Connector JSON."""
    data: dict[str, Any] = ctx.activity.model_dump(by_alias=True, exclude_none=True,
                                                   mode="json")
    return data


def activity_for(message: Message) -> MessageActivityInput:
    card = Attachment(content_type=CARD_CONTENT_TYPE, content=message_card(message))
    return MessageActivityInput(summary=message.summary[:200]).add_attachments(card)


def conversation_type(ctx: ActivityContext[Any]) -> str:
    return str(ctx.activity.conversation.conversation_type or "personal")


async def answer(bot: TeamsBot, ctx: ActivityContext[Any], reply: Reply) -> None:
    """Send a command's reply where its visibility allows."""
    if reply.visibility == Visibility.TABLE or conversation_type(ctx) == "personal":
        await ctx.send(activity_for(reply.message))
        return
    if await send_private(bot, ctx, reply.message):
        note = text_message("I have answered you in our personal chat.")
    else:
        note = text_message("I cannot message you privately yet: open a chat with hubbot "
                            "(or add it for yourself) and ask me there.")
    await ctx.send(activity_for(note))


async def send_private(bot: TeamsBot, ctx: ActivityContext[Any], message: Message) -> bool:
    """Post into the sender's personal chat, creating it when needed."""
    activity = ctx.activity
    tenant = activity.conversation.tenant_id or (
        activity.channel_data.tenant.id if activity.channel_data and activity.channel_data.tenant
        else None)
    try:
        created = await ctx.api.conversations.create(CreateConversationParams(
            members=[Account(id=activity.from_.id)], tenant_id=tenant,
            channel_data={"tenant": {"id": tenant}} if tenant else None))
        await ctx.api.conversations.create_activity(created.id, activity_for(message))
    except Exception as err:  # the user may not have the app; the channel note says so
        log.warning("Teams: could not open a personal chat with %s: %s", activity.from_.id, err)
        return False
    ref = references.reference_from_activity({
        "conversation": {"id": created.id, "conversationType": "personal", "tenantId": tenant},
        "serviceUrl": activity.service_url, "recipient": {"id": activity.recipient.id},
        "from": {"id": activity.from_.id, "aadObjectId": activity.from_.aad_object_id},
    }, bot.hub.clock.now())
    await asyncio.to_thread(references.save, bot.hub.engine, ref)
    return True

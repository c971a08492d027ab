"""Answering a person after the turn was acknowledged.

The reply is sent from a worker thread through the ``Connector``, into the
conversation (and channel thread) the person spoke in. If Teams does not take it
(throttled, down, unreachable), it is handed to the outbox, which retries with
backoff and records a failure for good: a reply is never dropped silently.

Teams has no "only you can see this" message in a channel, and a private answer
(``show``, ``list``, errors) must not land in front of the whole table. So a private
reply to a command typed in a channel or group chat goes to the person's personal
chat with the bot, and the channel only learns that they were answered there.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx
from microsoft_teams.api.activities.message.message import MessageActivityInput
from microsoft_teams.api.clients.conversation.params import CreateConversationParams
from microsoft_teams.api.models.attachment.attachment import Attachment
from microsoft_teams.api.models.conversation.conversation_reference import ConversationReference
from microsoft_teams.apps import ActivityContext
from microsoft_teams.apps.activity_send import send_or_update_activity

from bot.teams import references
from bot.teams.cards import CARD_CONTENT_TYPE, message_card
from commands.messages import Message, Reply, Visibility, text_message
from commands.notify import enqueue
from models.db import new_session

if TYPE_CHECKING:
    from bot.teams.runtime import TeamsBot

log = logging.getLogger(__name__)
RETRYABLE = frozenset({408, 412, 429})
ANSWERED_PRIVATELY = "I have answered you in our personal chat."
NO_PRIVATE_CHAT = ("I cannot message you privately yet: open a chat with hubbot (or add it "
                   "for yourself) and ask me there.")


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


@dataclass(frozen=True)
class Turn:
    """An accepted activity, as much of it as answering later needs."""

    activity: dict[str, Any]
    table_id: int | None = None

    @property
    def kind(self) -> str:
        return str((self.activity.get("conversation") or {}).get("conversationType")
                   or "personal")

    @property
    def person(self) -> str:
        """The person's id as the outbox addresses members (Entra id when known)."""
        sender = self.activity.get("from") or {}
        return str(sender.get("aadObjectId") or sender.get("id") or "")

    @property
    def tenant(self) -> str | None:
        conversation = self.activity.get("conversation") or {}
        channel_data = self.activity.get("channelData") or {}
        tenant = conversation.get("tenantId") or (channel_data.get("tenant") or {}).get("id")
        return str(tenant) if tenant else None

    def reference(self, conversation: dict[str, Any] | None = None) -> ConversationReference:
        a = self.activity
        return ConversationReference.model_validate({
            "serviceUrl": a.get("serviceUrl", ""), "channelId": a.get("channelId", "msteams"),
            "bot": a.get("recipient") or {}, "user": a.get("from"),
            "conversation": conversation or a.get("conversation") or {}})


def answer(bot: TeamsBot, turn: Turn, reply: Reply) -> None:
    """Send a command's reply where its visibility allows (from a worker thread)."""
    if reply.visibility == Visibility.TABLE or turn.kind == "personal":
        post(bot, turn, reply.message)
        return
    private = send_private(bot, turn, reply.message)
    post(bot, turn, text_message(ANSWERED_PRIVATELY if private else NO_PRIVATE_CHAT))


def post(bot: TeamsBot, turn: Turn, message: Message) -> None:
    """Into the turn's conversation; the outbox takes over if Teams does not."""
    async def send() -> None:
        ref = turn.reference()
        await send_or_update_activity(bot.connector.client(ref.service_url),
                                      activity_for(message), ref)

    try:
        bot.connector.run(send())
    except Exception as err:
        address = references.base_conversation_id(str(turn.reference().conversation.id))
        kind, to = ("member", turn.person) if turn.kind == "personal" else ("agency", address)
        hand_to_outbox(bot, turn, kind, to, message, err)


def send_private(bot: TeamsBot, turn: Turn, message: Message) -> bool:
    """Into the person's personal chat, opening it when needed; False when Teams
    refuses for good (the person has not added hubbot)."""
    async def send() -> str:
        api = bot.connector.client(turn.reference().service_url)
        tenant = turn.tenant
        created = await api.conversations.create(CreateConversationParams.model_validate({
            "members": [{"id": (turn.activity.get("from") or {}).get("id")}],
            "tenantId": tenant, "channelData": {"tenant": {"id": tenant}} if tenant else None}))
        conversation = {"id": created.id, "conversationType": "personal", "tenantId": tenant}
        await send_or_update_activity(api, activity_for(message), turn.reference(conversation))
        return str(created.id)

    try:
        chat_id = bot.connector.run(send())
    except Exception as err:
        if not _transient(err):
            log.warning("Teams: cannot open a personal chat with %s: %r", turn.person, err)
            return False
        hand_to_outbox(bot, turn, "member", turn.person, message, err)
        return True
    a = turn.activity
    references.save(bot.hub.engine, references.reference_from_activity({
        "conversation": {"id": chat_id, "conversationType": "personal", "tenantId": turn.tenant},
        "serviceUrl": a.get("serviceUrl"), "recipient": a.get("recipient"), "from": a.get("from"),
    }, bot.hub.clock.now()))
    return True


def hand_to_outbox(bot: TeamsBot, turn: Turn, kind: str, address: str, message: Message,
                   err: BaseException) -> None:
    """Queue an unsent reply for the outbox (retries with backoff, failures recorded)."""
    log.warning("Teams: reply to activity %s not sent (%r); the outbox retries it",
                turn.activity.get("id"), err)
    seed = f"{turn.activity.get('id')}|{kind}|{address}".encode()
    with new_session(bot.hub.engine) as session:
        enqueue(session, table_id=turn.table_id, platform="teams", target_kind=kind,
                address=address, message=message, now=bot.hub.clock.now(),
                dedupe_key=f"teams-reply:{hashlib.sha1(seed).hexdigest()}")
        session.commit()
    bot.hub.wake_outbox()


def _transient(err: BaseException) -> bool:
    if isinstance(err, httpx.HTTPStatusError):
        status = err.response.status_code
        return status in RETRYABLE or status >= 500
    return isinstance(err, (httpx.TransportError, TimeoutError))

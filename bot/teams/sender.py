"""The outbox's ``teams`` sender: proactive posts through stored conversation
references, on the SDK's Bot Connector client.

The dispatcher is synchronous and paces per conversation (7 a second on Teams);
this sender runs the SDK's async client on the bot's ``Connector`` loop, so its
HTTP connections and token cache live as long as the process. Errors become
``DeliveryError``: throttling and server trouble are retried by the outbox, a
conversation the bot can no longer reach is not (its reference is switched off and
the admins are told by the dispatcher).
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
from microsoft_teams.api import ApiClient
from microsoft_teams.api.clients.conversation.params import CreateConversationParams

from bot.teams import references
from bot.teams.config import TeamsConfig
from bot.teams.connector import Connector
from bot.teams.groupchat import open_group_chat
from bot.teams.replies import activity_for
from commands.context import Hub
from commands.errors import DeliveryError
from commands.messages import Message
from commands.ports import Delivery
from models.conversation_ref import ConversationRef
from models.db import new_session

RETRYABLE = frozenset({408, 412, 429, 500, 502, 503, 504})
GONE = frozenset({403, 404})


class TeamsSender:
    """``commands.ports.Sender`` for the ``teams`` platform."""

    def __init__(self, config: TeamsConfig, hub: Hub, connector: Connector,
                 on_close: Callable[[], None] | None = None) -> None:
        self.config = config
        self.hub = hub
        self.connector = connector
        self.tokens = connector.tokens
        self._on_close = on_close

    def send(self, delivery: Delivery) -> str:
        try:
            return self.connector.run(self._send(delivery))
        except TimeoutError:
            raise DeliveryError("Teams did not answer in time") from None

    def close(self) -> None:
        """Stop sending (idempotent); the bot finishes its queued commands first."""
        close, self._on_close = self._on_close, None
        if close is not None:
            close()
        else:
            self.connector.close()

    # ------------------------------------------------------------------ async side

    def _client(self, service_url: str) -> ApiClient:
        return self.connector.client(service_url)

    async def _send(self, d: Delivery) -> str:
        try:
            if d.target_kind in ("table", "agency"):
                return await self._post(self._reference(d.address), d.message, d.previous)
            if d.target_kind == "member":
                return await self._direct(d.address, d.message)
            if d.target_kind == "filter4_open":
                return await self._open_space(d)
            if d.target_kind in ("filter4", "filter4_archive"):
                ref = self._reference(d.previous or d.address)
                await self._post(ref, d.message, None)
                return ref.conversation_id
        except httpx.HTTPStatusError as err:
            raise self._error(err, d) from None
        except httpx.TransportError as err:
            raise DeliveryError(f"cannot reach Teams: {err!r}") from None
        raise DeliveryError(f"unknown target kind {d.target_kind!r}", retryable=False)

    def _reference(self, address: str) -> ConversationRef:
        with new_session(self.hub.engine) as session:
            ref = references.find(session, address)
        if ref is None:
            raise DeliveryError(
                f"no Teams conversation reference for {address}: add hubbot to that team, "
                "channel or chat (or fix the address in the table file)", retryable=False)
        if not ref.active:
            raise DeliveryError(
                f"hubbot was removed from Teams conversation {address}: add it again",
                retryable=False)
        return ref

    async def _post(self, ref: ConversationRef, message: Message, previous: str | None) -> str:
        conversations = self._client(ref.service_url).conversations
        activity = activity_for(message)
        if previous:
            try:
                await conversations.update_activity(ref.conversation_id, previous, activity)
                return previous
            except httpx.HTTPStatusError as err:
                if err.response.status_code != 404:  # deleted by someone: post anew
                    raise
        sent = await conversations.create_activity(ref.conversation_id, activity)
        return str(sent.id)

    async def _direct(self, user_id: str, message: Message) -> str:
        """Into the personal chat with ``user_id``, opening it when none is stored."""
        with new_session(self.hub.engine) as session:
            ref = references.personal_for(session, user_id)
            near = ref or references.any_in_tenant(session, self.config.tenant_id)
        if ref is not None:
            return await self._post(ref, message, None)
        service_url = near.service_url if near else self.config.service_url
        tenant = (near.tenant_id if near else None) or self.config.tenant_id
        bot_id = (near.bot_id if near else None) or f"28:{self.config.client_id}"
        params = CreateConversationParams.model_validate({
            "isGroup": False, "bot": {"id": bot_id}, "members": [{"id": user_id}],
            "tenantId": tenant, "channelData": {"tenant": {"id": tenant}} if tenant else None})
        created = await self._client(service_url).conversations.create(params)
        aad = user_id if not user_id.startswith("29:") else None
        references.save(self.hub.engine, ConversationRef(
            conversation_id=created.id, kind="personal", service_url=service_url,
            tenant_id=tenant, bot_id=bot_id, user_id=None if aad else user_id, user_aad_id=aad,
            raw={"createdBy": "hubbot"}, updated_at=self.hub.clock.now()))
        sent = await self._client(service_url).conversations.create_activity(
            created.id, activity_for(message))
        return str(sent.id)

    async def _open_space(self, d: Delivery) -> str:
        """A group chat with only the involved reps and the chair (Microsoft Graph).

        Idempotent: a chat created on an earlier attempt whose opening post failed is
        reused (see ``bot.teams.groupchat``), never created twice.
        """
        with new_session(self.hub.engine) as session:
            near = references.any_in_tenant(session, self.config.tenant_id)
        if near is None:
            raise DeliveryError("no Teams conversation known yet: install hubbot in a team "
                                "first", retryable=False)
        chat_id = await open_group_chat(self.config, self.tokens, self.hub, topic=d.address,
                                        members=d.members, tenant_id=near.tenant_id)
        with new_session(self.hub.engine) as session:
            known = references.find(session, chat_id) is not None
        if not known:  # a message in the chat may have stored a fresher one meanwhile
            references.save(self.hub.engine, ConversationRef(
                conversation_id=chat_id, kind="groupChat", service_url=near.service_url,
                tenant_id=near.tenant_id, bot_id=near.bot_id,
                raw={"createdBy": "hubbot", "topic": d.address},
                updated_at=self.hub.clock.now()))
        await self._post(self._reference(chat_id), d.message, None)
        return chat_id

    def _error(self, err: httpx.HTTPStatusError, d: Delivery) -> DeliveryError:
        status = err.response.status_code
        detail = _detail(err.response)
        if status in RETRYABLE or status >= 500:
            return DeliveryError(f"Teams answered HTTP {status} {detail}".strip(),
                                 retry_after=_retry_after(err.response))
        if status in GONE:
            address = d.previous if d.target_kind.startswith("filter4") and d.previous \
                else d.address
            if d.target_kind != "member":
                references.deactivate(self.hub.engine, address or "")
            return DeliveryError(
                f"Teams conversation {address} is gone or hubbot was removed from it "
                f"(HTTP {status} {detail}); add hubbot again, then `hubbot outbox retry`",
                retryable=False)
        if status == 401:
            return DeliveryError(f"Teams refused hubbot's credentials (HTTP 401 {detail})")
        return DeliveryError(f"Teams refused the message (HTTP {status} {detail})".strip(),
                             retryable=False)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    try:
        return max(float(value), 0.0) if value is not None else None
    except ValueError:
        return None


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return ""
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict):
        return str(error.get("code") or error.get("message") or "")[:120]
    return ""

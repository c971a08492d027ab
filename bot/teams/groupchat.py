"""Filter-4 spaces on Teams: a group chat with only the involved reps and the chair.

A bot cannot start a group chat through the Bot Connector, so this goes through
Microsoft Graph (application permissions ``Chat.Create`` and
``TeamsAppInstallation.ReadWriteSelfForChat.All``): create the chat with its
members, then install hubbot into it so it may post there. Members must be given
by their Entra (AAD) object ids.

Graph creates a new group chat on every call, and the outbox retries the whole
``filter4_open`` delivery when a later step (installing the app, the opening post)
fails. So the chat id is recorded in ``posted_message`` under the space's name the
moment Graph returns it, and a retry reuses that chat instead of creating another.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import httpx
from sqlalchemy.exc import IntegrityError

from bot.teams.config import TeamsConfig
from commands.context import Hub
from commands.errors import DeliveryError
from models import PostedMessage
from models.db import new_session


def record_key(topic: str) -> str:
    return f"teams:group-chat:{topic}"[:200]


def created_chat(hub: Hub, topic: str) -> str | None:
    """The chat created earlier for the space ``topic``, if any."""
    with new_session(hub.engine) as session:
        row = session.get(PostedMessage, record_key(topic))
        return row.message_id if row else None


def record_chat(hub: Hub, topic: str, chat_id: str) -> None:
    with new_session(hub.engine) as session:
        session.add(PostedMessage(key=record_key(topic), platform="teams", address=topic[:200],
                                  message_id=chat_id, updated_at=hub.clock.now()))
        try:
            session.commit()
        except IntegrityError:  # recorded by a concurrent attempt: keep the first
            session.rollback()


async def open_group_chat(config: TeamsConfig, tokens: Any, hub: Hub, *, topic: str,
                          members: Sequence[str], tenant_id: str | None) -> str:
    """The chat for ``topic`` (created once) with hubbot installed; returns its id."""
    people = [m for m in dict.fromkeys(members) if m and not m.startswith("29:")]
    if len(people) < 2:
        raise DeliveryError("a Teams group chat needs at least two members given by Entra "
                            "object id in the table file", retryable=False)
    if not config.app_catalog_id:
        raise DeliveryError("set TEAMS_APP_CATALOG_ID (the app's id in the Teams app "
                            "catalog) so hubbot can join the filter-4 group chat",
                            retryable=False)
    graph = config.graph_url.rstrip("/")
    token = await tokens.get_app_token("https://graph.microsoft.com/.default",
                                       tenant_id or config.tenant_id)
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(timeout=config.request_timeout, headers=headers) as client:
        chat_id = await asyncio.to_thread(created_chat, hub, topic)
        if chat_id is None:
            created = await client.post(f"{graph}/chats", json=_chat(graph, topic, people))
            created.raise_for_status()
            chat_id = str(created.json()["id"])
            await asyncio.to_thread(record_chat, hub, topic, chat_id)
            chat_id = await asyncio.to_thread(created_chat, hub, topic) or chat_id
        installed = await client.post(f"{graph}/chats/{chat_id}/installedApps", json={
            "teamsApp@odata.bind": f"{graph}/appCatalogs/teamsApps/{config.app_catalog_id}"})
        if installed.status_code != 409:  # already installed (an earlier attempt) is fine
            installed.raise_for_status()
    return chat_id


def _chat(graph: str, topic: str, people: list[str]) -> dict[str, Any]:
    return {
        "chatType": "group", "topic": topic[:250],
        "members": [{
            "@odata.type": "#microsoft.graph.aadUserConversationMember", "roles": ["owner"],
            "user@odata.bind": f"{graph}/users('{person}')",
        } for person in people],
    }

"""Filter-4 spaces on Teams: a group chat with only the involved reps and the chair.

A bot cannot start a group chat through the Bot Connector, so this goes through
Microsoft Graph (application permissions ``Chat.Create`` and
``TeamsAppInstallation.ReadWriteSelfForChat.All``): create the chat with its
members, then install hubbot into it so it may post there. Members must be given
by their Entra (AAD) object ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

from bot.teams.config import TeamsConfig
from commands.errors import DeliveryError


async def create_group_chat(config: TeamsConfig, tokens: Any, *, topic: str,
                            members: Sequence[str], tenant_id: str | None) -> str:
    """Create the chat and install the app in it; returns the chat (conversation) id."""
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
    chat = {
        "chatType": "group", "topic": topic[:250],
        "members": [{
            "@odata.type": "#microsoft.graph.aadUserConversationMember", "roles": ["owner"],
            "user@odata.bind": f"{graph}/users('{person}')",
        } for person in people],
    }
    async with httpx.AsyncClient(timeout=config.request_timeout, headers=headers) as client:
        created = await client.post(f"{graph}/chats", json=chat)
        created.raise_for_status()
        chat_id = str(created.json()["id"])
        installed = await client.post(f"{graph}/chats/{chat_id}/installedApps", json={
            "teamsApp@odata.bind": f"{graph}/appCatalogs/teamsApps/{config.app_catalog_id}"})
        if installed.status_code != 409:  # already installed is fine
            installed.raise_for_status()
    return chat_id

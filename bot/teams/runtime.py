"""The Teams bot: the SDK ``App`` wired to the hub, and what the server needs from it."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from sqlmodel import select
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.teams import references
from bot.teams.config import TeamsConfig
from bot.teams.connector import Connector
from bot.teams.inbound import ActivityTokenCheck, EndorsedKeys, keys_url
from bot.teams.server import Guard, StarletteAdapter, messaging_route
from bot.teams.work import WorkPool
from commands.context import Hub
from models import HubTable
from models.db import new_session
from models.queries import memberships

if TYPE_CHECKING:
    from microsoft_teams.apps import App

    from bot.teams.sender import TeamsSender

log = logging.getLogger(__name__)
ENDPOINT = "/api/messages"
DIALOG_THREADS = 4
T = TypeVar("T")


class TeamsBot:
    """One Teams bot registration serving the hub.

    Built by ``build_teams_app``; nothing talks to the network until a request comes
    in or the sender is used. Commands run on ``work`` after the 200 (see
    ``bot.teams.work``); replies and proactive posts share ``connector``.
    """

    def __init__(self, config: TeamsConfig, hub: Hub, app: App, adapter: StarletteAdapter,
                 *, work: WorkPool | None = None) -> None:
        self.config = config
        self.hub = hub
        self.app = app
        self.adapter = adapter
        self.work = work or WorkPool()
        # Dialog invokes wait for the database in their HTTP response. SQLite has one
        # writer: queueing them here in order beats contending in its busy handler,
        # whose growing sleeps made the slowest submits take seconds.
        lanes = 1 if hub.engine.dialect.name == "sqlite" else DIALOG_THREADS
        self._dialogs = ThreadPoolExecutor(lanes, thread_name_prefix="teams-dialog")
        self.connector = Connector(config, app.token_provider)
        self.guard: Guard | None = None
        if not config.allow_unauthenticated:
            metadata = config.cloud().openid_metadata_url
            self.guard = ActivityTokenCheck(EndorsedKeys(keys_url(metadata),
                                                         config.request_timeout))
        self._ready = asyncio.Lock()
        self._known_refs: set[tuple[str, str]] = set()  # guarded: work threads add
        self._refs_lock = threading.Lock()
        self._sender: TeamsSender | None = None

    async def startup(self) -> None:
        """Initialise the SDK app (JWT validator, endpoint route); idempotent."""
        async with self._ready:
            if ENDPOINT not in self.adapter.handlers:
                await self.app.initialize()

    async def endpoint(self, request: Request) -> Response:
        await self.startup()
        return await self.adapter.dispatch(ENDPOINT, request, self.guard)

    def routes(self) -> list[Route]:
        return [messaging_route(ENDPOINT, self.endpoint)]

    def sender(self) -> TeamsSender:
        """The outbox's ``teams`` sender; closing it finishes the queued commands first."""
        from bot.teams.sender import TeamsSender

        if self._sender is None:
            self._sender = TeamsSender(self.config, self.hub, self.connector,
                                       on_close=self.close)
        return self._sender

    def close(self, timeout: float = 30) -> None:
        """Finish accepted commands (their replies too), then close the connector."""
        self.work.close(timeout)
        self._dialogs.shutdown(wait=False)
        self.connector.close()

    async def in_dialog_lane(self, job: Callable[[], T]) -> T:
        """Run a dialog invoke's database work off the event loop."""
        return await asyncio.get_running_loop().run_in_executor(self._dialogs, job)

    # ------------------------------------------------------------------ per activity

    async def remember(self, activity: dict[str, Any]) -> None:
        await asyncio.to_thread(self.remember_now, activity)

    def remember_now(self, activity: dict[str, Any]) -> None:
        """Keep the conversation reference of an incoming activity (once per process
        and conversation unless it changes)."""
        ref = references.reference_from_activity(activity, self.hub.clock.now())
        if not ref.conversation_id or not ref.service_url:
            return
        key = (ref.conversation_id, ref.service_url)
        with self._refs_lock:
            if key in self._known_refs:
                return
        references.save(self.hub.engine, ref)
        with self._refs_lock:
            self._known_refs.add(key)

    def forget(self, conversation_id: str) -> None:
        with self._refs_lock:
            self._known_refs = {k for k in self._known_refs if k[0] != conversation_id}

    async def user_id(self, activity: dict[str, Any]) -> str:
        return await asyncio.to_thread(self.user_id_now, activity)

    def user_id_now(self, activity: dict[str, Any]) -> str:
        """The id the table file maps: the AAD object id, or else the Teams (29:) id."""
        sender = activity.get("from") or {}
        candidates = [i for i in (sender.get("aadObjectId"), sender.get("id")) if i]
        if len(candidates) < 2:
            return str(candidates[0]) if candidates else ""
        return self._mapped(candidates)

    def _mapped(self, candidates: list[str]) -> str:
        with new_session(self.hub.engine) as session:
            for candidate in candidates:
                if memberships(session, "teams", candidate):
                    return candidate
        return candidates[0]

    async def table_code(self, activity: dict[str, Any]) -> str | None:
        return await asyncio.to_thread(self.table_code_now, activity)

    def table_code_now(self, activity: dict[str, Any]) -> str | None:
        """The table of the channel spoken in (None in a personal chat)."""
        conversation = activity.get("conversation") or {}
        if conversation.get("conversationType", "personal") == "personal":
            return None
        return references.table_code_for(self.hub.engine, str(conversation.get("id", "")))

    def table_id(self, code: str | None) -> int | None:
        if code is None:
            return None
        with new_session(self.hub.engine) as session:
            table = session.exec(select(HubTable).where(HubTable.code == code)).first()
            return table.id if table else None


def build_app(config: TeamsConfig, adapter: StarletteAdapter) -> App:
    """The SDK app: our adapter, our endpoints, our credentials; auth always explicit."""
    from microsoft_teams.apps import App

    from bot.teams.tokens import ClientCredentialsToken

    options: dict[str, Any] = {
        "client_id": config.client_id, "tenant_id": config.tenant_id,
        "http_server_adapter": adapter, "messaging_endpoint": ENDPOINT,
        "dangerously_allow_unauthenticated_requests": config.allow_unauthenticated,
        "service_url": config.service_url, "cloud": config.cloud(), "state": False,
        "fetch_user_token": False,
    }
    if config.token_url and config.client_id and config.client_secret:
        options["token"] = ClientCredentialsToken(config.token_url, config.client_id,
                                                  config.client_secret)
    else:
        options["client_secret"] = config.client_secret
    if config.allow_unauthenticated:
        log.warning("Teams: accepting activities WITHOUT authentication "
                    "(local development only; never expose this endpoint)")
    return App(**options)


def build_teams_app(config: TeamsConfig | Any, hub: Hub) -> TeamsBot:
    """The Teams bot for ``config`` (a ``TeamsConfig`` or the app ``Settings``)."""
    from bot.teams.listeners import register_all

    if not isinstance(config, TeamsConfig):
        config = TeamsConfig.from_settings(config)
    if not config.client_id and not config.allow_unauthenticated:
        raise ValueError("TEAMS_CLIENT_ID is required to serve Teams")
    adapter = StarletteAdapter()
    bot = TeamsBot(config, hub, build_app(config, adapter), adapter)
    register_all(bot)
    return bot

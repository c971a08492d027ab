"""The Bot Connector from synchronous code: one private event loop, one client per
service URL.

Both the outbox's sender and the background half of a command (the reply) run in
worker threads; they share this loop, so HTTP connections and the token cache live
as long as the process and never depend on the web server's loop being alive (the
server may already be shutting down while the last replies are sent).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

from microsoft_teams.api import ApiClient
from microsoft_teams.common import ClientOptions

from bot.teams.config import TeamsConfig

T = TypeVar("T")


class Connector:
    """Runs connector coroutines for threads; ``client(url)`` must be used on the loop."""

    def __init__(self, config: TeamsConfig, token_provider: Any) -> None:
        self.config = config
        self.tokens = token_provider
        self._clients: dict[str, ApiClient] = {}
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def run(self, coro: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        """Run ``coro`` on the connector loop and wait for it (``TimeoutError`` after
        ``timeout``, by default three request timeouts)."""
        wait = timeout if timeout is not None else self.config.request_timeout * 3
        future = asyncio.run_coroutine_threadsafe(coro, self._started())
        try:
            return future.result(wait)
        except TimeoutError:
            future.cancel()
            raise

    def client(self, service_url: str) -> ApiClient:
        url = service_url.rstrip("/")
        if url not in self._clients:
            self._clients[url] = ApiClient(
                url, ClientOptions(timeout=self.config.request_timeout),
                cloud=self.config.cloud(), token_provider=self.tokens)
        return self._clients[url]

    def close(self) -> None:
        with self._lock:
            loop, thread = self._loop, self._thread
            self._loop = self._thread = None
        if loop is not None and thread is not None:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(5)
            self._clients.clear()

    def _started(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                self._thread = threading.Thread(target=self._loop.run_forever,
                                                name="teams-connector", daemon=True)
                self._thread.start()
            return self._loop

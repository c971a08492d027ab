"""The slow half of an incoming activity, after Teams has had its 200.

Teams retries deliveries it thinks were lost and shows people a spinner while it
waits, so the endpoint acknowledges as soon as an activity is authenticated and
accepted and the command (database, reply through the connector) runs here: a fixed
number of threads and a bounded backlog, never a task per request. A full backlog
makes new requests wait for room (backpressure) rather than grow memory without
bound. Nothing is dropped silently: a job's exception is logged with its name.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)


class WorkPool:
    """``threads`` workers, at most ``backlog`` jobs waiting or running."""

    def __init__(self, threads: int = 8, backlog: int = 1000) -> None:
        self.threads = threads
        self._executor = ThreadPoolExecutor(threads, thread_name_prefix="teams-work")
        self._room = threading.BoundedSemaphore(backlog)
        self._pending = 0
        self._count = threading.Condition()
        self._closed = False

    @property
    def pending(self) -> int:
        """Jobs accepted and not finished yet."""
        return self._pending

    async def submit(self, name: str, job: Callable[[], None]) -> None:
        """Queue ``job``; waits (off the event loop) while the backlog is full."""
        if not self._room.acquire(blocking=False):
            log.warning("Teams work backlog full; %s waits for room", name)
            await asyncio.to_thread(self._room.acquire)
        self.submit_nowait(name, job, reserved=True)

    def submit_nowait(self, name: str, job: Callable[[], None], *,
                      reserved: bool = False) -> None:
        """Queue ``job`` from a thread (blocks while the backlog is full)."""
        if not reserved:
            self._room.acquire()
        if self._closed:
            self._room.release()
            raise RuntimeError(f"Teams work pool is closed; {name} not run")
        with self._count:
            self._pending += 1
        self._executor.submit(self._run, name, job)

    def _run(self, name: str, job: Callable[[], None]) -> None:
        try:
            job()
        except Exception:
            log.exception("Teams background work failed: %s", name)
        finally:
            self._room.release()
            with self._count:
                self._pending -= 1
                self._count.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """True once every accepted job has finished (False after ``timeout``)."""
        with self._count:
            return self._count.wait_for(lambda: self._pending == 0, timeout)

    def close(self, timeout: float = 30) -> None:
        """Finish the accepted jobs (up to ``timeout``), then stop the threads."""
        self._closed = True
        if not self.wait_idle(timeout):
            log.error("Teams: %d background jobs still running at shutdown", self._pending)
        self._executor.shutdown(wait=False, cancel_futures=False)

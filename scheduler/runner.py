"""Running the due work in a live process with APScheduler 3.

One interval job ticks: it takes or renews the leader lease and, when leading,
sweeps every table (jobs take ids, never objects). Outbox delivery runs in every
process (claims make that safe), on each tick and at once when a command queued
something (``wake``). Time comes from the injected clock.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Mapping
from datetime import timedelta

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy.engine import Engine

from commands.ports import Clock, Sender
from scheduler.lease import release, try_lead
from scheduler.outbox import deliver_due
from scheduler.sweep import sweep_table, table_ids

log = logging.getLogger(__name__)


class Runner:
    """Owns the APScheduler instance of one bot process."""

    def __init__(self, *, engine: Engine, clock: Clock, senders: Mapping[str, Sender],
                 tick: timedelta = timedelta(seconds=15),
                 lease_ttl: timedelta = timedelta(seconds=60)) -> None:
        self.engine = engine
        self.clock = clock
        self.senders = dict(senders)
        self.tick_every = tick
        self.lease_ttl = lease_ttl
        self.holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(2)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60},
            timezone="UTC",
        )

    def start(self) -> None:
        self._scheduler.add_job(self.tick, "interval", seconds=self.tick_every.total_seconds(),
                                id="tick", next_run_time=self.clock.now())
        self._scheduler.start()

    def shutdown(self) -> None:
        self._scheduler.shutdown(wait=True)
        release(self.engine, self.holder)

    def wake(self) -> None:
        """Deliver what a command just queued, without waiting for the next tick."""
        self._scheduler.add_job(self.deliver, id="deliver-now", replace_existing=True)

    def tick(self) -> None:
        now = self.clock.now()
        try:
            if try_lead(self.engine, self.holder, now, ttl=self.lease_ttl):
                for table_id in table_ids(self.engine):
                    report = sweep_table(self.engine, table_id, now)
                    if report.agendas or report.reminders or report.expired or report.purged:
                        log.info("table %s: %s", table_id, report)
        except Exception:
            log.exception("scheduler sweep failed; it will run again at the next tick")
        self.deliver()

    def deliver(self) -> None:
        try:
            report = deliver_due(self.engine, self.senders, self.clock.now())
        except Exception:
            log.exception("outbox delivery failed; it will run again at the next tick")
            return
        if report.next_at is not None:
            self._scheduler.add_job(self.deliver, "date", run_date=report.next_at,
                                    id="deliver-next", replace_existing=True)

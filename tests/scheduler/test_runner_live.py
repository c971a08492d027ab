"""The APScheduler runner: only the lease holder sweeps, every process delivers, a
command's wake-up delivers at once, and a dead leader is replaced."""

from __future__ import annotations

import threading
from datetime import timedelta

from sqlmodel import select

from commands.ports import Delivery
from models import Meeting
from scheduler.lease import try_lead
from scheduler.runner import Runner
from tests.factories import RecordingSender, World, world

__all__ = ["world"]


def _posted_agendas(world: World) -> int:
    with world.session() as session:
        return sum(1 for m in session.exec(select(Meeting)).all()
                   if m.agenda_posted_at is not None)


def test_only_the_leader_sweeps_but_both_deliver(world: World) -> None:
    world.raise_()
    a_sender, b_sender = RecordingSender(), RecordingSender()
    a = Runner(engine=world.engine, clock=world.clock, senders={"shell": a_sender})
    b = Runner(engine=world.engine, clock=world.clock, senders={"shell": b_sender})
    world.advance(hours=23)  # Tuesday 08:00: the agenda falls due
    b.tick()  # b leads first and posts the agenda
    assert _posted_agendas(world) == 1
    assert any(s.startswith("Agenda") for s in b_sender.summaries())
    a.tick()  # a is not the leader: no sweep, but it may deliver what is queued
    assert not try_lead(world.engine, a.holder, world.clock.now(), ttl=a.lease_ttl)
    world.advance(seconds=b.lease_ttl.total_seconds() + 1)  # b died: its lease lapses
    assert try_lead(world.engine, a.holder, world.clock.now(), ttl=a.lease_ttl)


def test_wake_delivers_what_a_command_queued_without_waiting(world: World) -> None:
    delivered = threading.Event()

    class Signalling(RecordingSender):
        def send(self, delivery: Delivery) -> str:
            result = super().send(delivery)
            delivered.set()
            return result

    sender = Signalling()
    runner = Runner(engine=world.engine, clock=world.clock, senders={"shell": sender},
                    tick=timedelta(hours=1))
    runner.start()
    try:
        runner.tick()  # the start-up tick; nothing queued yet
        delivered.clear()
        world.hub.wake_outbox = runner.wake
        world.raise_()
        assert delivered.wait(timeout=10), "wake() did not deliver"
        assert sender.summaries()[0].startswith("New situation")
    finally:
        runner.shutdown()

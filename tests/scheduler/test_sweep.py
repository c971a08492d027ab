"""The sweep: reminders at the right moments, batched; catch-up after downtime with no
duplicate and no loss; purging closed situations after retention."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from commands.ports import Delivery
from models import Assignment
from scheduler.sweep import next_due, table_ids
from tests.factories import (
    FIRST_AGENDA_DUE,
    FIRST_MEETING,
    SAFE_TEXT,
    SAFE_UPDATE,
    START,
    World,
)

DUE_AT = START + timedelta(hours=24)  # deadline (START + 48 h) − 24 h
DEADLINE = START + timedelta(hours=48)
THURSDAY = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)  # Thu 10:00 Regina


def reminder_texts(deliveries: list[Delivery]) -> list[str]:
    return [sec.text or "" for d in deliveries if d.message.summary.startswith("Reminder")
            for sec in d.message.sections]


def test_intervention_due_24h_before_the_deadline(world: World) -> None:
    ref = world.raise_()
    world.accept(ref, lead="MHA", assist="POL")
    world.deliver()
    world.sender.clear()
    world.at(DUE_AT - timedelta(minutes=1))
    world.sweep()  # the update-due reminder for Tuesday's meeting goes out here
    world.deliver()
    assert not any(t.startswith("Intervention") for t in reminder_texts(
        world.sender.deliveries))
    world.sender.clear()
    world.at(DUE_AT)
    assert world.sweep().reminders == 1
    world.deliver()
    [msg] = [d for d in world.sender.deliveries if d.message.summary.startswith("Reminder")]
    assert msg.address == "#mental-health"  # the lead only, not the assisting agency
    assert msg.message.sections[0].text is not None
    assert msg.message.sections[0].text.startswith("Intervention due by Wed 25 Nov 2026 09:00")
    [snooze] = [a for a in msg.message.sections[0].actions if a.command.startswith("snooze")]
    assert next(a.command for a in msg.message.sections[0].actions) == f"intervened {ref}"
    assert snooze.command.endswith(" 1d")


def test_overdue_at_the_deadline_tells_the_chairs(world: World) -> None:
    ref = world.raise_()
    world.accept(ref, lead="MHA", assist="")
    world.at(DUE_AT)
    world.sweep()
    world.deliver()
    world.sender.clear()
    world.at(DEADLINE - timedelta(seconds=1))
    assert world.sweep().reminders == 0
    world.at(DEADLINE)
    assert world.sweep().reminders == 1
    world.deliver()
    by_address = {d.address: d.message.summary for d in world.sender.deliveries}
    assert by_address["#mental-health"] == f"Reminder for Mental Health & Addictions: {ref}"
    assert by_address["chair"] == f"Overdue interventions: {ref}"
    assert "#police" not in by_address


def test_reminders_to_one_agency_at_one_time_come_as_one_message(world: World) -> None:
    refs = [world.raise_() for _ in range(3)]
    for ref in refs[:2]:
        world.accept(ref, lead="MHA", assist="")
    world.accept(refs[2], lead="HOU", assist="")
    world.deliver()
    world.sender.clear()
    world.at(DUE_AT)
    # three "intervention due" and, planned late in the same sweep, three "update due"
    assert world.sweep().reminders == 6
    world.deliver()
    reminders = [d for d in world.sender.deliveries if d.message.summary.startswith("Reminder")]
    assert Counter(d.address for d in reminders) == {"#mental-health": 1, "#housing": 1}
    [mha] = [d for d in reminders if d.address == "#mental-health"]
    assert [s.key for s in mha.message.sections] == [*refs[:2], *refs[:2]]
    assert [(s.text or "")[:10] for s in mha.message.sections] == [
        "Interventi", "Interventi", "Update due", "Update due"]


def test_update_due_only_without_an_update_since_the_last_meeting(world: World) -> None:
    a = world.raise_()
    b = world.raise_()
    world.accept(a, lead="MHA", assist="")
    world.accept(b, lead="HOU", assist="")
    world.reply("nurse", f"intervened {a}")
    world.reply("housing", f"intervened {b}")
    # After Tuesday's meeting only MHA reports.
    world.at(FIRST_MEETING + timedelta(hours=3))
    world.sweep()
    world.reply("nurse", f"update {a} {SAFE_UPDATE}")
    world.deliver()
    world.sender.clear()
    window = THURSDAY - timedelta(hours=24)
    world.at(window - timedelta(minutes=1))
    assert world.sweep().reminders == 0
    world.at(window)
    assert world.sweep().reminders == 1
    world.deliver()
    [msg] = [d for d in world.sender.deliveries if d.message.summary.startswith("Reminder")]
    assert msg.address == "#housing" and msg.message.sections[0].key == b
    assert (msg.message.sections[0].text or "").startswith("Update due")
    assert msg.message.sections[0].actions[0].command == f"update {b}"
    # once per meeting
    world.advance(hours=1)
    assert world.sweep().reminders == 0


def test_an_update_cancels_a_pending_update_reminder(world: World) -> None:
    ref = world.raise_()
    world.accept(ref, lead="MHA", assist="")
    world.reply("nurse", f"intervened {ref}")
    world.at(FIRST_MEETING + timedelta(hours=1))
    world.sweep()
    with world.session() as s:  # plan Thursday's reminder but hold it back
        from commands.reminders import update_reminder
        from models import Meeting, Situation

        sit = s.get(Situation, world.situation(ref).id)
        meeting = s.exec(select(Meeting).where(Meeting.starts_at == THURSDAY)).one()
        assert sit is not None and meeting.id is not None
        s.add(update_reminder(sit, sit.originating_agency_id, meeting.id,
                              THURSDAY - timedelta(hours=2)))
        s.commit()
    world.reply("nurse", f"update {ref} {SAFE_UPDATE}")
    assert [r.status for r in world.reminders(ref) if r.kind == "update_due"] == ["cancelled"]


def test_catch_up_after_six_hours_down_sends_everything_exactly_once(world: World) -> None:
    ref = world.raise_()
    world.accept(ref, lead="MHA", assist="")
    world.deliver()
    world.at(FIRST_AGENDA_DUE - timedelta(hours=4, minutes=30))  # Tue 09:30 UTC
    world.sweep()
    world.deliver()
    world.sender.clear()
    # Down from 09:30 to 15:30 UTC: the agenda (14:00) and the due reminder (15:00)
    # fell due meanwhile; the meeting (16:00) has not begun.
    world.at(FIRST_AGENDA_DUE + timedelta(hours=1, minutes=30))
    report = world.sweep()
    assert (report.agendas, report.reminders, report.expired) == (1, 1, 0)
    again = world.sweep()
    assert (again.agendas, again.reminders, again.expired) == (0, 0, 0)
    world.deliver()
    world.deliver()
    summaries = Counter(world.sender.summaries())
    assert summaries[f"Reminder for Mental Health & Addictions: {ref}"] == 1
    assert sum(v for k, v in summaries.items() if k.startswith("Agenda")) == 1
    assert all(v == 1 for v in summaries.values())


def test_work_older_than_the_catch_up_window_expires_and_admins_are_told(world: World) -> None:
    ref = world.raise_()
    world.accept(ref, lead="MHA", assist="")
    world.deliver()
    world.sender.clear()
    # Down for two days: the due reminder (Tue 15:00) is 24 h old, past the 12 h window;
    # the overdue one (Wed 15:00) is 1 h old and still goes out.
    world.at(DEADLINE + timedelta(hours=1))
    report = world.sweep()
    # sent: the overdue one and Thursday's update-due one (its window opens now)
    assert report.expired == 1 and report.reminders == 2
    assert any("skipped" in n for n in report.notes)  # Tuesday's agenda: meeting passed
    assert {(r.kind, r.status) for r in world.reminders(ref)} >= {
        ("intervention_due", "expired"), ("intervention_overdue", "sent")}
    world.deliver()
    [admin] = world.sender.to("admin")
    assert "catch-up window" in admin.message.summary and "1 reminder" in admin.message.summary
    assert world.sweep().expired == 0
    world.deliver()
    assert len(world.sender.to("admin")) == 1


def test_closed_free_text_is_purged_after_retention_and_not_before(world: World) -> None:
    ref = world.raise_()
    world.accept(ref, lead="MHA", assist="")
    world.reply("nurse", f"intervened {ref} Door knock done; fictional family engaged.")
    world.reply("nurse", f"update {ref} {SAFE_UPDATE}")
    world.reply("chair", f"close {ref} conclusion=lowered_connected")
    closed_at = world.clock.now()
    world.at(closed_at + timedelta(days=90) - timedelta(minutes=1))
    assert world.sweep().purged == 0
    sit = world.situation(ref)
    assert sit.description == SAFE_TEXT and sit.purged_at is None
    assert any(e.text for e in world.timeline(ref))
    world.at(closed_at + timedelta(days=90))
    assert world.sweep().purged == 1
    sit = world.situation(ref)
    assert sit.description is None and sit.purged_at == world.clock.now()
    assert all(e.text is None for e in world.timeline(ref))
    assert (sit.conclusion, sit.age_group, sit.risk_factors) == (
        "lowered_connected", "16-17", ["mental_health.suspected", "housing.at_risk"])
    assert world.sweep().purged == 0


def test_retention_days_comes_from_the_table(engine: object) -> None:
    from sqlalchemy.engine import Engine

    from tests.factories import demo_data

    assert isinstance(engine, Engine)
    world = World.create(engine, data=demo_data(retention_days=7))
    ref = world.raise_()
    world.accept(ref)
    world.reply("chair", f"close {ref} conclusion=lowered_other")
    world.advance(days=7)
    assert world.sweep().purged == 1


def test_next_due_points_at_the_next_piece_of_work(world: World) -> None:
    assert world.table_id in table_ids(world.engine)
    # Nothing accepted yet: Tuesday's update-reminder window (Mon 16:00) comes first.
    assert next_due(world.engine, world.table_id, START) == FIRST_MEETING - timedelta(hours=24)
    world.at(FIRST_MEETING - timedelta(hours=23))
    world.sweep()
    assert next_due(world.engine, world.table_id, world.clock.now()) == FIRST_AGENDA_DUE
    ref = world.raise_()
    world.accept(ref)
    due_at = world.clock.now() + timedelta(hours=24)
    assert next_due(world.engine, world.table_id, world.clock.now()) == FIRST_AGENDA_DUE
    world.at(FIRST_AGENDA_DUE)
    world.sweep()
    assert next_due(world.engine, world.table_id, world.clock.now()) == min(
        due_at, THURSDAY - timedelta(hours=24))


@pytest.mark.postgres
def test_a_large_batch_of_reminders_to_one_agency_is_sent(world: World) -> None:
    from models import HubTable, Reminder
    from models.types import Status
    from tests.factories import bulk_situations

    with world.session() as s:
        table = s.get(HubTable, world.table_id)
        assert table is not None
        ids = bulk_situations(s, table, 300, world.clock.now(), status=Status.ACCEPTED)
        lead = {a.situation_id: a.agency_id for a in s.exec(select(Assignment)).all()
                if a.role == "lead"}
        for sid in ids:
            s.add(Reminder(key=f"bulk:{sid}", table_id=world.table_id, situation_id=sid,
                           agency_id=lead[sid], kind="update_due", due_at=world.clock.now()))
        s.commit()
    assert world.sweep().reminders == 300
    world.deliver()
    posts = [d for d in world.sender.deliveries if d.message.summary.startswith("Reminder")]
    # Batched per agency (four channels, and the school's rep directly), in messages of
    # at most 20 reminders, together covering all 300.
    assert len({d.address for d in posts if d.target_kind == "agency"}) == 4
    assert all(len(d.message.sections) <= 20 for d in posts)
    assert sum(len(d.message.sections) for d in posts) == 300

"""Updates, interventions and snoozing reminders."""

from __future__ import annotations

from datetime import timedelta

import pytest

from commands.errors import BadArguments, NotAuthorized, NotFound
from tests.factories import SAFE_UPDATE, World

CORE_BUG_FILTER4 = ("core bug: filter-4 rows share one replace_key and supersede each other "
                    "(.requests/core-bugs.md #1)")


@pytest.fixture
def accepted(world: World) -> str:
    ref = world.raise_()
    world.accept(ref, lead="MHA", assist="POL")
    return ref


def test_update_is_recorded_and_posted_to_the_private_space(world: World,
                                                             accepted: str) -> None:
    world.deliver()
    reply = world.reply("nurse", f"update {accepted} {SAFE_UPDATE}")
    assert reply.startswith(f"Update on {accepted} recorded for Tue 24 Nov 2026 10:00")
    entry = world.timeline(accepted)[-1]
    assert (entry.kind, entry.text) == ("update", SAFE_UPDATE)
    world.sender.clear()
    world.deliver()
    [post] = [d for d in world.sender.deliveries if d.target_kind == "filter4"]
    assert post.previous is not None  # the space created on accept
    assert post.message.sections[0].text == SAFE_UPDATE


def test_update_without_text_opens_the_form(world: World, accepted: str) -> None:
    from commands.messages import OpenForm

    response = world.run("nurse", f"update {accepted}")
    assert isinstance(response, OpenForm) and response.form.subject == accepted


def test_intervened_stops_intervention_reminders(world: World, accepted: str) -> None:
    world.advance(hours=2)
    assert "reminders are stopped" in world.reply("nurse", f"intervened {accepted}")
    sit = world.situation(accepted)
    assert sit.status == "intervened" and sit.intervened_at == world.clock.now()
    assert {(r.kind, r.status) for r in world.reminders(accepted)} == {
        ("intervention_due", "cancelled"), ("intervention_overdue", "cancelled")}
    world.deliver()
    world.sender.clear()
    world.advance(hours=60)
    report = world.sweep()
    world.deliver()
    texts = [sec.text or "" for d in world.sender.deliveries for sec in d.message.sections]
    assert not any("Intervention due" in t or "overdue" in t for t in texts)
    assert not any("Overdue" in s for s in world.sender.summaries())
    # only the update-due reminder before Thursday's meeting remains
    assert {r.kind for r in world.reminders(accepted) if r.status == "sent"} == {"update_due"}
    assert report.expired == 0


def test_late_intervention_is_flagged(world: World, accepted: str) -> None:
    world.deliver()
    world.advance(hours=49)
    world.reply("nurse", f"intervened {accepted}")
    world.sender.clear()
    world.deliver()
    assert any("after the deadline" in d.message.summary for d in world.sender.deliveries)


def _sent_due_reminder(world: World, ref: str) -> int:
    world.advance(hours=24)
    world.sweep()
    [due] = [r for r in world.reminders(ref) if r.kind == "intervention_due"]
    assert due.status == "sent" and due.id is not None
    return due.id


def test_snooze_creates_a_later_reminder_for_the_same_agency(world: World,
                                                              accepted: str) -> None:
    rid = _sent_due_reminder(world, accepted)
    assert "Snoozed" in world.reply("nurse", f"snooze {rid} 4h")
    reminders = {r.id: r for r in world.reminders(accepted)}
    assert reminders[rid].status == "snoozed"
    [copy] = [r for r in reminders.values() if r.status == "pending"
              and r.kind == "intervention_due"]
    assert copy.due_at - world.clock.now() == timedelta(hours=4)
    assert copy.agency_id == reminders[rid].agency_id
    assert world.audit("snooze")[0].detail["minutes"] == 240
    world.deliver()
    world.sender.clear()
    world.advance(hours=3)
    assert world.sweep().reminders == 0
    world.advance(hours=1)
    assert world.sweep().reminders == 1
    world.deliver()
    assert [d.address for d in world.sender.deliveries] == ["#mental-health"]


def test_only_the_reminded_agency_may_snooze(world: World, accepted: str) -> None:
    rid = _sent_due_reminder(world, accepted)
    world.fails("officer", f"snooze {rid}", NotAuthorized)  # assisting agency
    world.fails("housing", f"snooze {rid}", NotAuthorized)
    world.fails("analyst", f"snooze {rid}", NotAuthorized)
    assert world.reminders(accepted)[0].status == "sent"
    world.reply("nurse", f"snooze {rid}")
    world.fails("nurse", f"snooze {rid}", BadArguments)  # already snoozed
    world.fails("nurse", "snooze 9999", NotFound)
    world.fails("nurse", "snooze soon", BadArguments)
    world.fails("nurse", f"snooze {rid} forever", BadArguments)


def test_snoozed_reminder_is_cancelled_by_the_intervention(world: World,
                                                           accepted: str) -> None:
    rid = _sent_due_reminder(world, accepted)
    world.reply("nurse", f"snooze {rid} 2h")
    world.reply("nurse", f"intervened {accepted}")
    world.advance(hours=3)
    assert world.sweep().reminders == 0


def test_updates_queued_before_the_space_exists_are_all_posted(world: World,
                                                                accepted: str) -> None:
    # Nothing delivered yet (say the platform was down): the space must still be
    # created, and both updates must reach it.
    world.reply("nurse", f"update {accepted} {SAFE_UPDATE}")
    world.advance(minutes=1)
    world.reply("nurse", f"update {accepted} Second fictional note: follow-up visit done.")
    for _ in range(3):
        world.deliver()
        world.advance(seconds=10)
    kinds = [d.target_kind for d in world.sender.deliveries]
    assert kinds.count("filter4_open") == 1
    assert kinds.count("filter4") == 2

"""The chair's decisions: who is told, what is scheduled, what is dropped."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from models import Assignment
from models.db import new_session
from tests.factories import SAFE_TEXT, SAFE_UPDATE, World


def test_accept_assigns_notifies_and_schedules(world: World) -> None:
    ref = world.raise_()
    world.deliver()
    world.sender.clear()
    world.reply("chair", f"accept {ref} lead=MHA assist=POL,SCH,MHA")
    sit = world.situation(ref)
    assert sit.status == "accepted"
    assert sit.deadline_at == world.clock.now() + timedelta(hours=48)
    with new_session(world.engine) as s:
        roles = {(a.agency_id, a.role) for a in s.exec(
            select(Assignment).where(Assignment.situation_id == sit.id)).all()}
    assert len(roles) == 3 and sum(r == "lead" for _, r in roles) == 1  # lead not doubled
    report = world.deliver()
    assert report.failed == 0
    got = {(d.target_kind, d.address) for d in world.sender.deliveries}
    assert got == {
        ("table", "#hub-table"),
        ("agency", "#mental-health"), ("agency", "#police"),
        # assignments always reach the reps directly too (SCH has no channel)
        ("member", "nurse"), ("member", "officer"), ("member", "chair"),
        ("member", "teacher"),
        ("filter4_open", "hub-pa-2026-001"),
    }
    [space] = [d for d in world.sender.deliveries if d.target_kind == "filter4_open"]
    assert space.members == ("chair", "nurse", "officer", "teacher")  # not housing/CFS
    [lead_notice] = world.sender.to("#mental-health")
    assert "lead" in lead_notice.message.summary and "Wed 25 Nov 2026 09:00 CST" in \
        lead_notice.message.summary
    kinds = sorted((r.kind, r.due_at - world.clock.now()) for r in world.reminders(ref))
    assert kinds == [("intervention_due", timedelta(hours=24)),
                     ("intervention_overdue", timedelta(hours=48))]


def test_reject_drops_free_text_and_tells_the_originating_agency(world: World) -> None:
    ref = world.raise_("nurse")
    world.reply("chair", f"reject {ref} reason=single_agency")
    sit = world.situation(ref)
    assert (sit.status, sit.rejection_reason, sit.description) == (
        "rejected", "single_agency", None)
    assert sit.purged_at is not None
    assert all(e.text is None for e in world.timeline(ref))
    world.deliver()
    assert {d.address for d in world.sender.deliveries
            if "rejected" in d.message.summary} == {"#hub-table", "#mental-health"}
    assert all(SAFE_TEXT not in str(d.message) for d in world.sender.deliveries
               if "rejected" in d.message.summary)
    assert world.audit("reject")[0].detail == {"reason": "single_agency"}


def test_close_cancels_reminders_archives_space_and_keeps_text_for_now(world: World) -> None:
    ref = world.raise_()
    world.accept(ref, lead="MHA", assist="POL")
    world.deliver()  # the private space exists before anyone writes to it
    world.reply("nurse", f"update {ref} {SAFE_UPDATE}")
    world.reply("chair", f"close {ref} conclusion=elevated_refused protective=family_doctor")
    sit = world.situation(ref)
    assert sit.status == "closed" and sit.protective_factors == ["family_doctor"]
    assert {r.status for r in world.reminders(ref)} == {"cancelled"}
    assert sit.description == SAFE_TEXT  # purged only after retention (see sweep tests)
    assert any(e.text == SAFE_UPDATE for e in world.timeline(ref))
    world.deliver()
    archived = [d for d in world.sender.deliveries if d.target_kind == "filter4_archive"]
    [opened] = [d for d in world.sender.deliveries if d.target_kind == "filter4_open"]
    assert len(archived) == 1
    opened_id = f"m{world.sender.deliveries.index(opened) + 1}"
    assert archived[0].previous == opened_id
    closed_to = {d.address for d in world.sender.deliveries if "closed" in d.message.summary
                 and d.target_kind in ("table", "agency")}
    assert closed_to == {"#hub-table", "#mental-health", "#police"}


def test_decision_notices_are_not_queued_twice(world: World) -> None:
    ref = world.raise_()
    world.accept(ref)
    first = len(world.outbox())
    world.fails("chair", f"accept {ref} lead=HOU")
    assert len(world.outbox()) == first

"""Raising and withdrawing: reference numbers, the privacy guard's "nothing stored",
what is posted, and free text dropped at once on withdrawal."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from commands.errors import HubError, PrivacyViolation
from models import RefCounter, TimelineEntry
from models.db import new_session
from tests.factories import SAFE_TEXT, SAFE_UPDATE, UNSAFE_TEXT, World, raise_line


def test_raise_replies_with_ref_and_meeting_and_posts_summary(world: World) -> None:
    summary = world.reply("officer", raise_line())
    assert summary == ("Raised PA-2026-001. It is on the agenda of the meeting of "
                       "Tue 24 Nov 2026 10:00 CST.")
    sit = world.situation("PA-2026-001")
    assert (sit.status, sit.subject_type, sit.age_group, sit.gender) == (
        "raised", "individual", "16-17", "female")
    assert sit.risk_factors == ["mental_health.suspected", "housing.at_risk"]
    assert sit.description == SAFE_TEXT
    [row] = world.outbox()
    assert (row.target_kind, row.address) == ("table", "#hub-table")
    assert row.payload["message"]["sections"][0]["text"] == SAFE_TEXT
    assert world.wakes  # the dispatcher was woken after commit
    assert [e.action for e in world.audit()] == ["raise"]


def test_refs_are_sequential_and_never_reused(world: World) -> None:
    first = world.raise_()
    second = world.raise_()
    assert (first, second) == ("PA-2026-001", "PA-2026-002")
    world.reply("officer", f"withdraw {second}")
    assert world.raise_() == "PA-2026-003"


def test_refused_raise_does_not_consume_a_number(world: World) -> None:
    world.fails("officer", raise_line(UNSAFE_TEXT), PrivacyViolation)
    assert world.raise_() == "PA-2026-001"


def test_year_follows_the_table_time_zone(world: World) -> None:
    # 03:00 UTC on 1 Jan 2027 is still 31 Dec 2026 21:00 in Regina.
    world.at(datetime(2027, 1, 1, 3, 0, tzinfo=UTC))
    world.raise_()
    world.raise_()
    assert world.raise_() == "PA-2026-003"
    # 06:30 UTC is 00:30 local on 1 Jan 2027: a new year starts at 001.
    world.at(datetime(2027, 1, 1, 6, 30, tzinfo=UTC))
    assert world.raise_() == "PA-2027-001"
    assert world.raise_() == "PA-2027-002"
    with new_session(world.engine) as s:
        counters = {(c.year, c.last) for c in s.exec(select(RefCounter)).all()}
    assert counters == {(2026, 3), (2027, 2)}


def test_concurrent_raises_get_distinct_consecutive_refs(world: World) -> None:
    workers = 6
    barrier = threading.Barrier(workers)
    refs: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(i: int) -> None:
        try:
            barrier.wait(timeout=10)
            ref = world.raise_(text=f"{SAFE_TEXT} Case {i} of the batch.")
            with lock:
                refs.append(ref)
        except BaseException as exc:  # reported below
            with lock:
                errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert sorted(refs) == [f"PA-2026-{n:03d}" for n in range(1, workers + 1)]
    assert world.counts()["situation"] == workers


@pytest.mark.parametrize("line", [
    raise_line(UNSAFE_TEXT),
    raise_line("Adult reachable at someone@example.org, refusing services."),
])
def test_privacy_violation_on_raise_stores_nothing(world: World, line: str) -> None:
    before = world.counts()
    err = world.fails("officer", line, PrivacyViolation)
    assert "Nothing was saved" in err.message and err.hint
    assert world.counts() == before
    assert not world.wakes


def test_privacy_violation_on_form_submit_stores_nothing(world: World) -> None:
    before = world.counts()
    with pytest.raises(PrivacyViolation) as info:
        world.submit("officer", "raise", None, {
            "type": "individual", "age": "30-39", "gender": "male",
            "risks": ["mental_health.suspected"], "text": UNSAFE_TEXT, "confirm": "yes"})
    assert {f.field for f in info.value.findings} == {"text"}
    assert world.counts() == before


def test_privacy_violation_on_update_and_intervened_stores_nothing(world: World) -> None:
    ref = world.raise_()
    world.accept(ref)
    before = world.counts()
    world.fails("nurse", f"update {ref} {UNSAFE_TEXT}", PrivacyViolation)
    with pytest.raises(PrivacyViolation):
        world.submit("nurse", "update", ref, {"text": UNSAFE_TEXT})
    world.fails("nurse", f"intervened {ref} Met {UNSAFE_TEXT}", PrivacyViolation)
    assert world.counts() == before
    assert world.situation(ref).status == "accepted"
    # the same person, de-identified, goes through
    world.reply("nurse", f"update {ref} {SAFE_UPDATE}")
    assert world.counts()["timeline_entry"] == before["timeline_entry"] + 1


def test_withdraw_drops_free_text_at_once_and_tells_the_table(world: World) -> None:
    ref = world.raise_()
    sit = world.situation(ref)
    with new_session(world.engine) as s:  # any free text that reached the timeline
        s.add(TimelineEntry(situation_id=sit.id or 0, kind="note", text="Fictional note.",
                            platform="shell", at=world.clock.now()))
        s.commit()
    world.advance(minutes=5)
    assert "withdrawn" in world.reply("officer", f"withdraw {ref}")
    sit = world.situation(ref)
    assert sit.status == "withdrawn" and sit.description is None
    assert sit.rejection_reason == "withdrawn"
    assert sit.purged_at == sit.ended_at == world.clock.now()
    assert all(e.text is None for e in world.timeline(ref))
    # minimal fields stay for statistics
    assert (sit.age_group, sit.gender, sit.subject_type) == ("16-17", "female", "individual")
    notes = [r for r in world.outbox() if (r.dedupe_key or "").startswith("withdrawn:")]
    assert {r.address for r in notes} == {"#hub-table", "#police"}
    assert all(SAFE_TEXT not in str(r.payload) for r in notes)


def test_withdraw_after_the_table_decided_is_refused(world: World) -> None:
    ref = world.raise_()
    world.accept(ref)
    err = world.fails("officer", f"withdraw {ref}")
    assert "close" in (err.hint or "")
    assert world.situation(ref).description == SAFE_TEXT


def test_raise_without_options_opens_the_form_and_stores_nothing(world: World) -> None:
    before = world.counts()
    world.run("officer", "raise")
    assert world.counts() == before


@pytest.mark.parametrize("line", [
    'raise type=individual text="unterminated',
    "raise type=individual age=16-17 gender=female risks=bogus.one text=x confirm=yes",
])
def test_bad_raise_lines_are_hub_errors(world: World, line: str) -> None:
    before = world.counts()
    with pytest.raises(HubError):
        world.run("officer", line)
    assert world.counts() == before

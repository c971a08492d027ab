"""The situation lifecycle (SPEC §3): every allowed move works, every other move is
refused with a clear message and changes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from commands.errors import HubError, InvalidTransition
from commands.lifecycle import TRANSITIONS
from commands.messages import OpenForm
from models.types import Status
from tests.factories import SAFE_UPDATE, World

# action -> (who, command line template, status it moves to)
ACTIONS: dict[str, tuple[str, str, Status]] = {
    "accept": ("chair", "accept {ref} lead=MHA assist=POL", Status.ACCEPTED),
    "reject": ("chair", "reject {ref} reason=threshold_not_met", Status.REJECTED),
    "withdraw": ("officer", "withdraw {ref}", Status.WITHDRAWN),
    "intervened": ("nurse", "intervened {ref} Door knock done with the family.",
                   Status.INTERVENED),
    "close": ("chair", "close {ref} conclusion=lowered_connected", Status.CLOSED),
}


def reach(world: World, status: Status) -> str:
    """A fresh situation in ``status``, by the real commands."""
    ref = world.raise_()
    if status in (Status.ACCEPTED, Status.INTERVENED, Status.CLOSED):
        world.accept(ref)
    if status in (Status.INTERVENED, Status.CLOSED):
        world.reply("nurse", f"intervened {ref}")
    if status == Status.CLOSED:
        world.reply("chair", f"close {ref} conclusion=lowered_connected")
    if status == Status.REJECTED:
        world.reply("chair", f"reject {ref} reason=single_agency")
    if status == Status.WITHDRAWN:
        world.reply("officer", f"withdraw {ref}")
    assert world.situation(ref).status == status
    return ref


def snapshot(world: World, ref: str) -> dict[str, Any]:
    return {"situation": world.situation(ref).model_dump(), "rows": world.counts(),
            "timeline": [(e.kind, e.text) for e in world.timeline(ref)],
            "reminders": [(r.kind, r.status) for r in world.reminders(ref)]}


CASES = [(start, action) for start in Status for action in ACTIONS]


@pytest.mark.parametrize(("start", "action"), CASES, ids=[f"{s}-{a}" for s, a in CASES])
def test_transition_matrix(world: World, start: Status, action: str) -> None:
    ref = reach(world, start)
    who, line, target = ACTIONS[action]
    before = snapshot(world, ref)
    if target in TRANSITIONS[start]:
        world.reply(who, line.format(ref=ref))
        assert world.situation(ref).status == target
        assert world.counts()["audit_entry"] == before["rows"]["audit_entry"] + 1
    else:
        err = world.fails(who, line.format(ref=ref))
        # A clear reply, never a crash; the situation reference is named in it.
        assert ref in err.user_text() or "Only" in err.message
        assert snapshot(world, ref) == before


@pytest.mark.parametrize("start", [Status.ACCEPTED, Status.CLOSED, Status.REJECTED,
                                   Status.WITHDRAWN])
def test_accept_twice_or_after_the_end_is_refused_before_the_form(world: World,
                                                                  start: Status) -> None:
    ref = reach(world, start)
    before = snapshot(world, ref)
    err = world.fails("chair", f"accept {ref}", InvalidTransition)
    assert f"{ref} is {start}" in err.message
    assert err.hint  # says what to do next
    assert snapshot(world, ref) == before


def test_close_rejected_is_refused_with_a_hint(world: World) -> None:
    ref = reach(world, Status.REJECTED)
    err = world.fails("chair", f"close {ref}", InvalidTransition)
    assert "cannot be closed" in err.message
    assert err.hint is not None and "finished" in err.hint


def test_open_form_only_when_the_move_is_possible(world: World) -> None:
    ref = reach(world, Status.RAISED)
    response = world.run("chair", f"accept {ref}")
    assert isinstance(response, OpenForm)
    assert response.form.form_id == "accept" and response.form.subject == ref
    assert isinstance(world.run("chair", f"reject {ref}"), OpenForm)
    world.fails("chair", f"close {ref}", InvalidTransition)


def test_update_only_on_active_situations(world: World) -> None:
    ref = reach(world, Status.CLOSED)
    before = snapshot(world, ref)
    world.fails("nurse", f"update {ref} {SAFE_UPDATE}")
    assert snapshot(world, ref) == before


def test_full_story_is_audited_with_who_when_and_platform(world: World) -> None:
    ref = reach(world, Status.ACCEPTED)
    world.advance(hours=3)
    world.reply("nurse", f"intervened {ref}")
    world.reply("nurse", f"update {ref} {SAFE_UPDATE}")
    world.reply("chair", f"close {ref} conclusion=lowered_informed")
    sit = world.situation(ref)
    entries = [e for e in world.audit() if e.situation_id == sit.id]
    assert [(e.action, e.user_id) for e in entries] == [
        ("raise", "officer"), ("accept", "chair"), ("intervened", "nurse"),
        ("update", "nurse"), ("close", "chair"),
    ]
    assert {e.platform for e in entries} == {"shell"}
    assert entries[2].at > entries[1].at
    assert entries[1].detail == {"lead": "MHA", "assisting": ["POL"]}
    assert sit.status == Status.CLOSED and sit.conclusion == "lowered_informed"
    assert sit.closed_at == sit.ended_at == world.clock.now()
    # audit details never carry the free text
    assert all(SAFE_UPDATE not in str(e.detail) for e in entries)


def test_unknown_reference_says_what_to_type(world: World) -> None:
    err = world.fails("chair", "close PA-2026-999 conclusion=lowered_other")
    assert "PA-2026-999" in err.message and err.hint and "list" in err.hint
    err = world.fails("chair", "close nonsense")
    assert "not a situation reference" in err.message


def test_errors_are_hub_errors_not_crashes(world: World) -> None:
    for line in ["accept", "reject", "close", "withdraw", "update", "intervened", "show",
                 "snooze", "snooze 999", "meeting cancel", "meeting add", "meeting bogus",
                 "agenda 2026-13-45", "list everything", "frobnicate"]:
        with pytest.raises(HubError):
            world.run("chair", line)

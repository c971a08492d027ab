"""Reading situations: ``show`` (timeline visibility, audited reads) and ``list``."""

from __future__ import annotations

import pytest

from commands.messages import Reply
from tests.factories import SAFE_TEXT, SAFE_UPDATE, World


@pytest.fixture
def updated(world: World) -> str:
    """Raised by POL, led by MHA with SCH assisting, with one update from MHA."""
    ref = world.raise_("officer")
    world.accept(ref, lead="MHA", assist="SCH")
    world.reply("nurse", f"update {ref} {SAFE_UPDATE}")
    return ref


def shown(world: World, who: str, ref: str) -> str:
    response = world.run(who, f"show {ref}")
    assert isinstance(response, Reply)
    return repr(response.message)


@pytest.mark.parametrize("who", ["nurse", "teacher", "officer", "chair"])
def test_involved_reps_and_chair_see_the_timeline(world: World, updated: str,
                                                  who: str) -> None:
    text = shown(world, who, updated)
    assert "Timeline" in text and SAFE_UPDATE in text


def test_other_agencies_see_no_update_text(world: World, updated: str) -> None:
    text = shown(world, "housing", updated)
    assert SAFE_UPDATE not in text
    assert "visible to the involved agencies and the chair only" in text
    assert updated in text and "Mental Health" in text  # the summary itself is shared


def test_every_read_is_audited(world: World, updated: str) -> None:
    shown(world, "housing", updated)
    shown(world, "nurse", updated)
    reads = world.audit("read")
    assert [(e.user_id, e.detail) for e in reads] == [
        ("housing", {"timeline": False}), ("nurse", {"timeline": True})]
    sit = world.situation(updated)
    assert all(e.situation_id == sit.id and e.platform == "shell" for e in reads)


def test_show_of_rejected_situation_has_no_description(world: World) -> None:
    ref = world.raise_()
    assert SAFE_TEXT in shown(world, "housing", ref)
    world.reply("chair", f"reject {ref} reason=threshold_not_met")
    text = shown(world, "chair", ref)
    assert SAFE_TEXT not in text and "AER threshold not met" in text


def test_list_filters(world: World) -> None:
    a = world.raise_("officer")
    world.advance(minutes=1)
    b = world.raise_("housing")
    world.advance(minutes=1)
    c = world.raise_("nurse")
    world.accept(a, lead="MHA", assist="")
    world.reply("chair", f"reject {c} reason=single_agency")

    def refs(who: str, which: str) -> list[str]:
        response = world.run(who, f"list {which}")
        assert isinstance(response, Reply)
        items = [i for s in response.message.sections for i in s.items]
        return [i.split(" · ")[0] for i in items]

    assert refs("officer", "") == [a, b]
    assert refs("officer", "open") == [a, b]
    assert refs("officer", "new") == [b]
    assert refs("nurse", "mine") == [a]  # lead, not originator of an open one
    assert refs("housing", "mine") == [b]
    assert refs("officer", "overdue") == []
    world.advance(hours=49)
    assert refs("officer", "overdue") == [a]
    response = world.run("officer", "list overdue")
    assert isinstance(response, Reply)
    assert "OVERDUE since" in response.message.sections[0].items[0]
    world.fails("officer", "list closed")


@pytest.mark.postgres
def test_list_order_is_stable_for_situations_raised_at_the_same_instant(world: World) -> None:
    refs = [world.raise_() for _ in range(3)]
    world.accept(refs[0], lead="MHA", assist="")  # an update moves the row on PostgreSQL
    response = world.run("chair", "list open")
    assert isinstance(response, Reply)
    assert [i.split(" · ")[0] for i in response.message.sections[0].items] == refs

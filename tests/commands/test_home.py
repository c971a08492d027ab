"""``home``: the member's agency's open situations, next meeting, waiting reminders."""

from __future__ import annotations

from commands.messages import Reply
from tests.factories import World, world

__all__ = ["world"]


def _sections(world: World, who: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    reply = world.run(who, "home")
    assert isinstance(reply, Reply)
    return {s.heading or "": (s.text, s.items) for s in reply.message.sections}


def test_home_shows_only_the_own_agency_and_its_reminders(world: World) -> None:
    mine = world.raise_(who="officer")
    world.accept(mine, lead="MHA", assist="POL")
    other = world.raise_(who="housing")
    world.advance(hours=25)  # the intervention-due reminder is sent to MHA
    world.sweep()
    nurse = _sections(world, "nurse")
    # START is Monday 09:00; 25 h later the next meeting is Thursday's.
    assert nurse["Next meeting"][0] == "Thu 26 Nov 2026 10:00 CST"
    listed = " ".join(next(items for h, (_, items) in nurse.items() if h.startswith("Mine")))
    assert mine in listed and other not in listed
    assert any("intervention due" in line for line in nurse["Your agency's reminders"][1])
    housing = _sections(world, "housing")
    assert housing["Your agency's reminders"] == ("None waiting.", ())


def test_home_is_for_reps_and_chairs(world: World) -> None:
    assert "Only a rep or chair" in world.fails("analyst", "home").message

"""The agenda: order, numbering, parts of at most ten items, update in place."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from commands import agenda
from commands.messages import Message, Reply, Section
from models import HubTable, Meeting, PostedMessage
from models.types import Status
from tests.factories import FIRST_AGENDA_DUE, FIRST_MEETING, SAFE_UPDATE, World, bulk_situations


def items(sections: tuple[Section, ...] | list[Section]) -> list[str]:
    return [s.heading or "" for s in sections if s.key is not None]


def headings(sections: tuple[Section, ...] | list[Section]) -> list[str]:
    return [s.heading or "" for s in sections]


def preview(world: World, who: str = "chair") -> Message:
    response = world.run(who, "agenda")
    assert isinstance(response, Reply)
    return response.message


def test_order_is_returning_then_new_in_order_raised_then_closure(world: World) -> None:
    a = world.raise_()
    world.advance(minutes=1)
    b = world.raise_()
    world.advance(minutes=1)
    c = world.raise_()
    world.accept(b)
    world.accept(c, lead="MHA")
    world.reply("nurse", f"intervened {c}")
    world.advance(minutes=1)
    d = world.raise_()
    world.advance(minutes=1)
    e = world.raise_()
    world.reply("officer", f"withdraw {e}")  # withdrawn: not on the agenda
    message = preview(world)
    assert headings(message.sections) == [
        "Returning situations (1)", f"1. {b}",
        "New situations (2)", f"2. {a}", f"3. {d}",
        "Proposed for closure (1)", f"4. {c}",
    ]
    assert message.title == "Preview: Agenda — Demo Community Hub, Tue 24 Nov 2026 10:00 CST"
    returning = message.sections[1]
    facts = {f.label: f.value for f in returning.facts}
    assert facts["Lead agency"] == "Mental Health & Addictions"
    assert facts["Last update"] == "none yet"
    assert facts["Intervention"].startswith("due by Wed 25 Nov 2026")
    assert [x.command for x in message.sections[3].actions] == [f"accept {a}", f"reject {a}"]


def test_returning_item_shows_last_update_and_overdue_flag(world: World) -> None:
    ref = world.raise_()
    world.accept(ref)
    world.reply("nurse", f"update {ref} {SAFE_UPDATE}")
    world.advance(hours=72)  # past the deadline, before Thursday's meeting
    message = preview(world)
    [item] = [s for s in message.sections if s.key == ref]
    facts = {f.label: f.value for f in item.facts}
    assert facts["Last update"] == "Mon 23 Nov 2026 (Mental Health & Addictions)"
    assert facts["Intervention"].startswith("OVERDUE since")
    assert facts["Days open"] == "3"
    assert SAFE_UPDATE not in repr(message)  # the table channel never gets update text


def test_situations_raised_after_the_meeting_began_wait_for_the_next(world: World) -> None:
    world.at(FIRST_MEETING + timedelta(minutes=30))
    ref = world.raise_()
    with world.session() as s:
        table = s.get(HubTable, world.table_id)
        first = s.exec(select(Meeting).where(Meeting.starts_at == FIRST_MEETING)).one()
        assert table is not None
        assert items(agenda.build(s, table, first, world.clock.now()).sections) == []
    assert items(preview(world).sections) == [f"1. {ref}"]


def test_empty_agenda_says_so(world: World) -> None:
    message = preview(world)
    assert message.sections[0].text == "No situations on this agenda."


def _build(world: World) -> agenda.Agenda:
    with world.session() as s:
        table = s.get(HubTable, world.table_id)
        meeting = s.exec(select(Meeting).where(Meeting.starts_at == FIRST_MEETING)).one()
        assert table is not None
        return agenda.build(s, table, meeting, world.clock.now())


def test_long_agenda_is_split_in_parts_of_ten_items_never_cut(world: World) -> None:
    with world.session() as s:
        table = s.get(HubTable, world.table_id)
        assert table is not None
        bulk_situations(s, table, 14, world.clock.now(), status=Status.ACCEPTED)
        bulk_situations(s, table, 11, world.clock.now(), status=Status.RAISED,
                        start_number=100)
        s.commit()
    built = _build(world)
    parts = built.parts()
    assert [len(items(p.sections)) for p in parts] == [10, 10, 5]
    numbers = [int(h.split(".")[0]) for p in parts for h in items(p.sections)]
    assert numbers == list(range(1, 26))
    assert parts[1].summary.endswith("(part 2 of 3)")
    # every item keeps all its facts in the part it lands in
    flat = [sec for p in parts for sec in p.sections if sec.key is not None]
    originals = [sec for sec in built.sections if sec.key is not None]
    assert flat == originals
    # group headings are carried along, not lost
    assert sum(h.startswith("New situations") for p in parts for h in headings(p.sections)) == 1


def test_agenda_is_posted_once_then_updated_in_place(world: World) -> None:
    first = world.raise_()
    world.deliver()
    world.at(FIRST_AGENDA_DUE)
    assert world.sweep().agendas == 1
    assert world.sweep().agendas == 0
    world.sender.clear()
    world.deliver()
    [posted] = world.sender.deliveries
    assert posted.previous is None and posted.message.title is not None
    assert items(posted.message.sections) == [f"1. {first}"]
    with world.session() as s:
        record = s.get(PostedMessage, f"agenda:{world.meetings()[0].id}:0:shell:#hub-table")
        assert record is not None and record.message_id == "m2"

    world.advance(minutes=10)
    second = world.raise_("nurse")
    world.sender.clear()
    world.deliver()
    [update] = [d for d in world.sender.deliveries if d.message.title
                and d.message.title.startswith("Agenda")]
    assert update.previous == "m2"  # edited in place, not posted again
    assert items(update.message.sections) == [f"1. {first}", f"2. {second}"]


def test_no_update_when_nothing_on_the_agenda_changed(world: World) -> None:
    ref = world.raise_()
    world.at(FIRST_AGENDA_DUE)
    world.sweep()
    world.deliver()
    rows = len(world.outbox())
    world.run("housing", f"show {ref}")
    with world.session() as s:
        table = s.get(HubTable, world.table_id)
        assert table is not None
        agenda.refresh_posted(s, table, world.clock.now())
        s.commit()
    assert len(world.outbox()) == rows


def test_parts_that_disappear_are_emptied(world: World) -> None:
    with world.session() as s:
        table = s.get(HubTable, world.table_id)
        assert table is not None
        bulk_situations(s, table, 12, world.clock.now(), status=Status.RAISED)
        s.commit()
    world.at(FIRST_AGENDA_DUE)
    world.sweep()
    world.deliver()
    world.sender.clear()
    for n in (11, 12, 10):
        world.reply("chair", f"reject PA-2026-{n:03d} reason=threshold_not_met")
    world.deliver()
    agendas = [d for d in world.sender.deliveries if d.target_kind == "table"
               and "Agenda" in d.message.summary]
    last_by_part = {d.previous: d for d in agendas}
    assert set(last_by_part) == {"m1", "m2"}  # both parts edited in place
    assert "no further items" in last_by_part["m2"].message.summary
    assert len(items(last_by_part["m1"].message.sections)) == 9

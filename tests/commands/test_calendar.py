"""The meeting calendar across daylight-saving changes, and meeting cancel/add."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine

from commands.calendar import occurrences, weekday_number
from commands.errors import BadArguments, NotAuthorized, NotFound
from commands.timefmt import fmt_datetime, parse_duration, parse_local_datetime, to_utc
from models import HubTable
from tests.factories import FIRST_MEETING, START, World, demo_data

TORONTO = ZoneInfo("America/Toronto")


def table(tz: str) -> HubTable:
    return HubTable(id=1, code="T", name="T", timezone=tz, created_at=START,
                    schedule=[{"weekday": "tuesday", "time": "10:00"},
                              {"weekday": "thursday", "time": "10:00"}])


def utc_hours(tz: str, start: datetime, end: datetime) -> list[tuple[date, int]]:
    return [(w.date(), w.hour) for w in occurrences(table(tz), start, end)]


def test_toronto_stays_at_ten_local_across_the_november_change() -> None:
    got = utc_hours("America/Toronto", datetime(2026, 10, 26, tzinfo=UTC),
                    datetime(2026, 11, 7, tzinfo=UTC))
    # EDT (UTC−4) until Sun 1 Nov 2026, then EST (UTC−5)
    assert got == [(date(2026, 10, 27), 14), (date(2026, 10, 29), 14),
                   (date(2026, 11, 3), 15), (date(2026, 11, 5), 15)]
    for w in occurrences(table("America/Toronto"), datetime(2026, 10, 26, tzinfo=UTC),
                         datetime(2026, 11, 7, tzinfo=UTC)):
        assert w.astimezone(TORONTO).time() == time(10, 0)


def test_toronto_stays_at_ten_local_across_the_march_change() -> None:
    got = utc_hours("America/Toronto", datetime(2026, 3, 2, tzinfo=UTC),
                    datetime(2026, 3, 13, tzinfo=UTC))
    assert got == [(date(2026, 3, 3), 15), (date(2026, 3, 5), 15),
                   (date(2026, 3, 10), 14), (date(2026, 3, 12), 14)]


def test_regina_never_shifts() -> None:
    for start in (datetime(2026, 3, 1, tzinfo=UTC), datetime(2026, 10, 25, tzinfo=UTC)):
        got = utc_hours("America/Regina", start, start + timedelta(days=14))
        assert len(got) == 4 and {h for _, h in got} == {16}


def test_occurrences_respect_bounds_and_order() -> None:
    start = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)  # exactly a meeting: included
    got = list(occurrences(table("America/Regina"), start, start + timedelta(days=2)))
    assert got == [start]  # Thursday's meeting is exactly at the (excluded) end
    got = list(occurrences(table("America/Regina"), start, start + timedelta(days=9)))
    assert got == [start + timedelta(days=d) for d in (0, 2, 7)]


def test_nonexistent_wall_time_moves_forward_by_the_gap() -> None:
    # 02:30 on 8 Mar 2026 does not exist in Toronto: 03:30 EDT, as documented.
    assert to_utc(date(2026, 3, 8), time(2, 30), TORONTO) == datetime(2026, 3, 8, 7, 30,
                                                                     tzinfo=UTC)


def test_ambiguous_wall_time_takes_the_first_occurrence() -> None:
    # 01:30 on 1 Nov 2026 happens twice: the first (EDT) one is taken.
    assert to_utc(date(2026, 11, 1), time(1, 30), TORONTO) == datetime(2026, 11, 1, 5, 30,
                                                                      tzinfo=UTC)


def test_times_are_shown_in_the_table_zone() -> None:
    assert fmt_datetime(datetime(2026, 11, 3, 15, 0, tzinfo=UTC), TORONTO) == \
        "Tue 03 Nov 2026 10:00 EST"
    assert fmt_datetime(datetime(2026, 10, 27, 14, 0, tzinfo=UTC), TORONTO) == \
        "Tue 27 Oct 2026 10:00 EDT"
    assert parse_local_datetime("2026-11-03T10:00", TORONTO) == datetime(2026, 11, 3, 15,
                                                                          tzinfo=UTC)
    with pytest.raises(BadArguments):
        parse_local_datetime("tomorrow", TORONTO)


@pytest.mark.parametrize(("text", "minutes"), [("4h", 240), ("1d", 1440), ("1d 6h", 1800),
                                               ("30m", 30), ("90min", 90)])
def test_durations(text: str, minutes: int) -> None:
    assert parse_duration(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["", "soon", "4x", "-1h"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(BadArguments):
        parse_duration(text)


def test_weekday_names() -> None:
    assert weekday_number("Tue") == 1 and weekday_number("sunday") == 6
    assert weekday_number(3) == 3
    with pytest.raises(ValueError):
        weekday_number("someday")


def test_toronto_table_meetings_and_agenda_times_in_the_database(engine: Engine) -> None:
    world = World.create(engine, now=datetime(2026, 10, 26, 12, tzinfo=UTC),
                         data=demo_data(timezone="America/Toronto"))
    world.run("chair", "help")  # any request expands the calendar
    meetings = [m for m in world.meetings()
                if m.starts_at < datetime(2026, 11, 7, tzinfo=UTC)]
    assert [m.starts_at.astimezone(TORONTO).strftime("%d %H:%M %Z") for m in meetings] == [
        "27 10:00 EDT", "29 10:00 EDT", "03 10:00 EST", "05 10:00 EST"]
    assert all(m.agenda_due_at == m.starts_at - timedelta(hours=2) for m in meetings)
    ref = world.raise_()
    assert world.situation(ref).ref == ref
    assert "Tue 27 Oct 2026 10:00 EDT" in world.reply("chair", "meeting next")


# -- meeting cancel / add ---------------------------------------------------------------


def test_cancelled_meeting_moves_its_situations_to_the_next_agenda(world: World) -> None:
    ref = world.raise_()
    reply = world.reply("chair", "meeting cancel 2026-11-24")
    assert reply == ("The meeting of Tue 24 Nov 2026 10:00 CST is cancelled. Its situations "
                     "move to Thu 26 Nov 2026 10:00 CST.")
    assert [m.status for m in world.meetings()][:2] == ["cancelled", "scheduled"]
    assert "Thu 26 Nov 2026 10:00 CST" in world.reply("officer", "agenda")
    # nothing is posted for the cancelled meeting; Thursday's agenda has the situation
    world.at(FIRST_MEETING - timedelta(hours=2))
    assert world.sweep().agendas == 0
    world.at(FIRST_MEETING + timedelta(days=2, hours=-2))
    assert world.sweep().agendas == 1
    world.deliver()
    [agenda] = [d for d in world.sender.deliveries if d.message.summary.startswith("Agenda")]
    assert "Thu 26 Nov" in agenda.message.summary
    assert any(s.key == ref for s in agenda.message.sections)
    # a cancellation sticks: expanding the calendar again does not bring it back
    world.run("chair", "help")
    assert world.meetings()[0].status == "cancelled"
    assert world.audit("meeting_cancel")[0].detail == {"starts_at": FIRST_MEETING.isoformat()}


def test_new_raise_names_the_next_meeting_after_a_cancellation(world: World) -> None:
    world.reply("chair", "meeting cancel 2026-11-24")
    reply = world.reply("officer", 'raise type=group age=n/a gender=n/a '
                        'risks=gangs.recruitment text="Group gathering nightly near the '
                        'school." confirm=yes')
    assert reply.endswith("on the agenda of the meeting of Thu 26 Nov 2026 10:00 CST.")
    with world.session() as s:
        from models.queries import next_meeting

        m = next_meeting(s, world.table_id, world.clock.now())
        assert m is not None and m.starts_at == FIRST_MEETING + timedelta(days=2)


def test_meeting_add_creates_an_extra_meeting(world: World) -> None:
    reply = world.reply("chair", "meeting add 2026-11-23 18:00")
    assert reply == "Extra meeting added: Mon 23 Nov 2026 18:00 CST."
    extra = world.meetings()[0]
    assert extra.source == "extra" and extra.starts_at == datetime(2026, 11, 24, 0, 0,
                                                                   tzinfo=UTC)
    assert extra.agenda_due_at == extra.starts_at - timedelta(hours=2)
    assert "Mon 23 Nov 2026 18:00 CST" in world.reply("officer", "meeting next")
    listing = world.reply("officer", "meeting")
    assert listing == "Coming meetings"
    world.fails("chair", "meeting add 2026-11-23 18:00", BadArguments)  # clash


def test_meeting_add_restores_a_cancelled_meeting(world: World) -> None:
    world.reply("chair", "meeting cancel 2026-11-24")
    world.reply("chair", "meeting add 2026-11-24 10:00")
    assert world.meetings()[0].status == "scheduled"


def test_meeting_rules(world: World) -> None:
    world.fails("officer", "meeting cancel 2026-11-24", NotAuthorized)
    world.fails("officer", "meeting add 2026-11-30 10:00", NotAuthorized)
    world.fails("chair", "meeting add 2026-11-20 10:00", BadArguments)  # past
    world.fails("chair", "meeting cancel 2026-11-25", NotFound)  # no meeting on Wednesday
    world.fails("chair", "meeting cancel someday", BadArguments)
    world.reply("chair", "meeting cancel 2026-11-24")
    world.fails("chair", "meeting cancel 2026-11-24", NotFound)  # already cancelled
    assert len(world.audit("meeting_cancel")) == 1

"""Applying a table file: idempotent, deactivates what was removed, clear errors."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import select

from commands.config import ConfigError, apply_config, describe, parse_config
from commands.errors import UnknownMember
from models import Agency, CatalogEntry, HubTable, Meeting, Member
from models.db import new_session
from tests.factories import START, World, demo_data, make_table


def snapshot(engine: Engine) -> dict[str, Any]:
    with new_session(engine) as s:
        return {
            "table": [t.model_dump() for t in s.exec(select(HubTable)).all()],
            "agencies": [a.model_dump() for a in s.exec(select(Agency)).all()],
            "members": [m.model_dump() for m in s.exec(select(Member)).all()],
            "catalog": [c.model_dump() for c in s.exec(select(CatalogEntry)).all()],
            "meetings": [m.model_dump() for m in s.exec(select(Meeting)).all()],
        }


def test_apply_twice_changes_nothing(engine: Engine) -> None:
    make_table(engine)
    first = snapshot(engine)
    writes: list[str] = []

    def spy(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            writes.append(statement)

    event.listen(engine, "before_cursor_execute", spy)
    try:
        make_table(engine)
    finally:
        event.remove(engine, "before_cursor_execute", spy)
    assert writes == []
    assert snapshot(engine) == first
    assert len(first["agencies"]) == 5 and len(first["members"]) == 8
    assert len(first["catalog"]) > 100


def test_removed_agency_and_member_are_deactivated_not_deleted(engine: Engine) -> None:
    world = World.create(engine)
    ref = world.raise_("housing")
    data = demo_data()
    data["agencies"] = [a for a in data["agencies"] if a["code"] != "HOU"]
    data["members"] = [m for m in data["members"] if m["user_id"] != "housing"]
    ids_before = {a.code: a.id for a in _agencies(engine)}
    make_table(engine, data=data)
    agencies = {a.code: a for a in _agencies(engine)}
    assert {c: a.id for c, a in agencies.items()} == ids_before  # same ids
    assert agencies["HOU"].active is False
    assert all(a.active for c, a in agencies.items() if c != "HOU")
    with pytest.raises(UnknownMember):
        world.run("housing", "help")
    # history keeps its labels; the agency is no longer offered for assignments
    shown = world.run("chair", f"show {ref}")
    assert "Housing Services" in repr(shown)
    from commands import service

    codes = [o.value for g in service.field_options(
        world.hub, platform="shell", user_id="chair", form_id="accept", field="lead")
        for o in g.options]
    assert "HOU" not in codes
    # putting it back reactivates the same rows
    make_table(engine)
    assert {a.code: (a.id, a.active) for a in _agencies(engine)}["HOU"] == (
        ids_before["HOU"], True)
    assert world.reply("housing", "help").startswith("hubbot help")


def _agencies(engine: Engine) -> list[Agency]:
    with new_session(engine) as s:
        return list(s.exec(select(Agency)).all())


def test_catalog_override_replaces_one_list_only(engine: Engine) -> None:
    data = demo_data()
    data["catalogs"] = {"conclusions": [["done", "Done"], ["moved", "Moved away"]]}
    table = make_table(engine, data=data)
    with new_session(engine) as s:
        active = s.exec(select(CatalogEntry).where(CatalogEntry.table_id == table.id,
                                                   CatalogEntry.kind == "conclusion",
                                                   CatalogEntry.active)).all()
        genders = s.exec(select(CatalogEntry).where(CatalogEntry.kind == "gender")).all()
    assert sorted(c.code for c in active) == ["done", "moved"]
    assert len(genders) == 5


def test_schedule_change_reschedules_future_meetings(engine: Engine) -> None:
    make_table(engine)
    make_table(engine, data=demo_data(meetings=[{"weekday": "wednesday", "time": "13:30"}]))
    with new_session(engine) as s:
        meetings = s.exec(select(Meeting).where(Meeting.starts_at > START)).all()
    assert meetings and {m.starts_at.weekday() for m in meetings} == {2}
    assert {(m.starts_at.hour, m.starts_at.minute) for m in meetings} == {(19, 30)}


def test_describe_round_trips_through_apply(engine: Engine) -> None:
    table = make_table(engine)
    with new_session(engine) as s:
        row = s.get(HubTable, table.id)
        assert row is not None
        described = describe(s, row)
    assert described["table"]["code"] == "PA"
    assert {a["code"] for a in described["agencies"]} == {"POL", "MHA", "HOU", "SCH", "CFS"}
    assert {m["user_id"]: m["agency"] for m in described["members"]}["nurse"] == "MHA"


def bad(mutate: Any) -> str:
    data = demo_data()
    mutate(data)
    with pytest.raises(ConfigError) as info:
        parse_config(data)
    return str(info.value)


@pytest.mark.parametrize(("mutate", "expected"), [
    (lambda d: d["table"].update(timezone="Mars/Olympus"), "unknown time zone"),
    (lambda d: d["table"].update(code="pa"), "table.code"),
    (lambda d: d["table"].update(retention_days=-1), "table.retention_days"),
    (lambda d: d["table"].update(colour="blue"), "table.colour"),
    (lambda d: d["table"].update(meetings=[{"weekday": "someday", "time": "10:00"}]),
     "table.meetings.0.weekday"),
    (lambda d: d["table"].update(meetings=[{"weekday": "monday", "time": "25:00"}]),
     "table.meetings.0.time"),
    (lambda d: d["table"].update(channels=[{"platform": "fax", "address": "1"}]),
     "table.channels.0.platform"),
    (lambda d: d.pop("table"), "table"),
    (lambda d: d["agencies"].append(dict(d["agencies"][0])), "Two agencies share a code"),
    (lambda d: d["members"][1].update(agency="NOPE"), "unknown agency 'NOPE'"),
    (lambda d: d["members"][1].pop("agency"), "is a rep but has no agency"),
    (lambda d: d["members"][1].update(roles=["boss"]), "members.1.roles.0"),
    (lambda d: d["members"][1].update(roles=[]), "members.1.roles"),
])
def test_bad_files_give_clear_config_errors(mutate: Any, expected: str) -> None:
    message = bad(mutate)
    assert message.startswith(("The table file is not valid", "Two", "Member"))
    assert expected in message


def test_bad_catalog_is_a_config_error(engine: Engine) -> None:
    data = demo_data()
    data["catalogs"] = {"genders": [["only-a-code"]]}
    with new_session(engine) as s, pytest.raises(ConfigError, match="catalogs"):
        apply_config(s, data, START)


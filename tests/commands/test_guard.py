"""The guard door: a table's own name and agencies never trip it; its [privacy] still applies."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from commands.errors import PrivacyViolation
from commands.guard import policy_for
from commands.privacy import scan
from models import HubTable
from models.db import new_session
from tests.factories import World, demo_data, raise_line

OWN_AGENCY = "Referred to Ray of Hope; Kanaweyimik Child & Family Services (KCFS) to assist."


def _with_agencies() -> dict[str, object]:
    data = demo_data()
    data["agencies"] += [
        {"code": "ROH", "name": "Ray of Hope", "sector": "addictions"},
        {"code": "KCFS", "name": "Kanaweyimik Child & Family Services", "sector": "child welfare"},
    ]
    return data


def test_the_tables_own_agencies_pass(engine: Engine) -> None:
    world = World.create(engine, data=_with_agencies())
    assert scan(OWN_AGENCY), "the default guard alone reads 'Ray' as a name"
    assert world.reply("officer", raise_line(OWN_AGENCY)).startswith("Raised PA-2026-001.")


def test_an_agency_name_does_not_excuse_the_same_word_alone(engine: Engine) -> None:
    world = World.create(engine, data=_with_agencies())
    err = world.fails("officer", raise_line("Ray is 15 and sleeping at a friend's."),
                      PrivacyViolation)
    assert isinstance(err, PrivacyViolation)
    assert [f.text for f in err.findings] == ["Ray"]


def test_policy_keeps_the_admins_lists_and_adds_the_agencies(engine: Engine) -> None:
    World.create(engine, data=_with_agencies())
    with new_session(engine) as session:
        table = session.get(HubTable, 1)
        assert table is not None
        alone = policy_for(table)
        policy = policy_for(table, session=session)
    assert alone.allow == ("Riverside Collegiate", "East Flat", "Demo Community Hub")
    assert policy.allow[:3] == alone.allow
    assert {"Ray of Hope", "ROH", "Kanaweyimik Child & Family Services", "Demo Police Service",
            "POL"} <= set(policy.allow)
    assert len(policy.allow) == len(set(policy.allow))

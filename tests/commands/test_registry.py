"""The role matrix (SPEC §2, §4): who may type which command."""

from __future__ import annotations

import pytest

from commands import service
from commands.errors import HubError, NotAuthorized, UnknownCommand, UnknownMember
from commands.messages import OpenForm, Reply
from commands.registry import all_commands
from tests.factories import SAFE_UPDATE, World

# Demo members: chair (chair+rep, POL), officer (rep, POL), nurse (rep, MHA),
# housing (rep, HOU), analyst (no agency), admin (no agency).
PEOPLE = ("chair", "officer", "nurse", "housing", "analyst", "admin")

# command -> who may use it (others get NotAuthorized). "{ref}" is an accepted
# situation raised by POL, led by MHA with POL assisting.
MATRIX: dict[str, set[str]] = {
    "help": set(PEOPLE),
    "meeting": set(PEOPLE),
    "raise": {"chair", "officer", "nurse", "housing"},
    "list open": {"chair", "officer", "nurse", "housing"},
    "show {ref}": {"chair", "officer", "nurse", "housing"},
    "agenda": {"chair", "officer", "nurse", "housing"},
    "accept {ref}": {"chair"},
    "close {ref}": {"chair"},
    "meeting add 2026-12-05 10:00": {"chair"},
    # assigned agencies' reps only (MHA lead, POL assisting)
    f"update {{ref}} {SAFE_UPDATE}": {"chair", "officer", "nurse"},
}


@pytest.fixture
def accepted(world: World) -> str:
    ref = world.raise_()
    world.accept(ref, lead="MHA", assist="POL")
    return ref


def test_role_matrix(world: World, accepted: str) -> None:
    outcome: dict[str, set[str]] = {}
    for line, allowed in MATRIX.items():
        text = line.format(ref=accepted)
        outcome[line] = set()
        for who in PEOPLE:
            try:
                world.run(who, text)
            except NotAuthorized as err:
                assert err.message.startswith("Only"), err.message
                continue
            except HubError:
                pass  # past the role check (e.g. "already accepted")
            outcome[line].add(who)
        assert outcome[line] == allowed, line


def test_intervened_only_by_assigned_reps(world: World, accepted: str) -> None:
    for who in ("housing", "analyst", "admin"):
        world.fails(who, f"intervened {accepted}", NotAuthorized)
    assert world.situation(accepted).status == "accepted"
    world.reply("officer", f"intervened {accepted}")  # assisting agency may log it
    assert world.situation(accepted).status == "intervened"


def test_withdraw_only_by_the_originating_agency(world: World) -> None:
    ref = world.raise_("officer")
    for who in ("nurse", "housing", "analyst"):
        world.fails(who, f"withdraw {ref}", NotAuthorized)
    world.reply("chair", f"withdraw {ref}")  # chair is a POL rep too
    assert world.situation(ref).status == "withdrawn"


def test_forms_check_roles_too(world: World, accepted: str) -> None:
    with pytest.raises(NotAuthorized):
        world.submit("officer", "close", accepted, {"conclusion": "lowered_other"})
    with pytest.raises(NotAuthorized):
        world.submit("analyst", "raise", None, {"type": "group"})
    assert world.situation(accepted).status == "accepted"


def test_reps_get_a_form_for_raise(world: World) -> None:
    response = world.run("nurse", "raise")
    assert isinstance(response, OpenForm)
    names = [f.name for f in response.form.fields]
    assert names == ["type", "age", "gender", "risks", "protective", "text", "confirm"]


def test_help_lists_only_what_the_role_may_do(world: World) -> None:
    def lines(who: str) -> str:
        response = world.run(who, "help")
        assert isinstance(response, Reply)
        return " ".join(i for s in response.message.sections for i in s.items)

    assert "accept REF" in lines("chair")
    assert "accept REF" not in lines("officer") and "raise" in lines("officer")
    assert "raise" not in lines("analyst")
    assert "snooze" not in lines("officer")  # hidden


def test_unknown_user_is_told_who_can_add_them(world: World) -> None:
    with pytest.raises(UnknownMember) as info:
        world.run("stranger", "help")
    assert "not a member" in info.value.message
    with pytest.raises(UnknownMember) as info:
        service.run_command(world.hub, platform="shell", user_id="stranger", text="list",
                            table_code="PA")
    assert info.value.hint is not None
    assert "Avery Admin" in info.value.hint and "Casey Chair" in info.value.hint


def test_same_user_id_on_another_platform_is_a_stranger(world: World) -> None:
    with pytest.raises(UnknownMember):
        service.run_command(world.hub, platform="slack", user_id="chair", text="help")


def test_unknown_command_gives_a_hint(world: World) -> None:
    with pytest.raises(UnknownCommand) as info:
        world.run("officer", "frobnicate now")
    assert "frobnicate" in info.value.message and "help" in (info.value.hint or "")
    assert "help" in service.error_message(info.value).summary


def test_every_command_has_usage_and_aliases_resolve() -> None:
    commands = all_commands()
    assert commands["?"] is commands["help"]
    assert commands["meetings"] is commands["meeting"]
    for spec in commands.values():
        assert spec.usage.split()[0] == spec.name and spec.summary

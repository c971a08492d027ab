"""The one text grammar: quotes (curly too), key=value, lists, references."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commands.errors import BadArguments, HubError
from commands.grammar import looks_like_ref, parse, split_command, straighten, take_ref


@pytest.mark.parametrize(("text", "expected"), [
    ("", ("help", "")),
    ("   ", ("help", "")),
    ("/hub", ("help", "")),
    ("/hub LIST open", ("list", "open")),
    ("hub show PA-2026-001", ("show", "PA-2026-001")),
    ("Accept   PA-2026-001  lead=MHA", ("accept", "PA-2026-001  lead=MHA")),
    ("hubris now", ("hubris", "now")),  # not the /hub prefix
])
def test_split_command(text: str, expected: tuple[str, str]) -> None:
    assert split_command(text) == expected


def test_key_values_lists_and_quotes() -> None:
    p = parse('raise type=individual Age=16-17 risks=a.b,c.d, protective="x, y" '
              'text="Youth, not at school" confirm=yes loose')
    assert p.name == "raise"
    assert p.options == {
        "type": "individual", "age": "16-17", "risks": ["a.b", "c.d"],
        "protective": ["x", "y"], "text": "Youth, not at school", "confirm": "yes",
    }
    assert p.words == ["loose"]


@pytest.mark.parametrize("quoted", ["“Youth at risk”", "„Youth at risk”", "«Youth at risk»",
                                    "‘Youth at risk’", '"Youth at risk"'])
def test_curly_and_other_quotes_are_straightened(quoted: str) -> None:
    assert parse(f"raise text={quoted}").options["text"] == "Youth at risk"


def test_dashes_in_keys_become_underscores_and_bad_keys_stay_words() -> None:
    p = parse("x some-key=1 9key=2 =3")
    assert p.options == {"some_key": "1"}
    assert p.words == ["9key=2", "=3"]


@pytest.mark.parametrize("text", ['raise text="open', "raise text='open", "raise text=“open"])
def test_unbalanced_quotes_are_bad_arguments(text: str) -> None:
    with pytest.raises(BadArguments) as info:
        parse(text)
    assert "quotation mark" in info.value.message and info.value.hint


def test_take_ref() -> None:
    assert take_ref("pa-2026-014 some text here", usage="x") == ("PA-2026-014",
                                                                 "some text here")
    assert take_ref("PA-2026-1234", usage="x") == ("PA-2026-1234", "")
    with pytest.raises(BadArguments, match="Which situation"):
        take_ref("  ", usage="show PA-2026-014")
    with pytest.raises(BadArguments, match="not a situation reference") as info:
        take_ref("2026-014", usage="show PA-2026-014")
    assert "show PA-2026-014" in (info.value.hint or "")


@pytest.mark.parametrize(("word", "ok"), [("PA-2026-001", True), ("pa-2026-001", True),
                                          ("TOOLONGCODE12-2026-001", False),
                                          ("PA-26-001", False), ("PA-2026-01", False),
                                          ("PA-2026-001x", False)])
def test_looks_like_ref(word: str, ok: bool) -> None:
    assert looks_like_ref(word) is ok


def test_straighten() -> None:
    assert straighten("“a” ‘b’") == "\"a\" 'b'"


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=200))
def test_parse_never_crashes_with_anything_but_hub_error(text: str) -> None:
    try:
        p = parse(text)
    except HubError:
        return
    assert p.name == p.name.lower()
    assert all(k == k.lower() for k in p.options)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_take_ref_never_crashes_with_anything_but_hub_error(text: str) -> None:
    try:
        ref, _ = take_ref(text, usage="show PA-2026-014")
    except HubError:
        return
    assert looks_like_ref(ref) and ref == ref.upper()


@settings(max_examples=200, deadline=None)
@given(key=st.sampled_from(["type", "age", "text", "lead"]),
       value=st.text(alphabet=st.characters(blacklist_characters="\"'“”„‘’«»\\",
                                            blacklist_categories=("Cs",)), max_size=30))
def test_quoted_values_round_trip(key: str, value: str) -> None:
    p = parse(f'x {key}="{value}"')
    assert p.options[key] == value

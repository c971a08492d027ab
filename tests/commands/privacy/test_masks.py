"""Masks a rep left in a value: which stars stand for characters, and how they are filled."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commands.privacy import Kind, scan
from commands.privacy.masks import fillings, runs, shows_enough


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("né le 2009-**-14", ["**"]),
        ("cell ***-555-0142", ["***"]),
        ("S6V 2M* — tenant", ["*"]),
        ("DOB **/04/1997", ["**"]),
        ("born Oct **, 2025", ["**"]),
        ("HSN 6** *** 218", ["**", "***"]),
        ("courriel yl.*****@example.ca", ["*****"]),
    ],
)
def test_a_mask_is_found(text: str, masked: list[str]) -> None:
    assert [text[s:e] for s, e in runs(text)] == masked


def test_a_mask_with_no_value_beside_it_is_only_a_redaction() -> None:
    text = "DOB ██ / HSN ██████, mom J*****r"
    assert runs(text) == []  # nothing left to read: the guard need not fill it
    assert [text[s:e] for s, e in runs(text, near_a_value=False)] == ["██", "██████", "*****"]


@pytest.mark.parametrize(
    "text",
    [
        "*Feb 29, 2008* not Mar 1",
        "next review *Mar 19 @ 10:00*",
        "**URGENT** sit 26-070",
        "* follow-up Thu",
        "3 * 4 = 12",
        "table moves to *Thursday 9:30*, room 2",
        "male in frame. *Youth A not You",
    ],
)
def test_emphasis_and_bullets_are_no_mask(text: str) -> None:
    assert runs(text) == []


def test_fillings_keep_the_length_and_fit_each_shape() -> None:
    text = "P3A 2** or ***-555-0142 or 2009-**-14"
    ones, fives, turns = fillings(text, runs(text))
    assert {len(ones), len(fives), len(turns)} == {len(text)}
    assert "2009-11-14" in ones
    assert "555-555-0142" in fives
    assert "P3A 2A5" in turns


@pytest.mark.parametrize(
    ("said", "enough"),
    [("***-555-0142", True), ("S6V 2M*", True), ("***-***-54", False), ("**/**/****", False)],
)
def test_three_characters_must_still_show(said: str, enough: bool) -> None:
    assert shows_enough(said) is enough


@pytest.mark.parametrize(
    "text",
    [
        "Pasted from eRef: PATIENT: ***** DOB: **/**/**** OHIP: ****-***-***",
        "the form says Tel: ***-***-****, e-mail ****@****",
        "DDN ██, nom [nom] — merci de garder ça caviardé",
    ],
)
def test_a_value_masked_in_full_passes(text: str) -> None:
    assert scan(text) == []


def test_a_found_mask_points_at_what_the_rep_typed() -> None:
    text = "*Update*: mom's cell (705) 555-01** per CAS"
    (finding,) = scan(text)
    assert finding.kind is Kind.PHONE
    assert text[finding.start : finding.end] == "(705) 555-01**"


@given(st.text(alphabet="*█ -/.0123456789abcXYZ", max_size=40))
def test_runs_lie_inside_the_text_and_hold_only_mask_characters(text: str) -> None:
    for start, end in runs(text):
        assert 0 <= start < end <= len(text)
        assert set(text[start:end]) <= set("*█•●")

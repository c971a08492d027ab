"""The screens skip a pattern only where it cannot match: never a finding lost."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commands.privacy.recognizers import addresses, contact, dates, numbers
from commands.privacy.recognizers.address_patterns import address_patterns
from commands.privacy.recognizers.number_patterns import patterns
from commands.privacy.recognizers.screens import Note, fold, needs
from tests.commands.privacy.test_corpus import ROWS

# Letters that fold in ways ``lower`` alone misses, and a digit that is not ASCII.
_TRICKY = {"s": "ſ", "i": "ı", "k": "\u212a", "I": "İ", "σ": "ς", "3": "٣"}


def _screened() -> list[re.Pattern[str]]:
    found = [*patterns().values(), *(p for p, _, _ in address_patterns())]
    found += [*contact._patterns(), *dates._patterns()]
    for module in (addresses, contact, dates, numbers):
        found += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    return [p for p in found if isinstance(p, re.Pattern)]


def _variants(text: str) -> Iterator[str]:
    yield text
    yield text.upper()
    yield text.swapcase()
    for plain, odd in _TRICKY.items():
        yield text.replace(plain, odd)


def test_what_each_kind_of_pattern_needs() -> None:
    assert needs(re.compile(r"\b(?:truck|car)\s+\d", re.I)) == (
        frozenset({"truck", "car"}),
        frozenset({""}),
    )
    assert needs(re.compile(r"num[ée]ro\s+(?=#)", re.I)) == (
        frozenset({"numéro", "numero"}),
        frozenset({"#"}),
    )
    assert needs(re.compile(r"(?-i:SIN)|health card", re.I)) == (frozenset({"sin", "health card"}),)
    # Nothing is needed of what may be left out, negated, or matched by a class.
    for optional in (r"(?:abc)?x*", r"(?!abc)\w+", r"[^a]b?", r"a|", r"(a)?(?(1)b|c)"):
        assert needs(re.compile(optional)) == (), optional


def test_folding_is_the_one_re_uses() -> None:
    assert fold("ſtreet İle ΟΔΟΣ") == fold("street ile οδοσ")
    street = re.compile("street", re.I)
    assert street.search("ſTREET") and Note("ſTREET").may_match(street)


@pytest.mark.parametrize("sample", range(4))
def test_no_real_pattern_is_skipped_where_it_matches(sample: int) -> None:
    texts = [row["text"] for row in ROWS[sample::1500]]
    screened = _screened()
    assert len(screened) > 100
    for text in texts:
        for variant in _variants(text):
            note = Note(variant)
            for pattern in screened:
                if pattern.search(variant):
                    assert note.may_match(pattern), (pattern.pattern[:80], variant)


def test_the_screens_skip_most_patterns_on_a_plain_note() -> None:
    note = "Youth reconnected with school; mom attends the next meeting."
    skipped = [p for p in _screened() if not Note(note).may_match(p)]
    assert len(skipped) > len(_screened()) / 2
    truck = re.compile(r"\btruck\s+(\d+)", re.I)
    assert list(Note(note).hits(truck)) == []
    assert [m.group(1) for m in Note("TRUCK 12, truck 7").hits(truck)] == ["12", "7"]


_PIECES = st.sampled_from(
    [r"a", r"b", r"ab", r"[ab]", r"\d", r"ki", r"s", r"is", r"[^a]", r".", r"\b", r"\s", r"-"]
)


@st.composite
def _regex(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        choice = draw(st.integers(-3, 6 if depth < 2 else 0))
        if choice <= 0:
            parts.append(draw(_PIECES))
        else:
            inner = draw(_regex(depth + 1))
            other = draw(_regex(depth + 1))
            parts.append(
                [
                    f"(?:{inner})",
                    f"(?:{inner}|{other})",
                    f"(?:{inner}){draw(st.sampled_from(['*', '+', '?', '{2}', '{0,2}']))}",
                    f"(?={inner})",
                    f"(?!{inner})",
                    f"(?-i:{inner})",
                ][choice - 1]
            )
    return "".join(parts)


_TEXT_PIECES = ["a", "b", "ab", "ba", "A", "B", "kis", "KIS", "1", "٣", " ", "-", *_TRICKY.values()]


@settings(max_examples=1500, deadline=None)
@given(
    _regex(),
    st.booleans(),
    st.lists(st.sampled_from(_TEXT_PIECES), max_size=10).map("".join),
)
def test_random_patterns_are_never_screened_out_where_they_match(
    body: str, ignore_case: bool, text: str
) -> None:
    pattern = re.compile(body, re.I if ignore_case else 0)
    if pattern.search(text):
        assert Note(text).may_match(pattern), (body, needs(pattern))

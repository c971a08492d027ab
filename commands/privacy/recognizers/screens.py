"""Skip a pattern on a text it cannot match, without running it.

Python's ``re`` has no prefilter for case-insensitive patterns: ``\\b(?:truck|car|van…)``
is tried at every word of every note, and the guard runs about a hundred such patterns on
each one. Most notes hold none of a pattern's words, so each pattern is read once, when it
is first used, for the strings every match must contain ("truck" or "car" or "van"…; a
digit) and a note that lacks them is passed over: a case-sensitive search for those strings
in the note's case-folded text, which ``re`` runs far faster than the pattern. The strings
are necessary, never sufficient, so a skipped pattern is one that would have found nothing:
what the guard finds does not change, only how soon.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from re import _casefix, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

Need = frozenset[str]  # one of these strings is in every match
_DIGIT = ""  # in a need, any digit (no run of letters is empty)
_MAX_ALTERNATIVES = 12  # "num[ée]ro" is two strings; a longer product is not worth it
_KEEP = 3  # at most this many needs are tested per pattern, the most selective first


def _fold_table() -> dict[int, str]:
    """How ``re`` compares letters without case: by simple lower case, and a few letters as
    equals ("ſ" and "s", "ı" and "i", "ς" and "σ"); each such class folds to one letter."""
    table: dict[int, str] = {0x130: "i"}  # "İ": the one letter whose full lower case is two
    for lower, extras in _casefix._EXTRA_CASES.items():
        same = min((lower, *extras))
        for code in (lower, *extras):
            if code != same:
                table[code] = chr(same)
    return table


_FOLD = _fold_table()
_ANY_DIGIT = re.compile(r"\d")


def fold(text: str) -> str:
    """``text`` as the needs are written: lower case, the letters ``re`` treats as equal made
    one; folded before ``lower`` too, which would make the İ two letters."""
    return text.lower() if text.isascii() else text.translate(_FOLD).lower().translate(_FOLD)


@functools.cache
def needs(pattern: re.Pattern[str]) -> tuple[Need, ...]:
    """What every match of ``pattern`` contains, the most selective need first."""
    found = _sequence(list(_parser.parse(pattern.pattern, pattern.flags)))
    return tuple(sorted(set(found), key=_weakness)[:_KEEP])


@functools.cache
def _checks(pattern: re.Pattern[str]) -> tuple[tuple[bool, re.Pattern[str] | None], ...]:
    """Each need as whether a digit meets it and a case-sensitive search of the folded note
    for its strings, fast because ``re`` skips to the letters they can start with."""
    return tuple(
        (_DIGIT in need, re.compile(_trie(sorted(need - {_DIGIT}))) if need - {_DIGIT} else None)
        for need in needs(pattern)
    )


class Note:
    """A note as a reader screens it, folded once for all its patterns. Each reader makes its
    own and drops it when done: nothing here keeps a note once it is read."""

    __slots__ = ("digit", "folded", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self.digit = _ANY_DIGIT.search(text) is not None

    def may_match(self, pattern: re.Pattern[str]) -> bool:
        for digit, strings in _checks(pattern):
            if not (
                (strings is not None and strings.search(self.folded))
                or (digit and self.digit)
            ):
                return False
        return True

    def hits(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """``pattern.finditer`` on the note, or nothing at once when it lacks what it needs."""
        return pattern.finditer(self.text) if self.may_match(pattern) else iter(())


def _trie(parts: Sequence[str]) -> str:
    """Non-empty strings as a regular expression that branches on one letter at a time;
    a string that starts another makes the longer one needless."""
    by_first: dict[str, list[str]] = {}
    for part in parts:
        by_first.setdefault(part[0], []).append(part[1:])
    branches = []
    for first, rests in by_first.items():
        after = "" if "" in rests else _trie(rests)
        branches.append(re.escape(first) + (f"(?:{after})" if after else ""))
    return "|".join(branches)


def _weakness(need: Need) -> tuple[int, int]:
    return (-min(len(part) or 1 for part in need), len(need))


def _sequence(items: Sequence[tuple[Any, Any]]) -> list[Need]:
    """Every need of a run of items: strings of consecutive letters, and the needs of each
    item that must match; all hold at once."""
    found: list[Need] = []
    run: set[str] = {""}

    def flush() -> None:
        nonlocal run
        if run != {""}:
            found.append(frozenset(fold(part) for part in run))
        run = {""}

    for op, av in items:
        letters = _letters(op, av)
        if letters is not None and len(run) * len(letters) <= _MAX_ALTERNATIVES:
            run = {part + letter for part in run for letter in letters}
            continue
        flush()
        if letters is not None:
            run = set(letters)
        else:
            found += _item(op, av)
    flush()
    return found


def _letters(op: Any, av: Any) -> list[str] | None:
    """The characters a single-character item can be, when it is a short list of them."""
    if op is sre.LITERAL:
        return [chr(av)]
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in av) and len(av) <= 3:
        return [chr(code) for _, code in av]
    return None


def _item(op: Any, av: Any) -> list[Need]:
    if op is sre.IN and _all_digits(av):
        return [frozenset({_DIGIT})]
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]))  # folded, its needs hold with or without case
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is sre.ASSERT:  # what a lookahead or lookbehind sees is in the text too
        return _sequence(list(av[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence(list(av[2]))
    if op is sre.BRANCH:
        either: set[str] = set()
        for branch in av[1]:
            own = _sequence(list(branch))
            if not own:
                return []  # a branch that needs nothing: the choice needs nothing
            best: Need = min(own, key=_weakness)
            either |= best
        return [frozenset(either)]
    return []  # anything else may match anything, or nothing at all


def _all_digits(items: Sequence[tuple[Any, Any]]) -> bool:
    return all(
        (kind is sre.CATEGORY and av is sre.CATEGORY_DIGIT)
        or (kind is sre.RANGE and 0x30 <= av[0] <= av[1] <= 0x39)
        or (kind is sre.LITERAL and 0x30 <= av <= 0x39)
        for kind, av in items
    )

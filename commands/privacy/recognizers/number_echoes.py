"""A number said again for someone else, its cue left out: "Hodan's student # is 2208817,
Amina's is 2208818", « OHIP 4417-208-115-AB, et celle de sa sœur : 4417-208-116-AB »; or
read back grouped another way: "2026-004417, then again slower, 2026 004417".

The cue ("student #", "OHIP") is said once, for the first number; the second only names whose
it is. Written the same way, it is the same kind of identifier. It runs after the other
recognizers, on their findings, like ``name_before_identifier``. ``numbers`` keeps its own
reader of a second health or status card (``_more_of_the_same``): there the card's shapes
say what it is, whatever the first was written like; here only the first one's notation does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.findings import Kind
from commands.privacy.recognizers import Candidate

_NUMBERED = frozenset({Kind.CASE_NUMBER, Kind.HEALTH_NUMBER, Kind.SIN, Kind.LICENCE, Kind.PHONE})
# "UCI on the kids' COPRs: 11 2049 3356, 11 2049 3364", "member IDs 6673 0045 19 / 6673 0045
# 27": the next in a list; "SK911-26-03-00871, SK911-26-03-01022": with the agency's prefix
_LISTED = re.compile(r"\s*(?:,|;|/|and|et|&)\s*(?P<v>(?-i:[A-Z]{1,6}\d{0,4}-)?\d[\d .-]{4,}\d)\b")
# "2026-004417, then again slower, 2026 004417": the same number read back, however grouped
_AGAIN = re.compile(
    r"\s*[,;]?\s*(?:then\s+|and\s+)?(?:again|repeated|twice|read\s+back)(?:\s+\w+){0,2}?"
    r"\s*[,:]?\s*(?P<v>\d[\d .-]{4,}\d)\b"
)
# ", Amina's is", "; her brother's:", ", and the baby's", ", celui d'Amina est le", "et celui de
# sa sœur :": whose the next value is, and nothing else
_WHOSE = re.compile(
    r"\s*[,;/]?\s*(?:and\s+|et\s+)?"
    r"(?:(?:the\s+|his\s+|her\s+|their\s+)?[^\W\d_][\w'’-]*['’]s"
    r"|(?:celui|celle)\s+(?:d['’]\s?|de\s+(?:la\s+|sa\s+|son\s+|ses\s+)?)[^\W\d_][\w'’-]*)"
    r"\s*(?:is\s+|was\s+|est\s+(?:le\s+)?|c['’]est\s+(?:le\s+)?|=\s*|:\s*|#\s*)?"
    r"(?P<v>[A-Z0-9][A-Z0-9 .-]*[0-9A-Z])\b",
    re.IGNORECASE,
)


def find(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """The values echoing a numbered finding in ``found``, in the same notation."""
    out = []
    for c in found:
        if c.kind not in _NUMBERED:
            continue
        m = _WHOSE.match(text, c.end) or _LISTED.match(text, c.end)
        if m is not None and _notation(m.group("v")) == _notation(text[c.start : c.end]):
            out.append(Candidate(c.kind, m.start("v"), m.end("v"), c.suggestion, c.priority))
        again = _AGAIN.match(text, c.end)
        if again is not None and _digits(again.group("v")) == _digits(text[c.start : c.end]):
            out.append(
                Candidate(c.kind, again.start("v"), again.end("v"), c.suggestion, c.priority)
            )
    return out


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _notation(value: str) -> str:
    """How a value is written: each figure a 9, each letter an A, separators as typed."""
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", value))

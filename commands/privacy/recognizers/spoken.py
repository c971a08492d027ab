"""Phone numbers and birth dates said aloud: notes dictated into a phone come out in words.

"call grandma at six one three five five five zero one one six", "né le douze mars
deux mille neuf". Seven or more digits spoken one by one are a phone number
whatever surrounds them; a date in words is a birth date only after a birth cue,
as written dates are.
"""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.recognizers import Candidate

_DIGIT = (
    r"(?:zero|z[ée]ro|oh|one|two|three|four|five|six|seven|eight|nine|"
    r"un|deux|trois|quatre|cinq|sept|huit|neuf|\d)"
)
_DIGITS = re.compile(r"\b" + _DIGIT + r"(?:[\s,-]+" + _DIGIT + r"){6,}\b", re.IGNORECASE)

_COUNTING = ("one two three", "un deux trois", "zero one two", "zéro un deux", "zero un deux")
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
    r"novembre|d[ée]cembre)"
)
_SMALL = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"eleventh|twelfth|\w+teenth|twentieth|thirtieth|premier|un|deux|trois|quatre|cinq|six|"
    r"sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|"
    r"cinquante|soixante|oh|et|and)"
)
_WORDS = _SMALL + r"(?:[\s-]+" + _SMALL + r")*"
_YEAR = (
    r"(?:(?:two\s+thousand|deux\s+mille|mille\s+neuf\s+cents?|nineteen|twenty)"
    r"(?:[\s-]+" + _SMALL + r")*|(?:19|20)\d{2})"
)
_SPOKEN_DOB = re.compile(
    r"\b(?:born(?:\s+on)?|d\.?o\.?b\.?|date\s+of\s+birth|birthday\s+is|n[ée]e?(?:\(e\))?\s+le|"
    r"date\s+de\s+naissance|ddn)\W{0,3}"
    r"(?P<v>(?:the\s+)?" + _WORDS + r"(?:\s+of)?\s+" + _MONTH + r",?\s+" + _YEAR + r"|"
    r"" + _MONTH + r"\s+(?:the\s+)?" + _WORDS + r",?\s+" + _YEAR + r")\b",
    re.IGNORECASE,
)


def find(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _DIGITS.finditer(text):
        digits = re.findall(_DIGIT, m.group(0), re.IGNORECASE)
        if not any(d.isalpha() for d in digits) or len(digits) not in (7, 10, 11):
            continue  # "4 5 6 7 8 9 10" counts; a run of figures is the numbers module's
        if len(digits) == 11 and digits[0].lower() not in ("one", "un", "1"):
            continue
        if " ".join(d.lower() for d in digits[:3]) in _COUNTING:
            continue  # "one two three four five six seven" is counting aloud
        out.append(Candidate(Kind.PHONE, m.start(), m.end(), None, 62))
    for m in _SPOKEN_DOB.finditer(text):
        out.append(Candidate(Kind.DATE_OF_BIRTH, m.start("v"), m.end("v"), None, 78))
    return out

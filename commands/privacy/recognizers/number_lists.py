"""The numbers listed after a cued one: a second plate, the other file, the son's card.

A cue is written once before a list ("plates: NU 61204 and NU 59318", "dossiers 26-1042,
26-1107 et 26-1156"), so each number after the first is taken when it is joined by "and",
a comma or "or", and written like the first.
"""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.number_cues import JURISDICTION, PHONE_SHAPE

_OR_ANOTHER_PLATE = re.compile(
    # "DKT 602 (car) and YT 4418 (the trailer)": what each plate is on, in brackets
    r"(?:\s*\([^()\d\n]{1,20}\))?"
    r"\s*(?:,?\s*(?:or|ou|and|et|&|not|pas)|,)\s+(?:maybe\s+|possibly\s+|peut-être\s+)?"
    + JURISDICTION
    + r"(?P<v>(?-i:(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{2,4}[\s-]?[A-Z0-9]{2,4}))(?![\w-])"
)
_NEXT_CUE = re.compile(r"(?i:dob|ddn|sin|nas|hcn|phn|hsn|ohip|apt|app|unit)\b")  # ", DOB 29 Aug"
# "(occ. 26-3391 and 26-3397)", "Student #s 2215590, 2209874"
_AND_ANOTHER_FILE = re.compile(
    r"\s*(?:,|and|et|&|\+|/|,\s*and|,\s*et)\s*"
    # "PA26-0191, PA26-0482", "39-260304-088 et 39-260307-012", "WA26120558 + WA26120601"
    r"(?P<v>(?:(?-i:[A-Z]{1,6})-?)?\d{2,4}-\d{3,8}(?:-\d{2,4})?|\d{5,10}"
    r"|(?-i:[A-Z]{1,4})\d{5,10}|(?-i:[A-Z]{1,4}\d)-\d{4,8})(?![\w-])"  # "YK1-198033"
)
_AND_ANOTHER = re.compile(
    # "8495 003 249 for the son and 7000954185 for the daughter"
    r"(?:\s+(?:for|pour)\s+(?:the\s+|his\s+|her\s+|their\s+|la\s+|le\s+|sa\s+|son\s+)?[\w'-]+)?"
    r"\s*(?:,|and|et|&)\s*(?:(?:\w+['’]s|the\s+other|l'autre|celui\s+de\s+\w+"
    # "9279918831, old one from Alberta was 58211-4407": the card it replaced
    r"|(?:the\s+|l['’])?(?:old|previous|ancien(?:ne)?)(?:\s+one)?(?:\s+(?:from|in|de|du|en)\s+[\w-]+)?)"
    r"\s+(?:is|est|was|était)\s+|(?:his|her|hers|their)\s+)?"  # "7203 44019 and his 72034-4028"
    r"(?P<v>\d{9,10}|\d{3}([\s-])\d{3}\2\d{3,4}|\d{4}([\s-])\d{3}\3\d{3}|\d{5}[\s-]\d{4}"
    r"|\d{4}[\s-]\d{5})(?![\w-])"
)


def same_plate_shape(text: str, plate: Candidate) -> list[re.Match[str]]:
    """Other plates written exactly like a cued one, elsewhere in the note: a correction or a
    second car ("FJK 4821... no wait, FJK 4281")."""
    value = text[plate.start : plate.end]
    if plate.priority < 80 or not re.fullmatch(
        r"(?=.*\d)(?=.*[A-Z])[A-Z0-9]{2,4}[ -]?[A-Z0-9]{2,4}", value
    ):
        return []
    shape = "".join(
        (r"[A-Z]" if run[0].isalpha() else r"\d") + f"{{{len(run)}}}" if run.isalnum() else run
        for run in re.findall(r"[A-Z]+|\d+|[ -]", value)
    )
    return [
        m for m in re.finditer(rf"(?<![\w-]){shape}(?![\w-])", text) if m.start() != plate.start
    ]


def more_of_the_same(
    text: str, pos: int, then: re.Pattern[str] = _AND_ANOTHER
) -> list[re.Match[str]]:
    """The numbers listed after the first: "(9541825981 and 5405118232)"."""
    out = []
    while (m := then.match(text, pos)) is not None:
        if PHONE_SHAPE.match(m.group("v")):
            break  # "(HSN 389-412-077), …, dad Ray 306 555-0193": a phone, grouped as one
        out.append(m)
        pos = m.end()
    return out


def listed_after(text: str, c: Candidate) -> list[tuple[Kind, re.Match[str], int, str | int]]:
    """The plates or files written after ``c`` in the same list: (kind, match, priority, group)."""
    out: list[tuple[Kind, re.Match[str], int, str | int]] = []
    if c.kind is Kind.LICENCE:
        end = c.end  # "922 MRV or maybe 922 MRW", "ON CHRF 290, MI 8TKW32, MI EPD 5540"
        while (other := _OR_ANOTHER_PLATE.match(text, end)) is not None:
            v = other.group("v")
            if not (re.search(r"[A-Z]", v) and re.search(r"\d", v)) or _NEXT_CUE.match(v):
                break
            out.append((Kind.LICENCE, other, 89, "v"))
            end = other.end()
        for other in same_plate_shape(text, c):
            out.append((Kind.LICENCE, other, 84, 0))  # "FJK 4821... non attends c'est FJK 4281"
        return out
    first, end = text[c.start : c.end], c.end
    while (other := _AND_ANOTHER_FILE.match(text, end)) is not None:
        second = other.group("v")
        same_letters = re.sub(r"[^A-Z]", "", first) == re.sub(r"[^A-Z]", "", second)
        if not (
            ("-" in second and first.count("-") == second.count("-") and same_letters)
            or (first.isdigit() and len(first) == len(second))
            or (same_letters and first[:1].isupper() and len(first) == len(second))
        ):
            break
        out.append((Kind.CASE_NUMBER, other, 84, "v"))  # "(dossiers 26-1042, 26-1107 et 26-1156)"
        end = other.end()
    return out

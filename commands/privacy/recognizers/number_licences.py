"""Driver's licences and licence plates, read after their cues ("DL", « permis de
conduire », "plate", "registration") or by a province's shape alone. Split out of
``numbers``, which calls it at the same point of its reading so that candidates keep their
order."""

from __future__ import annotations

import itertools
import re
from typing import Protocol

from commands.privacy.findings import Kind
from commands.privacy.recognizers.dates import looks_like_date
from commands.privacy.recognizers.number_lists import more_of_the_same
from commands.privacy.recognizers.screens import Note


class Add(Protocol):
    """``numbers.find``'s ``add``: a match's group as a candidate of a kind and priority."""

    def __call__(
        self, kind: Kind, m: re.Match[str], priority: int, group: str | int = 0
    ) -> None: ...


def licences_and_plates(text: str, note: Note, p: dict[str, re.Pattern[str]], add: Add) -> None:
    """Add each licence and plate number ``note`` holds, through ``add``."""
    for m in note.hits(p["dl"]):
        if re.match(r"(?i:DL)-(?:19|20)?\d\d-\d", text[m.start() :]):
            continue  # "Dilico client # DL-2026-3391": an agency's prefix and a year, a file
        if _has_digit_run(m.group("v"), 3) and not looks_like_date(m.group("v").strip()):
            add(Kind.LICENCE, m, 90, "v")
    for m in itertools.chain(
        note.hits(p["licence_digits"]), note.hits(p["licence_alnum"]), note.hits(p["licence_whose"])
    ):
        add(Kind.LICENCE, m, 89, "v")
    for name in ("nova_scotia_dl", "manitoba_dl", "ontario_dl", "quebec_dl", "vanity_plate"):
        for m in note.hits(p[name]):  # a province's licence, by its shape alone; Québec's
            add(Kind.LICENCE, m, 86 if name == "quebec_dl" else 73)  # is no file's: B4120-875312-09
    for m in itertools.chain(note.hits(p["plate"]), note.hits(p["plate_lower"])):
        value = m.group("v")
        if re.search(r"\d", value) and (m.re is p["plate"] or re.search(r"[a-z]", value, re.I)):
            add(Kind.LICENCE, m, 89, "v")  # a plate has digits: not "plate of food"
            for more in more_of_the_same(text, m.end(), p["and_another_plate"]):
                add(Kind.LICENCE, more, 88, "v")  # "plates: NU 61204 and NU 59318"
    for m in note.hits(p["licence_far"]):
        add(Kind.LICENCE, m, 89, "v" if m.group("v") else "w")  # over "on file is"
    for m in note.hits(p["plate_aside"]):
        add(Kind.LICENCE, m, 80, "v")
    for m in note.hits(p["bare_plate"]):
        add(Kind.LICENCE, m, 50)
    for m in note.hits(p["plate_start"]):
        add(Kind.LICENCE, m, 80, "v")
    for m in itertools.chain(note.hits(p["vehicle_far"]), note.hits(p["vehicle_plate"])):
        add(Kind.LICENCE, m, 80, "v")
    for m in itertools.chain(note.hits(p["plate_far"]), note.hits(p["plate_colon"])):
        if _POSTAL_SAID.search(text, max(0, m.start("v") - 25), m.start("v")):
            continue  # "registration … the rural postal code S0J 2M0": the postal code's own cue
        if not (re.search(r"\d", m.group("v")) and re.search(r"[A-Z]", m.group("v"))):
            continue  # letters and digits both: not "… plate, addr 1220 Pine"
        if re.fullmatch(r"[A-Z]\d[A-Z] ?\d[A-Z]\d", m.group("v")):
            continue  # "a registration at K7L4V1": a postal code, which no plate is shaped like
        add(Kind.LICENCE, m, 80, "v")


# "registration … the rural postal code S0J 2M0": the postal code's own cue
_POSTAL_SAID = re.compile(r"\b(?:postal\s+code|code\s+postal|zip(?:\s+code)?|code\s+zip)\W*$", re.I)


def _has_digit_run(value: str, n: int) -> bool:
    return sum(c.isdigit() for c in value) >= n

"""Names inside text typed in capitals: "SPOKE W GRANDMA PEARL SHE HAS THE KIDS".

In a shouted stretch every word is capitalised, so capitals no longer tell a name
from a word. Reps type the same notes in lower case too, and the lower-case rules
already read those by context ("grandma pearl", "his daughter elodie"); so the
shouted stretches are lowered, letter for letter, and the names read again there; so is a
lone surname in capitals opening a sentence of lower-case words, as police notes write it,
and a given name and a surname in capitals amid ordinary text ("spoke w/ HOPE KING").
"""

from __future__ import annotations

import re

from commands.privacy.lexicon import lexicon

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MIN_WORDS = 4
_MIN_PROSE = 2  # "CAAVD + SQ + CISSS-AT" is a list of acronyms, not a shouted note


def lowered(text: str) -> str | None:
    """``text`` with each shouted stretch in lower case (same length), or None if none."""
    common = lexicon().common
    runs: list[tuple[int, int]] = []
    start = end = -1
    count = prose = 0
    for m in _WORD.finditer(text):
        word = m.group(0)
        if len(word) < 2 or not word.isupper():
            if len(word) >= 2 or not word.isupper():
                if count >= _MIN_WORDS and prose >= _MIN_PROSE:
                    runs.append((start, end))
                start, count, prose = -1, 0, 0
            continue
        if count == 0:
            start = m.start()
        end, count = m.end(), count + 1
        prose += len(word) >= 3 and word.lower() in common
    if count >= _MIN_WORDS and prose >= _MIN_PROSE:
        runs.append((start, end))
    lone = [m for m in _LONE.finditer(text) if _lone_name(m.group(1).casefold())]
    pairs = [
        m
        for m in _PAIR.finditer(text)
        if lexicon().is_full_name(m.group(1).casefold(), m.group(2).casefold())
        and not {m.group(1).casefold(), m.group(2).casefold()} & lexicon().never_single
        and not any(s <= m.start() < e for s, e in runs)
    ]
    if not runs and not lone and not pairs:
        return None
    chars = list(text)
    spans = [(m.start(1) + 1, m.end(1)) for m in lone]
    spans += [(m.start(g) + 1, m.end(g)) for m in pairs for g in (1, 2)]  # "Hope King"
    for s, e in runs + spans:
        for k in range(s, e):
            low = chars[k].lower()
            if len(low) == 1:
                chars[k] = low
    return "".join(chars)


# "spoke w/ HOPE KING at the office", "ALERT: AUGUST BROWN breached": a given name and a
# family name in capitals amid ordinary text, read as "Hope King"
_PAIR = re.compile(r"(?<![\w-])([A-ZÀ-Ý]{3,})\s([A-ZÀ-Ý]{3,})(?![\w-])")


# "LALIBERTE again - 3rd time this month in cells": a police note's surname in capitals,
# opening a sentence of lower-case words, read as "Laliberte"
_LONE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-ZÀ-Ý]{5,})(?=\s+[a-z])")


def _lone_name(word: str) -> bool:
    """A family name the lists hold, not an acronym ("OCISO can help", "PRAIDA est au dossier")."""
    lex = lexicon()
    return word in lex.surnames and not lex.is_common(word) and word not in lex.never_single

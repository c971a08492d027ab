"""Names inside text typed in capitals: "SPOKE W GRANDMA PEARL SHE HAS THE KIDS".

In a shouted stretch every word is capitalised, so capitals no longer tell a name
from a word. Reps type the same notes in lower case too, and the lower-case rules
already read those by context ("grandma pearl", "his daughter elodie"); so the
shouted stretches are lowered, letter for letter, and the names read again there.
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
    if not runs:
        return None
    chars = list(text)
    for s, e in runs:
        for k in range(s, e):
            low = chars[k].lower()
            if len(low) == 1:
                chars[k] = low
    return "".join(chars)

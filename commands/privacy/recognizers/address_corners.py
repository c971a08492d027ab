"""Street corners that pin no one. A corner is an address when it says where a person lives,
sleeps or is found ("lives at the corner of Bank and Walkley", "dort coin Ontario et Pie-IX");
the same corner is a public spot when the note says it is nobody's of ours ("assault at the
corner of Red River Rd and Algoma, victim not our person", "aucun de nos jeunes reste là") or
names it as where patrols go ("extra patrols on Mountdale Ave and Edward St")."""

from __future__ import annotations

import re

# Said in the corner's own sentence: the people there are not the table's, or do not live there
_NOT_OURS = re.compile(
    r"\b(?:not\s+(?:our|one\s+of\s+our|related\s+to\s+(?:our|the|any))\s+(?:\w+\s+)?"
    r"(?:person|people|youth|client|kid|sits?|situations?|family)"
    r"|none\s+(?:\w+\s+){0,2}as\s+our|no\s+sits?\s+affected"
    r"|(?:doesn['’]?t|does\s+not|don['’]?t|do\s+not|didn['’]?t)\s+live\s+(?:there|here)"
    r"|not\s+where\s+(?:she|he|they)\s+lives?|not\s+(?:a|her|his|their)\s+(?:home|residence)"
    r"|aucun(?:e)?\s+de\s+nos|(?:reste|restent|habite|habitent)\s+pas\s+là"
    r"|pas\s+(?:notre|nos|un\s+de\s+nos|une\s+de\s+nos)\s+(?:jeunes?|clients?|personnes?|usagers?))",
    re.IGNORECASE,
)
_PATROLLED = re.compile(
    r"\b(?:patrols?|patrouilles?|foot\s+patrol|sweeps?)\s+(?:\w+\s+)?(?:on|along|at|near|sur|au|"
    r"coin)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?;\n](?=\s|$)")


def public_corner(text: str, start: int, end: int) -> bool:
    """Whether a corner found at ``start:end`` is a public spot the note says is no one's."""
    if _PATROLLED.search(text, max(0, start - 40), start):
        return True
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    sentence_start = before[-1] if before else 0
    return _NOT_OURS.search(text, sentence_start, after.start() if after else len(text)) is not None

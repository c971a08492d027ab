"""What the text around a name says: its language and whether a youth is meant.

Both only shape the rewrite suggestion ("the youth", "la personne") and keep
French frequency words such as "avis" from being read as English given names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from commands.privacy.lexicon import words


class _Lowered(Protocol):
    @property
    def lower(self) -> str: ...


_YOUTH = re.compile(
    r"\b(?:youth|teen|teenager|student|boy|girl|son|daughter|grade|school|1[0-7]\s*(?:y/?o|yo|yrs?|ans)|"
    r"jeune|adolescent|adolescente|ado|élève|eleve|fils|fille|garçon|garcon|secondaire)\b",
    re.IGNORECASE,
)


def mentions_youth(text: str) -> bool:
    return bool(_YOUTH.search(text))


def is_french(toks: Sequence[_Lowered]) -> bool:
    fr = sum(1 for t in toks if t.lower in _FR_MARKERS)
    en = sum(1 for t in toks if t.lower in _EN_MARKERS)
    return fr > en


_FR_MARKERS = words(
    """
    au aux avec aucun aucune ce chez d de depuis des du elle est et été il ils la le
    les ne nous pas pour que qui sa ses sur très une à cette dans mais
"""
)
_EN_MARKERS = words(
    """
    and for has he in is of on she that the they to was who with
"""
)


def generic(youth: bool, french: bool) -> str:
    if french:
        return "le jeune" if youth else "la personne"
    return "the youth" if youth else "the person"

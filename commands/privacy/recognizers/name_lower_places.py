"""Towns typed in lower case where only a town can stand: "the mission in stanley", "emma
lake", "driving up from la ronge to dillon". Split from ``name_places``, which reads the
capitalised ones."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers.cues import INSTITUTION
from commands.privacy.recognizers.name_places import LAKE_WORDS, TO_SOMEONE

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok


def lower_case_place(text: str, toks: Sequence[Tok], k: int) -> bool:
    """A town typed in lower case where only a town can stand: "the mission in stanley",
    "driving up from la ronge to dillon", "emma lake", "le centre culturel de bellegarde"."""
    t = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if t.possessive and nxt is not None and nxt.lower in LAKE_WORDS:
        return not nxt.possessive  # "ratt's landing is the old name for the spot"
    if (
        not t.cap
        and t.lower in _PLACE_HEADS
        and k > 0
        and text[toks[k - 1].end : t.start] == " "
        and toks[k - 1].text.isalpha()
        and toks[k - 1].lower not in STOPWORDS
        and toks[k - 1].lower not in _SAID_TO
    ):
        return True  # "a 13 y/o from confed park": a park, not Park
    if t.cap or t.possessive or t.common or not (t.name or t.unknown):
        return False
    if nxt is not None and nxt.lower in LAKE_WORDS and text[t.end : nxt.start] == " ":
        return True
    if (
        nxt is not None
        and k + 2 < len(toks)
        and toks[k + 2].lower in LAKE_WORDS
        and text[t.end : toks[k + 2].start] == f" {nxt.text} "
    ):
        return True  # "peter pond lake is open water already"
    if k > 0 and toks[k - 1].lower in _WATER_BEFORE and text[toks[k - 1].end : t.start] == " ":
        return True  # "la route de la baie james", "lac simon"
    if k == 0 or text[toks[k - 1].end : t.start] != " ":
        return False
    prev, before = toks[k - 1].lower, toks[k - 2].lower if k >= 2 else ""
    if prev in ("to", "from") and before in _TRAVELLED:
        return True  # not "reach out to tyler"
    if prev in ("de", "du") and any(x.lower in INSTITUTION for x in toks[max(0, k - 3) : k - 1]):
        return True  # "le centre culturel de bellegarde"
    return prev in _LOWER_PLACE_PREPOSITIONS and before not in TO_SOMEONE


_TRAVELLED = words(
    "relocated relocating moved moving transferred headed heading drove driving flew bussed bused"
)
_SAID_TO = words("said says told tell asked ask saw met called texted")
_PLACE_HEADS = words("park street road drive avenue crescent place square hill heights")
_WATER_BEFORE = words("baie lac lake rivière pointe île ile fort port mont")
_LOWER_PLACE_PREPOSITIONS = words("in near between outside around toward towards dans")

"""The second of two names after a naming verb: "the kids go by Bean and Bug", "ils
s'appellent Soleil et Lune", "goes by Shorty on the street and jp at home"."""

from __future__ import annotations

import re

from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers.cues import KIN, WHERE
from commands.privacy.recognizers.name_naming import naming_phrase
from commands.privacy.recognizers.name_tokens import Tok


def named_conjunct(text: str, toks: list[Tok], i: int, end: int) -> int | None:
    """The second name after a naming verb at ``i`` whose first name ends at token ``end``:
    "the kids go by Bean and Bug", "ils s'appellent Soleil et Lune"; whatever word it is."""
    if end + 1 >= len(toks) or not naming_phrase(toks, i):
        return None
    where = _where_said(text, toks, end)  # "goes by Shorty on the street and jp at home"
    end += where
    if end + 1 >= len(toks):
        return None
    mid, t = toks[end], toks[end + 1]
    if mid.lower not in _OR_AND or text[toks[end - 1].end : mid.start] != " ":
        return None
    after = text[t.end : t.end + 2]
    if where and not (t.name and not t.common and toks[end + 2 : end + 3]):
        return None
    if where and toks[end + 2].lower not in WHERE:
        return None  # the second name is said where too: "… and jp at home"
    return (
        end + 1
        if (t.cap or where)
        and not t.text.isupper()
        and t.lower not in STOPWORDS
        and t.lower not in KIN
        and not (t.protected and not t.listed_word)
        and text[mid.end : t.start] == " "
        and (after == "" or after[0] in ".,;:!?)" or re.match(r"\s[a-zà-ÿ]", after) is not None)
        else None
    )


_OR_AND = words("and or et ou &")


def _where_said(text: str, toks: list[Tok], end: int) -> int:
    """How many tokens from ``end`` say where a nickname is used: "on the street", "at
    school", "dans la rue"; 0 when none do."""
    if end >= len(toks) or toks[end].lower not in WHERE:
        return 0
    for n in range(1, 5):
        k = end + n
        if k < len(toks) and toks[k].lower in _OR_AND:
            between = toks[end + 1 : k]
            lower = all(x.text.islower() for x in between)
            return (
                n
                if lower and not re.search(r"[,.;:!?()]", text[toks[end].start : toks[k].start])
                else 0
            )
    return 0

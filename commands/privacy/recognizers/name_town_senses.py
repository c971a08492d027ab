"""Towns whose names are given names too ("Brandon", "Victoria"), read as the town where
only the town fits: before an area word or an agency ("Norman area", "Lloyd RCMP"), a
sentence of one word that signs off where a note is from ("…like cigarettes. Brandon."),
or after "in" with the client's age next to it ("one of my regulars in Victoria, 72")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import lexicon, words
from commands.privacy.recognizers.name_tokens import Tok


def town_said_alone(text: str, toks: Sequence[Tok], i: int) -> bool:
    """``toks[i]`` is a town that is a whole sentence: "… dental. Brandon.", "Brandon. is
    the school division aware?"; not "Caller: Brandon." (a form's field), nor "Who called?
    Brandon." (an answer)."""
    t = toks[i]
    if t.lower not in lexicon().given_places or not t.cap or t.possessive:
        return False
    before = text[max(0, t.start - 3) : t.start].rstrip()
    return (not before or before[-1] in ".!\n") and _FULL_STOP.match(text, t.end) is not None


def town_before_age(toks: Sequence[Tok], i: int) -> bool:
    """``toks[i]`` is a town after "in", "from", "near": the age after it is someone else's."""
    return i > 0 and toks[i - 1].lower in _IN_A_TOWN and toks[i].lower in lexicon().given_places


AREA = words(
    "area areas neighbourhood neighborhood district secteur quartier side end region zone "
    "branch succursale campus grad grads alumni alum yard"  # "Brandon yard: man in his 50s"
)
_BENEFITS = words("odsp ow aish said sis cpp oas gis ei wsib")


def heads_place(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "Norman area", "Lloyd RCMP": a place named before an area word or an agency."""
    if i + 1 >= len(toks) or text[toks[i].end : toks[i + 1].start] != " ":
        return False
    nxt, town = toks[i + 1], toks[i].lower in lexicon().given_places
    # "Brandon Bear Clan doing checks": a town, then an organisation's name
    organisation = nxt.protected and nxt.cap and not nxt.listed_word and town
    # not "Candace ODSP $1,368/mo": a person's own benefit, where no place has one
    agency = nxt.protected and nxt.text.isupper() and 2 <= len(nxt.text) <= 6
    return nxt.lower in AREA or organisation or (agency and nxt.lower not in _BENEFITS)


_FULL_STOP = re.compile(r"\.(?:\s|$)")
_IN_A_TOWN = words("in from near outside à")

"""Towns and streets told by what is said around them: where someone travels from ("arrived
from Goma", "en route de Matheson"), the street a shop stands on ("Henri's Bakery on Elgin")
and where a situation is ("Sit 26-257, Naughton."), whatever the lists hold the word for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from commands.privacy.lexicon import words
from commands.privacy.recognizers.cues import INSTITUTION, TITLES
from commands.privacy.recognizers.name_places import after_sit

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok


def whereabouts(text: str, toks: Sequence[Tok], k: int) -> bool:
    """A word that can only be a town or a street here, whatever the lists say."""
    if travelled_from(text, toks, k) or street_of_a_place(text, toks, k):
        return True
    if sit_place(text, toks, k) or _out_past(text, toks, k) or _side_or_stretch(text, toks, k):
        return True
    return _named_beside_a_place(text, toks[k])


# "school (O'Gorman) reports", "coin Principale/Perreault", "the Kenaston & Grant bus stop",
# « le couple de 80 et 83 ans de McWatters »: a school's, a street's or a village's name
_BESIDE_A_PLACE = re.compile(
    r"\b(?:school|école|hospital|hôpital)\s*\(\s*(?P<a>[A-Z][\w'’-]+)\s*\)"
    r"|\bcoin\s+(?P<b>[A-ZÀ-Ý][\w'’-]+)\s*/\s*(?P<c>[A-ZÀ-Ý][\w'’-]+)"
    r"|(?P<d>[A-Z][\w'’-]+)\s*&\s*(?P<e>[A-Z][\w'’-]+)\s+(?:bus\s+stop|stop|intersection|lights)\b"
    r"|\d\s+ans\s+d(?:e\s+|['’])(?P<f>(?-i:[A-ZÀ-Ý])[\w'’-]+)(?![\w'’-]*\s*\()"
)


def _named_beside_a_place(text: str, t: Tok) -> bool:
    near = _BESIDE_A_PLACE.finditer(text, max(0, t.start - 40), min(len(text), t.end + 40))
    return any(
        m.start(g) == t.start
        for m in near
        for g in "abcdef"
        if m.group(g) is not None
        and (g != "f" or not t.given)  # not "13 ans de Marie"
        # not « la TS à l'hôpital (Marie-Pier) dit »: a given name only, the person there
        and (g != "a" or not t.given or t.surname)
    )


_SETTLEMENTS = words(
    "communauté community réserve reserve village town ville hameau hamlet rm municipality "
    "municipalité township canton"
)


def _side_or_stretch(text: str, toks: Sequence[Tok], k: int) -> bool:
    """ "the bylaw office is on the Niaqunngusiariaq side", "l'immeuble sur Des Meurons", "il
    marche de Marion jusqu'à Provencher": a part of town, a street, a stretch between two."""
    t, nxt = toks[k], toks[k + 1] if k + 1 < len(toks) else None
    if t.possessive or not t.cap or k == 0:
        return False
    prev = toks[k - 1]
    if prev.lower == "the" and nxt is not None and nxt.lower == "side" and k >= 2:
        if toks[k - 2].lower not in ("on", "to", "from", "at"):
            return False  # "no that's the Lafond side": a family's side
        return not re.match(r"\s+of\b", text[nxt.end :])  # not "the Mercredi side of the family"
    if prev.text in ("Des", "Du", "De") and k >= 2 and toks[k - 2].lower == "sur":
        return True
    if prev.lower in ("de", "of") and k >= 2 and toks[k - 2].lower in _SETTLEMENTS:
        return True  # "la communauté de Kataskomiq (Whitworth) a été informée"
    return prev.lower == "de" and re.match(r"\s+jusqu['’]", text[t.end :]) is not None


def _out_past(text: str, toks: Sequence[Tok], k: int) -> bool:
    """ "lives out past Berry Mills", "way past Moses Lake": a place down the road."""
    j = k - 1 if k >= 1 and toks[k - 1].cap and text[toks[k - 1].end : toks[k].start] == " " else k
    return (
        j >= 2
        and toks[j - 1].lower == "past"
        and toks[j - 2].lower in ("out", "way")
        and not toks[k].possessive
    )


# After the place: a full stop, a bracket, a slash and another place, or the end
_SIT_PLACE_END = re.compile(r"\s*(?:\.|\((?![^)]*\d)|/\s*[A-ZÀ-Ý]|$)")  # not "(Syrian, 17)"


def sit_place(text: str, toks: Sequence[Tok], k: int) -> bool:
    """ "Sit 26-257, Atikameksheng / Naughton.", "Sit 26-188, Bellegarde (table d'Estevan)":
    one word alone between a situation's number and a full stop, a bracket or a slash is
    where the situation is. Given names keep to ``placed`` ("Sit 26-041, Crystal.")."""
    tok = toks[k]
    if not tok.cap or tok.given or tok.possessive or tok.lower in TITLES:
        return False
    lead = tok.start
    if k and toks[k - 1].cap and re.fullmatch(r"\s*/\s*", text[toks[k - 1].end : tok.start]):
        lead = toks[k - 1].start  # the second town of "Atikameksheng / Naughton"
    return after_sit(text, lead) and _SIT_PLACE_END.match(text, tok.end) is not None


def street_of_a_place(text: str, toks: Sequence[Tok], k: int) -> bool:
    """ "Henri's Bakery on Elgin", "the Loblaws on Rideau", "the shelter on Queen": the street
    a shop or a service stands on."""
    if k < 2 or toks[k].possessive or toks[k - 1].lower != "on":
        return False
    before = toks[k - 2]
    place = before.lower in INSTITUTION or before.lower in _SPOTS  # "a doorway on Pandora"
    place = place or (before.cap and before.protected and not before.name)
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (
        place
        and text[before.end : toks[k].start] == " on "
        and not (nxt is not None and nxt.cap and text[toks[k].end : nxt.start] == " ")
    )


_SPOTS = words("doorway doorways alley alleyway bench sidewalk stretch strip block")
_TRAVELLED_FROM = words("arrived arriving fled fleeing immigrated emigrated relocated flew drove")
_CAME_FROM = _TRAVELLED_FROM | words("moved came")
_ARRIVED = words("arrivé arrivée arrivés arrivées arrive arrivent immigré immigrée réfugiés")


def travelled_from(text: str, toks: Sequence[Tok], k: int) -> bool:
    """ "the family arrived from Goma", "le père est en route de Matheson": where someone
    travels from, a town; not "referred to Tyler", not "fled from Tyler Smith"."""
    if k < 2 or toks[k].possessive:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.cap and nxt.surname and text[toks[k].end : nxt.start] == " ":
        return False
    prev, before = toks[k - 1].lower, toks[k - 2].lower
    if text[toks[k - 1].end : toks[k].start] != " " and not toks[k].elided:
        return False
    if prev == "from" and before in _TRAVELLED_FROM:
        return True
    if prev == "from" and before in ("in", "here", "over") and k >= 3:
        return toks[k - 3].lower in _CAME_FROM  # "flew in from Georgia", "moved here from"
    if toks[k].elided in ("d'", "d’"):
        before = prev  # "arrivée d'Alep": the elided "de" is glued to the town
    elif prev not in ("de", "pour", "vers"):
        return False
    return before in ("route", "provenance") or before in _ARRIVED

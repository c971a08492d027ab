"""A given name the lists shield as a place or an everyday word ("Brandon", "Dakota",
"Regina"), read as the person's by what comes after it: a family name, an age, an aside."""

from __future__ import annotations

import re

from commands.privacy.lexicon import words
from commands.privacy.recognizers.cues import (
    CALENDAR,
    DETERMINERS,
    INSTITUTION,
    KIN,
    PERSON_VERBS,
    SUBJECT_VERBS,
)
from commands.privacy.recognizers.name_forms import (
    age_follows,
    birth_date_follows,
    opens_aged,
    person_follows,
)
from commands.privacy.recognizers.name_lists import shaped
from commands.privacy.recognizers.name_saints import parish
from commands.privacy.recognizers.name_spans import gap_ok
from commands.privacy.recognizers.name_tokens import Tok
from commands.privacy.recognizers.name_town_senses import heads_place


def shielded_given(text: str, toks: list[Tok], i: int) -> int:
    """A given name the lists shield as a place or a word ("Brandon", "Dakota"), made a
    name by what follows: a surname ("Brandon MacIsaac") or an age ("Dakota Bear, 14,")."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if opens_aged(text, toks, i) and not parish(toks, i):
        return i + 1  # "Raymond, 78 ans, vit seul": a note opens on him; a town has no age
    said = _SAID_OF_WHOM.match(text, t.end)
    if said is not None and said.group(1).casefold() in KIN:
        return i + 1  # "Lindsay, the mom, drove in from Lindsay": which relative she is
    if (
        t.given
        and not t.text.isupper()
        and t.lower not in CALENDAR  # "since January has been staying at his brother's"
        and not (i > 0 and toks[i - 1].lower in DETERMINERS)  # "the Douglas is sleeping"
        and _STAYING_AFTER.match(text, t.end)
    ):
        return (
            i + 1
        )  # "Dakota has been staying at…", "maria is now living w her aunt": a town can't
    if _NOT_THE_TOWN.match(text, t.end):
        return i + 1  # "Lindsay (not the town lol, the girl from sit 26-032)": said outright
    if t.cap and t.given and (_WHO_AND_AGE.match(text, t.end) or birth_date_follows(text, t.end)):
        return i + 1  # "Brandon (youth, 15)", "Brandon (born march 14 2009)": a town has no age
    if (
        nxt is not None
        and t.text.islower()
        and t.given
        and not t.common  # not "said nimkii's been sleeping"
        and nxt.text.islower()
        and (nxt.surname or nxt.unknown)
        and not (nxt.common or nxt.protected)  # not "de prince albert dit"
        and len(nxt.lower) >= 4
        and gap_ok(text, t, nxt)
        and (person_follows(text, toks, i + 1) or _IS_BACK.match(text, nxt.end) is not None)
    ):
        return i + 2  # "says regina starblanket is back": a given name and a family name, typed low
    if not (t.cap and t.protected and t.listed_word and t.given) or nxt is None:
        return i
    if t.text.isupper() or t.lower in CALENDAR:
        return i  # "CAS Kawartha-Haliburton", "Wed Jan 17", "April 2, 2026"
    if heads_place(text, toks, i + 1):
        return i  # "Hamilton Keith neighbourhood": a city and its neighbourhood
    if nxt.lower in ("aka", "alias") and i > 0 and toks[i - 1].lower in _WHO_IS_NAMED:
        return i + 1  # "youth Kingston aka Kingo": a person with a nickname, not the city
    if (nxt.text.isupper() and len(nxt.text) > 1) or parish(toks, i):
        return i  # "Alberta CFS has been made aware", "senior in Saint-Simon, 86": places
    if (
        gap_ok(text, t, nxt)
        and nxt.cap
        and not nxt.protected
        and not nxt.common
        and (nxt.surname or nxt.unknown)
    ):
        return i + 2
    if (
        gap_ok(text, t, nxt)
        and nxt.cap
        and (nxt.listed_word or (nxt.surname and not nxt.protected))
        and person_follows(text, toks, i + 1)
    ):
        return i + 2  # "Crystal Pasqua, DOB Aug 19 1993", "Dakota Bear (SIN 482…)"
    if gap_ok(text, t, nxt) and nxt.cap and not nxt.protected and age_follows(text, nxt.end):
        return i + 2  # "Dakota Eagle, 18, breach of curfew"
    if gap_ok(text, t, nxt) and nxt.cap and nxt.surname and not nxt.protected:
        after = toks[i + 2].lower if i + 2 < len(toks) else ""
        if after in SUBJECT_VERBS or after in PERSON_VERBS:
            return i + 2  # "Dakota Beaulieu assaulted at the shelter"
        if (
            not t.sentence_start
            and i > 0
            and not toks[i - 1].cap
            and nxt.lower not in INSTITUTION
            and not (i + 2 < len(toks) and toks[i + 2].cap)
        ):
            return i + 2  # "confirmed for Dakota Bear so the nurse": mid-sentence, not a title
    return shaped(text, toks, i)


_STAYING_AFTER = re.compile(
    r"\s+(?:(?:has|had)\s+been|is|was|['’]s)\s+(?:now\s+|still\s+)?(?:staying|sleeping|"
    r"crashing|couch[- ]?surfing|hiding|awol|living\s+(?:with|w/?|at|alone|rough)\b"
    r"|missing(?=\s*(?:since|from|again|[.,;]|$)))",
    re.IGNORECASE,
)
_IS_BACK = re.compile(r"\s+(?:is|was)\s+back\b")
_NOT_THE_TOWN = re.compile(
    r"\s*\([^()]{0,24}?\b(?:not\s+the\s+(?:town|city|village)|pas\s+(?:la\s+ville|le\s+village))\b",
    re.IGNORECASE,
)
_WHO_AND_AGE = re.compile(
    r"\s*\((?:youth|jeune|client|cliente|kid|teen|girl|boy|fille|gar[çc]on|student|[ée]l[èe]ve"
    r"|(?-i:[MF])|male|female)\s*,\s*\d{1,2}\s*(?:y/?o|yo|yrs|ans)?\s*\)",
    re.IGNORECASE,
)
_SAID_OF_WHOM = re.compile(r",\s+(?:the|la|le|sa|son|her|his)\s+([\w-]+)\s*,")
_WHO_IS_NAMED = words("youth kid client student son daughter boy girl jeune élève fils fille")

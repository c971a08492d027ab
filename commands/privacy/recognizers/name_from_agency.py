"""Who a person works with or comes from, said after "from"/"de": "mark from the food bank",
"Okonkwo from CFS", "Regina from the Thursday draw"; not where a family comes from ("from
Red Sucker Lake") nor a season's event ("candy from the halloween drive"). And where someone
works, before what they said: "Brandy at the nail place by the mall says"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import words
from commands.privacy.recognizers.cues import CALENDAR, INSTITUTION, KIN, ROLES, TITLES, WEEKDAYS
from commands.privacy.recognizers.name_tokens import Tok


def from_agency(text: str, toks: Sequence[Tok], j: int) -> bool:
    """``toks[j]`` is "from"/"de" and an agency follows: an acronym or a listed agency."""
    if text[toks[j - 1].end : toks[j].start] != " " or j + 1 >= len(toks):
        return False
    if _DOORS_DOWN.match(text, toks[j].end):
        return True  # "Rose from 3 doors down told the driver": a neighbour, by where she lives
    k = j + 1
    if toks[k].lower in ("the", "la", "le", "l") and k + 1 < len(toks):
        k += 1
    org = toks[k]
    head = toks[k + 1] if k + 1 < len(toks) else None  # "Thuy from the nail salon"
    if org.lower in WEEKDAYS and k > j + 1 and head is not None and head.lower in _WEEKLY:
        return True  # "Regina from the Thursday draw called the Legion": a regular there
    if org.lower in CALENDAR:
        return False  # "candy from the halloween drive": a season's event, not a workplace
    if org.text.isupper() and 2 <= len(org.text) <= 6:
        return True
    if toks[j].lower in ("du", "de") and org.lower in INSTITUTION and not org.cap:
        return True  # "Kahsennenhawe du centre de santé", "Josée de l'école"
    if k == j + 1 and org.cap and _PLACE_RUN.match(text, org.start):
        return False  # "Family is Oji-Cree from Red Sucker Lake": where they come from
    if org.protected and not org.listed_word and (org.cap or k > j + 1):
        return True  # "from CFS", "from the food bank"
    if k > j + 1 and (org.lower in INSTITUTION or org.lower in _WORKPLACES):
        return True  # "from the school", "from the store"
    if toks[j].lower == "du" and org.lower in _WORKPLACES:
        return True  # « Nguyen du Resto du Lac a appelé »; not « Pourvoirie du Lac Ha! Ha! »
    return (
        k > j + 1
        and head is not None
        and not org.cap
        and not head.cap
        and (head.lower in INSTITUTION or head.lower in _WORKPLACES)
    )


def works_there(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "AJ from the tattoo shop called back", "Brandy at the nail place by the mall says":
    someone said by where they work, before what they said."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or not t.cap:
        return False
    if len(t.text) == 2 and t.text.isupper() and t.name and nxt.lower == "from":
        return from_agency(text, toks, i + 1)  # initials the lists hold as a name: AJ, JP
    if t.text in _QC_INITIALS and nxt.lower in ("de", "du") and t.sentence_start:
        return from_agency(text, toks, i + 1)  # "JF de la Sûreté est sur la route"
    return (
        t.given
        and (not t.protected or t.listed_word)
        and not t.text.isupper()  # "ED at the Children's Hospital said": the emergency room
        and not (t.lower in ROLES or t.lower in KIN or t.lower in TITLES or t.lower in _NOT_STAFF)
        and nxt.lower == "at"
        and _AT_WORK_SAYS.match(text, t.end) is not None
    )


# Québécois compound given names said by their initials: Jean-François, Jean-Philippe…
_QC_INITIALS = frozenset(("JF", "JP", "JS", "JC", "MA", "MP"))
_NOT_STAFF = words("lady tab doc guy")  # "Lady at the library says", "Tab at the Legion is…"
# "at the nail place by the mall in Terrace says"; not "at the time said", "at the end"
_AT_WORK_SAYS = re.compile(
    r"\s+at\s+the\s+(?!time\b|moment\b|end\b|start\b|beginning\b|meeting\b|table\b)"
    r"[^.;:!?\n]{2,60}?\b(?:says|said|told|reports|reported|noticed|mentioned)\b"
)
_WORKPLACES = words(
    "salon store shop restaurant bar mall church garage station motel hotel daycare gym depot"
    " choir chorale congregation parish paroisse"  # "grace from the choir told me"
    " rink legion canteen league"  # "Brandon from the rink called"
    " resto dépanneur dep épicerie company"  # "Bill from the gas company said"
    " sûreté police gendarmerie"  # "JF de la Sûreté est sur la route"
)
_DOORS_DOWN = re.compile(
    r"\s+(?:\d|a\s+few|two|three|four|five|next)\s*doors?\s+(?:down|over|up)\b", re.IGNORECASE
)
_WEEKLY = words("draw bingo league game games group night crowd crew")


# A place's name, ended by what it is: "Red Sucker Lake", "Norway House", "Cross Lake"
_PLACE_RUN = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Lake|River|Bay|Falls|Creek|Point|Narrows|Island|Hills?|"
    r"Portage|House|Landing|First\s+Nation|Cree\s+Nation)\b"
)

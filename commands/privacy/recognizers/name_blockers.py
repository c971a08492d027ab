"""What stops a capitalised word from being read as a name: the word before it.

An article, a time word or an institution before a word makes it a season, a place or an
organisation ("the Alex", "in Summer", "Youth Justice"); a capitalised everyday word opening
a sentence makes it the second word of a title ("Safe Haven has…"); "downtown on Princess"
is a street. The words after it can do the same: "Regina Treaty/Status Indian Services",
"Hope for Tomorrow".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import lexicon, words
from commands.privacy.recognizers.cues import (
    CAME_FROM,
    DETERMINERS,
    INSTITUTION,
    KIN,
    SUBJECT_VERBS,
)
from commands.privacy.recognizers.name_predicates import CONTACT, TALK
from commands.privacy.recognizers.name_roles import spaced
from commands.privacy.recognizers.name_tokens import Tok

# "in Summer", "over Christmas", "pendant l'été": a season or a date, not a person.
TIME_WORDS = words(
    """
    in during over since until till through throughout before next last early late
    mid per of en pendant durant dès
"""
)
# Nouns a place, an organisation, an event or a programme is named with.
HEADS = INSTITUTION | words(
    """
    alert alerts beach break camp camps celebration concert day days eve fair feast
    festival fête fêtes hill hills holiday holidays intake island jour jours mass
    mountain party point program programs session term valley week weekend
    refuge hébergement programme projet project area areas neighbourhood neighborhood
    district secteur quartier side end region zone
"""
)


_WHERE = words(
    """
    downtown seen lives living walking hanging sleeping staying found spotted motel motels street
    apartment house home place shelter corner habite vit demeure vu vue trouvé trouvée
    pizzeria restaurant store shop bar building unit duplex triplex bedroom one-bedroom pharmacy
    basement trailer station church mall plaza hotel encampment tent rooming boarding
    complex logement appartement maison immeuble bloc dépanneur resto drop-in clinic
    houses homes apartments apts buildings units hotels stores shops duplexes triplexes landlord
    courthouse court office offices school hospital library arena centre center rink hall
    bureau palais sous-sol sous-sols surpeuplé surpeuplée insalubre chambre bdrm 3-bdrm 2-bdrm
    1-bdrm cars vehicles break-ins terminal depot stop lot bank
    break closure detour collision crash outage roadwork
    cmb cmbs mailbox mailboxes skatepark skateparks communautaire sportif
    """
)
_WHEN_AFTER = words(
    """
    last tonight yesterday this overnight sat sun mon tue tues wed thu thurs fri saturday
    sunday monday tuesday wednesday thursday friday morning evening afternoon night
    """
)
_NUMBERED_CROSS = re.compile(r"\s*(?:&|and|et)\s*\d{1,3}(?:st|nd|rd|th|e)\b", re.IGNORECASE)
_AT_A_CORNER = words("at near by around off on au coin")
_TYPED_STREET_AND = re.compile(
    r"\b(?-i:[A-Z])\w+\s+(?:ave|st|rd|blvd|dr|street|avenue|road)\.?(?:\s+[nsew])?"
    r"\s*(?:&|\band|\bet)\s*$",  # "Water St and Adelaide after 11pm"
    re.I,
)
_WHOSE = words("her his their")
_DONE_ON = words("done completed checked check report update assessment vtra up served")
_ALONG = words("runs run ran running walk walked walking drive drove driving went goes going foot")
_COMPASS = words("est ouest nord sud e w n s o east west north south")


_INDEFINITE = words("un une des cette ce ces an")
_SIZES = words("petit petite gros grosse grand grande beau belle vieux vieille joli jolie autre")


def after_indefinite(toks: Sequence[Tok], i: int) -> bool:
    """A word in lower case after an indefinite article, perhaps and a size: "une grosse
    pierre", "un rose pâle"; never "la petite émilie", who is someone."""
    t = toks[i]
    if not t.text.islower() or i == 0:
        return False
    if toks[i - 1].lower in _INDEFINITE:
        return True
    return i > 1 and toks[i - 1].lower in _SIZES and toks[i - 2].lower in _INDEFINITE


def street_after_on(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "downtown on Princess", "vu sur Maloney": a street after where someone is; never
    "staying on Tyler's couch", whose couch it is."""
    if toks[i].possessive:
        return False
    if _TYPED_STREET_AND.search(text, max(0, toks[i].start - 24), toks[i].start):
        # "the corner store at Victoria Ave N & Barton": the other street; not "lives on Main
        # St and Tyler is her son"
        after = toks[i + 1].lower if i + 1 < len(toks) else ""
        whose = toks[i + 2].lower if i + 2 < len(toks) else ""
        return after not in SUBJECT_VERBS and whose not in _WHOSE
    if (
        i >= 1
        and toks[i - 1].lower == "on"
        and not toks[i].possessive
        and i + 1 < len(toks)
        and toks[i + 1].lower in _WHEN_AFTER
        and not (i >= 2 and toks[i - 2].lower in _DONE_ON)  # "VTRA done on Jaxon yesterday"
    ):
        return True  # "shots fired on Flora last night", "seen together on Euclid sat"
    if (
        i >= 2
        and toks[i - 1].lower in ("of", "de")
        and toks[i - 2].lower in ("corner", "intersection", "coin")
        and i + 1 < len(toks)
        and toks[i + 1].lower in ("and", "et", "&")
    ):
        return True  # "corner of Albert and 7th is where the encampment is": a street
    if _NUMBERED_CROSS.match(text, toks[i].end) and i >= 1 and toks[i - 1].lower in _AT_A_CORNER:
        return True  # "the 7-Eleven at Albert & 7th": a street meeting a numbered one
    if i >= 2 and toks[i - 1].lower in ("down", "along", "up") and toks[i - 2].lower in _ALONG:
        return True  # "the 4 bus still runs down Albert after 2300"
    if i >= 3 and toks[i - 1].lower == "between" and toks[i - 3].lower in ("on", "along"):
        return i + 1 < len(toks) and toks[i + 1].lower in ("and", "&")  # "on Main between Logan"
    if i >= 5 and toks[i - 1].lower in ("and", "&") and toks[i - 3].lower == "between":
        return toks[i - 5].lower in ("on", "along")  # "… and Higgins": the other street
    return (
        i >= 2
        and toks[i - 1].lower in ("on", "off", "sur")
        # "downtown on Princess", "the Harvey's on Albert": where someone was, then the street
        and (
            toks[i - 2].lower in _WHERE
            or (toks[i - 2].protected and toks[i - 2].cap)
            or toks[i].text in ("Queen", "Princess")  # "SSMPS saw him on Queen.": no one's name
        )
        and not (
            i + 1 < len(toks)
            and toks[i + 1].cap
            and not toks[i + 1].sentence_start
            and text[toks[i].end : toks[i + 1].start] == " "  # "break on King, Station 3 crews"
            and toks[i + 1].lower not in _COMPASS  # "un sous-sol sur Jarry Est"
        )
    )


def after_blocker(text: str, toks: Sequence[Tok], i: int) -> bool:
    """The word follows an article, a time word, an institution or a proper noun."""
    t = toks[i]
    if street_after_on(text, toks, i):
        return True
    if text[max(0, t.start - 2) : t.start].lower() in ("l'", "l’"):
        return True
    if i == 0 or t.sentence_start:
        return False
    prev = toks[i - 1]
    gap = text[prev.end : t.start]
    if (
        i > 1
        and prev.lower in ("de", "from")
        and toks[i - 2].lower in CAME_FROM
        and not gap.strip()
    ):
        return True  # "il est arrivé de France": where someone comes from
    if gap.strip():
        return False  # "Hunter, Jayden", "(Faith)": punctuation breaks the phrase
    if prev.lower == "that" and (
        (i >= 2 and toks[i - 2].lower.endswith(("s", "ed", "id", "ld")))
        or (i + 1 < len(toks) and toks[i + 1].lower in ("was", "is", "has", "had"))
    ):
        return False  # "reports that Raven…", "heard from the school that Hunter was…"
    if prev.lower in ("no", "non") and prev.sentence_start and not prev.cap:
        return False  # "no Sage didn't go home": an answer, not "No Frills"
    if prev.lower in DETERMINERS or prev.lower in TIME_WORDS or prev.lower in HEADS:
        return True
    if prev.sentence_start and gap == " ":
        return title_case_opener(prev)
    # "client is Crystal, I'm Jen": "I" is capitalised but no proper noun
    return (
        prev.cap and not prev.sentence_start and not prev.text.isupper() and not _I.match(prev.text)
    )


_I = re.compile(r"I(?:['’](?:m|ve|ll|d))?$")  # "I'm", "I've": the writer, not a name's part

# Sentence openers that take a person as object or stand before one: "Drove Haven…",
# "Youth Jordan…", "Told Faith…", "Custodian Pat says…"; any other capitalised everyday
# word opens a title-case name: "Safe Haven has…", "Royal Alexandra is…".
_OPENERS = words(
    """
    asked brought drove found gave heard helped kept met picked saw sent spoke talked
    texted told took visited youth client worker teacher principal student worried
    tell ask call see meet help take bring drive both only even also just then when if
    but so because after before since until once while though although unless whenever
    where and maybe apparently children kids siblings grandparents parents guardians twins
    neighbours neighbors cousins sisters brothers custodian caretaker janitor driver mechanic
    guide housekeeper cook cashier clerk landlord neighbour neighbor volunteer
    """
)


def title_case_opener(prev: Tok) -> bool:
    """A capitalised everyday word opening a sentence that starts a title ("Safe Haven")."""
    if not prev.cap or prev.name or not prev.common or prev.text.isupper():
        return False
    if prev.lower in _OPENERS or prev.lower in CONTACT or prev.lower in TALK:
        return False
    return prev.lower not in KIN and not prev.lower.endswith(("ed", "é", "ée", "és", "ées"))


def before_a_word(text: str, toks: Sequence[Tok], i: int) -> bool:
    """A listed word opening a name of everyday capitalised words: "Regina Treaty"."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        toks[i].listed_word
        and nxt is not None
        and nxt.cap
        and text[toks[i].end : nxt.start] == " "
        and nxt.common
        and not nxt.name
    )


def heads_name(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "Mushkegowuk Council": the capitalised word before makes this the head of a name."""
    prev = toks[i - 1]
    if not prev.cap or not spaced(text, prev, toks[i]):
        return False
    return not prev.sentence_start or title_case_opener(prev) or not prev.common


_TITLE_LINKS = words("for of in on the de des du la le")


def title_phrase(toks: Sequence[Tok], i: int) -> bool:
    """ "Hope for Tomorrow", "Rose des Vents": a title-case name of a programme or place."""
    k = i + 2
    if k >= len(toks) or toks[i + 1].lower not in _TITLE_LINKS:
        return False
    if toks[k].lower in ("the", "la", "le", "les") and k + 1 < len(toks):
        k += 1  # "Hope for the Future"
    head = toks[k]
    return head.cap and not head.sentence_start and not head.protected and not head.name


_CLOCK_BEFORE = re.compile(r"\d\s*(?:[ap]\.?m\.?)?\s$")
_COUNTED_FOR = re.compile(r"\b(?:for|in)\s$")


def dated(text: str, start: int, end: int) -> bool:
    """A calendar word at ``start:end`` that is a day or a month, not a person: after a time
    ("check 22:40 Sunday, 86 y/o found"), or a month a count is for ("count for January was
    9"; not "waiting for April, she was 9")."""
    if _CLOCK_BEFORE.search(text, 0, start):
        return True
    return (
        _COUNTED_FOR.search(text, max(0, start - 5), start) is not None
        and text[end : end + 1] == " "
    )


def town_neighbourhood(text: str, toks: Sequence[Tok], i: int) -> bool:
    """A town and one more capitalised word, then an area word that ends the phrase: "Paris
    Grand area, new subdivision" (not "Brandon Smith area manager")."""
    if i + 2 >= len(toks) or toks[i].lower not in lexicon().given_places:
        return False
    area = toks[i + 2]
    return (
        area.lower in _NEIGHBOURHOOD
        and text[toks[i + 1].end : area.start] == " "
        and re.match(r"\s*(?:[,.;:)!?]|$)", text[area.end : area.end + 3]) is not None
    )


_NEIGHBOURHOOD = words("area areas neighbourhood neighborhood district secteur quartier")

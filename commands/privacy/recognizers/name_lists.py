"""Names read from the shipped lists: a listed name that is no everyday word, pairs of
name-like words, names followed by an age or written with initials and particles, and the
places and services that look like names ("Norman area", "Lauberivière est plein")."""

from __future__ import annotations

import re

from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import (
    CALENDAR,
    CAME_FROM,
    INSTITUTION,
    KIN,
    PERSON_VERBS,
    ROLES,
    SUBJECT_VERBS,
)
from commands.privacy.recognizers.name_blockers import (
    after_blocker,
    after_indefinite,
    street_after_on,
    town_neighbourhood,
)
from commands.privacy.recognizers.name_chat import (
    after_auxiliary,
    said_of_money,
    typed_in_lower_case,
    weather,
)
from commands.privacy.recognizers.name_context import generic as _generic
from commands.privacy.recognizers.name_coordination import list_of_places
from commands.privacy.recognizers.name_forms import (
    after_label,
    age_follows,
    birth_date_follows,
    initial_name,
    particle_end,
    person_follows,
)
from commands.privacy.recognizers.name_lowercase import lower_case_surname
from commands.privacy.recognizers.name_spans import (
    aside_between,
    cand,
    extend,
    gap_ok,
    in_cells,
    inverted,
    person_verb_after,
    place_surname,
)
from commands.privacy.recognizers.name_statutes import named_programme
from commands.privacy.recognizers.name_tokens import Tok
from commands.privacy.recognizers.name_town_senses import (
    AREA,
    heads_place,
    town_before_age,
    town_said_alone,
)


def from_lists(
    text: str, toks: list[Tok], i: int, youth: bool, french: bool
) -> tuple[Candidate, int] | None:
    t = toks[i]
    if not t.cap and t.lower in STOPWORDS and not t.given:
        return None  # "the", "de": two words in five; in lower case no one's but a "ben"
    if t.lower in INSTITUTION and re.match(r"\s+\d", text[t.end :]):
        return None  # "Ward 3", "Room 4": a label and its number
    if i > 0 and toks[i - 1].lower == "en" and french and t.text[:1].islower():
        return None  # "vu en jean et coton ouaté"
    if i > 0 and toks[i - 1].lower in ("au", "aux", "du", "jusqu'à", "jusqu’à") and t.cap:
        return None  # "il traîne au Irving", "jusqu'à Larouche": French before a place
    if text[max(0, t.start - 2) : t.start].lower() in ("l'", "l’"):
        return None  # "l'Estrie", "l'Étoile": an article, never a person
    if t.cap and list_of_places(text, toks, i):
        return None  # "Elgin, Kent and Lambton reps": counties in a list
    if i > 0 and toks[i - 1].cap and toks[i - 1].lower in _COMPANY_HEADS:
        return None  # "Immeubles Desrosiers", "Gestion Tremblay": a landlord's company
    article = i > 0 and toks[i - 1].lower in _ARTICLES and gap_ok(text, toks[i - 1], t)
    if t.text.islower() and article:
        return None  # "il a lancé une pierre"; not "dans la 26-077? — léa bélanger, 13 ans"
    if after_indefinite(toks, i):
        return None  # "une grosse pierre a fracassé le pare-brise", not "la petite émilie"
    if (
        t.lower in _NOUN_NAMES
        and t.text.islower()
        and i > 0
        and toks[i - 1].lower in ("de", "en")
        and not typed_in_lower_case(text)
    ):
        return None  # "le muret de pierre": French capitalises a name, not what a wall is of
    if (
        i > 1
        and toks[i - 1].lower in ("de", "from")
        and toks[i - 2].lower in CAME_FROM
        and not text[toks[i - 1].end : t.start].strip()  # not "called from 204.555.0188 — Sahra"
    ):
        return None  # "la famille venue de Ponteix": where they came from
    out_of = i > 1 and (toks[i - 2].lower, toks[i - 1].lower) == ("out", "of")
    if out_of and not t.possessive and t.lower in lexicon().given_places:
        return None  # "folks coming out of Milton with no ID": the town's jail
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if named_programme(text, toks, i):
        return None  # "le programme Rose-Marie pour jeunes mères": a programme's name
    if t.possessive and _owns_an_institution(toks, i):
        return None  # "Kerry's Place", "Naomi's Family Resource Centre": an organisation
    if (
        i > 0
        and toks[i - 1].lower in ("sur", "on", "near")
        and not t.given
        and not (nxt and nxt.cap)
        and not t.possessive
    ):
        return None  # "le Tim Hortons sur Maloney", "a 3-bdrm near McPhillips": a street
    if _STATE_AFTER.match(text, t.end) and not (nxt and nxt.cap and not nxt.text.isupper()):
        return None  # "came up through Brooklyn, NY", "went to Paris ON": a town
    if i > 0 and toks[i - 1].lower in ("the", "an") and not (nxt and nxt.cap and nxt.surname):
        return None  # "the Alex", "off the Kingsway": English puts no article before a person
    if street_after_on(text, toks, i):
        return None  # "seen downtown on Princess"
    if _ROUTE_NUMBER.search(text, max(0, t.start - 16), t.start):
        return None  # "Bus 95 York Mills express": a route's name after its number
    pair = (
        nxt is not None
        and not t.possessive
        and gap_ok(text, t, nxt)
        and (not nxt.protected or place_surname(t, nxt))
    )
    suggestion = _generic(youth, french)
    if nxt is not None and not nxt.cap and nxt.lower in AREA and heads_place(text, toks, i):
        return None  # "the Public Library, Brodie branch": a place before a lower-case area word
    if pair and town_neighbourhood(text, toks, i):
        return None  # "Paris Grand area, new subdivision": a town's neighbourhood
    past_shape = shaped(text, toks, i)
    if past_shape > i:
        return cand(text, toks, i, past_shape, suggestion), past_shape
    if t.text.isupper() and len(t.text) <= 4 and not (nxt and nxt.text.isupper() and nxt.name):
        return None  # an acronym (RAS, DPJ, SHA), not a name
    if t.text.isupper() and len(t.text) > 2 and nxt is not None and nxt.lower in _AGENCY_STAFF:
        return None  # "SACHA counsellor will meet her": a centre's acronym, then its staff
    if (
        pair
        and nxt is not None
        and place_surname(t, nxt)
        and (
            not t.sentence_start
            # "SIS-2026-008851 - Dawn Keewatin, utilities…": a dash sets off a name in a note
            or text[max(0, t.start - 3) : t.start] in (" - ", " — ", " – ")
            or after_label(text, t)  # « plus proche parent : Roger Lefebvre, 705-… »
            or nxt.possessive  # "Precious Keewatin's worker"
            or (i + 2 < len(toks) and toks[i + 2].lower in PERSON_VERBS)
        )
    ):
        return cand(text, toks, i, i + 2, suggestion), i + 2  # "josh mcleod", "Hunter Keewatin"
    if inverted(text, toks, i) or in_cells(text, toks, i):
        return cand(text, toks, i, i + 2, suggestion), i + 2  # "Nguyen, Bao | 14 | …"
    if (t.given or t.unknown) and not t.protected and aside_between(text, toks, i + 1) > 0:
        end = extend(text, toks, i, False)  # "Sarojini (Saro) Ratnam lives…"
        return cand(text, toks, i, end, suggestion), end
    if t.cap and t.lower not in PERSON_VERBS:
        if (
            pair
            and nxt is not None
            and nxt.cap
            and nxt.lower not in PERSON_VERBS
            and not _before_its_kind(text, toks, i + 2)  # "(Murray Doell campground)"
        ):
            listed = t.given and (nxt.surname or nxt.given)
            strong = t.strong or nxt.strong
            opened = not t.sentence_start or after_label(text, t)  # "contact: Bonnie Fiddler"
            if (
                (listed and (strong or opened or person_follows(text, toks, i + 1)))
                or ((t.name or t.unknown) and (nxt.name or nxt.unknown) and strong)
                or (
                    t.unknown
                    and nxt.unknown
                    and (
                        not t.sentence_start
                        or text[nxt.end : nxt.end + 1] in (",", "(")
                        or person_verb_after(toks, i + 1)  # "Uapukun Vollant demande…"
                        or (i + 2 < len(toks) and toks[i + 2].lower in SUBJECT_VERBS)
                    )
                )
                or (t.given and nxt.unknown and nxt.lower not in STOPWORDS)
                or (t.unknown and nxt.surname and not nxt.protected)
            ):
                end = extend(text, toks, i, False)
                return cand(text, toks, i, end, suggestion), end
        if (
            t.strong
            and (t.given or not t.sentence_start or person_verb_after(toks, i))
            and len(t.lower) >= 3
            and not heads_place(text, toks, i)
            and not town_said_alone(text, toks, i)  # "… NIHB dental. Brandon."
        ):
            end = extend(text, toks, i, False)
            if end > i + 1 and _before_its_kind(text, toks, end):
                return None  # "(Murray Doell campground)": a place named after someone
            if end == i + 1 and lower_case_surname(text, toks, i, french):
                end = i + 2  # "ambrose kataquapit dob…", "cody bird again lol"
            return cand(text, toks, i, end, suggestion), end
        if (
            (t.name or t.unknown)
            and (person_verb_after(toks, i) or _said_from_somewhere(toks, i))
            and not t.common
            and t.lower not in ROLES  # « Couturière dit qu'un homme… »
            and not weather(t.lower)  # "Chinook came through"
            and (t.name or _unknown_subject(text, toks, i))
            and not town_said_alone(text, toks, i)  # "Brandon. is the division aware?"
        ):
            return cand(text, toks, i, i + 1, suggestion), i + 1
        if (
            t.name
            and t.given
            and t.lower not in ROLES  # "Steward says the meat draw is off": the Legion's
            and person_verb_after(toks, i)
            and (not t.sentence_start or toks[i + 1].lower in SUBJECT_VERBS)
            and not after_blocker(text, toks, i)
            and not said_of_money(t.lower, text, t.end)  # "Grant came through!"
        ):
            return cand(text, toks, i, i + 1, suggestion), i + 1
    if (
        pair
        and nxt is not None
        and t.given
        and not nxt.cap
        and nxt.surname
        and (nxt.strong or t.strong or (t.cap and nxt.lower not in lexicon().english))
        and len(nxt.lower) >= 3
        and not (t.sentence_start and t.common and nxt.common)  # "page blanche pour l'instant"
    ):
        return cand(text, toks, i, i + 2, suggestion), i + 2
    if (
        pair
        and nxt is not None
        and t.text.islower()
        and t.given
        and nxt.unknown
        and nxt.text.isalpha()
        and nxt.text.islower()
        and (i == 0 or t.sentence_start)
        and (
            (typed_in_lower_case(text) and person_follows(text, toks, i + 1)) or _siblings(toks, i)
        )
    ):
        return cand(text, toks, i, i + 2, suggestion), i + 2  # "chase dysart picked up on a…"
    if (
        not t.cap
        and t.strong
        and t.given
        and len(t.lower) >= 3
        and not after_auxiliary(toks, i)
        and not (i > 0 and toks[i - 1].lower in CALENDAR)  # "Christmas carol night"
    ):
        if pair and nxt is not None and not nxt.cap and (nxt.surname or nxt.unknown):
            return cand(text, toks, i, i + 2, suggestion), i + 2
        # French frequency lists cannot tell "avis" the word from Avis the name.
        if person_verb_after(toks, i) or t.possessive or len(t.lower) >= 4:
            return cand(text, toks, i, i + 1, suggestion), i + 1
    return None


def shaped(text: str, toks: list[Tok], i: int) -> int:
    """Initials, particle surnames and names followed by an age; ``i`` when none."""
    t = toks[i]
    past = initial_name(text, toks, i)
    if past > i:
        return past
    shielded_name = t.protected and t.listed_word and t.given  # "Dakota Bear, 14,"
    if not t.cap or (t.protected and not shielded_name) or t.lower in PERSON_VERBS:
        return i
    if t.lower in INSTITUTION or (i > 0 and toks[i - 1].lower in ("au", "aux")):
        return i  # "la Véloroute des Bleuets", "au Irving de la 2": a place's or a shop's
    if not (t.name or t.unknown):
        return i
    past = particle_end(text, toks, i + 1)
    last = toks[past - 1]  # not « Avis du TAL », a notice from the tribunal's acronym
    if past > i + 1 and (t.given or not t.common) and not (last.common or last.text.isupper()):
        return past
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if (
        nxt is not None
        and t.name
        and not t.common
        and nxt.cap
        and nxt.surname
        and gap_ok(text, t, nxt)
        and age_follows(text, nxt.end)
    ):
        return i + 2  # "K'aila Catholique, 22, from Łutselk'e": a surname that is also a word
    end = extend(text, toks, i, False)
    after = toks[end - 1].end
    if (
        not (age_follows(text, after) or birth_date_follows(text, after))
        or toks[end - 1].possessive
        or (i > 0 and toks[i - 1].lower in _STAYED and _FOR_YEARS.match(text, after))
    ):
        return i  # "living in Kingston 2 yrs": how long, in a town
    if end - i >= 2 and any(x.name for x in toks[i:end]):
        return end
    if end == i + 1 and town_before_age(toks, i):
        return i  # "one of my regulars in Victoria, 72, hoarding is back": the town, her age
    if t.surname and i > 0 and toks[i - 1].lower in _SEXES:
        return end  # "male Fontaine, 28,": a surname that is also a word, said of a person
    return end if (t.name and not t.common) or t.unknown else i


_SEXES = words("male female man woman homme femme")
_STAYED = words("in at à dans en")
_FOR_YEARS = re.compile(r"\s+\d{1,2}\s*(?:yrs?|years?|ans)\b(?!\s*old)", re.IGNORECASE)


def _before_its_kind(text: str, toks: list[Tok], k: int) -> bool:
    """ "(Murray Doell campground)": a place named after someone, then what kind it is."""
    return (
        k < len(toks)
        and toks[k].lower in _PLACE_KINDS
        and not toks[k].cap
        and text[toks[k - 1].end : toks[k].start] == " "
    )


_PLACE_KINDS = words("campground campgrounds arena park school rink pool centre center library")


def _owns_an_institution(toks: list[Tok], i: int) -> bool:
    k = i + 1
    while k < len(toks) and k - i <= 4 and toks[k].cap:
        if toks[k].lower in INSTITUTION:
            return True
        k += 1
    return False


_PLACE_STATE = words(
    """
    full closed open available located booked plein pleine complet complète fermé fermée
    ouvert ouverte disponible situé située débordé débordée
    """
)


_DESCRIBED = words("her his their its sa son ses leur")


def _unknown_subject(text: str, toks: list[Tok], i: int) -> bool:
    """A word in no list before a person verb: the verb must follow it directly ("Ullivik,
    reported missing" is a list) and not say what a place is ("Lauberivière est plein")."""
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and prev.protected and prev.cap and text[prev.end : toks[i].start] == " ":
        return False  # "Keewaytinook Okimakanak Telemedicine can…": the end of an agency's name
    if toks[i].possessive or i + 1 >= len(toks):
        return True  # "Okonkwo's mom"
    if text[toks[i].end : toks[i + 1].start] != " ":
        return False
    after = toks[i + 2].lower if i + 2 < len(toks) else ""
    if toks[i + 1].lower in ("is", "was", "est") and after in _DESCRIBED:
        later = toks[i + 3].lower if i + 3 < len(toks) else ""
        return later in KIN  # "Xavion is her boyfriend", not "Woodstove is her only heat"
    return after not in _PLACE_STATE


_AGENCY_STAFF = words("counsellor counselor worker staff advocate rep intervenante intervenant")


_COMPANY_HEADS = words(
    "gestion immeubles groupe entreprises construction habitations immobilier immobilière "
    "placements transport autobus"
    " extermination plomberie toiture toitures rénovations rénovation excavation déneigement"
)
# French given names that are also nouns: "un muret de pierre", "en rose"
_NOUN_NAMES = words(
    "pierre rose fleur marguerite violette olive jasmin espérance aurore cristal perle ambre jade"
)
_ARTICLES = words("un une des du la le les an")  # not "a": French chat writes "parlé a mathis"


_ROUTE_NUMBER = re.compile(r"\b(?:bus|route|line|ligne|circuit)\s*#?\d{1,3}[A-Z]?\s+$", re.I)
# A province or state after a town: "Brooklyn, NY", "Paris ON", "Minot, ND"
_STATE_AFTER = re.compile(
    r",?\s+(?-i:NY|ON|QC|SK|MB|AB|BC|NS|NB|PE|PEI|NL|YT|NT|NU|MI|MN|ND|MT|WA|ME|VT|NH|MA|OH|PA|"
    r"NJ|IL|FL|TX|CA|Ont|Sask|Man|Alta|Qc|Que)\b(?!['’])"
)


def _siblings(toks: list[Tok], i: int) -> bool:
    """ "hunter koostachin and lily koostachin both on the list": two given names, each before
    the same word no list holds, a family name."""
    if i + 4 >= len(toks) or toks[i + 2].lower not in ("and", "&", "et"):
        return False
    return toks[i + 3].given and toks[i + 4].lower == toks[i + 1].lower


def _said_from_somewhere(toks: list[Tok], i: int) -> bool:
    """ "Tsannie at the clinic said the youth came in": a verb said of a person after where
    they work."""
    if i + 2 >= len(toks) or toks[i + 1].lower not in ("at", "from"):
        return False
    for k in range(i + 2, min(len(toks), i + 6)):
        if toks[k].lower in SUBJECT_VERBS:
            return True
        if not (toks[k].cap or toks[k].common):
            return False  # "at the CMHA clinic said", but not across a name
    return False

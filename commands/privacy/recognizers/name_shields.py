"""Shield the words of places and organisations before names are read: "Carlton Park
School", "Clare's Law", "Kids Help Phone", "Royal has 2 acute beds". Each shield marks its
tokens protected; the order matters where one shield reads what another has marked."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from commands.privacy.lexicon import lexicon, words
from commands.privacy.recognizers.cues import KIN, TITLES
from commands.privacy.recognizers.name_attended import protect_attended, protect_contrasted
from commands.privacy.recognizers.name_forms import age_follows
from commands.privacy.recognizers.name_institutions import protect_institutions
from commands.privacy.recognizers.name_phrase_shields import (
    protect_apposed_organisations,
    protect_determined_phrases,
)
from commands.privacy.recognizers.name_place_lists import protect_agency_lists, protect_place_lists
from commands.privacy.recognizers.name_place_shields import (
    protect_clergy_schools,
    protect_facilities_by_use,
    protect_intersections,
    protect_town_echoes,
    protect_towns_of_named_places,
    protect_towns_with_province,
)
from commands.privacy.recognizers.name_statutes import protect_eponymous_laws
from commands.privacy.recognizers.name_thing_shields import (
    protect_determinants,
    protect_justices,
    protect_named_shops,
    protect_named_things,
    protect_pets,
    protect_scripture,
    protect_vehicles,
)

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok


def shield_places_and_organisations(toks: list[Tok], text: str) -> None:
    protect_institutions(toks, text)
    protect_attended(toks, text)
    protect_eponymous_laws(toks, text)
    protect_contrasted(toks, text)
    protect_spelled_acronyms(toks, text)
    protect_determined_phrases(toks, text)
    protect_apposed_organisations(toks, text)
    protect_place_lists(toks, text)
    protect_agency_lists(toks, text)
    protect_intersections(toks, text)
    protect_clergy_schools(toks)
    protect_towns_with_province(toks, text)
    protect_facilities_by_use(toks, text)
    protect_commemorative_names(toks, text)
    protect_vehicles(toks, text)
    protect_pets(toks, text)
    protect_determinants(toks, text)
    protect_named_things(toks, text)
    protect_justices(toks, text)
    protect_scripture(toks, text)
    protect_headed_towns(toks, text)
    protect_compound_places(toks)
    protect_unlisted_organisations(toks, text)
    protect_glossed_speech(toks, text)
    protect_named_shops(toks, text)
    protect_town_echoes(toks, text)
    protect_towns_of_named_places(toks, text)
    protect_numbered_and_regional(toks, text)
    for m in _TITLED_INITIALS.finditer(text):  # « la bibliothèque Mgr-W.-J.-Conway »
        for tok in toks:
            if m.start() <= tok.start < m.end():
                tok.protected, tok.listed_word = True, False
    for m in _PLACE_FIELD.finditer(text):  # "Community: Norwood / Living situation: alone"
        end = m.end()
        for tok in toks:
            if tok.possessive and tok.start >= m.end():
                break  # "Location: Tyler's house": whose place
            if (tok.start == end and tok.cap) or (
                tok.start > m.end() and tok.cap and text[end : tok.start] == " "
            ):
                tok.protected, tok.listed_word = True, False
                end = tok.end
    for k, tok in enumerate(toks):
        if (
            (tok.lower in _NUMBERED and _NUMBER_AFTER.match(text, tok.end))
            or (tok.lower == "max" and _AT_MOST.match(text, tok.end))  # "rdv jeudi. Max 4."
            or _CAMEL_ACRONYM.fullmatch(tok.text)  # "BrockPS will close their piece"
            or (tok.lower == "demi" and _ET_DEMI.search(text, 0, tok.start))  # "un 4 et demi"
            or text[tok.start - 1 : tok.start] == "#"  # "#ExposeSaskatoon": a hashtag
            # "the shelter on Queen E.", "King W and Bathurst": the street, by its direction
            or (tok.text in ("Queen", "King") and _DIRECTION_AFTER.match(text, tok.end))
            # "Vic: M, 16. Risk factors…": a form's field for the victim, not Victor
            or (tok.text in ("Vic", "Vics", "VIC") and _FIELD_COLON.match(text, tok.end))
            # "200 block of Simpson", "at a buddy's on Weldon", "the Simpson corridor": a street
            or (tok.cap and _STREET_BEFORE.search(text, max(0, tok.start - 30), tok.start))
            or (
                tok.cap and (_AREA_AFTER.match(text, tok.end) or _CROSS_STREET.match(text, tok.end))
            )
            or (
                tok.cap
                and text[tok.start - 3 : tok.start] == "on "
                and _CROSS_AFTER.match(text, tok.end)
            )
            # "prendre Amirault pour aller au détachement": a road taken to get somewhere
            or (
                tok.cap and k > 0 and toks[k - 1].lower in _TAKE and _TO_GET_TO.match(text, tok.end)
            )
            # "Makwa clan teachings": the clan, not a person (not "the Simpson clan", a family)
            or (
                tok.cap and _CLAN_AFTER.match(text, tok.end) and not _THE.search(text, 0, tok.start)
            )
            or _TITLED_PLACE.fullmatch(tok.text) is not None  # "Centre d'oncologie Dr-Léon-Richard"
            or _institution_by_surname(toks, k, text)
        ):
            tok.protected, tok.listed_word = True, False  # "under Form 1", "discharged Day 6"


def _institution_by_surname(toks: list[Tok], k: int, text: str) -> bool:
    """ "transfert vers le Dumont", "la TS du Dumont": in French an article before a family name
    alone names the hospital or school called after someone; a person takes a title."""
    tok = toks[k]
    if not (tok.cap and tok.surname and not tok.given and not tok.common and k > 0):
        return False
    art = toks[k - 1]
    after = toks[k + 1] if k + 1 < len(toks) else None
    joined = after is not None and after.cap and text[tok.end : after.start] == " "
    return art.text in ("le", "du", "au") and text[art.end : tok.start] == " " and not joined


_STREET_BEFORE = re.compile(
    r"(?:\bblock\s+of|\bat\s+(?:a|her|his|their|the|my)\s+\w+['’]s\s+on|\bbus\s+stop\s+on"
    # "a 2-bdrm on Gladstone near Bronson": the cross street
    r"|\b(?-i:on\s+[A-Z][a-z]+(?:\s+(?:St|Ave|Rd|Street|Avenue|Road))?\s+(?:near|by|off|at))"
    r"|\b(?:east|west|north|south)\s+of"  # "Dewdney Ave west of Albert"
    # "6th & Hanson", « Rue Saint-Denis coin Rachel »: the other street of a corner
    r"|\b\d{1,3}(?:st|nd|rd|th|e)\s*&|\b(?:at|on)\s+\d{1,3}(?:st|nd|rd|th)\s+and"
    r"|\bcoin(?:\s+de(?:\s+la\s+rue)?)?"
    # "la représentante de Bellegarde", "the rep from Pasqua": a community or agency speaks
    r"|\b(?:reps?|representatives?|repr[ée]sentantes?|d[ée]l[ée]gu[ée]e?s?)\s+(?:de|du|from|of|for)"
    r")\s+$",
    re.IGNORECASE,
)
_TAKE = frozenset(("prendre", "prends", "prenez", "take"))
_TO_GET_TO = re.compile(r"\s+(?:pour\s+(?:aller|se\s+rendre)|to\s+get\s+to)\b", re.IGNORECASE)
_AREA_AFTER = re.compile(r"\s+(?:corridor|strip)\b", re.IGNORECASE)
# "patrolled McIntyre and Crow St": a street named before the other's type
_CROSS_STREET = re.compile(
    r"\s+(?:and|&|et)\s+(?-i:[A-Z][a-z]+)\s+(?-i:St|Ave|Rd|Dr|Blvd|Street|Avenue|Road|Drive)\b"
)
_CROSS_AFTER = re.compile(r"\s+(?:near|by|off)\s+(?-i:[A-Z][a-z]+)")  # "on Rolland near Pelletier"
_CLAN_AFTER = re.compile(r"\s+clan\b", re.IGNORECASE)
_THE = re.compile(r"\b(?:the|les|la|le)\s+$", re.IGNORECASE)
_PLACE_TITLE = r"(?:Dr|Père|Mgr|Sr|Sœur|Soeur|Frère)-"  # "Dr-Léon-Richard", "Mgr-W.-J.-Conway"
# "à W.-A.-Losier": initials glued to a family name by hyphens name a school, not a person
_TITLED_INITIALS = re.compile(
    rf"\b{_PLACE_TITLE}(?:[A-Z]\.-)+[A-Z][\w-]+|(?<![\w.-])(?:[A-Z]\.-){{2,}}[A-ZÀ-Ý][\w-]+"
)
_TITLED_PLACE = re.compile(rf"{_PLACE_TITLE}[A-ZÀ-Ý][\w-]*-[\w-]+")
_FIELD_COLON = re.compile(r"\s?:")
_DIRECTION_AFTER = re.compile(r" (?:E|W|East|West)\b(?!\.\s*[A-Z][a-z])")
_NUMBERED = words(
    """
    form day grade unit room line bus route ward level step phase week section schedule bed
    floor gate door exit stage tier bay pod wing block lot
    """
)
# a form's field for a place, where a field starts: not "family in town: auntie Gloria"
_PLACE_FIELD = re.compile(
    r"(?:^|[|/;\n•]|\.\s)\s*(?:community|communaut[ée]|town|ville|city|municipalit[ée]|"
    r"first\s+nation|nation|reserve|r[ée]serve|location|lieu|neighbou?rhood|quartier|secteur|"
    r"region|r[ée]gion)\s*:\s*(?=[A-ZÀ-Ý])",
    re.IGNORECASE,
)
_CAMEL_ACRONYM = re.compile(r"[A-Z][a-z]{2,}[A-Z]{2,4}")
_ET_DEMI = re.compile(r"\d\s+et\s+$")
_AT_MOST = re.compile(r"\s\d{1,3}\s*(?:[.;)]\s|$|(?:per|par|pers|personnes|people|ppl|places)\b)")
_NUMBER_AFTER = re.compile(r"\s#?\d{1,3}(?![\d-])")


def protect_glossed_speech(toks: list[Tok], text: str) -> None:
    """'"nahihiya siya" (he's embarrassed)', '"Waan ka xumahay" mom kept saying (I'm sorry)':
    words quoted in the family's language, then their translation in brackets; speech, not
    names."""
    for m in _GLOSSED.finditer(text):
        inside = [t for t in toks if m.start(1) <= t.start and t.end <= m.end(1)]
        if len(inside) >= 2 and not any(t.cap for t in inside[1:]):
            for t in inside:
                t.protected, t.listed_word = True, False


_GLOSSED = re.compile(
    r"[\"“«]\s*([^\"”»\n]{3,60}?)\s*[\"”»][^.!?\"“«()\n]{0,40}\((?=[^\W\d_][^)\n]{1,60}\))"
)


def protect_commemorative_names(toks: list[Tok], text: str) -> None:
    """ "Jules-Léger and Louis-Riel both confirm", "au CHSLD Gisèle-Lalonde": French names a
    school, a street or a centre after a person by joining a given name to a family name;
    a person's double-barrelled family name follows a given name or a title ("Denis
    Gauthier-Lamoureux", "M. Gauthier-Lévesque")."""
    lex = lexicon()
    for k, tok in enumerate(toks):
        first, _, last = tok.text.partition("-")
        if not (last[:1].isupper() and first[:1].isupper()) or "-" in last:
            continue
        if first.casefold() not in lex.given or last.casefold() in lex.given:
            continue
        if len(first) < 4 or len(last) < 5:
            continue  # "Bao-Tran": short names joined are one person's
        if last.casefold() not in lex.surnames and not _FRENCH_FAMILY.fullmatch(last.casefold()):
            continue  # "Béatrice-Desloges", "Jeanne-Lajoie"; not "Rose-Kerline", a given name
        prev = toks[k - 1] if k > 0 else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if prev is not None and (prev.cap or prev.lower in _BEFORE_A_PERSON or prev.lower in KIN):
            continue  # "Denis Gauthier-Lamoureux", "M. Gauthier-Lévesque", "la petite Rose-Lyne"
        if prev is not None and prev.lower.rstrip(".") in TITLES:
            continue
        if nxt is not None and nxt.cap and nxt.surname and tok.end + 1 == nxt.start:
            continue  # "Jean-Léger Tremblay": a compound given name and a family name
        if nxt is not None and nxt.lower in ("family", "kids", "children"):
            continue  # "the Martin-Tremblay family": a family's name
        if age_follows(text, tok.end) and not (prev is not None and prev.lower in _AT_A_PLACE):
            continue  # "Gauthier-Bouchard, 15 ans, en fugue"; not "at Gisèle-Lalonde, 14 y/o"
        tok.protected, tok.listed_word = True, False


_AT_A_PLACE = words("at au from to in dans")
_BEFORE_A_PERSON = words(  # "la famille Caron-Tremblay", "les trois enfants Caron-Tremblay"
    "petit petite p'tit p'tite jeune named nommé nommée appelé appelée dit dite famille family"
    " enfants kids children"
)


def protect_headed_towns(toks: list[Tok], text: str) -> None:
    """Towns that are given names, where only the town fits: "Sit 2026-055 (Brandon): 4
    overdoses" (a town in brackets heads a note), "le comité logement de Kent" (a service of
    the town)."""
    given_places = lexicon().given_places
    for k, tok in enumerate(toks):
        headed = text[tok.end : tok.end + 2] == "):" and tok.lower in given_places
        if headed and _SIT_BEFORE.search(text, max(0, tok.start - 30), tok.start):
            tok.protected = True
        # "le comité logement de Kent", "au réseau de Kent": a service of the county or town
        served = k >= 2 and toks[k - 1].lower in ("de", "du") and tok.lower in given_places
        served = served and toks[k - 2].lower not in KIN  # not "au père de Kent"
        if served and any(t.lower in _TOWN_OWNERS for t in toks[max(0, k - 7) : k - 1]):
            tok.protected = True


_TOWN_OWNERS = words(
    "réseau comité services service secteur région comté district table hôpital détachement "
    "bureau police grc horizon vitalité cisss santé logement paroisse municipalité ville"
)
_SIT_BEFORE = re.compile(r"\b(?:sit|situation|hub|table)\s*#?\s*[\w-]*\d[\w-]*\s*\($", re.I)


# French family names the lists lack still show their article: "Desloges", "Lajoie"
_FRENCH_FAMILY = re.compile(r"(?:des|de|du|la|le)[a-zà-ÿ]{4,}")


def protect_compound_places(toks: list[Tok]) -> None:
    """ "à Grand-Barachois", "Abram-Village", "Pointe-Sapin": a hyphenated place whose head is
    a geographic word; no family name is built that way."""
    for k, tok in enumerate(toks):
        first, _, last = tok.lower.partition("-")
        if last and (first in _PLACE_HEADS or last.rpartition("-")[2] in _PLACE_TAILS):
            tok.protected, tok.listed_word = True, False
        if tok.cap and tok.unknown and (m := _CLOSED_COMPOUND.fullmatch(tok.lower)):
            tok.protected = m.group(1) in _COMPOUND_FIRSTS  # "Woodview", "Lutherwood", "Parkdale"
        # "vus au Moulin à Fleur": a place named "the X at Y" after its article
        head = toks[k - 2] if k >= 3 else None
        if (
            head is not None
            and toks[k - 1].lower == "à"
            and tok.cap
            and head.cap
            and head.common
            and not head.text.isupper()  # not « la TS à Nancy », a worker's
            and toks[k - 3].lower in ("au", "du", "le", "la")
            and tok.start - head.end == 3  # not "la TS à 7h12 : Samuel", a time between
        ):
            tok.protected = head.protected = True


# "Franco-Ontarian", "Afro-Caribbean": who people are, not who they are called
_PLACE_HEADS = words(
    "grand grande cap pointe anse baie lac mont port rivière petite-rivière franco anglo afro"
    " indo euro"
)
_PLACE_TAILS = words("village ville harbour station mills")
# A place or an agency written as one word from two ("Woodview", "Lakeshore"); a family name
# built that way (Greenwood, Sherwood) is on the surname list and not unknown.
_CLOSED_COMPOUND = re.compile(
    r"([a-z]{3,8}?)(view|wood|woods|dale|field|fields|brook|crest|vale|ridge|haven|side|land|"
    r"lands|gate|hurst|shore|glen|lea|mount|point|park|way)"
)
_COMPOUND_FIRSTS = words(
    """
    wood park lake river hill glen brook oak pine maple elm cedar spring green fair west east
    north south sun rose bay sea shore luther kings queens forest meadow stone rock valley
    high bridge mill church clear crystal silver gold golden willow birch ash cherry orchard
    grand mount lakes bright sky star pleasant sunny hope harmony peace bel belle vista
    wild deer fox eagle beaver spruce aspen poplar hazel holly ivy moss fern heather thorn
    briar iron copper salt sand marsh bog fall falls vine garden rain snow frost cold warm
    long short broad deep red white black blue grey gray brown
    """
)


def protect_unlisted_organisations(toks: list[Tok], text: str) -> None:
    """ "Tammaativvik boarding home full", "Isaksimagit Inuusirmi Katujjiqatigiit counsellor
    booked": words no list holds (a name in Inuktitut, Cree…) heading a facility or its
    staff in lower case are the organisation's name; a person is not named that way."""
    for k, tok in enumerate(toks):
        acronym = tok.text.isupper() and tok.lower in _SERVICE_ACRONYMS  # "… Binnoojiiyag CFS"
        if ((tok.cap or tok.lower not in _FACILITY_HEADS) and not acronym) or k == 0:
            continue
        j = k - 1
        kind = toks[j].lower in _FACILITY_KINDS and not toks[j].cap
        if tok.lower == "home" and not kind:
            continue  # "the Johnson home": a family's house
        j -= 1 if kind else 0
        run: list[Tok] = []
        while j >= 0 and toks[j].cap and len(run) < 4 and toks[j].lower not in TITLES:
            if text[toks[j].end : toks[j + 1].start] != " ":
                break
            run.append(toks[j])
            j -= 1
        # "referred to the Youth Journey program": a determiner makes any words a title
        titled = len(run) > 1 and j >= 0 and toks[j].lower in ("the", "le", "la", "au", "du")
        if not titled:
            while run and not _unlisted(run[-1]):
                run.pop()  # only the words no list holds, nearest the facility first
            run = run if all(_unlisted(t) for t in run) else []
        if titled or len(run) > 1 or (run and (run[0].unknown or kind) and len(run[0].text) >= 6):
            for t in run:
                t.protected = True


_SERVICE_ACRONYMS = words("cfs cas fn fns hs chc fnhs ccs")


def _unlisted(tok: Tok) -> bool:
    """A word no list holds, or one only a list of family names holds."""
    return tok.unknown or (tok.surname and not tok.given and not tok.common and tok.text.isalpha())


_FACILITY_HEADS = words(
    "home centre center shelter office clinic program counsellor counselor staff"
)
_FACILITY_KINDS = words("boarding health group youth wellness treatment healing friendship women's")


def protect_spelled_acronyms(toks: list[Tok], text: str) -> None:
    """ "Resource Assistance for Youth (RaY)": a short word in brackets whose letters are the
    initials of the capitalised words before it is that organisation's acronym."""
    for k, tok in enumerate(toks):
        if not 2 <= len(tok.text) <= 6 or text[tok.start - 1 : tok.start] != "(":
            continue
        if text[tok.end : tok.end + 1] != ")":
            continue
        initials = ""
        j = k - 1
        while j >= 0 and len(initials) < len(tok.text):
            if toks[j].cap:
                initials = toks[j].lower[0] + initials
            elif toks[j].lower not in _ACRONYM_LINKS:
                break
            j -= 1
        if initials == tok.lower:
            tok.protected = True
            tok.listed_word = False
            _protect_unnamed(toks[j + 1 : k])  # "Isaksimagit Inuusirmi Katujjiqatigiit (IIK)"
    for k, tok in enumerate(toks[1:], start=1):
        # "KO (Keewaytinook Okimakanak) telepsych": the acronym, then what it stands for
        acronym = toks[k - 1]
        if not (2 <= len(acronym.text) <= 6 and acronym.text.isupper()):
            continue
        close = text.find(")", tok.end)
        if text[acronym.end : tok.start] == " (" and close > 0:
            inside = [t for t in toks[k:] if t.end <= close]
            spelled = "".join(t.lower[0] for t in inside if t.cap) == acronym.lower
            if spelled and not any(t.given for t in inside):
                acronym.protected, acronym.listed_word = True, False
                _protect_unnamed(inside)


def _protect_unnamed(run: list[Tok]) -> None:
    """The words an acronym spells, unless one is a person's given name ("Jane Doe (JD)")."""
    if any(t.given for t in run):
        return
    for t in run:
        if t.cap:
            t.protected = True
            t.listed_word = False


_ACRONYM_LINKS = words("de du des of for and et the")


_ORDINAL_BEFORE = re.compile(r"\d(?:st|nd|rd|th|e)\s+$")  # "5th Line", "3rd Concession"


def protect_numbered_and_regional(toks: list[Tok], text: str) -> None:
    """ "Concession 4 / 5th Line", "CMHA Lambton-Kent", "CMHA W-E", "Nin.Da.Waab.Jig": a word
    after an ordinal is a road's; a region's towns after an agency's acronym are its branch;
    capitalised syllables joined by full stops are an organisation's name."""
    lex = lexicon()
    for i, tok in enumerate(toks):
        if tok.cap and _ORDINAL_BEFORE.search(text, max(0, tok.start - 8), tok.start):
            tok.protected = True
        parts = tok.lower.split("-")
        regional = len(parts) > 1 and all(
            len(p) == 1 or p in lex.never_single or p in lex.given_places for p in parts
        )
        after_agency = i > 0 and toks[i - 1].text.isupper() and len(toks[i - 1].text) >= 3
        if regional and tok.cap and after_agency and text[toks[i - 1].end : tok.start] == " ":
            tok.protected = True
    for m in _DOTTED.finditer(text):
        for t in toks:
            if m.start() <= t.start and t.end <= m.end():
                t.protected, t.listed_word = True, False


_DOTTED = re.compile(r"(?<![\w.])(?:[A-Z][a-z]+\.){2,}[A-Z][a-z]+(?![\w.])")  # "Nin.Da.Waab.Jig"

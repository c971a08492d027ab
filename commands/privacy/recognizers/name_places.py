"""Towns that read like people: "à Amos", "in Sydney", "in Keith, Hamilton", "Dillon? the
town?". Where a word stands says it is a place even when the name lists hold it (lists of
places are read in ``name_place_lists``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from commands.privacy.lexicon import Lexicon, lexicon, unaccented, words
from commands.privacy.recognizers.cues import (
    COMPASS,
    CONTACT_THINGS,
    CREWS,
    INSTITUTION,
    KIN,
    STREET_TYPES,
    TITLES,
)

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok

_COMPASS = COMPASS | words("northeast northwest southeast southwest n s e w")
_PLACE_PREPOSITIONS = words(
    "in à au near between entre en dans outside around downtown toward towards within vers"
)


# "Austin, Texas", "Florence, Alabama": towns of the states families move to
_US_STATES = words(
    """
    Texas Florida California Arizona Alabama Nevada Oregon Washington Montana Dakota Minnesota
    Michigan Ohio Georgia Tennessee Colorado Illinois
    """
)


def only_a_town(tok: Tok) -> bool:
    """A capitalised word the lists shield as a place and hold as no one's name, or only as a
    lone listed word ("Winnipeg", "Saskatoon")."""
    return tok.cap and tok.protected and (not tok.name or tok.listed_word)


def placed(text: str, toks: Sequence[Tok], k: int) -> bool:
    """A town that is also a given name, where only a town can stand."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    gap = text[toks[k].end : nxt.start] if nxt is not None else ""
    if (
        nxt is not None
        and (
            (nxt.lower in _AFTER_TOWN and gap == " ")
            # "Vernon situation table": the town's table
            or (nxt.lower == "situation" and gap == " " and _TABLE_NEXT.match(text, nxt.end))
            # "Brandon, Winnipeg and Saskatoon": listed with a town that is no one's name
            or (gap == ", " and only_a_town(nxt) and _LISTED_ON.match(text, nxt.end) is not None)
            or (nxt.text in _PROVINCES and gap in (" ", ", "))
            or (nxt.lower in _PROVINCE_NAMES and gap == ", ")  # "from Brandon, Manitoba"
            or (gap == " (" and _COUNTY_ASIDE.match(text, nxt.start) is not None)
            # "Brandon and Portage crews both hit the same pt": two towns' crews
            or (
                nxt.lower in ("and", "et", "&")
                and k + 3 < len(toks)
                and toks[k + 2].cap
                and toks[k + 3].lower in _AFTER_TOWN
                and text[nxt.end : toks[k + 3].start] == f" {toks[k + 2].text} "
            )
            or (nxt.lower in _ROADS and gap == ", ")  # "Chelsea, ch. de la Montagne"
            # "Brandon CMT"; not "sibling Paisley DOB 2019.02.11": the person's own number
            or (
                nxt.text.isupper()
                and 2 <= len(nxt.text) <= 5
                and gap == " "
                and nxt.lower not in _IDS
            )
            or _AMPERSAND_OFFICE.match(text, toks[k].end) is not None  # "Milton P&P": an office
            # "Chelsea et Val-des-Monts : aîné isolé": and a town that is no one's name
            or (
                nxt.lower in ("and", "et", "or", "ou")  # "Brandon or Winnipeg either works"
                and gap == " "
                and k + 2 < len(toks)
                and only_a_town(toks[k + 2])
                and text[nxt.end : toks[k + 2].start] == " "
            )
        )
    ):
        return True  # "Brandon MB", "Brandon east end", "the Brandon Hub", "Brandon table:"
    if _DISTANCE_SAID.match(text, toks[k].end) and not toks[k].possessive:
        return True  # "Brandon is too far for his conditions", "Dauphin is 2 hrs": a distance
    if _listed_towns(text, toks, k):
        return True  # "Clarence, Russell, Casselman, Embrun —": towns down the list
    listed = k >= 2 and toks[k - 1].lower in ("et", "and") and toks[k - 2].protected
    if gap.strip().startswith(":") and (listed or _HEAD_BEFORE.fullmatch(text, 0, toks[k].start)):
        return True  # "Mar 10 Brandon: sits…", "EIA Brandon: new intakes", "Hébertville et Alma :"
    to_here = k >= 2 and toks[k - 1].lower == "to" and not toks[k].possessive
    if to_here and _FROM_A_PLACE.search(text, 0, toks[k - 1].start):
        return True  # "moved from Ste. Rose to Brandon mid-year"
    surnamed = nxt is not None and gap == " " and nxt.cap and (nxt.unknown or nxt.surname)
    if after_sit(text, toks[k].start) and not (surnamed and nxt is not None and not nxt.protected):
        return True  # "Sit 2026-044, Brandon. Youth…", not "sit 26-029 : Patricia Lamothe a…"
    if k == 0:
        return False
    prev = toks[k - 1]
    before = toks[k - 2].lower if k >= 2 else ""
    if prev.lower in ("to", "from") and before in _MOVED and text[prev.end : toks[k].start] == " ":
        return True  # "relocated to Brandon", "moved back to Florence", "back from Paris"
    if prev.lower == "to" and before in ("in", "home") and k >= 3 and toks[k - 3].lower in _MOVED:
        return True  # "she'll come in to Sydney Tues", "wants to go home to Rama"
    if prev.lower == "to" and _BY_HIGHWAY.search(text, max(0, prev.start - 16), prev.start):
        return True  # "she hitched down Hwy 8 to Merritt": a highway leads to a town
    if (
        prev.lower in ("and", "et", "or", "ou", "&")
        and before in LAKE_WORDS
        and toks[k - 2].cap
        and k >= 3
        and toks[k - 3].cap
    ):
        return True  # "Moses Lake and Levern both had ODs": two communities
    if _KEPT_OUT.search(text, max(0, toks[k].start - 30), toks[k].start) and not toks[k].possessive:
        return True  # "stay out of Brandon", "not to enter Hope": a condition names a town
    if prev.lower == "from" and before in _FOLKS and not toks[k].possessive:
        return True  # "the family from Russell moved to Dauphin": where they live
    if prev.lower == "de" and before in _FOLKS_OF_A_TOWN:
        return True  # « 3 familles de Warwick », « employés de Warwick »: many, of one town
    if (
        prev.lower == "from"
        and _TALLIED_FROM.match(text, toks[k].end)
        and _COUNTED.search(text, 0, prev.start)
    ):
        return True  # "3 calls from Devon, 2 from Barker's Point": a tally by part of town
    if (
        prev.lower in ("de", "du", "of")
        and k >= 2
        and toks[k - 2].text.isupper()
        and text[prev.end : toks[k].start] == " "
    ):
        return True  # "le CFS de Brandon", "la GRC de Sydney": an agency's office in a town
    if text[prev.end : toks[k].start] == ", " and (
        prev.lower.rstrip(".") in STREET_TYPES or prev.lower in _FACILITY_HEADS
    ):
        return True  # "Provincial Court on Prince St, Sydney", "Ross Memorial, Lindsay: 30F"
    if nxt is None and text[: toks[k].start].endswith(", ") and not toks[k].possessive:
        return True  # "the plant changes shifts Mon, Brandon": where the note is from
    if (
        prev.text.isupper()
        and prev.lower in lexicon().never_single  # an agency, not "FYI Hope = the mom"
        and text[prev.end : toks[k].start] == " "
    ):
        return True  # "RCMP Lloyd + Lloydminster Fire": an agency's detachment in a town
    if (
        prev.cap
        and prev.lower in ("services", "service", "army", "society", "mission", "association")
        and k >= 2
        and toks[k - 2].cap
        and text[prev.end : toks[k].start] == " "
        and not (nxt is not None and nxt.cap)
    ):
        return True  # "Victim Services Brandon says the call came…": the agency's office there
    office = before if prev.lower == "de" else prev.lower if toks[k].elided in ("d'", "d’") else ""
    if office in _OFFICES or (toks[k].elided and prev.text.isupper() and len(prev.text) > 1):
        return True  # "au bureau d'Amos", "l'urgence de Maria", "l'OMH d'Amos"
    if office == "près" or (prev.lower == "près" and toks[k].elided in ("d'", "d’")):
        return True  # "son camper près d'Obed", "près de Lebel": somewhere near a town
    if prev.lower in ("jusqu'à", "jusqu’à") and not toks[k].possessive:
        return True  # « faut le transport jusqu'à Chandler pour 8h »
    # "6 Rouyn, 4 Amos, 2 La Sarre" (counts by town), "Val-d'Or–Amos–La Sarre" (a bus route)
    if only_a_town(prev) and _TOWN_TO_TOWN.fullmatch(text, prev.end, toks[k].start):
        return True
    if (
        prev.lower in ("and", "et", "or", "ou")
        and k >= 2
        and only_a_town(toks[k - 2])
        and text[toks[k - 2].end : toks[k].start] == f" {prev.text} "
    ):
        return True  # "c'est Roberval ou Alma": after a town that is no one's name
    if (
        prev.lower == "at"
        and (before in INSTITUTION or before in ("detox", "rehab", "treatment", "dialysis"))
        and not toks[k].possessive
    ):
        return True  # "Detox at Brandon is full til Mon": a service in a town
    if (
        prev.lower in ("of", "de")
        and (before in _COMPASS or before in _PARTS)
        and not toks[k].possessive
    ):
        return True  # "a farm south of Eston", "au nord de Bellegarde": somewhere near a town
    if prev.lower in ("de", "du") and _NAMED_FOR_A_TOWN.search(
        text, max(0, prev.start - 80), prev.start
    ):
        return True  # "Centre de ressources familiales de Kent": a service and its town
    if prev.lower in ("tout", "toute") and not toks[k].possessive:
        return True  # "le TS couvre tout Kent cette semaine": the whole county
    if prev.lower == "at" and before in ("cross", "crossed", "crossing", "border"):
        return True  # "may try to cross at Emerson": a border crossing
    if prev.lower in _PLACE_PREPOSITIONS and text[prev.end : toks[k].start] == " ":
        if before in TO_SOMEONE or (prev.lower == "à" and before in _TO_SOMEONE_FR):
            return False  # "loop in Taylor", "parlé à Forest": someone, not somewhere
        if toks[k].possessive and nxt is not None and nxt.lower in _BELONGINGS:
            return False  # "picked her up in Kelvin's truck": someone's, not a town's
        return not (  # "loop in Taylor Smith"; not "couch surfing in Keith, Hamilton CAS"
            k + 1 < len(toks)
            and toks[k + 1].cap
            and toks[k + 1].surname
            and text[toks[k].end : toks[k + 1].start] == " "
        )
    if (
        text[prev.end : toks[k].start] == ", "
        and prev.cap
        and prev.protected
        and _LISTED_ON.match(text, toks[k].end) is not None
    ):
        return not prev.name or prev.listed_word  # "Saskatoon, Brandon and Regina"
    if prev.lower in ("habite", "habitent", "habitait") and text[prev.end : toks[k].start] == " ":
        return True  # "Sa fille habite Alma": where she lives
    if (
        k >= 2
        and text[prev.end : toks[k].start] == ", "
        and text[toks[k - 2].end : prev.start] == ", "
        and all(only_a_town(p) for p in (prev, toks[k - 2]))
    ):
        return True  # "Gaspé, Percé, Chandler : tournée": the last of a list of towns
    # "between Eskasoni and Sydney"
    return k >= 2 and prev.lower in ("and", "et") and toks[k - 2].protected and toks[k - 2].cap


_IDS = words("dob ddn sin nas hcn phn tel")
# "call from Paris (Brant county)": the county a town is in
_COUNTY_ASIDE = re.compile(r"[^()\n]{0,30}\b(?:county|comté|district|region|région)\)", re.I)
_HEAD_BEFORE = re.compile(r"\W*(?:[A-Z][a-z]{2,3}\.?\s\d{1,2}|[A-Z]{2,5})\s+")
_FROM_A_PLACE = re.compile(
    r"\b(?:moved|moving|came|went|relocated|travelled|traveled|transferred|drove|driven|bused|"
    r"bussed|flew|flown)\s+(?:back\s+)?from\s+(?:St?e?\.?\s)?[A-Z][\w'’-]+\s+$"
)
_TOWN_TO_TOWN = re.compile(r"[–—/]|,\s\d{1,4}\s")
_AFTER_SIT = re.compile(
    r"\b(?:sits?|situations?)\s*#?\s*(?:19|20)?\d\d-\d{3,4}\s*(?:[,:–—-]|\(|\sis\s)\s*"
    r"(?:\d{1,2}\s*y/?o\s*,\s*)?$",  # "Sit 26-055: 33 y/o, Dawson, 3 overdoses"
    re.I,
)  # "sit 26-041 (Alexandria, 16, …)", "26-046 is Dawson"
# "in the south end of Brandon", "the outskirts of Sydney": a part of a town
_PARTS = words("end side part outskirts edge centre center downtown city town village")
_NAMED_FOR_A_TOWN = re.compile(
    r"\b(?-i:Centre|Maison|Carrefour|Services?|Société|Conseil|Association|Coopérative|Club)"
    r"(?:\s+(?:de|des|du|d['’]|la|l['’])?\s*[a-zà-ÿ'’-]+){1,3}\s+$"
)
_KEPT_OUT = re.compile(
    r"\b(?:(?:stay|stays|keep|keeps|staying|keeping)\s+out\s+of|(?:banned|barred|banished)\s+from"
    r"|not\s+(?:to\s+)?enter)\s+$",
    re.IGNORECASE,
)
_FOLKS_OF_A_TOWN = words("familles employés travailleurs gens résidents citoyens aînés")
_FOLKS = words(
    "family families youth kid kids girl boy man woman household people folks sit sits referral"
    " pt pts patient patients"  # "pt from Lindsay transferred to Peterborough overnight"
    " new news update updates word"  # "Nothing new from Mayo this week"
    " transport transportation bus"  # "transport from Chase is covered by the band"
    " elder elders chief councillor teen teens student students"  # "Elder from Rama offered"
)
_ROADS = words("ch chemin rue route rang boul montée rd road hwy")
_BELONGINGS = words("truck car van suv sled skidoo boat trailer place house basement couch room")
_OFFICES = words(
    """
    bureau ville région secteur hôpital palais poste centre cour aéroport mairie centre-ville
    urgence urgences jeunes table celle celui école polyvalente village municipalité paroisse
    église quai aréna gens monde refuge détachement clsc gmf cégep route provenance usine
    police sit situation jeunesse gendarmerie hébergement détention réadaptation transition jour
    caisse desjardins juridique groupe transport foyer omh hôtel-dieu justice représentants
    autobus terminus gare hlm périnatalité caserne papetière moulin ressource intermédiaire
    ados femmes hommes aînés résidents citoyens pêcheurs
    """
)


def after_sit(text: str, start: int) -> bool:
    return _AFTER_SIT.search(text, max(0, start - 40), start) is not None


def _listed_towns(text: str, toks: Sequence[Tok], k: int) -> bool:
    """A list of towns where the ones after this word are given names too until one is
    only a town: "Clarence, Russell, Casselman"."""
    given_places = lexicon().given_places
    j = k
    while j + 1 < len(toks) and j - k < 4 and text[toks[j].end : toks[j + 1].start] == ", ":
        nxt = toks[j + 1]
        if not nxt.cap:
            return False
        if nxt.protected and not nxt.name:
            return j > k  # a town after at least one more given name that is a town
        if nxt.lower not in given_places:
            return False
        j += 1
    return False


_FACILITY_HEADS = words("memorial hospital general regional clinic")
_TALLIED_FROM = re.compile(r",\s*\d+\s+(?:[a-z]+\s+)?from\s")
_COUNTED = re.compile(r"\b\d+\s+[a-z]+\s+$")
_AMPERSAND_OFFICE = re.compile(r" (?-i:[A-Z]&[A-Z])\b")  # probation and parole, "P&P"
_LISTED_ON = re.compile(r"\s*(?:,|\band\b|\bet\b|&)\s*(?-i:[A-ZÀ-Ý])")
_BY_HIGHWAY = re.compile(r"\b(?:hwy|highway|route|rte)\s*#?\d{1,3}[A-Z]?\s+$", re.IGNORECASE)
_MOVED = words(
    """
    relocated relocating relocate moved moving move went going go sent transferred headed out
    travelled traveled travelling traveling
    redirecting redirected diverted
    flying fly flies arrived arriving arrive fled fleeing immigrated emigrated
    away over down up
    heading drove driving returned returning back came coming come comes flew bussed bused referred
    travel travels running runs ran rides ride riding commute commutes hitchhiked hitchhiking
    hitched hitching thumbed walked walking biked
    crossed crossing trip trips flight flights vacation holiday voyage
    bus buses train taxi transport transfer
    """
)
# Said after a town, never after a person: a province, a part of town, the town's services
_AFTER_TOWN = words(
    """
    manitoba saskatchewan alberta ontario east west north south plates plate site sites campus
    soup pantry kitchen
    downtown table hub police rcmp detachment general regional area region city hospital office
    rep reps motel hotel shelter update clinic schools cathedral cathédrale youth emergency
    walk-in handi-bus handibus
    pharmacy pharmacies families trip trips flight flights crew crews station stations
    clerk clerks carrier carriers po outlet depot community arena marina legion library
    """
)
_DISTANCE_SAID = re.compile(
    r"\s+(?:is|was|['’]s)\s+(?:too\s+|very\s+|really\s+|pretty\s+|so\s+)?"
    r"(?:far(?!\s+(?:behind|ahead|better|worse|more|less|from))|remote"
    r"|\d+\s*(?:km|kms|hrs?|hours?|mins?|minutes?)\b)",
    re.IGNORECASE,
)
_TABLE_NEXT = re.compile(r"\s+(?:table|hub)\b", re.IGNORECASE)
_PROVINCE_NAMES = words("manitoba saskatchewan alberta ontario quebec québec nunavut yukon")
_PROVINCES = frozenset((*words("MB SK AB ON QC BC NS NB NL PEI"), *_US_STATES))
TO_SOMEONE = words("loop looped bring brought fill filled check checked call called let")
# "parlé à Forest", "référée à Alma": said or given to someone; "hospitalisée à Amos" is a town
_TO_SOMEONE_FR = words(
    """
    parlé parle parler dit dire écrit écrire demandé demande demander texté texte textée
    répondu expliqué téléphoné donné donne envoyé envoyée confié confiée montré annoncé
    raconté remis promis référé référée présenté présentée jasé jase mentionné mentionner
    rappeler rappelle expliquer confirmer confirmé annoncer transmettre transmis répondre
    """
)


_LITTLE_ONES = words(
    "p'tit p’tit ptit petit petite p'tite ptite gars garçon garcon plus vieux ti-gars ti-cul ti-pet"
)
LAKE_WORDS = words("lake river creek bay falls narrows landing mission portage rapids")


def asked_as_a_place(text: str, pos: int) -> bool:
    """ "Dillon? the town?", "Kelsey? that's the Kelsey campus of Sask Poly": the word before
    ``pos`` asked about, then said to be a place."""
    return _A_PLACE_AFTER.match(text, pos) is not None


_A_PLACE_AFTER = re.compile(
    r"\s*\?\s*(?:the\s+(?:town|village|reserve|rez|school|street|road|lake|campus)\b"
    r"|that['’]?s\s+the\s+(?:[\w'’-]+\s+){0,2}(?:campus|school|town|reserve|street|road|park)\b"
    r"|(?:la|le)\s+(?:ville|village|réserve|rue|école)\b)",
    re.IGNORECASE,
)


def part_of_town(text: str, toks: Sequence[Tok], k: int) -> bool:
    """ "couch surfing in Keith, Hamilton CAS aware": in a place, then its city after a comma,
    a neighbourhood named like a person; "dans le quartier Spence": said to be one."""
    if k >= 2 and toks[k - 1].lower in _QUARTER and toks[k - 2].lower in ("le", "du", "au"):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        return text[toks[k - 1].end : toks[k].start] == " " and not (nxt and nxt.cap)
    if k < 1 or k + 1 >= len(toks) or toks[k - 1].lower not in ("in", "dans"):
        return False
    city = toks[k + 1]
    return (
        text[toks[k - 1].end : toks[k].start] == " "
        and text[toks[k].end : city.start] == ", "
        and only_a_town(city)
        and (k < 2 or toks[k - 2].lower not in TO_SOMEONE)
    )


_QUARTER = words("quartier secteur district arrondissement")


def accented_place(word: str, lex: Lexicon) -> bool:
    """A place the lists hold without its accents ("Néguac"), not a given name written as a
    city ("s'appelle Régina, comme la ville")."""
    bare = unaccented(word)
    return bare != word and bare in lex.never_single and bare not in lex.given_places


def resides_in(text: str, toks: Sequence[Tok], k: int) -> bool:
    """Where someone lives, in a village no list holds: "vit à Bellegarde", "lives in Ile-à-
    la-Crosse". People live with someone, not in or at them."""
    if k < 2 or toks[k - 1].lower not in ("à", "in", "au", "de", "to") or toks[k].possessive:
        return False
    if text[toks[k - 1].end : toks[k].start] != " " or toks[k].lower in TITLES:
        return False  # "the girl is in Mr. Pinto's class": a title, a person next
    before = toks[k - 2].lower
    if toks[k - 1].lower == "to":
        return before in _MOVED and not toks[k].given  # "family moved to Bellegarde"
    if toks[k - 1].lower == "de":
        return before == "coin"  # "dans le coin de Jean-Talon": a street, an area
    if toks[k].given:
        # "elle habite à Alfred": where someone lives is a place, whatever the lists say
        return before in _LIVES and toks[k - 1].lower in ("à", "in")
    if (
        toks[k - 1].lower == "à"
        and (toks[k].unknown or (toks[k].surname and not toks[k].common))
        and before not in _TO_SOMEONE_FR
        and before not in KIN  # "le p'tit à Bisson", "la fille à Dieumerci": whose child
        and before not in CONTACT_THINGS  # "le cell à Steeve": whose phone
        and before not in CREWS  # "la gang à Poirier": whose friends
        and before not in _LITTLE_ONES
    ):
        return True  # "le policier de la GRC à Ponteix": a village in no list
    # "Great-aunt in Maidstone": nobody is in a person
    return before in _LIVES or (toks[k - 1].lower == "in" and before not in TO_SOMEONE)


_LIVES = words(
    """
    vit vivent vivait habite habitent habitait demeure demeurent réside résident lives live
    lived living resides reside resided moved déménagé déménagée déménagés installé installée
    """
)

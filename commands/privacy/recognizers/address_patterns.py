"""The shapes of addresses: street types in English, French and the languages of the
First Nations, civic and unit numbers, highways, grid roads, corners, and the table of
patterns with the kind and priority of each. What a match may not be is decided in
``addresses``."""

from __future__ import annotations

import functools
import re

from commands.privacy.findings import Kind
from commands.privacy.recognizers import (
    address_corners,
    address_rural,
    address_untyped,
    postal_codes,
)

# with Algonquin, Ojibwe and Cree for road: "41 Wabozo Mikan", "22 Opemiska Meskino", "8 Amisk
# Meskanu"
_STRICT_TYPES = (
    "street|st|avenue|ave|av|road|rd|drive|dr|crescent|cres|cresc|court|ct|boulevard|blvd|"
    "lane|ln|terrace|terr|trail|trl|tr|parkway|pkwy|highway|hwy|circle|cir|(?-i:[Ss]q)|concession|"
    "conc|sideroad|hts|gdns|crt|cr|bv|blv|expressway|expy|fwy|freeway|pvt|mikan|miikana|meskanaw|"
    "meskino|meskanu"
)
_LOOSE_TYPES = (
    "way|place|pl|close|bay|gate|row|square|line|grove|heights|point|pt|manor|mews|"
    "landing|ridge|park|common|commons|green|walk|path|crossing|hill|view|cove|gardens|"
    "alley|private|estates|link|bend|rise|run|trace|loop|key|quay|wynd|route|rte|pathway"
)
_EN_TYPES = _STRICT_TYPES + "|" + _LOOSE_TYPES
# Rural Nova Scotia and New Brunswick give the civic number after the road: "Onslow Mountain
# Rd, civic 402", "off Hilden Rd, near civic 1540"; not "no civic # given"
_CIVIC_AFTER = (
    r"(?P<addr>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,3}\s+(?:" + _STRICT_TYPES + r")\.?"
    r",?\s+(?:near\s+)?civic\s*(?:#|no\.?|number)?\s*\d{1,5}[A-Za-z]?)\b"
    # "civic 402, Onslow Mountain Rd"
    r"|(?:civic\s*(?:#|no\.?|number)?\s*\d{1,5}[A-Za-z]?,?\s+(?-i:[A-Z][\w'’-]+)"
    r"(?:\s+(?-i:[A-Z][\w'’-]+)){0,3}\s+(?:" + _STRICT_TYPES + r"))\b"
)
_FR_FIRM_TYPES = (
    "rue|avenue|av|boulevard|boul|bd|blvd|chemin|rang|route|rte|montée|"
    "côte|cote|impasse|allée|allee|promenade|croissant|ruelle|autoroute|sentier|rond-point"
)
# everyday words too ("1 place femme", "un 2 ch.", "2 cours"): a capitalised street name after
_FR_WORD_TYPES = (
    "ch|ave|place|pl|terrasse|cours?|carré|carre|voie|square|passage|quai|parc|domaine|baie"
)
_FR_TYPES = _FR_FIRM_TYPES + "|(?:" + _FR_WORD_TYPES + ")(?P<amb>)"
TYPE_WORDS = f"{_STRICT_TYPES}|{_LOOSE_TYPES}|{_FR_FIRM_TYPES}|{_FR_WORD_TYPES}"
_DIR = r"(?:\s+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West|Nord|Sud|Est|Ouest|O)\b(?!['’])\.?)?"
QUANTITY_WORDS = (
    r"(?:x|times|fois|days|jours|weeks|calls|more|others?|autres|of|per|am|pm|h|interventions|appels|"
    r"visites|nuits|nights|visits|contacts|incidents|mois|months|hours|heures|kids|enfants|ans|"
    r"years|ppl|people|min|mins|minutes|units|beds|yrs|degrees|km|kg|lbs|percent|full|empty|free|"
    r"left|vacant|occupied|taken|booked|open|missed|failed|breached|outstanding|previous|prior|"
    r"separate|different|reports|signalements|plaintes|complaints|referrals|rapports|fugues|cours|"
    r"buildings|bâtiments|immeubles|houses|homes|logements|towers|tours|cats|dogs|chats|chiens)"
)
_UNIT_WORDS = (
    r"(?:apt|apartment|unit|suite|ste|bsmt|basement|room|rm|app|appart|appartement|(?-i:PH)|"
    r"logement|log|bureau|porte|#)"
)
_UNIT = (
    r"(?:\s*,?\s*(?:" + _UNIT_WORDS + r")\.?\s*#?\s*[0-9]{1,5}[A-Za-z]?\b"
    r"|\s*,?\s*(?:basement|bsmt|upper|lower|main floor|sous-sol)\b)?"
)
_STOP = (
    r"(?:the|a|an|and|or|to|at|on|in|of|for|with|from|by|times|x|y/o|yo|yrs|years|"
    r"people|kids|youth|days|weeks|months|hours|hrs|hr|hour|agencies|calls|visits|et|le|la|"
    r"les|des|du|de|au|aux|à|avec|pour|sur|dans|fois|ans|jours|semaines|mois|heures|"
    r"is|was|are|has|had|been|who|she|he|they|her|his|their|not|no|per|min|mins|"
    r"am|pm|h|km|kms|m|kg|lbs|mg|ml|cans|drinks|beers|pills|ce|cette|ces|ici|libre|dispo|"
    r"disponible|if|someone|anyone|can|could|will|would|should|we|you|when|then|so|but|"
    r"because|just|also|need|needs|please|pls|near|près|siblings|children|enfants|friends|"
    r"girls|boys|men|women|guys|dogs|cats"
    # "the 101 route didn't run": a negation, no street's name
    r"|(?:didn|doesn|don|isn|wasn|weren|won|can|hasn|hadn|aren|wouldn|couldn)['’]t)"
)
_WORD = r"(?!" + _STOP + r"\b)[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w'’.\-]*"
_EN_WORD = r"(?!(?-i:[a-zà-ÿ]{4,})\.\s)" + _WORD  # not "missed 4 doses. prescriber Dr. Nguyen"
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th|e|ième|re|er)"
_CIVIC = (
    # "B-14 Riverside Dr", "B4-110 Ross St E": a lettered unit before the civic number
    r"(?<![\w$./:-])(?!\d{4}-\d\d-\d\d\b|\d\d-\d\d-\d{4}\b)"  # "b. 1962-07-19 854 Ominica St"
    # "Form 9 appearance notice …": a form; "un 2 ½ rue Notre-Dame": the flat's size, no civic
    r"(?!(?<=[Ff]orm\s)\d\d?\s|(?:(?<=\b(?:un|le|du|de|ce)\s)|(?<=\b(?:mon|son)\s))\d\s?½)"
    # a pasted CSV row: "…,1987-09-02,1204-455 Elgin St,K2P 1M3" (not "1,500 …", a thousand)
    r"(?:(?<!,)|(?<=[^\d\s],)|(?<=\d,)(?!\d{3}(?!\d)))"
    r"(?:\d{1,5}\s*[-–]\s*|(?-i:[A-F])\d{0,2}-(?=\d{1,6}\s))?(?!0)(?:\d\d?\s(?=\d{3},))?\d{1,6}(?:\s?½|\s1/2)?"
    r"(?-i:[A-Z]|[a-df-z])?"  # "12B", "12b", not "3e appel de la SQ": a French ordinal
    r"(?:\s*[-–]\s*(?!0)\d{1,5}[A-Za-z]?"  # no civic number starts with 0: not "in 26-069 …"
    r"|-[A-Za-z](?![\w])|\s(?-i:[A-Z])(?=,))?"  # "15-B, avenue des Érables", "45 A, rue…"
)
_UNIT_PREFIX = r"(?:(?<!\w)(?:" + _UNIT_WORDS + r")\.?\s*#?\s*\d{1,5}[A-Za-z]?\s*[,-]?\s*)?"

_EN_ADDRESS = (
    _UNIT_PREFIX
    + _CIVIC
    + r"\s+(?:"
    + _ORDINAL
    + r"|(?-i:La|Le|Les|Du|Des)\s+[A-ZÀ-Ö][\w'’.\-]*|"  # "1106 La Ronge Ave"
    + _EN_WORD
    + r")"
    # "8812 W Fond du Lac Ave", "1450 prince of wales dr": a particle inside the name
    r"(?:\s+(?:"
    + _EN_WORD
    + r"|(?-i:du|de|des|la|le)(?=\s+[A-ZÀ-Ö])|(?<!block\s)of(?=\s+[^\W\d_]))){0,3}?"
    r"\s+(?:" + _STRICT_TYPES + r")\b\.?" + _DIR + _UNIT
)
_CAP = r"(?:" + _ORDINAL + r"|[A-ZÀ-Ö][\w'’.\-]*)"
_EN_LOOSE_ADDRESS = (
    r"(?i:" + _UNIT_PREFIX + r")" + _CIVIC + r"\s+" + _CAP + r"(?:\s+" + _CAP + r"){0,3}?\s+"
    r"(?:"
    + "|".join(t.capitalize() for t in _LOOSE_TYPES.split("|"))
    + r")\b\.?"
    + r"(?i:"
    + _DIR
    + _UNIT
    + r")"
)
_EN_CUED_ADDRESS = (
    r"\b(?:lives|living|staying|resides|residing|address|moved|moving|located|habite|demeure)"
    r"\s+(?:at|to|on|is|:|au|à)?\s*(?P<addr>"
    + _CIVIC
    + r"\s+"
    + _WORD
    + r"(?:\s+"
    + _WORD
    + r"){0,3}?\s+(?:"
    + _LOOSE_TYPES
    + r")\b\.?"
    + _DIR
    + _UNIT
    + r")"
)
_EN_AVENUE_LETTER = (
    _UNIT_PREFIX
    + _CIVIC
    + r"(?:(?<=\d\d\d),)?\s+(?:avenue|ave|av|street|st)\.?\s+"  # "1022, avenue H Nord"
    # "Avenue K", "ave k s"; not "3e Avenue a obtenu"
    # not "on 100 Ave. 2 families", "to 108 Ave. BC Housing says"
    + r"(?:(?-i:[A-Z](?:[A-Z](?!\s+[A-Z][a-z]))?)|(?<!\.\s)\d{1,2}|(?-i:[a-z])"
    + r"(?=\s*(?:[nsewNSEW]\b|(?:north|south|east|west)\b|$|[,.;])))\b"
    + _DIR
    + _UNIT
)
# "412 - 9th St E" (unit - civic on a numbered street), "1450, 8e Avenue, app. 2".
_ORDINAL_STREET = (
    _UNIT_PREFIX
    + r"(?<![\w$.,/:-])(?:\d{1,5}\s*[-–]\s*)?\d{1,6}(?:-?[A-Za-z])?"  # "45-B, 2e Avenue"
    + r"(?:\s*[-–]\s*|\s+|,\s+(?=\d{1,3}(?:e|ième|re|er)\b))"
    + _ORDINAL
    + r"\s+(?:"
    + _STRICT_TYPES
    + r"|rue|rang|boul|bd)\b\.?"
    + _DIR
    + _UNIT
)
_HIGHWAY = (
    _CIVIC
    + r"\s+(?:highway|hwy|route|rte|road|rd|concession|line|range road|rr)\s*#?\s*"
    + r"\d{1,4}[A-Za-z]?\b"  # "2175 Hwy 17A"
)
# "54012 Range Road 234": the prairie grid's road and its number, over "54012 Range Road"
_GRID_ROAD = _CIVIC + r"\s+(?:range|rge|township|twp)\.?\s+(?:road|rd)\.?\s*#?\s*\d{1,4}\b"
_FR_CONNECT = r"(?:\s+(?:de\s+la|de\s+l'|de\s+l’|du|des|de|d'|d’|l'|la|le|saint|sainte|st|ste))*"
_FR_ADDRESS = (
    _UNIT_PREFIX
    + r"(?:(?<=\bau\s)(?P<au>))?"
    + _CIVIC
    # "habite au 12 de la rue Champlain": after "au", the number, then "de la" and the street
    + r",?\s+(?(au)(?:(?:de\s+la|de\s+l['’]|du)\s+)?)(?:"
    + _FR_TYPES
    + r")\b\.?"
    + _FR_CONNECT
    + r"\s*"
    # "2 cours le matin": a time of day, "1 place de longue durée": a bed, not a street
    + r"(?!(?:matin|soir|midi|après-midi|lendemain|jour|temps|week-end|weekend|longue|courte)\b)"
    # after "de", "du": "1162 ch. de montréal" typed in lower case
    + r"(?(amb)(?:(?<=\sde\s)|(?<=\sdu\s)|(?<=\sdes\s)|(?<=\sd['’])"
    # a capitalised word, not "17 Ave SE. CPS", "118 Ave BIA": an English avenue, then letters
    + r"|(?!(?:(?<=(?-i:Ave)\s)|(?<=(?-i:Ave)\.\s))(?-i:[A-Z][a-z]))"  # English: "96 Ave Mar 28"
    + r"(?-i:(?=[A-ZÀ-Ö])(?![A-ZÀ-Ö]{2,}\b))(?!(?:le|la|les|l['’]|de|du|des)\b)))"
    + _WORD
    + r"(?:[\s-]+(?!"
    + _STOP
    + r"\b)(?-i:[A-ZÀ-Ö])[\w'’\-]*){0,3}"  # "rue du Pont", not "… s'appelle Gaston"
    + _DIR
    + _UNIT
)
_STREET_NAME = r"(?:[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w'’.\-]*(?:\s+[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w'’.\-]*){0,3}?)"
_CORNER = (
    # "corner of Albert and 7th is where the encampment is, not a residence": a public spot.
    # Only where a corner's first word can start (the check reads 60 characters ahead).
    # not '"corner of Rideau and Dalhousie" is fine to write': a phrase quoted, no place
    r"(?<![\"“«])(?=at\s|on\s|corner|intersection|au\s|coin|à\s|l')"
    r"(?![^.;|\n]{0,60}\b(?:is|was)\s+where\s+the\s+(?:encampment|camp|tents?)\b)"
    r"(?:(?:at\s+the\s+|on\s+the\s+)?(?:corner|intersection)\s+of"
    # "au coin de Cartier et Laurier", "coin Ste-Catherine et Papineau"; not "le coin tous les
    # jours et il…" (a spot he goes to)
    r"|(?:au\s+)?coin\s+(?:des\s+rues\s+|de\s+la\s+rue\s+|de\s+l'|de\s+|du\s+|(?-i:(?=[A-ZÀ-Ý0-9]))"
    # "coin rue Saint-Vallier et rue de la Chapelle", "coin boul. Saint-Joseph et rue Gamelin"
    r"|(?:rue|boul(?:evard)?\.?|avenue|chemin)\s+(?:du\s+|des\s+|de\s+la\s+|de\s+l['’]|de\s+)?(?-i:(?=[A-ZÀ-Ý0-9]))"
    r"|(?=[\w'’.-]+\s+(?:and|&|et|pis|@|/)\s))"  # "coin papineau pis ste-cath"
    r"|(?:à\s+)?l'(?:angle|intersection)\s+(?:des\s+rues\s+|de\s+la\s+rue\s+|de\s+l'|de\s+|du\s+)?)"
    r"\s*(?!(?:la\s+)?rue\s+(?:et|pis)\s)"  # "au coin de la rue et au parc": no street named
    + _STREET_NAME
    + r"\s+(?:and|&|et|pis|n|@|/)\s+"  # "corner of bay ave n 4th st": chat's "n"
    # "au coin de la 4e Rue et de la rue Saint-Joseph": "de la" before the second street too
    + r"(?:(?:de\s+la\s+|du\s+|de\s+l['’]|de\s+)?(?:rue|avenue|boulevard|boul\.?|chemin)\s+"
    + r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)?)?"
    + _STREET_NAME
    + r"(?:\s+(?:"
    + _STRICT_TYPES
    + r")\b\.?"
    + r"|(?=(?-i:\s+[a-zà-ÿ]))"  # a lower-case word ends the street: "… and Gladstone most nights"
    + r"|(?=\s*(?:[,.;:()!?\-–—\"”»]|$|\b(?:and|in|near|after|when|where|at|on|"
    r"around|behind|since|with|for|by|to|the|last|yesterday|près|dans|vers|à|où|depuis|pour|"
    r"avec|par|le|la|les|hier|quand|lors)\b)))"
)
_STREET_WORD = r"(?:[A-Z][\w'’.-]*|\d{1,3}(?:st|nd|rd|th|e|ème))"
_AVENUE_LETTER = r"(?i:avenue|ave)\.?\s+[A-Z]\b"
_SLASH_INTERSECTION = (
    # Both streets have their type ("Victoria Ave E and Simpson St", "Main St/2nd Ave",
    # "Avenue H and 20th St W"): "Health and Wellness Drive" is one road, not a corner; nor is
    # the end of a list of places ("Green Lake, Jans Bay and Cole Bay")
    r"(?=" + _STREET_WORD + r"\s+(?i:" + _EN_TYPES + r")\b|" + _AVENUE_LETTER + r")(?<![A-Za-z],\s)"
    r"\b(?:" + _AVENUE_LETTER + r"|" + _STREET_WORD + r"(?:\s+(?i:" + _EN_TYPES + r"))?)"
    r"\.?(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?\s*(?:&|/|and)\s*"
    r"(?:" + _AVENUE_LETTER + r"|(?:" + _STREET_WORD + r"|\d{1,3})\s+(?i:" + _EN_TYPES + r")\b\.?)"
    r"(?:\s+(?:N|S|E|W|NE|NW|SE|SW|East|West|North|South)\b\.?)?+"
    # "Pine Cres and Birch St area had 2 break-ins": a part of town, no one's corner;
    # "Dewdney Ave and Albert St: sex trade concerns", "… both flagged": a heading, a hot spot
    # "Copper Ridge Place and Whistle Bend Place both declined": two care homes, no corner
    r"(?!\s+(?i:area|areas|neighbourhood|neighborhood|district|corridor|vicinity|outreach|both|"
    r"place|manor|lodge|centre|center|home|intersection)\b"
    r"|\s*(?:\([^()\n]{1,30}\)\s*)?:\s)"  # "King St and Front St (Sioux Lookout): patrols"
)
# "at 20th and avenue p", "ave p & 20th st": a numbered street and a lettered avenue, typed in
# any case (Saskatoon and Regina letter their avenues)
_ORDINAL_AVENUE = (
    r"\b(?:\d{1,3}(?:st|nd|rd|th)(?:\s+(?:st|street))?\.?\s*(?:&|/|and)\s*(?:avenue|ave)\.?\s+"
    r"[a-hj-z]|(?:avenue|ave)\.?\s+[a-hj-z](?:\s+(?:north|south|east|west))?\s*(?:&|/|and)\s*"
    r"\d{1,3}(?:st|nd|rd|th)"  # "by ave p south and 20th"
    r"(?:\s+(?:st|street))?+)\b(?:\s+(?:n|s|e|w)\b)?+(?!['’])"
    r"(?!(?:\s+(?:[ns]|e|w)\b)?\s+(?i:area|areas|neighbourhood|corridor)\b)"
)
# "seen near Simpson and Victoria Ave at 11 pm": the second street typed; not "near Jane &
# Finch", a neighbourhood, nor "at Pine and Birch St area"
_AND_TYPED_CORNER = (
    # where someone was seen or stays: not "Home visit planned near Eglinton and Markham Rd"
    r"\b(?i:seen|spotted|found|picked\s+up|dropped\s+off|hangs?(?:\s+out)?|hanging(?:\s+out)?|"
    r"sleeping|staying|stays|camping|panhandling|located)\b[^.\n]{0,25}?\b(?:at|near)\s+(?P<addr>"
    r"(?-i:[A-Z][A-Za-z]{2,}\s+(?:and|&)\s+[A-Z][A-Za-z]{2,})\s+"
    r"(?i:" + _STRICT_TYPES + r")\b\.?)(?!\s+(?i:area|neighbourhood|neighborhood|district)\b)"
)
# "staying at her cousin's on Erie St S and Talbot": a relative's home on a corner, the
# first street typed (not "the Tim's on Queen St and Main", a shop's)
_HOME_ON_CORNER = (
    r"\b(?i:(?:mom|mum|dad|cousin|aunt|auntie|uncle|grandma|granny|gran|kokum|sister|brother|"
    r"friend|bf|gf|boyfriend|girlfriend|ex|partner|nan|nana|papa|grandpa)['’]?s"
    r"|(?:her|his|their)\s+(?:place|house|trailer|apartment|apt))\s+on\s+(?P<addr>"
    r"[A-Z][\w'’-]+\s+(?i:" + _STRICT_TYPES + r")\b\.?(?:\s+(?:N|S|E|W)\b\.?)?\s+(?:and|&)\s+"
    r"(?:[A-Z][A-Za-z]{2,}|\d{1,3}(?:st|nd|rd|th))(?:\s+(?i:" + _STRICT_TYPES + r")\b\.?)?)"
    r"(?!\s+(?i:area|neighbourhood|neighborhood|district)\b)"
)
# "crashing at Kenny's place on Maple and 3rd", "staying at the pink house on Fourth and
# Central", "evicted from the house at Sinclair and Fifth": someone's home, on a corner of
# bare streets
_PLACE_ON_CORNER = (
    r"\b(?:[A-Z][a-z]+['’]?s?|(?i:her|his|their|my|the(?:\s+[a-z]+)?))"
    r"\s+(?i:place|house|trailer|apartment|apt)"
    r"\s+(?:on|at)\s+(?P<addr>[A-Z][A-Za-z]{2,}\s+(?:and|&)\s+"
    r"(?:[A-Z][A-Za-z]{2,}|\d{1,3}(?:st|nd|rd|th)))"
    r"(?![\w'’-])(?!\s+(?i:area|neighbourhood|neighborhood|district)\b)"
)
# "apt 2B, 88 Wellington", "unit 4 of 211 Elm", "app. 3 au 45 Principale": a unit, then
# the civic number and a street written without its type
# Chat types the street in lower case, after a unit or a floor: "unit 4 at 22 birch", "2nd flr
# 118 king e"; not "apt 3, 56 days left"
_UNIT_THEN_CIVIC = (
    r"\b(?:(?:apt|apartment|unit|suite|app|appart|appartement|logement)\.?\s*#?\s*\d{1,5}[A-Za-z]?"
    r"(?:\s*,\s*|\s+(?:of|at|in|du|au|,)\s+)|\d(?:st|nd|rd|th)\s+(?:flr|floor),?\s+"
    r"|(?:bsmt|basement|lower|upper|rear|back)\s+(?:apt|unit|suite)\s+(?:at|of|in)\s+)"
    r"\d{1,6}[A-Za-z]?\s+(?:(?-i:[A-ZÀ-Ý][a-zà-ÿ'’]{2,}(?:[\s-][A-ZÀ-Ý][a-zà-ÿ'’]{2,})?)"
    r"|(?!" + QUANTITY_WORDS + r"\b)(?-i:[a-zà-ÿ'’]{3,}(?:\s+[nsew](?![\w'’-]))?))(?![\w'’-])"
)
# "placée chez sa tante à 27, Empress Bay": the French comma after the civic number, then a
# street whose type is English
_FR_COMMA_EN_TYPE = (
    r"(?:(?<=\bà\s)|(?<=\bau\s)|(?<=\bat\s))\d{1,5},\s+(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
    r"\s+(?:" + _STRICT_TYPES + "|" + _LOOSE_TYPES + r")\b\.?"
)
# "2301 Woodward Ave, 48201": five digits right after a street written with its type
_ZIP_AFTER_STREET = (
    r"\b(?:"
    + _STRICT_TYPES
    + r")\.?"
    + _DIR
    # "2420 Cedar Ave S, Apt 5, 55404": after the unit too; "2210 4th Ave NW Minot 58703"
    + r"(?:,\s*(?:apt|unit|suite|#)\.?\s*#?\s*\d{1,5}[A-Za-z]?)?"
    # "2230 W Grand Blvd, Detroit 48208": the town after a comma
    + r"(?:,\s*|,?\s+(?:in\s+)?(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),?\s+)"
    + r"(?P<addr>\d{5}(?:-\d{4})?)\b(?![.,]\d)"
)


@functools.cache
def address_patterns() -> tuple[tuple[re.Pattern[str], Kind, int], ...]:
    i = re.IGNORECASE
    return (
        (re.compile(_EN_ADDRESS, i), Kind.ADDRESS, 60),
        (re.compile(_EN_AVENUE_LETTER, i), Kind.ADDRESS, 61),
        (re.compile(_EN_LOOSE_ADDRESS), Kind.ADDRESS, 60),
        (re.compile(_EN_CUED_ADDRESS, i), Kind.ADDRESS, 60),
        (re.compile(_HIGHWAY, i), Kind.ADDRESS, 59),
        (re.compile(_GRID_ROAD, i), Kind.ADDRESS, 62),
        (re.compile(_ORDINAL_STREET, i), Kind.ADDRESS, 62),
        (re.compile(_FR_ADDRESS, i), Kind.ADDRESS, 61),
        (re.compile(address_rural.RURAL, i), Kind.ADDRESS, 58),
        (re.compile(_CORNER, i), Kind.ADDRESS, 57),
        (re.compile(_SLASH_INTERSECTION), Kind.ADDRESS, 40),
        (re.compile(address_corners.SLASH_CORNER, i), Kind.ADDRESS, 40),
        (re.compile(_ORDINAL_AVENUE, i), Kind.ADDRESS, 41),
        (re.compile(address_corners.AND_CORNER), Kind.ADDRESS, 40),
        (re.compile(address_corners.NAMED_CORNER), Kind.ADDRESS, 40),
        (re.compile(address_corners.SLEPT_CORNER), Kind.ADDRESS, 40),
        (re.compile(address_corners.WHERE_CORNER), Kind.ADDRESS, 40),
        (re.compile(address_corners.SPOT_CORNER), Kind.ADDRESS, 40),
        (re.compile(address_corners.GIVEN_CORNER), Kind.ADDRESS, 40),
        (re.compile(address_corners.WHERE_SLEEPS_CORNER_FR), Kind.ADDRESS, 40),
        (re.compile(address_corners.TENANT_CORNER), Kind.ADDRESS, 57),
        (re.compile(_HOME_ON_CORNER), Kind.ADDRESS, 40),
        (re.compile(_PLACE_ON_CORNER), Kind.ADDRESS, 40),
        (re.compile(_AND_TYPED_CORNER), Kind.ADDRESS, 57),
        (re.compile(address_untyped.AU_CIVIC), Kind.ADDRESS, 57),
        (re.compile(address_untyped.VIA_STREET), Kind.ADDRESS, 58),
        (re.compile(address_untyped.LETTER_STREET), Kind.ADDRESS, 58),
        (re.compile(address_untyped.UNIT_CIVIC_BARE), Kind.ADDRESS, 58),
        (re.compile(address_untyped.COMPASS_UNIT, i), Kind.ADDRESS, 58),
        (re.compile(address_untyped.COMPASS_END), Kind.ADDRESS, 57),
        (re.compile(address_rural.KM_HOME, i), Kind.ADDRESS, 58),
        (re.compile(address_rural.HOUSE_NUMBER, i), Kind.ADDRESS, 58),
        (re.compile(address_rural.UNIT_LIVED_IN, i), Kind.ADDRESS, 57),
        (re.compile(address_rural.PLEX, i), Kind.ADDRESS, 58),
        (re.compile(postal_codes.POSTAL, i), Kind.POSTAL_CODE, 75),
        (re.compile(postal_codes.ZIP_SAID, i), Kind.POSTAL_CODE, 90),
        (re.compile(postal_codes.ZIP, i), Kind.POSTAL_CODE, 74),
        (re.compile(_ZIP_AFTER_STREET, i), Kind.POSTAL_CODE, 74),
        (re.compile(postal_codes.ZIP_AFTER_TOWN), Kind.POSTAL_CODE, 74),
        (re.compile(postal_codes.TOWN_STATE_ZIP), Kind.POSTAL_CODE, 90),
        (re.compile(postal_codes.ZIP_AFTER_STREET), Kind.POSTAL_CODE, 74),
        (re.compile(address_untyped.UNIT_AFTER, i), Kind.ADDRESS, 59),
        (re.compile(address_untyped.LOWER_UNIT_AFTER), Kind.ADDRESS, 59),
        (re.compile(address_untyped.CUED_BARE, i), Kind.ADDRESS, 57),
        (re.compile(_UNIT_THEN_CIVIC, i), Kind.ADDRESS, 58),
        (re.compile(_FR_COMMA_EN_TYPE, i), Kind.ADDRESS, 58),
        (re.compile(address_rural.TRAILER_LOT, i), Kind.ADDRESS, 58),
        (re.compile(address_rural.CAMP_SITE, i), Kind.ADDRESS, 58),
        (re.compile(address_rural.MOORING, i), Kind.ADDRESS, 58),
        (re.compile(address_untyped.WAY_STREET, i), Kind.ADDRESS, 58),
        (re.compile(address_untyped.UNIT_WAY_STREET, i), Kind.ADDRESS, 61),
        (re.compile(address_rural.ROAD_KM, i), Kind.ADDRESS, 58),
        (re.compile(_CIVIC_AFTER, i), Kind.ADDRESS, 59),
        (re.compile(address_rural.RANG_LOT, i), Kind.ADDRESS, 58),
    )

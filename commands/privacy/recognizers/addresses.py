"""Street addresses, rural locations, intersections, Canadian postal and US ZIP codes.

A civic number with a street is enough to find a home; a street alone, a block
("200 block of 20th St") or a neighbourhood is not, and those must pass.
"""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import lexicon, phrase_tokens
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.address_corners import public_corner
from commands.privacy.recognizers.address_patterns import (
    QUANTITY_WORDS,
    TYPE_WORDS,
    address_patterns,
)
from commands.privacy.recognizers.address_rural import at_a_campground
from commands.privacy.recognizers.name_thing_shields import SCRIPTURE
from commands.privacy.recognizers.screens import Note

_HOURS = re.compile(r"(?:24|12)\s?(?:h|hrs?)\s", re.IGNORECASE)
_VITALS = re.compile(r"\b(?:GCS|HR|BP|SpO2|sats?|pulse|temp|bpm|O2|resp|vitals|/min)\b")
_CLOCK_BEFORE = re.compile(
    r"\b\d{1,2}\s?h\s?$|\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|avr|juil)\.?\s$", re.I
)


def _matched(m: re.Match[str], group: str) -> bool:
    return group in m.re.groupindex and m.group(group) is not None


def find(text: str) -> list[Candidate]:
    note = Note(text)
    out: list[Candidate] = []
    for pattern, kind, priority in address_patterns():
        for found in note.hits(pattern):
            m = _within_sentence(pattern, text, found) if kind is Kind.ADDRESS else found
            if m is None:
                continue  # "missed 2 probation appts. Main Street Project": two sentences
            group = next((g for g in ("addr", "camp", "fr", "zip", "site") if _matched(m, g)), None)
            if group == "site" and not at_a_campground(text):
                continue  # "the guy at site 2 of the project": a work site, no one's home
            start, end = m.span(group) if group else m.span()
            value = text[start:end]
            if kind is Kind.POSTAL_CODE and not value[0].isalpha():
                start += len(value) - len(value.lstrip(" ,"))
            if kind is Kind.ADDRESS and public_corner(text, start, end):
                continue  # "… at the corner of Algoma and Red River, victim not our person"
            if kind is Kind.ADDRESS and _NO_STREET_AFTER.search(value):
                continue  # "at Kindersley & District overnight": a hospital, no corner
            if kind is Kind.ADDRESS and _known_place(value):
                continue  # "grandparents on Beardy's & Okemasis": a First Nation, not a corner
            if kind is Kind.ADDRESS and (_QUANTITY.match(value) or _DECADE.match(value)):
                continue  # "3 times", "3 signalements du boulevard", "in his 50s … off 22nd St W"
            psalm = SCRIPTURE.finditer(text, max(0, start - 20), end)
            if kind is Kind.ADDRESS and any(m.start() < start < m.end() for m in psalm):
                continue  # "Psalm 46 prayer circle 1900h": a psalm's number, no house's
            if kind is Kind.ADDRESS and _DOCTOR_AFTER.search(value):
                continue  # "Formule 1 signée par le Dr Lavigne": a doctor, not a drive
            if kind is Kind.ADDRESS and _SERVICE_LINE.match(value):
                continue  # "811 Health Link for non-urgent": a service's three-digit number
            if kind is Kind.ADDRESS and _SENTENCE_THEN_STREET.match(value):
                continue  # "a boy of about 7 walks alone across Sherbrooke St": words, a street
            if kind is Kind.ADDRESS and _NO_STREET_WORD.search(value):
                continue  # "118 avenue comma boil street" (dictated), "2 Stewiacke families drive"
            if (
                kind is Kind.ADDRESS
                and re.match(r"RR\s?\d", value)
                and _VITALS.search(text, max(0, start - 20), min(len(text), end + 12))
            ):
                continue  # "GCS 13, RR 8, naloxone": a respiratory rate among vital signs
            floor = re.match(r"\d{1,2}(e?),\s", value) if kind is Kind.ADDRESS else None
            if floor and (floor.group(1) or _AGED.search(text, max(0, start - 12), start)):
                continue  # "Appartement au 3e, rue Dalhousie": a floor; "youth 17, Avenue P"
            if kind is Kind.ADDRESS and (
                _NUMBERED_STREET.match(value) or _ORDINAL_ONLY.match(value)
            ):
                continue  # "de la 8e rue hier soir": a numbered street, no civic number
            if (
                kind is Kind.ADDRESS
                and value[:1].isdigit()
                and _ROUTE_BEFORE.search(text, 0, start)
            ):
                continue  # "Hwy 2 trailer court", "bus 9 stop", "sit 26-046": no civic number
            if (
                kind is Kind.ADDRESS
                and _SERVICE_ROAD.match(value)
                and re.search(r"\bthe\s*$", text[max(0, start - 8) : start], re.IGNORECASE)
            ):
                continue  # "on the 401 service road east of Kingston": a highway's, no house's
            if kind is Kind.ADDRESS and _THOUSANDS.match(value):
                continue  # "fera venir 15 000 personnes": a count written with a space
            if kind is Kind.ADDRESS and _HOURS.match(value):
                continue  # "the 24h Family Violence Info Line": hours, no civic number
            later = _LATER_CIVIC.match(text, start, end) if kind is Kind.ADDRESS else None
            if later is not None and not _TYPE_WORD.search(later.group(1)):
                start = later.end()  # "plate JLT 390 outside 145 Pownal St": the second
            elif kind is Kind.ADDRESS and _CLOCK_BEFORE.search(text, 0, start):
                continue  # "de 10 h à 11 h 35, place Tom Davies": minutes; "apr 7 regina…": a day
            while end > start and text[end - 1] in " ,.;:":
                end -= 1
            if kind is Kind.ADDRESS:  # "580 boul talbot g7h 4b5": the postal code is its own
                tail = _POSTAL_HEAD.search(text, start, end)
                if tail is not None and tail.start() > start:
                    end = tail.start()
                    while end > start and text[end - 1] in " ,.;:":
                        end -= 1
            suggestion = None
            if kind is Kind.ADDRESS:
                suggestion = "une adresse du secteur" if _french(text) else "an address in the area"
            out.append(Candidate(kind, start, end, suggestion, priority))
    return out


_NO_STREET_AFTER = re.compile(r"(?:&|\band)\s+(?:District|Area|Region|Sons|Associates|Co)\.?$")
# "on the 401 service road": the road beside a highway, named by the highway's number
_SERVICE_ROAD = re.compile(r"\d{1,3}\s+service\s+road\b", re.IGNORECASE)
# "off 17 Ave SE", "on 8 St E": a numbered street named without a civic number.
_ROUTE_BEFORE = re.compile(
    r"\b(?:hwy|highway|route|rte|autoroute|bus|line|ligne|room|chambre|bed|lit|grade|gr)\.?\s*$"
    r"|\b(?:caught|catch|catches|took|take|takes|rode|ride|rides)\s+the\s*$"  # the 52 bus
    r"|\bblock\s+of\s*$|\b(?:approx|aged?)\.?\s*$"  # "block of 6 Ave A N", "approx 50 wandering"
    r"|\b(?:sits?|situations?)\s*#?\s*$",  # "dans la sit 26-046 c'est le boulevard"
    re.IGNORECASE,
)
_THOUSANDS = re.compile(r"\d{1,3}\s\d{3}\s+(?:personnes|people|\$|dollars|jeunes|visiteurs)\b")
_AGED = re.compile(r"\b(?:youth|jeune|age|aged|âgée?)\s+$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"\b([A-Za-zÀ-ÿ]{3,}|\d{1,4})\.\s+[A-ZÀ-Ý]")  # "…under 18. Circle"
# "390 outside 145 Pownal St", "RNC 2026-01539 Brandon Kelly 9 Livingstone St": a number, a
# few words that are no street's type, then the civic number the street belongs to
_LATER_CIVIC = re.compile(
    r"\d[\w-]*((?:\s+[A-Za-zÀ-ÿ'’]{2,}){1,4})\s+(?=\d{1,5}[A-Za-z]?\s+[A-ZÀ-Ý])"
)
_TYPE_WORD = re.compile(rf"\b(?:{TYPE_WORDS}|app|apt|unit|suite|bureau|box)\b", re.IGNORECASE)
_ABBREVIATIONS = frozenset(  # "boul.", "ave."; "3e Avenue. Le Centre…" ends a sentence
    t for t in f"{TYPE_WORDS}|app|apt|appt|ste|bur|rte|cres".split("|") if len(t) <= 5
)


def _within_sentence(pattern: re.Pattern[str], text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The match cut back to its own sentence: "au 1187 boulevard Saint-Joseph. Il semble"
    is an address and then a new sentence, which the pattern's loose words ran into."""
    for brk in _SENTENCE_BREAK.finditer(text, m.start(), m.end()):
        if brk.group(1).lower() not in _ABBREVIATIONS:
            return pattern.match(text, m.start(), brk.end(1))
    return m


def _known_place(value: str) -> bool:
    """The whole span is a place or an organisation the lists name, or two of them joined
    ("Cole Bay and Jans Bay": two communities, no corner)."""
    if re.search(r"\d", value):
        return False  # "41 King St": a civic number on a street the lists know
    parts = re.split(r"\s+(?:and|&|et)\s+", value)
    if len(parts) == 2 and all(" " in p and _known_place(p) for p in parts):
        return True
    tokens = tuple(re.sub(r"(?<=...)['’]s$", "", t) for t in phrase_tokens(value))
    return bool(tokens) and tokens in lexicon().never_phrases.get(tokens[0], ())


_DOCTOR_AFTER = re.compile(r"\b(?:le|la|du|au|par|the|by)\s+Dre?\.?$")
_SERVICE_LINE = re.compile(r"[2-9]11\s+(?:health|info|santé|social|crisis)\b", re.I)
_ORDINAL_ONLY = re.compile(r"^\d{1,3}(?:e|er|re|ème)\s+(?:rue|avenue|av|boul|bd|rang)\b", re.I)
_NO_STREET_WORD = re.compile(
    r"\b(?:comma|period|virgule|families|kids|people|parents|clients|students|patients|tenants)\b",
    re.I,
)
_SENTENCE_THEN_STREET = re.compile(
    r"\d{1,5}[A-Za-z]?\s+(?:(?!(?:de|du|des|la|le|of|the|st|ste|rue|ave|av|ch|rg)\b)[a-z]+\s+){2,}"
    r"[A-ZÀ-Ý]"
)
_NUMBERED_STREET = re.compile(
    r"(?i)^\d{1,3}(?:st|nd|rd|th|e|re|er|ème)?\s+(?:ave|avenue|st|street|rue|av)\b\.?"
    r"(?:\s+(?:N|S|E|W|NE|NW|SE|SW|Nord|Sud|Est|Ouest)\b)?\.?$"
)
_POSTAL_HEAD = re.compile(r"\s[ABCEGHJ-NPRSTVXYabceghj-nprstvxy]\d[A-Za-z](?:\s?\d[A-Za-z]\d)?$")
# "3 times", not "1720 H St", a street
_QUANTITY = re.compile(r"^\d+\s+" + QUANTITY_WORDS + r"\b(?!\s+(?:st|street|ave|avenue)\b)", re.I)
# "in his 50s", « un 5 1/2 rue Mutchmore »: rooms; "at 0930, Regina Provincial Court": a time
_DECADE = re.compile(r"\d?0['’]?s\b|\d\s1/2\b|0\d")


_FRENCH = re.compile(r"\b(?:le|la|les|des|est|avec|dans|une|chez|pour)\b", re.IGNORECASE)
_ENGLISH = re.compile(r"\b(?:the|is|with|and|was|has|for|her|his|at)\b", re.IGNORECASE)


def _french(text: str) -> bool:
    return len(_FRENCH.findall(text)) > len(_ENGLISH.findall(text))

"""Lists whose entries are places or agencies, so that no entry is read as a person:
"(Sturgeon Falls, Verner, Noëlville)", "between Eskasoni and Membertou", "Flour Mill 4,
Donovan 3", "Scott, Martin, and Campbell collegiates", "(CMHA, John Howard, Elizabeth Fry)"."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from commands.privacy.lexicon import lexicon, words
from commands.privacy.recognizers.cues import INSTITUTION, KIN, TITLES
from commands.privacy.recognizers.name_described import ROLE_OF_PLACE

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok


_PARISH = re.compile(r"(?:saint|sainte|st|ste)-\w")
_JOINED_TOWNS = re.compile(r"/|\s?(?:→|->|=>)\s?")


def protect_place_lists(toks: Sequence[Tok], text: str) -> None:
    """ "(Sturgeon Falls, Verner, Noëlville)", "Amos, Barraute et Senneterre": a list of three
    or more in which one entry is a known town lists towns; "-ville" ends a town's name."""
    for t in toks:
        if t.cap and t.unknown and t.lower.endswith("ville") and len(t.lower) > 6:
            t.protected = True  # "Noëlville", "Louiseville": in no list, still a town
        if t.cap and _PROVINCE_AFTER.match(text, t.end):
            t.protected = True  # "Bellegarde (Sask)", "Casselman (Ont.)": a town, by its province
    for k in range(len(toks) - 1):
        town, part = toks[k], toks[k + 1]
        if (
            town.protected
            and town.cap
            and not town.name
            and part.cap
            and text[town.end : part.start] == " ("
            and text[part.end : part.end + 1] == ")"
            and (
                not (part.given and not (part.surname or part.common or part.listed_word))
                or part.lower in lexicon().given_places  # "l'Abitibi (Amos)"
            )
            # not "Intervenante de Kanesatake (Kawennate) demande": the worker, by name
            and not (
                part.unknown and ROLE_OF_PLACE.search(text, max(0, town.start - 50), town.start)
            )
        ):
            # "Surrey (Newton)": a neighbourhood of the town; not "Dilico (Shawna)", a worker
            part.protected = True
        # "Zenon Park/Bellegarde", "Flin Flon/Creighton"; a trip: "Hébertville → Alma"
        if town.cap and part.cap and _JOINED_TOWNS.fullmatch(text, town.end, part.start):
            if town.protected and (not town.name or town.common):
                part.protected = True
            elif part.protected and (not part.name or part.common) and not town.possessive:
                town.protected = True
    for pattern in (_NAMED_PLACES, _AT_SCHOOL, _AREA, _SCHOOLS_FIRST, _SCHOOLS_BOTH):
        for group in pattern.finditer(text):
            inside = [t for t in toks if group.start(1) <= t.start and t.end <= group.end(1)]
            if pattern is _AT_SCHOOL and len(inside) == 2 and inside[1].name:
                continue  # "the teacher to Kevin Smith": a person's full name
            for t in inside:
                t.protected = t.protected or t.cap
    for group in _LIST.finditer(text):  # three entries or more, by its shape
        inside = [
            t
            for t in toks
            if group.start(1) <= t.start and t.end <= group.end(1) and t.lower not in ("et", "and")
        ]
        if not inside or any(not t.cap or t.possessive for t in inside):
            continue
        # "Famille d'accueil : Sylvie et Denis Gagnon, Sainte-Rose.": a couple, then their
        # town, not a list of towns
        couple = any(
            a.given and b.surname and not b.protected and text[a.end : b.start] == " "
            for a, b in itertools.pairwise(inside)
        )
        # "Les trois cousines (Naomie, Kayla et Shanice Dorval)": two given names, people
        people = [t for t in inside if t.given and not t.listed_word and not t.protected]
        couple = couple or len([t for t in people if t.lower not in lexicon().given_places]) >= 2
        # "Saint-Honoré, Larouche, Saint-Fulgence": a saint's name hyphenated is a parish
        if not couple and any(
            t.protected and ((not t.name and not t.given) or _PARISH.match(t.lower)) for t in inside
        ):
            for t in inside:
                t.protected = True
    for k in range(1, len(toks) - 2):  # "entre Saskatoon et Bellegarde", "from Moose Jaw to…"
        a, link, b = toks[k], toks[k + 1], toks[k + 2]
        if toks[k - 1].lower not in _BETWEEN or link.lower not in _BETWEEN_LINKS:
            continue
        if a.cap and b.cap and not (a.possessive or b.possessive):
            # "entre Calixa-Lavallée et Girouard": a compound street's name shields the other
            if a.protected and (not a.name or (a.listed_word and "-" in a.lower)) and not b.given:
                b.protected, b.listed_word = True, False
            elif b.protected and not b.name and not a.given:
                a.protected, a.listed_word = True, False
    # "Spruceland Mall security says … Mall asked RCMP": the place's head said again alone
    heads = {
        b.lower
        for a, b in itertools.pairwise(toks)
        if a.cap
        and b.cap
        and b.lower in INSTITUTION
        and b.lower.rstrip(".") not in TITLES
        and not (a.name or a.lower in KIN or a.lower in TITLES)
    }
    for t in toks:
        if t.cap and t.lower in heads and not t.given:
            t.protected, t.listed_word = True, False
    for group in _COUNTED.finditer(text):  # "Flour Mill 4, Donovan 3, Minnow Lake 2"
        if _AGED.search(group.group(0)):
            continue  # "fratrie : Zoé 8 ans, Jules 5 ans, Éden 2 ans": children and their ages
        inside = [t for t in toks if group.start() <= t.start and t.end <= group.end()]
        if any(t.protected and t.cap and not t.given for t in inside):
            for t in inside:
                if t.cap:
                    t.protected, t.listed_word = True, False


def protect_agency_lists(toks: Sequence[Tok], text: str) -> None:
    """ "(HPS, HHS, CAS Hamilton, Good Shepherd, Wesley, Mission Services)": in a list of
    four or more where half the entries are acronyms, a one-word entry is an agency too; so
    is every entry of a situation's assignment ("Lead OPP, assist KCA + Morningstar")."""
    for group in _AGENCY_LIST.finditer(text):
        items = list(_ITEM.finditer(group.group(1)))
        if len(items) < 4:
            continue
        acronyms = sum(1 for m in items if _ACRONYM.match(m.group(0)))
        if acronyms * 2 < len(items):
            continue
        roster = acronyms * 3 >= len(items) * 2  # mostly acronyms: a roll of agencies
        base = group.start(1)
        for m in items:
            inside = [t for t in toks if base + m.start() <= t.start and t.end <= base + m.end()]
            if len(inside) != 1 or not inside[0].cap or inside[0].possessive:
                continue
            if roster or not inside[0].strong:  # "Present: CFS, RCMP, Tyler" keeps Tyler
                inside[0].protected = True
                inside[0].listed_word = False

    for group in _PLUS_LIST.finditer(text):
        # "HPS + Hamilton Health Sciences + Wesley": agencies joined by "+", the lone word too
        items = [m for m in re.finditer(r"[^+]+", group.group(0))]
        singles = [m for m in items if " " not in m.group(0).strip()]
        base = group.start()
        named = [m for m in items if " " in m.group(0).strip()]  # "Hamilton Health Sciences"
        shielded = any(
            t.protected for m in named for t in toks if base + m.start() <= t.start < base + m.end()
        )
        if not shielded or not any(m.group(0).strip().isupper() for m in items):
            continue
        lone = [m for m in singles if not m.group(0).strip().isupper()]
        if len(lone) != 1:
            continue
        start = base + lone[0].start()
        for t in toks:
            if start <= t.start and t.end <= base + lone[0].end() and t.cap:
                t.protected, t.listed_word = True, False
    heading = _PLUS_HEADING.match(text)  # "Omemee + Bethany: OPP reports 0 new calls"
    inside = [t for t in toks if heading and t.end <= heading.end(1)]
    if any((t.protected and not t.name) or t.lower in lexicon().given_places for t in inside):
        for t in inside:
            t.protected, t.listed_word = True, False
    _protect_assignments(toks, text)  # "Lead OPP, assist KCA + Morningstar"


def _protect_assignments(toks: Sequence[Tok], text: str) -> None:
    """ "Lead OPP, assist KCA + Morningstar", "Lead: Victoria Faulkner Women's Centre,
    assisting: RCMP", "Responsable: CSC | Appui: HSN": the agencies a situation is assigned
    to, never the people in it. Each run of capitalised words stops at an everyday word."""
    for m in _ASSIGNED.finditer(text):
        for group in ("lead", "assist"):
            for t in toks:
                if t.start < m.start(group) or t.end > m.end(group):
                    continue
                if not t.cap and t.lower not in _ASSIGNED_JOINS:
                    break  # "assist CAS, mom aware": the list has ended
                if t.cap:
                    t.protected, t.listed_word = True, False


# "Lead stays TPS, assist TDSB + …", "lead = MH, assist = police", "Responsable: CSC | Appui:"
_ASSIGNED = re.compile(
    r"\b(?:lead|responsable)(?:\s+agency)?(?:\s+(?:is|stays|remains))?\s*[:=]?\s*"
    r"(?P<lead>[^,;.\n()|=:]{2,60}?)\s*[,;/|]\s*"
    r"(?:assist(?:ing|s)?|support(?:ing)?|soutien|appui)(?:\s+agenc(?:y|ies))?\s*[:=]?\s*"
    r"(?P<assist>[^.;\n()|]{2,120})",
    re.IGNORECASE,
)
_ASSIGNED_JOINS = words("and et of de du des la le for the with avec")


# "HPS + Hamilton Health Sciences + Wesley", "St. Joe's + CAS + Good Shepherd"
_PLUS_LIST = re.compile(
    r"(?-i:[A-Z][\w'’.&-]*)(?:\s(?-i:[A-Z][\w'’.&-]*)){0,3}"
    r"(?:\s*\+\s*(?-i:[A-Z][\w'’.&-]*)(?:\s(?-i:[A-Z][\w'’.&-]*)){0,3}){2,}"
)
# a heading of towns joined by "+", one of them known: "Norwood + Havelock: OPP and …"
_PLUS_HEADING = re.compile(r"\s*((?-i:[A-Z][\w'’-]+)(?:\s*\+\s*(?-i:[A-Z][\w'’-]+)){1,3})\s*:")
# "Bellegarde (Sask)", "Hope (the town)"; not "(SK)", which a school note writes for senior
# kindergarten
_PROVINCE_AFTER = re.compile(
    r"\s*\((?:Sask|Ont|QC|Qc|Qué|Que|Man|MB|Alta|AB|NB|N\.-B|NS|BC)\.?\)"
    # "Hope (town)", "from Paris (the town lol)"
    r"|\s*\((?:the\s+)?(?:town|city|village)\b[^()]{0,12}\)"
    r"|\s*\((?:la\s+ville|le\s+village)\b[^()]{0,12}\)"
)
_AGENCY_LIST = re.compile(r"[(:]\s*([^()\n:;]{10,400}?)\s*(?:[);\n]|$)")
_ITEM = re.compile(r"[^,]+?(?=\s*(?:,|\band\b|\bet\b|$))")
_ACRONYM = re.compile(r"\s*(?:and\s+|et\s+)?[A-Z][A-Z0-9&'’-]+\b")


_BETWEEN = frozenset(("entre", "between"))
_BETWEEN_LINKS = frozenset(("et", "and"))
# Places, each with a count: "Donovan 3, Minnow Lake 2, New Sudbury 1"
# "Flour Mill 4, Donovan 3", "| Ottawa 38 sits | Regina 26 |", "Regina 47 / Saskatoon 52"
_AGED = re.compile(r"\d\s*(?:ans|y/?o|yo|mois|months?|yrs?)\b")
_COUNTED = re.compile(
    r"(?:[A-ZÀ-Ý][\w'’-]*\s+){1,3}\d{1,3}(?:\s+[a-z]{3,8})?(?:\s*(?:[,;|/]|\bet\b|\band\b)\s*"
    r"(?:[A-ZÀ-Ý][\w'’-]*\s+){1,3}\d{1,3}(?![\d:/]|\.\d)(?:\s+[a-z]{3,8})?)+"
)
# Capitalised words listed before a plural that says what they are: "Scott, Martin, and
# Campbell collegiates", "Victoria, Albert and Dewdney corridors", "les écoles…" come first
# in French, so only English puts the kind after the names
# "Red Deer North, Normandeau and Highland Green neighbourhoods": the last ones of one to
# three words
_NAMED_PLACES = re.compile(
    r"\b((?-i:[A-Z][\w'’.-]*)(?:\s*(?:,|&|\band\b)\s*(?:and\s+)?(?-i:[A-Z][\w'’.-]*)"
    r"(?:\s(?-i:[A-Z][\w'’.-]*)){0,2})+)\s+"
    r"(?:collegiates|schools|high\s+schools|elementaries|campuses|streets|avenues|roads|"
    r"corridors|parks|neighbourhoods|neighborhoods|areas|shelters|reserves|detachments|"
    r"area|corner|intersection|stops)\b"
    r"(?!\s+(?:it|them|his|her|the|a|there|here|behind|outside|in|at)\b)"  # "Brent parks it"
)
# A school named after someone, by who works or studies there: "guidance at Miller", "Grade
# 10 at Scott", "transferring to Campbell in April", "the counsellor at Winston Knoll"
_AT_SCHOOL = re.compile(
    r"\b(?:(?:grade\s*\d{1,2}|gr\.?\s*\d{1,2}|guidance(?:\s+counsell?or)?|counsell?or|teachers?|"
    r"principal|vice[-\s]principal|vp|sro|students?|staff|admin|classmates?|enrolled|attends|"
    r"attending|semester)\s+(?:at|from)"
    r"|(?:transferr?(?:ing|ed)|transfers?|switching|switched)\s+(?:to|from))\s+"
    r"((?-i:[A-Z][a-z'’-]+)(?:\s(?-i:[A-Z][a-z'’-]+))?)(?![\w'’])(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# "4 écoles en 2 ans : Le Mascaret, Saint-Henri, Anna-Malenfant pis asteur Sainte-Thérèse":
# schools named after their word and a colon
_SCHOOLS_FIRST = re.compile(
    r"\b(?:écoles|schools|polyvalentes|collèges)\b[^.:;\n]{0,30}:\s*"
    r"((?:(?:Le|La|Les)\s+)?(?-i:[A-ZÀ-Ý][\w'’.-]*)(?:\s*(?:,|\bet\b|\band\b|\bpis\b)\s*"
    r"(?:[a-z]+\s+)?(?:(?:Le|La|Les)\s+)?(?-i:[A-ZÀ-Ý][\w'’.-]*))+)",
    re.IGNORECASE,
)
# "Duncan Cran Elementary, Robert Ogilvie and Anne Roberts Young all have…", "Dr. Kearney
# Middle and Bert Bowes both reporting": schools listed after one named a school
_SCHOOLS_BOTH = re.compile(
    r"(?-i:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s(?:Elementary|Middle|Secondary|School|"
    r"Collegiate|PS|SS|HS|CVI|Comp))"
    r"((?:(?:,\s*|\s+(?:and|et|&)\s+)(?-i:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}))+)"
    r"(?=\s+(?:both|all|each)\b(?!\s+(?:went|said|told|ran|left|came|were|got))|\s*:)"
)
# "in the same Edgecliffe Golfway area": a part of town, by its name
_AREA = re.compile(
    r"\b(?:the|same|that|this)\s+((?-i:[A-Z][\w'’.-]*)(?:\s(?-i:[A-Z][\w'’.-]*)){0,2})\s+"
    r"(?:area|neighbourhood|neighborhood|district|corridor)\b"
)
# A run of capitalised words joined by commas and a last "et"/"and", in brackets, after a
# colon, a preposition or opening the text: "(Sturgeon Falls, Verner, Noëlville)", "pour
# Gravelbourg, Ponteix et Bellegarde :", "Red Rock, Dorion and Nipigon all had calls"
_LIST = re.compile(
    r"(?:^|[(:]|\b(?:pour|for|in|à|to|from|de|entre|between)\b)\s*((?:[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*)?\s*(?:,|\bet\b|\band\b)\s*){2,}"
    r"[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’.-]*)?)(?:\s*[).;:\n]|\s[—–]\s|(?=\s+(?!famil|kids|boys|girls|brothers|sisters|cousins)[a-z]))"
)

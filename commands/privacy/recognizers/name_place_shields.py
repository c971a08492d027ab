"""Passes over the whole text that mark place words before names are read: a town beside
its province ("from Sydney, NS"), a school named after clergy ("at Father Mercredi"), the two
streets of an intersection ("near Gerrard and Broadview"), a facility known by what it holds
("Royal has 2 acute beds"), a town said again ("M, Brandon, … Brandon Correctional") or named
after a place ("l'aréna Réal-Lapointe de Dolbeau"). Split from ``name_places``, which reads
one word where it stands."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from commands.privacy.lexicon import lexicon, words
from commands.privacy.recognizers.cues import CHAINS, IS_WAS, KIN, PERSON_VERBS
from commands.privacy.recognizers.name_forms import age_follows

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok


def protect_towns_with_province(toks: Sequence[Tok], text: str) -> None:
    """ "near Austin, MB", "from Sydney, NS", "Victoria, BC": a word followed by its province
    is a town, whatever the name lists hold; so is the town a service is named by ("la PPO
    de Russell")."""
    for m in _WITH_PROVINCE.finditer(text):
        bracketed = m.group(0).startswith(" (")  # "regina beach & austin (mb)" in chat
        for t in toks:
            if t.end == m.start() and (t.cap or bracketed) and not t.possessive:
                t.protected = True
    for k in range(2, len(toks)):
        j = k - 1 if toks[k - 1].lower in ("la", "l'") and k > 2 else k  # "CSS de la Riveraine"
        if (
            toks[k].cap
            and not toks[k].possessive
            and toks[j - 1].lower in ("de", "des", "du", "from")
            and (toks[j - 2].text in _LOCAL_SERVICES or toks[j - 2].lower in _NEAR_OR_FAR)
        ):
            # "la PPO de Russell", "pas loin de McArthur", "à 20 minutes de Vonda"
            toks[k].protected, toks[k].listed_word = True, False


_NEAR_OR_FAR = frozenset(("près", "loin", "proche", "minutes", "min", "km", "kilomètres", "heures"))
# Services named by the town they serve: "la PPO de Russell", "le CLSC de Kent"
_LOCAL_SERVICES = frozenset(
    (
        "PPO",
        "OPP",
        "GRC",
        "RCMP",
        "SQ",
        "SPVM",
        "CLSC",
        "CISSS",
        "CIUSSS",
        "CSSS",
        "OMH",
        "MRC",
        "CSS",
        "table",
        "Table",
        "détachement",
    )
)


_WITH_PROVINCE = re.compile(
    # "austin (mb)"; "(SK)" may be senior kindergarten: "Maverick (SK)"
    r" \((?:(?i:mb|ab|on|qc|bc|nb|ns|nl|pe|pei|yt|nt|nu)|sk)\)(?!\s*\d)|"
    r",?\s(?:MB|SK|AB|ON|QC|BC|NB|NS|NL|PE|PEI|YT|NT|NU|Ont\.|Sask\.|Man\.|Alta\.|Qc|Qué\.)"
    # "Austin, MB with family", "Sydney, NS." — not "Rajinder Gill, SK health 774…"
    r"(?=\s*(?:[,.;:)!?—–]|$)|\s+(?:with|in|on|and|et|for|since|last|this|to|from|avec|depuis|"
    r"pour|en|au|où|where|until)\b)"
)


def protect_clergy_schools(toks: Sequence[Tok]) -> None:
    """ "the principal at Sister MacNamara", "at Father Mercredi": after "at", a religious
    title and a name make a school."""
    for k in range(1, len(toks) - 1):
        title, name = toks[k], toks[k + 1]
        if (
            title.cap
            and title.lower in _CLERGY
            and toks[k - 1].lower in ("at", "to", "attends", "à")  # "goes to Monsignor Paul Dwyer"
            and name.cap
            and not name.possessive
        ):
            title.protected = name.protected = True
            for m in range(k + 2, min(k + 4, len(toks))):  # "Monsignor Paul Dwyer"
                if not (toks[m].cap and toks[m].start - toks[m - 1].end == 1):
                    break
                toks[m].protected = True


_CLERGY = words(
    "sister father brother mother bishop saint sr fr monsignor msgr mgr cardinal archbishop"
)


def protect_intersections(toks: Sequence[Tok], text: str) -> None:
    """ "near Gerrard and Broadview", "at Dundas and Adelaide": two streets where they meet
    (people are with someone, not at them; "at Tyler and Kayla's" keeps its possessive)."""
    corners = list(_AT_CORNER.finditer(text)) + list(_CORNER_AFTER.finditer(text))
    headed = _CORNER_HEADING.match(text)  # "Dixie & Dundas, Mississauga: an older man…"
    if headed and any(t.start == headed.start(3) and t.protected for t in toks):
        corners.append(headed)
    for m in corners:
        for t in toks:
            if m.start(1) <= t.start and t.end <= m.end(2) and t.cap and t.lower not in KIN:
                t.protected = True
                t.listed_word = False
    for k, (a, b) in enumerate(itertools.pairwise(toks)):
        # "Kennedy & Eglinton, McCowan & Ellesmere": a street the lists know, and its corner;
        # not "Kayla & Regina went to the mall"
        after = toks[k + 2] if k + 2 < len(toks) else None
        if text[a.end : b.start] == " & " and a.cap and b.cap and not b.possessive:
            next_to = after is not None and text[b.end : after.start] == " "
            if after is not None and next_to and (after.lower in _WHAT_PEOPLE_DO or after.cap):
                continue  # "Ed & Irene Schmidt", "the Keewatin & Cheechoo families"
            if a.protected or b.protected or not (a.given or b.given):
                a.protected = b.protected = True  # "Lakeshore & Parklawn": no given name


_WHAT_PEOPLE_DO = PERSON_VERBS | IS_WAS | words("have had will family families")
# "near the Murdoch/Perreault corner", "the Main & Higgins intersection"
_CORNER_AFTER = re.compile(
    r"\bthe\s+(?-i:([A-Z][\w'’-]+))\s*(?:/|&|and)\s*(?-i:([A-Z][\w'’-]+))\s+"
    r"(?:corner|intersection)\b",
    re.IGNORECASE,
)
_CORNER_HEADING = re.compile(r"\s*([A-Z][\w'’-]+)\s+&\s+([A-Z][\w-]+),\s+([A-Z])[\w'’-]*\s*:")
_AT_CORNER = re.compile(
    r"\b(?:near|at|corner\s+of|intersection\s+of|près\s+de|coin(?:\s+des\s+rues|\s+de)?"
    r"|(?-i:St|Ave|Rd|Street|Avenue|Road|Blvd|Dr)\.?\s+between"  # "George St between … and …"
    r"|(?:rue|boul\.?|boulevard|avenue|chemin)\s+[\w'’-]+,?\s+entre)\s+"  # "rue Lindsay, entre …"
    # "near Bronson Ave and Gladstone": the first street with its type
    r"(?-i:([A-Z][\w'’-]+))(?:\s+(?-i:Ave|St|Rd|Blvd|Dr|Street|Avenue|Road)\.?)?"
    # "at Jasper & 101 St": the second a numbered street
    r"\s+(?:and|&|et)\s+(?-i:([A-Z][\w-]+|\d{1,3}(?:st|nd|rd|th)?\s+(?:St|Ave|Street|Avenue)))"
    r"\b(?!['’]s?\b|(?-i:\s+[A-Z]))",
    re.IGNORECASE,
)


def protect_facilities_by_use(toks: Sequence[Tok], text: str) -> None:
    """ "Royal has 2 acute beds", "1030 at the 161 Elgin office", "in hospital at Grace": a
    hospital that has beds or that someone is in, an office at a civic number; "la maison
    d'hébergement Marie-Louise": a shelter by its name; "the Tshiuetin train": a railway; "au
    Tim de Laure": a store by its street. Places and lines named after people, not people."""
    for k, tok in enumerate(toks):
        if not tok.cap:
            continue
        if k > 0 and toks[k - 1].lower in _LODGINGS and text[toks[k - 1].end : tok.start] == " ":
            tok.protected, tok.listed_word = True, False
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if _SHOP_ON.search(text, max(0, tok.start - 30), tok.start):
            tok.protected, tok.listed_word = True, False  # "débarque au Tim de Laure"
            continue
        if _RIDDEN.search(text, max(0, tok.start - 12), tok.start) or (
            k > 0 and toks[k - 1].lower in ("the", "le") and nxt and nxt.lower in _CONVEYANCES
        ):
            tok.protected, tok.listed_word = True, False  # "the Tshiuetin train", "le train X"
            continue
        lead = max(0, tok.start - 30)
        schooled = any(p.search(text, lead, tok.start) for p in (_SCHOOLED_AT, _SCHOOL_OF))
        if not schooled and _BEEN_AT.search(text, max(0, tok.start - 24), tok.start):
            schooled = _SCHOOL_SAID.search(text) is not None  # "she's been at Miller for 3 yrs"
        if schooled:
            end = k + 1  # "grade 8 at Anna McCrea", "at W.S. Hawrylak"; not "at Bedford, Destiny,"
            while (
                end < min(len(toks), k + 4) and text[toks[end - 1].end : toks[end].start] in _JOIN
            ):
                end += 1
            parts = list(itertools.takewhile(lambda t: t.cap, toks[k:end]))
            for part in parts if not any(p.possessive for p in parts) else ():  # "Tyler Smith's"
                part.protected, part.listed_word = True, False
            continue
        if (
            _IN_HOSPITAL_AT.search(text, max(0, tok.start - 30), tok.start)
            and not tok.possessive
            and not (nxt is not None and nxt.cap and text[tok.end : nxt.start] == " ")
        ):
            tok.protected, tok.listed_word = True, False  # "mom in hospital at Grace"
            continue
        lone = (
            not tok.possessive
            and not (  # not "at Kyle Bear", "at Shawna and Rick's"
                nxt
                and (nxt.cap or nxt.lower in ("and", "et", "&"))
                and text[tok.end : nxt.start] == " "
            )
        )
        if (
            _HOLDS_BEDS.match(text, tok.end)
            or (lone and _FULL.match(text, tok.end))  # "Morningstar is full"
            or (tok.possessive and _SHELTER_NAMED.match(text, tok.end))  # "Willow's full"
            or (lone and _STAYING_AT.search(text, max(0, tok.start - 16), tok.start))
            or (
                _CIVIC_BEFORE.search(text, max(0, tok.start - 8), tok.start)
                and _OFFICE.match(text, tok.end)
            )
        ):
            tok.protected, tok.listed_word = True, False


_IN_HOSPITAL_AT = re.compile(
    r"\b(?:hospital|hosp|h[ôo]pital|(?:re-?)?admitted|hospitali[sz]ed|hospitalis[ée]e?|certified|"
    r"transferred|(?:\d\s*)?(?:west|east|north|south|psych|ward|icu|er|ed|emerg)"
    r"(?:\s+(?:doc|doctor|dr|nurse|physician|psychiatrist|staff|team))?)\s+(?:at|to|à)\s$"
    r"|\bdischarged(?:\s+(?-i:[A-Z]{2,4}))?\s+from\s$",  # "pt discharged AMA from Vic 1900h"
    re.IGNORECASE,
)
# where a student studies: "international student at George Brown", "grade 8 at Anna McCrea",
# "gr 7/8 split at Thomson", "school resource officer at Campbell", "younger sib at Hawrylak"
_SCHOOLED_AT = re.compile(
    r"\b(?:students?|[ée]l[èe]ve(?:\s+de\s+\d{1,2}e)?|[ée]tudiante?|(?:grade|gr\.?)\s*\d{1,2}(?:/\d{1,2}\s+split)?|"
    r"school\s+resource\s+officer|(?:vice[-\s])?principal|teacher|(?:younger|older)\s+sib\w*|"
    r"(?:breakfast|lunch|after-?school)\s+program)"  # "Breakfast program at Harwin has space"
    r"\s+(?:at|à)\s$",
    re.IGNORECASE,
)
# "truancy at Paul-Hubert", « absentéisme à Paul-Hubert », « l'infirmière scolaire de Paul-Hubert »
_SCHOOL_OF = re.compile(
    r"\b(?:truancy\s+at|absent[ée]isme\s+à|(?:infirmi[eè]re|psychologue|direction)\s+scolaire"
    r"\s+(?:de|d['’]))\s?$",  # not « le dossier scolaire de Lily-Rose », whose file
    re.IGNORECASE,
)
_JOIN = (" ", ".", ". ")  # between the words of a school's name: "W.S. Hawrylak"
# "she's been at Miller for 3 yrs, no attendance issues", "youth is at Bliss Carman, gr 8":
# where someone is, in a note about school
_BEEN_AT = re.compile(  # "the youth's at Bernie Custis now", "missed 22 days at Bernie Custis"
    r"\b(?:been|is|was|['’]s|attends|attending|enrolled|registered|missed\s+\d+\s+days)\s+at\s$",
    re.I,
)
_SCHOOL_SAID = re.compile(
    r"\b(?:school|attendance|gr\.?\s*\d{1,2}|grade\s*\d{1,2}|teacher|semester|principal|"
    r"[ée]cole|classe?|(?-i:EA))\b",
    re.IGNORECASE,
)
_LODGINGS = words("hébergement hebergement résidence residence foyer pavillon")
_CONVEYANCES = words("train ferry traversier railway")
# a chain's store named by its street: "au Tim de Laure", "the Tims on Lasalle"; not "le
# dép de Gaston", whose owner may be the one named
_SHOP_ON = re.compile(
    r"\b(?:tim(?=\s+d)|"
    + CHAINS
    + r")\s+(?:de\s+la\s+rue|du\s+boul(?:evard|\.)?|de\s+la|de|on|sur)\s$",
    re.IGNORECASE,
)
_RIDDEN = re.compile(r"\b(?:le|du|au)\s+(?:train|traversier)\s$", re.IGNORECASE)
_HOLDS_BEDS = re.compile(
    r"\s+(?:has|have|had|a|avait|ont)\s+(?:\d+|no|one|two|three|aucun|aucune|deux|trois)\s+"
    r"(?:[a-zé-]+\s+)?(?:beds?|lits?|openings?|vacanc\w+)\b",
    re.IGNORECASE,
)
# a shelter that is full, or where someone stays: "Morningstar is full", "staying at
# Morningstar", "mom and baby both at Morningstar"; not "staying at Kyle's", "at Kyle Bear"
_FULL = re.compile(
    r"\s+(?:is|was)\s+(?:full|at\s+capacity)\b|\s+(?:est|était)\s+(?:plein|pleine|complet)\b",
    re.IGNORECASE,
)
# a shelter by whose it is called: "Willow's Place has 2 beds", "Willow's full, 4 turned away"
_SHELTER_NAMED = re.compile(  # not "Raven's full name"
    r"(?:['’]s)?\s+(?:full(?=\s*(?:[,.;:!)]|$)|\s+(?:tonight|again|now|today))|"
    r"(?-i:Place|House|Haven|Lodge)\b)"
)
_STAYING_AT = re.compile(
    r"\b(?:staying|stays|stayed|sleeping|sleeps|slept|housed|sheltered|both)\s+at\s$", re.I
)
_CIVIC_BEFORE = re.compile(r"(?<![\d:.-])\d{2,5}\s$")
_OFFICE = re.compile(r"\s+(?:office|site|location|building|campus|courthouse|bureau)\b")


def protect_town_echoes(toks: Sequence[Tok], text: str) -> None:
    """ "44 y/o M, Brandon, recent release from Brandon Correctional": a town that is also a
    given name, read as the town once in the note, is the town where it stands alone again,
    set off by commas; not before an age ("Victoria, 15, seen at Victoria Hospital")."""
    towns = lexicon().given_places
    read = {t.lower for t in toks if t.cap and t.protected and not t.listed_word}
    for k, tok in enumerate(toks):
        if tok.protected or not tok.cap or tok.lower not in towns or tok.lower not in read:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if age_follows(text, tok.end) or tok.possessive or (nxt is not None and nxt.cap):
            continue
        if _APPOSED.match(text, tok.end) and _APPOSED_BEFORE.search(text, 0, tok.start):
            tok.protected = True  # ", Brandon, recent release": set off, no verb, no age


_APPOSED = re.compile(r",\s+(?!\d)(?!(?:is|was|est|has|a|and|et|who|qui|said|dit)\b)")
_APPOSED_BEFORE = re.compile(r"(?:^|[,:;(]\s*|\b(?:M|F|male|female)\s*,\s*)$")


def protect_towns_of_named_places(toks: Sequence[Tok], text: str) -> None:
    """ "l'aréna Réal-Lapointe de Dolbeau", "l'école Saint-Viateur d'Amos": after a place the
    shields have read by its name, "de" names its town."""
    for k in range(1, len(toks)):
        tok, prev = toks[k], toks[k - 1]
        if tok.elided in ("d'", "d’"):
            named = prev
        elif prev.lower in ("de", "du") and k >= 2 and text[prev.end : tok.start] == " ":
            named = toks[k - 2]
        else:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (
            named.cap
            and named.protected
            and not named.listed_word
            and "-" in named.text
            and tok.cap
            and not tok.possessive
            and not (nxt is not None and nxt.cap and text[tok.end : nxt.start] == " ")
        ):
            tok.protected = True

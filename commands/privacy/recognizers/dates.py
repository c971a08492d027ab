"""Dates of birth, told apart from the meeting and event dates reps write all day.

A date is a date of birth when the words before it say so (DOB, born, né le,
date de naissance, birthday) or when it is a full date from long enough ago to be
a birth date and nothing marks it as an event (since, charged, incident…).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import lexicon
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.screens import Note

_MON_EN = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MON_FR = (
    r"janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|"
    r"sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?"
)
_MON = r"(?:" + _MON_EN + r"|" + _MON_FR + r")\.?"
MONTH = re.compile(r"\b(?:" + _MON_EN + r"|" + _MON_FR + r")\b", re.IGNORECASE)  # a month's name
_Y4 = r"(?:19|20)\d{2}"
_Y = r"(?:(?:19|20)?\d{2})"
_D = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th|er|e)?"
_NUMERIC = (
    r"(?:"
    + _Y4
    + r"[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]"
    + _Y
    + r"|"
    + _D
    + r"[-\s]"
    + _MON
    + r"[-\s]"
    + _Y
    # "03-IV-1998", "7-III-1985": the month in Roman numerals, as Québec forms write it
    + r"|(?:[0-2]?\d|3[01])[-./\s](?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[-./\s]"
    + _Y
    + r")"
)
_TEXTUAL = (
    r"(?:"
    + _MON
    + r"-\d{1,2}-(?:19|20)\d{2}(?!\d)|"  # "DOB Jan-5-1991"
    + r"(?:the\s+)?"
    + _D
    + r"\s+of\s+"
    + _MON
    + r",?\s+(?:"
    + _Y4
    + r"|['’]\d{2}(?!\d))"
    + r"|"  # "the 14th of March 2009", "3rd of June '08"
    + _MON
    + r"\s+"
    + _D
    + r"\s*/\s*"
    + _Y
    + r"(?![/\d])|"  # "Sept 9/07", "Jan 14/2009"
    + _MON
    + r"\s+"
    + _D
    + r",?\s+['’]\d{2}(?!\d)|"  # "Feb 3 '55"
    + _MON
    + r"\s+(?:the\s+)?"  # "january the 9th 2010", as it is said
    + _D
    + r",?\s+"
    + _Y4
    + r"|(?:le\s+)?"
    + _D
    + r"\s+"
    + _MON
    + r",?\s+"
    + _Y4
    + r")"
)
_ORDINAL_WORD = (
    r"(?:(?:twenty|thirty)[-\s])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth"
)
_HOLIDAY = (
    r"(?:christmas(?:\s+(?:day|eve))?|new\s+year['’]?s(?:\s+(?:day|eve))?|canada\s+day|"
    r"halloween|valentine['’]?s\s+day|no[ëe]l|(?:le\s+)?jour\s+de\s+l['’]an|(?:la\s+)?saint-jean)"
)
# After a cue only: "the twenty-second of August, 2008", "Christmas Day 2010"
_SPELLED = (
    r"|(?:the\s+)?(?:" + _ORDINAL_WORD + r")\s+of\s+" + _MON + r",?\s+(?:19|20)\d{2}"
    r"|" + _MON + r"\s+(?:the\s+)?(?:" + _ORDINAL_WORD + r"),?\s+(?:19|20)\d{2}"
    r"|" + _HOLIDAY + r",?\s+(?:of\s+|de\s+)?(?:19|20)\d{2}"
)
# "03JUN2010", "14mar2009", "17FEB10": day, month and year run together as on forms and cards
_COMPACT = (
    r"(?:[0-2]?\d|3[01])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"(?:" + _Y4 + r"|\d\d(?!\d))"
)
_FULL = r"(?:" + _NUMERIC + r"|" + _TEXTUAL + r"|" + _COMPACT + r")"
_PARTIAL = (
    r"(?:"
    + _MON
    + r"\s+"
    + _D
    + r"(?!\d)|"
    + _D
    + r"\s+"
    + _MON
    + r"|"
    + _MON
    + r",?\s+"
    + _Y4
    + r"|\d{1,2}/\d{1,2}(?![/\d])|\d{8}|\d{6}(?!\d)|"  # "DOB:030309"
    + _Y4
    + r"\d{4})"
)
_CUE = (
    r"(?:d\.?\s?[o0]\.?\s?b\.?|da?te\s+of\s+b(?:ir|ri|r)th|birth\s?date|born(?:\s+on)?|"
    r"birthday(?:\s+is)?|b-?day(?:\s+is)?|b\.|n[ée]e?(?:\(e\))?(?:\s+le)?|d\.?d\.?n\.?|"
    r"date\s+de\s+naissance|(?<!de\s)naissance|"  # "naissance : 03/06/12", a file's label
    r"(?-i:DN|D\.N\.)(?=\s*:?\s*\d)|"  # « DN 05/06/71 »: Québec's "date de naissance" in short
    r"gave\s+birth(?:\s+on)?|a\s+accouch[ée](?:\s+le)?|"  # "gave birth Feb 24, 2026 at QGH"
    r"anniversaire(?:\s+(?:le|est))?|"
    # "Sa fête c'est le 19 mars": in Acadian and Québec French, one's "fête" is one's birthday
    r"(?<=\b(?:sa|Sa|SA)\s)f[êe]te(?:\s+(?:c['’]est|est|tombe))?(?:\s+le)?|"
    # "turns 16 on 2010-04-09" (the day the note was typed can't be that far back)
    r"turn(?:s|ed)?\s+\d{1,2}\s+on|(?:aura|a\s+eu)\s+\d{1,2}\s+ans\s+le)"
)
_EVENT = re.compile(
    r"\b(?:since|from|until|till|between|incident|occurred|charged|arrested|dated|released|"
    r"admitted|discharged|meeting|met|seen|on|of|by|before|after|due|depuis|du|au|"
    r"jusqu|entre|arrêté|arrete|accusé|accuse|libéré|libere|rencontre|réunion|vu|vue|"
    r"avant|après|apres|last|next|report|rapport|court|hearing|audience)\W{0,3}$",
    re.IGNORECASE,
)


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cued = re.compile(
        r"\b"
        + _CUE
        # "DDN sur le permis 1999-03-17": a few words may stand between the cue and the date
        + r"(?:\s+(?:sur|on|in|dans|du|de|la|le|the|per|selon|from|form|permis|card|carte|for|pour|"
        + r"file|dossier|intake|record|b[ée]b[ée]|baby|child|enfant|kid|youth|jeune|client|cliente|"
        + r"formulaire|fiche|his|her|of|l['’](?:enfant|ado|adolescente?|élève)|referral|"
        + r"consentement|consent|admission|"  # "DDN sur le formulaire de consentement:"
        # "Date de naissance inscrite au rapport :", "born at the General on Feb 2"
        + r"inscrite?|indiquée?|listed|recorded|written|given|au|at|general|hospital|rapport|"
        + r"health|centre|center|nursing|station|"  # "born at the health centre 2026-02-07"
        + r"twins|kids|children|both|boys|girls|jumeaux|jumelles|enfants|en|date|"
        + r"youngest|oldest|eldest|middle|older|younger|newborn|infant|toddler|cadet|cadette|"
        # "on the OW file is", "sur le formulaire du CISSS :"
        + r"(?-i:[A-Z]{2,5})(?=\s+(?:file|dossier|form|record|letter|card|worker)|\s*:)|"
        + r"worker|caseworker|intervenante?|travailleuse|travailleur|"  # "DOB per her CFS worker"
        # "DOB (dd/mm/yy): 04/11/10", "inscrite en format AAAAMMJJ sur le formulaire : 20111004"
        + r"\((?:dd|mm|yy|yyyy|jj|aa|aaaa)(?:[/.-]?(?:dd|mm|yy|yyyy|jj|aa|aaaa)){2}\)|"
        + r"(?:yyyymmdd|aaaammjj|ddmmyy|jjmmaa|ddmmyyyy|jjmmaaaa)|format|old|new|out|papers|bail|"
        # "DOB per the school registration:", "DOB per the Legal Aid form:"
        + r"registration|inscription|application|demande|legal\s+aid|"
        + r"a[îi]n[ée]e?|benjamin|benjamine|scolaire|school|medical|m[ée]dical|"
        + r"fillette|petite?|garçon|fille|fils|m[èe]re|p[èe]re|mom|dad|mother|father|daughter|son|"
        # "Date de naissance de l'accusé : 1979-08-14", "DOB of the accused:"
        + r"l['’](?:accusée?|usager|usagère|victime|intimée?|suspecte?)|accused|victim|suspect|"
        + r"court|report|probation|pre-sentence|"  # "DOB for the court report: 14.08.2006"
        + r"band|bracelet|wristband|chart|certificate|cert|certificat|passport|passeport|"
        + r"check|checked|confirmed|correction|corrected|verified|v[ée]rifi[ée]e?|"  # "dob check:"
        # "DOB for Hamza:": a name, then the colon
        + r"l['’]h[ôo]pital|h[ôo]pital|(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+)(?=\s*:)"
        # "born in Marystown 4/2/71", "born in Cardston on the 3rd of May 2010"
        + r"|(?<=in\s)(?-i:[A-Z][a-z]+)(?=\s+(?:\d|on\s)))){0,9}"
        # "DOB=19990214" in a pasted record, "D.O.B..........1992-12-01" after dot leaders
        + r"\s*(?::|-|\(|,|=|\.{2,})?\s*"
        + r"(?:est\s+le\s+|is\s+the\s+|on\s+|le\s+|in\s+|en\s+|is\s+|was\s+|est\s+|as\s+|:\s*"
        + r"|comme\s+"  # "sa date de naissance comme 09/11/08"
        + r"|c['’]?est\s+(?:le\s+)?|it['’]?s\s+)?"  # "… du bébé c'est le 28 août 2025", "it's"
        + r"[\"“«]?\s*"  # 'her birth date "03.17.10"': quoted as the bio shows it
        + r"(?P<v>"
        + _FULL
        + r"|"
        + _PARTIAL
        + r"|\d{1,2}\s\d{1,2}\s(?:(?:19|20)\d{2}|\d{2}(?!\d))"  # "DDN 03 05 2010", "dob 10 1 09"
        + r"|\d{1,2}\s?/\s?\d{1,2}\s?/\s?(?:19|20)?\d{2}(?!\d)"  # "Né(e) le : 12 / 09 / 2011"
        + _SPELLED
        + r"|\d{1,2}\s+du\s+\d{1,2}\s+(?:19|20)\d{2}"  # "né le 3 du 4 2009": day, month, year
        + r"|\d(?:\s\d){7}(?!\s?\d)"  # "dob 2 0 1 1 0 6 1 4": a digit to a box
        + r"|(?:the\s+)?"  # "born on the 3rd of june 09": a two-digit year, right after the cue
        + _D
        + r"\s+of\s+"
        + _MON
        + r",?\s+\d{2}(?!\d)"
        + r"|(?:19|20)\d{2}\s(?:0[1-9]|1[0-2])\s(?:[0-2]\d|3[01])"  # "birthdate 2011 06 30"
        # a legal form: "DOB … as the 5th day of May, 2008"
        + r"|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+day\s+of\s+"
        + _MON
        + r",?\s+(?:19|20)\d{2}"
        + r")(?!\w)",
        re.IGNORECASE,
    )
    bare = re.compile(r"(?<![\w/.-])(?P<v>" + _FULL + r")(?![\w/-])", re.IGNORECASE)
    return cued, bare


# "youngest b. 2011", "born in 2006", "né en 2011": a birth year alone after a strong cue
_BIRTH_YEAR = re.compile(
    r"(?<![\w.@_-])(?:b\.|born(?:\s+in)?|DOB:?|DDN:?|n[ée]e?\s+en|ann[ée]e\s+de\s+naissance:?)\s*"
    r"(?P<v>(?:19|20)\d{2})\b(?![/-]\d)",
    re.IGNORECASE,
)

# The cue said after the date: "14/11/08 comme date de naissance", "… as her DOB"
_CUE_AFTER = re.compile(
    r"\s*,?\s*(?:comme|as|pour|for)\s+(?:(?:her|his|their|the|sa|la|son)\s+)?"
    r"(?:date\s+(?:of\s+birth|de\s+naissance)|dob|ddn|birth\s?date)\b",
    re.IGNORECASE,
)
# What is born without being a person: a programme, a table, a project
_FOUNDED = re.compile(
    r"\b(?:program(?:me)?|hub|table|initiative|project|projet|service|agency|organisme|"
    r"partnership|partenariat|idea|idée|coalition|network|réseau)\b[^.;!?\n]{0,30}$",
    re.IGNORECASE,
)
# "had his date of birth wrong on the report (12-03-2006)": the date in brackets later on
_CUE_THEN_ASIDE = re.compile(
    r"\b(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s?date|date\s+de\s+naissance|d\.?d\.?n\.?"
    r"|born|n[ée]e?(?=\s+en\b))"  # "né en juillet 1998 (le 12/07/1998)", "born in X (…)"
    r"[^.,;\n()]{1,60}?\((?:le\s+|the\s+)?(?P<v>" + _FULL + r")\)",
    re.IGNORECASE,
)
# "sa date de naissance (3 juin 1998) et celle de la petite (12 avril 2023)"
_AND_THE_OTHER = re.compile(
    r"\)\s*(?:,|et|and)\s+(?:celle|celui|that|the\s+one|his|hers|theirs)\b[^.;\n()]{0,30}?"
    r"\((?P<v>" + _FULL + r")\)",
    re.IGNORECASE,
)
# A birth-date cue no other reading shares; numbers uses it too, to leave "… : 20111004" to dates
STRONG_CUE = re.compile(
    r"\b(?:d\.?[o0]\.?b\.?|dobs|dates?\s+of\s+birth|birth\s?dates?|dates?\s+de\s+naissance|"
    r"d\.?d\.?n\.?)"
    r"(?!\w)",  # "kids' DOBs for the CAS form: 2021-06-30 and 2023-01-09"
    re.IGNORECASE,
)
_SPACED_DATE = re.compile(r"(?<!\w)(?P<v>\d{1,2} \d{1,2} (?:19|20)\d{2})(?!\w)")  # "dobs 5 13 2012"
_NOT_KNOWN = re.compile(
    r"[\s:,-]*(?:unknown|unk|n/?a|not\s+(?:known|given|sure)|pending|tbd|inconnue?|à\s+confirmer|"
    r"manquante?|\?)",
    re.IGNORECASE,
)
_OTHER_BIRTH_DATE = re.compile(
    r"(?:['’]s\s+(?:is\s+)?|\b(?:is|was|est)\s+|\bactually\s+)(?P<v>" + _FULL + r")(?![\w/-])",
    re.IGNORECASE,
)
_MERIDIAN = re.compile(r"[\s-]+[WO]\s?\dM?\b")
# "Oskar, the youngest (2019-05-07), is not in daycare": a past date in brackets after a name
_PERSON_THEN_DATE = re.compile(
    r"(?:\b(?P<name>(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+))|\b(?:youngest|oldest|eldest|baby|bébé|newborn|"
    r"son|daughter|fils|fille|cadet|cadette|benjamine?|twin|jumeau|jumelle)"
    r"|\b\d{1,2}\s?(?:ans|y/?o|yrs?(?:\s+old)?|years\s+old))"  # "6 ans (12-01-2019)"
    r"(?:,\s+(?:the|la|le|l['’])\s*[\w-]+)?\s*\(\s*(?P<v>" + _FULL + r")\s*\)",
    re.IGNORECASE,
)


def find(text: str) -> list[Candidate]:
    cued, bare = _patterns()
    note = Note(text)
    out: list[Candidate] = []
    covered: list[tuple[int, int]] = []
    this_year = dt.date.today().year
    shapes: set[str] = set()  # how the note writes a birth date: "11/23/07" -> "99/99/99"
    for m in note.hits(cued):
        cue = m.group(0)[: m.start("v") - m.start()]
        if cue.strip().lower().startswith("b.") and not re.search(r"\d", m.group("v")):
            continue
        news = re.match(r"gave|a\s+accouch", cue.strip(), re.IGNORECASE)
        if news and _year(m.group("v")) is None:
            continue  # « a accouché le 2 avril »: a day in the note's year, said as news
        if not _plausible(m.group("v")) or _MERIDIAN.match(text, m.end()):
            continue  # "NE 14-32-05 W3M", "NE 30-9-11 W3" are land locations, not "né le…"
        french = bool(re.search(r"n[ée]|naissance|ddn|anniversaire", cue, re.IGNORECASE))
        out.append(
            Candidate(
                Kind.DATE_OF_BIRTH,
                # "DOB for Hamza: Sept 9/07": the name between is a finding of its own
                m.start("v") if re.search(r"[A-ZÀ-Ý][a-zà-ÿ'’-]+\s*:", cue) else m.start(),
                m.end(),
                _age(m.group("v"), french),
                80,
            )
        )
        covered.append(m.span())
        shapes.add(re.sub(r"\d", "9", m.group("v")))
        window = re.split(r"[.;!?](?:\s|$)|\n", text[m.end() : m.end() + 70], maxsplit=1)[0]
        other = _OTHER_BIRTH_DATE.search(window)
        if other is not None and _plausible(other.group("v")):
            # "Mom's DOB is 1991-06-30 and the baby's is 2025-12-11", "… it's actually 6/9/99"
            start, end = m.end() + other.start("v"), m.end() + other.end("v")
            out.append(Candidate(Kind.DATE_OF_BIRTH, start, end, None, 78))
            covered.append((start, end))
    asides = [*note.hits(_CUE_THEN_ASIDE), *note.hits(_AND_THE_OTHER)]
    given = lexicon().given
    for m in asides + list(note.hits(_PERSON_THEN_DATE)):
        if "name" in m.groupdict() and m.group("name") and m.group("name").lower() not in given:
            continue  # "Sudbury (2024-05-01)": a date in brackets after a place is no birth date
        year = _year(m.group("v"))
        if year is None or year >= dt.date.today().year or not _plausible(m.group("v")):
            continue
        if not any(s <= m.start("v") < e for s, e in covered):
            out.append(Candidate(Kind.DATE_OF_BIRTH, m.start("v"), m.end("v"), None, 78))
    for m in note.hits(STRONG_CUE):
        # "la date de naissance du petit : la mère a écrit « 14-03-2019 » et « 2019-04-13 »":
        # every past date the rest of the sentence gives is the birth date, or a version of it
        window = re.split(r"[.;!?](?:\s|$)|\n", text[m.end() : m.end() + 140], maxsplit=1)[0]
        if _NOT_KNOWN.match(window):
            continue  # "DOB unknown, intake done 2025-11-02": no birth date was given
        for d in [*bare.finditer(window), *_SPACED_DATE.finditer(window)]:
            start, end = m.end() + d.start(), m.end() + d.end()
            # "gave the DOB in the old notation, 19/06/09": after the cue, a two-digit year too
            year = _year(d.group("v")) or _two_digit_year(d.group("v"), this_year)
            if any(s <= start < e for s, e in covered) or year is None or year >= this_year:
                continue
            # "we need her dob for the RTA hearing: 1988-02-17": no hearing that long ago
            event = year > this_year - 15 and _EVENT.search(text[max(0, start - 30) : start])
            if _plausible(d.group("v")) and not event:
                out.append(Candidate(Kind.DATE_OF_BIRTH, start, end, None, 60))
                covered.append((start, end))
    for m in note.hits(_NAMED_SHORT_DATE):  # "Jérémie Sioui (03/08/02) — Wendake"
        year = _two_digit_year(m.group("v"), this_year)
        if m.group("name").lower() in given and year and year <= this_year - 12:
            out.append(Candidate(Kind.DATE_OF_BIRTH, m.start("v"), m.end("v"), None, 60))
    for m in note.hits(_BIRTH_YEAR):
        if _FOUNDED.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "The Hub program was born in 2019", « le programme est né en 2018 »
        if not any(s <= m.start() < e for s, e in covered):
            out.append(Candidate(Kind.DATE_OF_BIRTH, m.start("v"), m.end("v"), None, 78))
    for m in note.hits(bare):
        if any(s <= m.start() < e for s, e in covered):
            continue
        if _EVENT.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        year = _year(m.group("v"))
        if re.sub(r"\d", "9", m.group("v")) in shapes and _before_this_year(m.group("v")):
            # "dob check: 11/23/07 is right … the RCMP had 11/23/08": written as the birth
            # date was, a year or more back
            out.append(Candidate(Kind.DATE_OF_BIRTH, m.start(), m.end(), None, 52))
            continue
        if _CUE_AFTER.match(text, m.end()):  # "donne le 14/11/08 comme date de naissance"
            out.append(Candidate(Kind.DATE_OF_BIRTH, m.start(), m.end(), None, 52))
            continue
        year = year or _apostrophe_year(m.group("v"), this_year)  # "Kevin, Aug 14 '71, SK HSN"
        if year is None or not 1920 <= year <= this_year - 8:
            continue
        out.append(Candidate(Kind.DATE_OF_BIRTH, m.start(), m.end(), None, 52))
    # "Hunter – 2010-02-11 / Willow – 2013-07-30 / Ezra – 2019-12-05": a list of names and
    # birth dates; once one is a birth date, so is the youngest child's
    listed = list(note.hits(_NAME_DASH_DATE))
    if len(listed) >= 2 and any(c.start == m.start("v") for m in listed for c in out):
        for m in listed:
            if not any(c.start == m.start("v") for c in out) and _plausible(m.group("v")):
                out.append(Candidate(Kind.DATE_OF_BIRTH, m.start("v"), m.end("v"), None, 52))
    return out


_NAMED_SHORT_DATE = re.compile(
    r"\b(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+)\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+\s*\(\s*(?P<v>\d\d/\d\d/\d\d)\s*\)"
)
_NAME_DASH_DATE = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+\s[–—-]\s(?P<v>(?:19|20)\d{2}-\d{2}-\d{2})\b")


def _plausible(value: str) -> bool:
    """A numeric date whose day and month can exist: not "14-32-05"."""
    parts = re.fullmatch(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})", value.strip())
    if parts is None:
        return True
    a, b, c = (int(x) for x in parts.groups())
    day_month = (b, c) if len(parts.group(1)) == 4 else (a, b)
    return min(day_month) <= 12 and max(day_month) <= 31 and min(day_month) >= 1


def _before_this_year(value: str) -> bool:
    """The date's year, four digits or two at the end, is before this one."""
    year = _year(value)
    if year is None:
        short = re.search(r"[-/.](\d{2})$", value.strip())
        if short is None:
            return False
        yy, now = int(short.group(1)), dt.date.today().year
        year = 2000 + yy if yy <= now % 100 else 1900 + yy
    return year < dt.date.today().year


def _two_digit_year(value: str, this_year: int) -> int | None:
    short = re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-](\d{2})", value)
    if short is None:
        return None
    year = 2000 + int(short.group(1))
    return year if year <= this_year else year - 100


def _apostrophe_year(value: str, this_year: int) -> int | None:
    short = re.search(r"['’](\d{2})$", value.strip())
    if short is None:
        return None
    year = 2000 + int(short.group(1))
    return year if year <= this_year else year - 100


def _year(value: str) -> int | None:
    found = re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", value)
    if found:
        return int(found[0] if value[:4].isdigit() else found[-1])
    return None


def _age(value: str, french: bool) -> str | None:
    """ "age 16" is what the table needs; the birth date itself it never does."""
    year = _year(value)
    if year is None:
        return None
    age = dt.date.today().year - year
    if not 0 <= age <= 110:
        return None
    if age == 0:
        return "moins d'un an" if french else "under age 1"
    return (f"{age} an" if age == 1 else f"{age} ans") if french else f"age {age}"


_NUMERIC_DATE = re.compile(  # "2007 11 23": a year, a month, a day with spaces, as said aloud
    r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|(?:19|20)\d{2} \d{2} \d{2})$"
)


def looks_like_date(value: str) -> bool:
    """A date a note could hold: "2026-03-12" is one, "1187-33-20" (a file number) is not."""
    if not _NUMERIC_DATE.match(value):
        return False
    split = re.split(r"[-/. ]", value)
    if len(split[2]) == 3 or (len(split[2]) == 4 and not split[2].startswith(("19", "20"))):
        return False  # "26-11-0042": a file's number, no year
    parts = [int(p) for p in split]
    if len(str(parts[0])) == 4 or value[:4].isdigit():
        year, month, day = parts
    else:
        day, month, year = parts if parts[1] <= 12 else (parts[1], parts[0], parts[2])
    return 1 <= month <= 12 and 1 <= day <= 31 and (year < 100 or 1900 <= year <= 2099)

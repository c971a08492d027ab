"""Social insurance, health card, driver's licence, plate and agency file numbers.

Digits alone rarely say what they are, so the words just before a number (``SIN``,
``HSN``, ``plate``, ``occurrence``…) decide the kind; a bare 9-digit number that
passes the SIN checksum is treated as a SIN, any other bare 9–10 digit run as a
health number, because either way it is an identifier that must go.
"""

from __future__ import annotations

import itertools
import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import words
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.dates import STRONG_CUE, looks_like_date
from commands.privacy.recognizers.number_cues import BAND_FILE, PHONE_SHAPE
from commands.privacy.recognizers.number_licences import licences_and_plates
from commands.privacy.recognizers.number_lists import listed_after, more_of_the_same
from commands.privacy.recognizers.number_patterns import patterns
from commands.privacy.recognizers.postal_codes import STATES
from commands.privacy.recognizers.screens import Note


def luhn_ok(digits: str) -> bool:
    """The SIN checksum (Luhn mod 10); Canadian SINs never start with 0 or 8."""
    if len(digits) != 9 or not digits.isdigit() or digits[0] in "08":
        return False
    doubled = (int(char) * (2 if index % 2 else 1) for index, char in enumerate(digits))
    return sum(value - 9 if value > 9 else value for value in doubled) % 10 == 0


_STUDENT_CUE = re.compile(
    r"\b(?:OEN|NIE|(?-i:ASN|PEN)|student|education|[ée]l[èe]ve|[ée]tudiante?|matricule|"
    r"code\s+permanent|permanent\s+code|member|membre|client)\b",  # "ODSP member ID 512 448 903"
    re.I,
)
_HEALTH_WORD = re.compile(r"maladie|ramq|sant[ée]|health|carte|card", re.I)
# The birth date in a Québec card: "LAVI 7562 0818" (a woman's month is 51-62), not "CAMH 1882…"
_RAMQ_DATE = re.compile(r"[\s-]?\d\d(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])[\s-]?(?:0[1-9]|[12]\d|3[01])")
_RAMQ_SHAPE = re.compile(r"^[A-Z]{4}\s?\d{4}\s?\d{4}$")  # "au dossier : GAGM 8753 1412"
_OHIP_SHAPE = re.compile(r"^\d{4}[\s-]\d{3}[\s-]\d{3}(?:[\s-]?[A-Z]{2})?$")
_STREET_AFTER = re.compile(
    # "Adresse au dossier : 10010, 102e Rue": a French ordinal street after the comma
    r"(?:,\s+(?=rue|boul|ch|av|rang|\d{1,3}(?:e|er|re|ème)\s)|\s+)"
    r"(?:(?-i:[A-Z][a-z'’]+\s+)|\d{1,3}(?:st|nd|rd|th|e|er|re|ème)\s+)?"
    r"(?:ave|avenue|st(?!\.?\s+(?-i:[A-Z][a-z]))|street|rd|road|blvd|boul|dr|drive|cres|crescent|way|rue|"
    # "305-1200 Cummings Ave", "#3-1427 7th Ave W"; not "2026-512096 St. Paul RCMP": a saint's
    r"ch|chemin|rang|av)\b",  # town
    re.IGNORECASE,
)
_ONTARIO_DL_SHAPE = re.compile(r"^[A-Z]\d{4}[\s-]?\d{5}[\s-]?\d{5}$")
# Three, three and four digits: how a phone is grouped
_TOWN_STATE_ZIP = re.compile(rf"\b[A-Z][a-z]+\s(?:{STATES})\s\d{{5}}(?:-\d{{4}})?$")
_SIN_SHAPE = re.compile(r"^\d{3}([\s-])\d{3}\1\d{3}$")
_PHONE_WORD = re.compile(r"\b(?:phone|tel|cell|number|num[ée]ro|t[ée]l[ée]phone|text)\b", re.I)
_CALL_WORD = re.compile(r"\b(?:ph|phone|tel|cell|call|text|appel\w*|t[ée]l[ée]phone)\b", re.I)
_TABLE_REF = re.compile(
    r"\b(?:table|hub|situation|sit)\s+(?:ref\.?|no\.?|#)?\s*(?:[A-Z]{1,6}-)?$", re.I
)
_NUMBER_SAID = re.compile(r"\b(?:num[ée]ro|number)\b", re.IGNORECASE)
_WHOSE_FILE = re.compile(
    r"dossier|file|case|(?<!for\sthe\s)(?:client|member)|membre|bande|band|[ée]l[èe]ve|student"
    r"|carte|card|sant[ée]|health|assurance|permis|licen[cs]e|plaque|plate",
    re.IGNORECASE,
)
_OWN_REF = re.compile(r"(?:[A-Z]{1,6}-)?(?:19|20)?\d{2}-\d{3,4}")
# The table's own reference ("PA-2026-014", SPEC) and its short form ("S-26-041")
_HUB_REF = re.compile(r"^[A-Z]{1,6}-\d{4}-\d{3,4}$")
_GLUED_PHONE = re.compile(
    r"\b(?:cell|cel|tel|t[ée]l|ph|phone)\s*[#.:]\s*(?P<v>[2-9]\d{2}[2-9]\d{6})(?!\d)", re.I
)
_ACCOUNT = re.compile(r"\b(?:acc(?:oun)?t|compte|folio)\b", re.IGNORECASE)
_FILED = re.compile(r"dossier|\bfile\b|\bclaim\b|réclamation", re.IGNORECASE)
_SIN_SAID = re.compile(r"\b(?:SIN|NAS)\b")
_HOURS = re.compile(r"((?:[01]\d|2[0-3])[0-5]\d)-((?:[01]\d|2[0-4])[0-5]\d)")
_FILE_WORD = re.compile(r"file|dossier|case|#|\bno\b|n°|number", re.IGNORECASE)
_DAY_MONTH_TIME = re.compile(  # "3/10 14:20" day first, "3/20 18:40" month first
    r"(?:(?:[1-9]|[12]\d|3[01])/(?:[1-9]|1[0-2])|(?:[1-9]|1[0-2])/(?:[1-9]|[12]\d|3[01]))\s\d"
)
_SIT_SHAPE = re.compile(r"(?:19|20)\d\d-\d{3}")
_SIT_NUMBER = re.compile(r"\b(?:sits?|situations?)\s*(?:#|no\.?)?\s*(?:19|20)\d\d-\d{3}\b", re.I)
_SHORT_HUB_REF = re.compile(r"(?:S|SIT|Sit)-(?:20)?\d{2}-\d{2,3}")
# Ten digits shaped like a North American phone number: "son numéro c'est 4185550193"
_NANP_RUN = re.compile(r"[2-9]\d{2} ?[2-9]\d{6}")  # "6135550188", "705 5550117"
# A legal land location ("NE 14-33-5 W3"), its quarter before a number, its meridian after
_LAND = re.compile(r"(?:NE|NW|SE|SW)[\s-]*\d{1,2}[\s-]+\d{1,3}[\s-]+\d{1,2}[\s-]*[WO]\s?\dM?")
_QUARTER = re.compile(r"\b(?:NE|NW|SE|SW|NO|SO|LSD\s*\d{1,2})[\s-]*$")
_MERIDIAN = re.compile(r"[\s-]+[WO]\s?\dM?\b")


def find(text: str) -> list[Candidate]:
    p = patterns()
    note = Note(text)
    out: list[Candidate] = []

    def add(kind: Kind, m: re.Match[str], priority: int, group: str | int = 0) -> None:
        start, end = m.span(group)
        while end > start and text[end - 1] in " -/":
            end -= 1
        while kind is Kind.CASE_NUMBER and group and text[start - 1 : start].isalnum():
            start -= 1  # "FACSFLA 31-2207": the whole word, not "LA 31-2207"
        if kind is Kind.CASE_NUMBER and _ONTARIO_DL_SHAPE.match(text[start:end]):
            return  # "PPO : L4521-60958-90412": a licence, whatever the cue said
        if kind in (Kind.LICENCE, Kind.CASE_NUMBER) and _STREET_AFTER.match(text, end):
            return  # "on file is 15-1710 Ave P North", « permis : 502-160, rue … »: a civic number
        out.append(Candidate(kind, start, end, None, priority))

    for m in note.hits(p["sin"]):
        add(Kind.SIN, m, 92, "v")
    for m in note.hits(p["sin_far"]):
        add(Kind.SIN, m, 90, "v")  # over "dossier :" read as a file cue
    for m in note.hits(_GLUED_PHONE):
        add(Kind.PHONE, m, 92, "v")  # "cell#6135550177", "cel.6135550148": the cue glued on
    for m in note.hits(p["health"]):
        if _phn_phone(m):
            continue  # "phn 1-306-555-0140": a phone typed short, grouped as one
        glued = re.search(r"(?-i:[A-Z]{3,4})-$", text[m.start() : m.start("v")])
        if glued and (
            glued.group(0) == "HSN-" or "MRN" in text[max(0, m.start() - 12) : m.start()]
        ):
            # "MRN HSN-00871234": a hospital's record number, its name glued to the digits
            out.append(Candidate(Kind.CASE_NUMBER, m.start(), m.end("v"), None, 91))
            continue
        add(Kind.HEALTH_NUMBER, m, 91, "v")
        for more in more_of_the_same(text, m.end()):
            add(Kind.HEALTH_NUMBER, more, 89, "v")  # "Dad's is 1602240457 and mom's is 7658…"
    for m in note.hits(p["health_far"]):
        if _dialled(text, m) or _phn_phone(m):
            continue  # "RAMQ LEFG…, tél. 819-555-0122": the phone after the card
        add(Kind.HEALTH_NUMBER, m, 89, "v")  # over "referral:" read as a file cue
        for more in more_of_the_same(text, m.end()):
            add(Kind.HEALTH_NUMBER, more, 89, "v")  # "health numbers (954… and 540…)"
    for m in note.hits(p["health_before"]):
        add(Kind.HEALTH_NUMBER, m, 89, "v")  # "73380-1124 is his AHCIP": the card after
    for m in note.hits(p["plate_then_vehicle"]):
        add(Kind.LICENCE, m, 80, "v")
    for m in note.hits(p["vehicle_plate_aside"]):
        add(Kind.LICENCE, m, 86, "v")
    for m in note.hits(p["vehicle_plate_province"]):
        add(Kind.LICENCE, m, 86, "v")
    for name in (
        "plate_driven",
        "vehicle_plate_comma",
        "vehicle_plate_bracket",
        "plate_tagged",
        "plate_seen",
        "plate_dashed",
    ):
        for m in note.hits(p[name]):
            add(Kind.LICENCE, m, 86, "v")
    for m in note.hits(p["manitoba_health"]):
        add(Kind.HEALTH_NUMBER, m, 89, "v")
    for m in itertools.chain(note.hits(p["status_number"]), note.hits(p["status_far"])):
        band = re.search(BAND_FILE, text[max(0, m.start() - 40) : m.start("v")], re.I)
        add(Kind.CASE_NUMBER if band else Kind.HEALTH_NUMBER, m, 89, "v")  # "Band office says…"
        for more in more_of_the_same(text, m.end()):
            add(Kind.HEALTH_NUMBER, more, 89, "v")  # "status cards: 6280156602, 6280156603"
    for m in note.hits(p["ontario_hcn"]):
        add(Kind.HEALTH_NUMBER, m, 72)
    for m in note.hits(p["ontario_hcn_run"]):
        if not _CALL_WORD.search(text, max(0, m.start() - 30), m.start()):
            add(Kind.HEALTH_NUMBER, m, 72)  # not "call 3065550142 OK?"
    for m in itertools.chain(note.hits(p["ramq"]), note.hits(p["ramq_cued"])):
        before = text[max(0, m.start() - 40) : m.start()]  # a student cue, no health word
        pupil = m.re is p["ramq"] and bool(_STUDENT_CUE.search(before))
        pupil = pupil and not _HEALTH_WORD.search(before)
        add(Kind.CASE_NUMBER if pupil else Kind.HEALTH_NUMBER, m, 72, "v")  # "Student code"
    for m in note.hits(p["disc_number"]):
        add(Kind.CASE_NUMBER, m, 88, "v")
    licences_and_plates(text, note, p, add)
    for m in note.hits(p["case"]):
        value = m.group("v").strip()
        # "AHT-REF-0877", "pt # MC-7781", "dossier OMH L-4417": letters make four digits enough
        prefixed = (
            bool(re.match(r"[A-Za-z]{2,5}-(?:[A-Za-z]{1,5}-)?\d{4}", value))  # "PR-W-2291"
            or bool(
                re.match(r"[A-Za-z]-\d{4}", value)  # not "CAS. S-2003 update", the table's own
                and re.search(r"dossier|file|#|\bno\b", text[m.start() : m.start("v")], re.I)
            )
        )
        # "band registry no. 1287", "CLFN membership 0412-B": a nation's roll runs to four digits
        prefixed = prefixed or bool(
            re.search(r"regist(?:ry|re)|\bbande?\b|members", text[m.start() : m.start("v")], re.I)
            and re.fullmatch(r"\d{4}(?:-?[A-Z])?", value)
        )
        if sum(c.isdigit() for c in value) < (4 if prefixed else 5) or _is_time_or_year(value):
            continue
        if re.fullmatch(r"[A-Za-z]{2,5}-(?:19|20)\d{2}", value):
            continue  # "file SK-2026": a label and a year
        # the agency's acronym in the same sentence: not "… for DV files. 26-034 eligible"
        before = re.split(r"[.!?]\s", text[max(0, m.start() - 12) : m.start("v")])[-1]
        if re.fullmatch(r"(?:19|20)?\d{2}-\d{3}", value) and not re.search(
            r"\b(?-i:[A-Z]{2,6})\b", before
        ):
            # "referral (2026-040)", "Dossier 26-057": the table's own; not "CAS file 2026-113"
            continue
        if re.fullmatch(r"\d{2}-\d{3}", value) and not re.search(
            r"file|dossier|occ|case|incident|#", text[m.start() : m.start("v")], re.I
        ):
            continue  # "PA 26-018 closed", "nurse referral, 26-045": the table's own numbering
        if _HUB_REF.match(text[m.start() : m.end()].strip()) or looks_like_date(value):
            continue
        if _DAY_MONTH_TIME.match(value):
            continue  # "MCFS 3/10 14:20", "Incident 3/20 18:40": a day and month, then the time
        hours = _HOURS.fullmatch(value)
        start_end = hours.groups() if hours else ("", "")
        quarters = hours and all(g[2:] in ("00", "15", "30", "45") for g in start_end)
        if quarters and start_end[0] < start_end[1] and not _FILE_WORD.search(m.group(0)):
            continue  # "intake 1900-2100 only": opening hours; not "CAS 1418-2026", a file
        if re.fullmatch(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])", value) and (
            STRONG_CUE.search(text, max(0, m.start() - 80), m.start("v"))
        ):
            continue  # "Date de naissance … sur le formulaire du CISSS : 20111004": the date
        if _TABLE_REF.search(text, max(0, m.start() - 20), m.start("v")) and re.fullmatch(
            r"(?:19|20)?\d{2}-\d{2,4}", value
        ):
            continue  # "Table ref 2026-044", "sit PA-26-038": the table's own number
        if _NANP_RUN.fullmatch(value) and re.match(r"num|#", m.group(0), re.I):
            continue  # "son numéro c'est 4185550193": a phone, not a file
        if PHONE_SHAPE.match(value) or re.fullmatch(r"\d{5}-\d{4}|\d{3} \d{3} \d{2} \d{2}", value):
            continue  # "CLSC : 418 555-0130" is the CLSC's number, "US ID is 14201-2234" a ZIP
        if re.fullmatch(r"\d{3}[.-]\d{4}", value) and (
            _PHONE_WORD.search(text, max(0, m.start() - 30), m.start("v"))
            or "," in text[m.start() : m.start("v")]
            or value.startswith("310")
        ):
            continue  # "phone on file 555-0198", "Info Line 310-1818" (a province's): a phone
        if _ONTARIO_DL_SHAPE.match(value):
            add(Kind.LICENCE, m, 88, "v")  # "licence # on the tow report is M4521-78903-50812"
            continue
        if (
            re.fullmatch(r"\d{4}\s?\d{4}", value)
            and re.search(r"\b[A-Z]{4}\s?$", text[max(0, m.start("v") - 5) : m.start("v")])
            and _HEALTH_WORD.search(text, max(0, m.start() - 50), m.start("v"))
        ):
            continue  # "assurance maladie au dossier : GAGM 8753 1412": a Québec health card
        income = _INCOME_CUE.search(text, max(0, m.start() - 20), m.start("v"))  # "OW file"
        student = _STUDENT_CUE.search(m.group(0)[: m.start("v") - m.start()])
        if student and re.fullmatch(r"\d{4}\s\d{4}", value):
            letters = re.search(r"[A-Za-z]{4}\s$", text[max(0, m.start("v") - 5) : m.start("v")])
            if letters:  # "code permanent GAUM 1405 1299": the letters belong to the code
                out.append(Candidate(Kind.CASE_NUMBER, m.start("v") - 5, m.end("v"), None, 88))
                continue
        user = _QUEBEC_USER.search(text, max(0, m.start() - 30), m.start("v")) is not None
        # "Votre numéro de dossier : 0093-447-218": a file, unless a health card is spoken of
        user = user or bool(
            re.search(r"dossier", m.group(0), re.I)
            and not _HEALTH_WORD.search(text, max(0, m.start() - 40), m.start("v"))
        )
        # "Énergir, compte 4001 228 917": a utility's or a bank's account, not a health card
        user = user or bool(_ACCOUNT.search(m.group(0)[: m.start("v") - m.start()]))
        if (_OHIP_SHAPE.match(value) or _RAMQ_SHAPE.match(value)) and not (
            income or student or user
        ):
            add(Kind.HEALTH_NUMBER, m, 88, "v")  # "intake is 4532-876-129-KT": a health card
            continue
        sin_said = _SIN_SAID.search(text, max(0, m.start() - 80), m.start("v"))
        filed = _FILED.search(m.group(0)) and not sin_said
        if _SIN_SHAPE.match(value) and luhn_ok(re.sub(r"\D", "", value)) and not (student or filed):
            add(Kind.SIN, m, 88, "v")  # "intake 319 935 185": written like a SIN, checks as one
            continue  # not "OEN 393-617-691" (a student's), « dossier CNESST 512 448 903 »
        before = text[max(0, m.start() - 40) : m.start("v")]
        if _NANP_RUN.fullmatch(value) and (
            _CALL_WORD.search(text, max(0, m.start() - 40), m.end())
            or (_NUMBER_SAID.search(before) and not _WHOSE_FILE.search(before))
        ):
            # "Ph # for the youth worker's client: 6135550188", "numéro donné à la SQ :
            # 4185550121": ten digits dialled as a phone's, said to be a number and no file's
            add(Kind.PHONE, m, 88, "v")
            continue
        add(Kind.CASE_NUMBER, m, 88, "v")
    for m in note.hits(p["case_far"]):
        value = m.group("v")
        if re.fullmatch(r"[A-Za-z]{4}\s\d{4}\s\d{4}", value) and not _STUDENT_CUE.search(
            m.group(0)
        ):
            continue  # "dossier … QURB 0102 0418": a Québec health card, unless a student's code
        if looks_like_date(value.split()[-1]):
            continue  # "file name is Jayden Okemow, DOB 2008-11-03": a birth date
        if _TOWN_STATE_ZIP.search(text, 0, m.end("v")):
            continue  # "SQ file …, found at her cousin's in Plattsburgh NY 12901": a ZIP
        if _TABLE_REF.search(text, max(0, m.start("v") - 20), m.start("v")) and _OWN_REF.fullmatch(
            value
        ):
            continue  # "youths from the Co-op incident are in sit IQ-25-036": the table's
        if not (_SIN_SHAPE.match(value) or PHONE_SHAPE.match(value)):
            add(Kind.CASE_NUMBER, m, 84, "v")
    for m in note.hits(p["case_far_marked"]):
        if not re.fullmatch(r"\d{3}-\d{4}", m.group("v")):
            add(Kind.CASE_NUMBER, m, 84, "v")  # not "no 555-0142", a local phone number
    for m in itertools.chain(
        note.hits(p["case_colon"]),
        note.hits(p["treaty_card_far"]),
        note.hits(p["uci_far"]),
        note.hits(p["intake_far"]),
        note.hits(p["given_far"]),
        note.hits(p["student_far"]),
        note.hits(p["held_under"]),
        note.hits(p["agency_ref"]),
    ):
        add(Kind.CASE_NUMBER, m, 84, "v")
    for m in note.hits(p["numbered_aside"]):
        group = next(g for g in ("v", "w", "x") if m.group(g) is not None)
        value = m.group(group)
        if not (looks_like_date(value) or PHONE_SHAPE.match(value) or _SIN_SHAPE.match(value)):
            add(Kind.CASE_NUMBER, m, 70, group)
    for m in note.hits(p["bare_case"]):  # "MN-S 104-3372": its prefix says it is no phone
        add(Kind.CASE_NUMBER, m, 62 if m.group(0)[:1].isalpha() else 55)
    for m in note.hits(p["digits"]):
        if PHONE_SHAPE.match(m.group(0)):
            continue  # grouped as a phone: the contact reader's, even an agency's main line
        digits = re.sub(r"\D", "", m.group(0))
        if text[m.end() : m.end() + 1] == "#" or _MEETING_ID.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue  # "ID de conférence 883 221 047#", "Meeting ID: 249 118 407 552": a meeting
        sin = len(digits) == 9 and luhn_ok(digits)
        add(Kind.SIN if sin else Kind.HEALTH_NUMBER, m, 56 if sin else 54)
    for c in [c for c in out if c.kind in (Kind.CASE_NUMBER, Kind.LICENCE)]:
        for kind, other, priority, listed in listed_after(text, c):
            add(kind, other, priority, listed)
    # "demande au CLSC: LAVI 7562 0818": the digits of a Québec card, not a file of their own
    cards = [m.span("v") for m in note.hits(p["ramq"]) if _RAMQ_DATE.match(m.group("v"), 4)]
    out = [
        c
        for c in out
        if not (c.kind is Kind.CASE_NUMBER and any(s < c.start and c.end <= e for s, e in cards))
    ]
    sits = _SIT_NUMBER.search(text) is not None  # "RCMP (sit 2026-011), MSS (2026-015)"
    # "S-26-041 (new)", "dossier de table S-26-009": the table's own; "NE 14-33-5 W3": land
    return [
        c
        for c in out
        if not _SHORT_HUB_REF.fullmatch(text, c.start, c.end)
        and not (
            _QUARTER.search(text, max(0, c.start - 9), c.start) and _MERIDIAN.match(text, c.end)
        )
        and not (c.kind is Kind.CASE_NUMBER and _LAND.fullmatch(text, c.start, c.end))
        # "table ref T-2026-014", "sit # 2026-022": the table's own, and others numbered so
        and not (
            c.kind in (Kind.CASE_NUMBER, Kind.LICENCE)
            and (
                _HUB_REF.match(text[c.start : c.end]) or _SIT_SHAPE.fullmatch(text, c.start, c.end)
            )
            and (
                _TABLE_REF.search(text, max(0, c.start - 20), c.start)
                # uncued, in a list beside a sit number: not "CAS file 2026-113 for sit …"
                or (sits and c.priority < 84 and _SIT_SHAPE.fullmatch(text, c.start, c.end))
                # "MSS (2026-015), BTC CFS (2026-016)": each agency's sit, in brackets
                or (sits and _SIT_SHAPE.fullmatch(text, c.start, c.end) and _bracketed(text, c))
            )
        )
    ]


# "ID de conférence 883 221 047#", "Zoom meeting ID …": the digits of a meeting, not a card
_MEETING_ID = re.compile(
    r"\b(?:conf[ée]rence|conference|meeting|r[ée]union|webinar|passcode|pin)\b[^.\n]{0,20}$",
    re.IGNORECASE,
)

_DIALLED = re.compile(
    r"\b(?:t[ée]l\.?|tel|phone|cell|cel|call(?:ed)?|text(?:ed)?|rejoindre|appel[ée]?|at)\s*:?\s*$",
    re.IGNORECASE,
)


# "Usager du CISSS # 0045-778-123": a Québec network's user number, grouped like Ontario's card
_QUEBEC_USER = re.compile(r"\b(?:usag[eè]re?|(?-i:CISSS|CIUSSS|CLSC|CHSLD))\b", re.IGNORECASE)
# "OW member # 1208-445-917", "ODSP # 0045-917-338": income support, grouped like OHIP
_INCOME_CUE = re.compile(r"\b(?:OW|ODSP|SIS|SAID|member|Ontario\s+Works)\b", re.IGNORECASE)
_CARD_WORDS = words(
    """
    is est no number numéro card carte de du la le of for pour his her son sa health santé
    version code the dad mom mother father mère père baby bébé child kid youth client
    """
)


def _dialled(text: str, m: re.Match[str]) -> bool:
    """A number grouped as a phone with a word of calling right before it."""
    if not PHONE_SHAPE.match(m.group("v")):
        return False
    if _DIALLED.search(text, max(0, m.start("v") - 16), m.start("v")):
        return True
    # "HSN pending, dad Ray 306 555-0193": other words stand between the cue and the number
    between = re.findall(r"[^\W\d_]{2,}", text[m.start() : m.start("v")])[1:]
    return any(w.casefold() not in _CARD_WORDS for w in between)


def _phn_phone(m: re.Match[str]) -> bool:
    """ "phn# 306-555-0174": "phone" typed short, grouped as a phone (BC's PHN starts with 9)."""
    value = m.group("v")
    return m.group(0)[:3].lower() == "phn" and value[:1] != "9" and bool(PHONE_SHAPE.match(value))


_TIME_OR_YEAR = re.compile(
    r"^(?:\d{1,2}[:h]\d{2}|(?:19|20)\d{2}|\d{1,2}\s*(?:am|pm))$", re.IGNORECASE
)


def _is_time_or_year(value: str) -> bool:
    return bool(_TIME_OR_YEAR.match(value))


def _bracketed(text: str, c: Candidate) -> bool:
    """Alone in brackets right after an agency's acronym: "MSS (2026-015)"."""
    return text[c.end : c.end + 1] == ")" and bool(
        re.search(r"(?<![\w-])(?-i:[A-Z][A-Z&]{1,7})\s\($", text[max(0, c.start - 12) : c.start])
    )

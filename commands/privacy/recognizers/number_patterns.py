"""The patterns of the numbers a note may hold: the cue words that say what a number is
(``SIN``, ``HSN``, ``plate``, ``occurrence``…) and the shapes each kind is written in.
Which pattern wins, and what a match may not be, is decided in ``numbers``; the numbers
written far from their cue are in ``number_far_patterns``, the plates in ``plate_patterns``."""

from __future__ import annotations

import functools
import re

from commands.privacy.recognizers.number_cues import (
    AGENCY,
    CASE_CUE,
    DL_CUE,
    HEALTH_CUE,
    MANITOBA_REG_CUE,
    PLATE_CUE,
    SIN_CUE,
)
from commands.privacy.recognizers.number_far_patterns import far_patterns
from commands.privacy.recognizers.plate_patterns import plate_patterns

_NUM = (
    # "file #s for this month:", "file numbers:": several of them
    r"(?:\s*(?:(?:numbers|number|nums|num|nos|no|is|est|c['’]?est|was|as|ref|réf|id|(?<=file\s)says)"
    r"(?![a-z])\.?|n°|nº|#(?:(?-i:s)(?![A-Za-z]))?|:|-|[\"“«]"
    r"|le(?=\s+(?:19|20)\d{2}-\d{3})"  # "celui de la CAS le 2026-0455"
    r"|\((?:[a-z]{2}|sask|ont|alta|man|qué)\)"  # "DL (sk) 41288350", "plate (SK) 917 JNB"
    r"|\((?-i:[A-Z]{3,5})\)"  # "NIE (OEN) 287-440-193": the cue's other name in brackets
    r"|,(?=\s*(?:#\s*)?\d)"  # "a suspended Sask DL, 40281736", "a NY licence, # 482 611 907"
    # "ran Curtis's DL (40718293)", "her OW ID (3310 882 17)"
    r"|\((?=\s*[A-Z0-9-]*\d[A-Z0-9-]*(?:\s[A-Z0-9-]*\d[A-Z0-9-]*)*\s*\))"
    r"|\((?=(?-i:[A-Z]{2,4}\s\d{2,4}|\d{2,4}\s[A-Z]{2,4})\))"  # "the plate (CKMV 339)"
    r"|\((?=(?:no\.?|n°|#)\s*[A-Z0-9-]*\d)"  # "his PR card (no. RA0417729)"
    r"|,\s*(?:it['’]?s|c['’]est)\b"  # "the CAS file, it's 7741-26"
    # "the ODSP member id for 26-065 is 60038812": whose it is, by the table's own number
    r"|for\s+(?:sits?\s*#?\s*)?(?:19|20)?\d{2}-\d{3,4}(?=\s+(?:is|est|=|:))"
    r"|for\s+the\s+(?:accused|youth|client|victim|vic|\d{1,2}\s?y/?o)(?=\s*:|\s+(?:is|=))))*\s*"
)
_IDISH = (
    r"(?-i:(?:[A-Za-z]{2,5}-|[a-z]-(?=\d{5}))?[A-Z]{0,4}-?\d[\dA-Z]*"  # "student id s-1129473"
    # "2024-MTL-118734", "26-Y-00231", "SP 26 - 014522", "4911-23-Y0422", "2025-PRB-SUD-3321"
    r"(?:[-/. ]\d[\dA-Z]*|-[A-Z]{1,2}\d{3}[\dA-Z]*"
    r"|\s[-–]\s(?!(?:19|20)\d\d\b)\d{4}[\dA-Z]*|-[A-Z]{1,5}(?=(?:-[A-Z]{1,5})?-\d)){0,4}"
    r"(?:(?:-[A-Z]{1,5}){1,2}(?![\w-]))?)"  # "2025-0456-DPJ", "113-2290-A", "25-0417-DPJ-MCQ"
)
_DIGITS = (
    r"(?<![\w.,$/-])(?:\d{9,10}|\d{3}([\s-])\d{3}\1\d{3,4}|\d{4}([\s-])\d{3}\2\d{3})"
    r"(?![\w/-]|[.,]\d|-\d)"  # a sentence may end right after it: "… it's 298 344 417."
)


@functools.cache
def patterns() -> dict[str, re.Pattern[str]]:
    """Every number pattern by name, compiled once."""
    i = re.IGNORECASE
    return {
        # "SIN 729 835 132", "Her SIN's 729.835.132"
        "sin": re.compile(
            r"\b"
            + SIN_CUE
            + r"(?:['’]s)?"
            + _NUM
            + r"(?P<v>\d{3}([\s.-]?)\d{3}\2\d{3}|(?<![\d-])\d(?:[\s.-]?\d){8}(?![\d-]))\b",
            i,  # "sin 430 79 2440": nine digits after the cue, however they are spaced
        ),
        # the cue, a few words, nine digits: "NAS au dossier : 423162627", "his SIN card (#
        # 731902554)", "a SIN mismatch on his file (512 884 307)"; not "her OW ID (3310 882 17)"
        "sin_far": re.compile(
            r"\b" + SIN_CUE + r"(?:['’]s)?(?:[\s,:?]+[^\W\d_][\w'’.-]{0,13}){1,12}?"
            r"[\s,:]*(?:\(?\s*#\s*|\((?=\d{3}[\s-]?\d{3}[\s-]?\d{3}\)))?"
            # "NAS du père : 229.328.232", "written as 2 4 4 - 5 6 8 - 8 4 6 in the boxes"
            r"(?P<v>(?<![\d-])\d(?:\s?[.-]?\s?\d){8})(?![\d-])",
            i,
        ),
        "health": re.compile(
            r"\b"
            + HEALTH_CUE
            # "carte santé TNO N2204518", "HCN for the baby: N1187263": the territory, a few words
            + r"(?:\s+(?-i:TNO|NWT|NT|NU|YT))?(?:\s+(?:for|of|pour|de)(?:\s+[a-zé']+){1,3}\s*:)?"
            + _NUM
            # "NY Medicaid ID FR73104K": New York's two letters, five digits and a letter
            + r"(?P<v>[A-Z]{3,4}\s?\d{4}\s?\d{4}|(?-i:[A-Z])\d{7}|(?-i:[A-Z]{2}\d{5}[A-Z])|"
            # a version code, or typed in lower case right after the digits ("…891xy"); not a
            # date ("DDN … selon la RAMQ : 1943-09-30")
            r"(?!(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d-]))"
            r"\d[\d\s-]{6,13}\d(?:(?:\s?-?\s?(?-i:[A-Z]{2})|[a-z]{2})(?![A-Za-z]))?)\b",
            i,
        ),
        # "MB Health reg # 608214", "manitoba health card 447 219": Manitoba's six-digit family
        # registration number
        "manitoba_health": re.compile(
            MANITOBA_REG_CUE + r"\s*"
            r"(?:#|no\.?|number|numéro)?\s*(?:is\s+|est\s+)?:?\s*"
            r"(?P<v>(?<![\d-])(?:\d{6}|\d{3}\s\d{3}))(?![\d-])",
            i,
        ),
        # "Status no. 3560219401", "her own registry no. is 2090467301": a First Nations
        # registration number, personal like a health number
        "status_number": re.compile(
            # "band registry # 4340318201" is the band's file number (numbers' case cue)
            r"\b(?:(?:treaty\s+)?status|(?<!band\s)registry|registration|statut(?:\s+indien)?|treaty\s+card|"
            # "Numéro d'inscription (statut) : 1570093301": the Indian Register's French name
            r"treaty|num[ée]ro\s+d['’]inscription(?:\s*\(statut\))?|carte\s+de\s+trait[ée])"
            r"(?:\s+(?:card|carte))?\s*(?:no\.?|n°|#|number|numéro)?\s*"
            # "his status number for the NIHB travel is 2041178002", "statut indien du petit :"
            r"(?:(?:for|of|pour|de|du|des)\s+(?:[^\W\d_][\w'’]*\s+){1,4}(?=is\s|est\s|:))?"
            # "treaty number, it's …", "status card says 355 00412 01"
            r"(?:is\s+|est\s+|says\s+|reads\s+|shows\s+|:\s*|,\s*(?:it['’]?s\s+|c['’]est\s+)?)?"
            # band (3) + family (5) + position (2): "384 00298 15"
            # "status card 4980 117 2205": ten digits grouped as a health card's
            r"(?P<v>(?<![\d-])\d{10}|\d{3}\s\d{3}\s\d{4}|\d{4}\s\d{3}\s\d{3,4}|\d{3,4}[\s-]\d{5,6}[\s-]\d{2}"
            r"|\d{4}\s\d{4}\s\d{2})(?![\w-])",  # "treaty # 4331 9902 14"
            i,
        ),
        # "her son's status #, it's listed as 1920066702": the registry's ten digits, a few
        # words on, none of them about a call
        "status_far": re.compile(
            # "Numero de statut (carte de statut indien) : 2417131071": an aside too
            # "status through dad - 4522031107 is the oldest's number"
            # "treaty card # was in the pic — `4070123401`": dashes and code ticks between
            r"\b(?:status|statut|treaty|(?<!band\s)registry)\b(?:[\s,:#.()\-–—]+(?!(?:call|cell|phone|tel|text|"
            r"reach|contact|appel|cellulaire|update|mise)\w*)[^\W\d_][\w'’]*){0,8}?[\s,:#.()\-–—`]*"
            r"(?P<v>(?<![\d-])(?:\d{10}|\d{3,4}[\s-]\d{5}[\s-]\d{2}))(?![\w-])",
            i,
        ),
        # "carte santé de la Saskatchewan 904 117 862", "health card from MB: 123456789"
        "health_far": re.compile(
            r"\b"
            + HEALTH_CUE
            # "pull the OHIP for the dad? i have 8123431226": a question, then its answer
            # "AHCIP # for the referral in Brooks — it's 48213-6607": a dash before the answer
            + r"\s*#?(?:[\s,:/()?—–]+[^\W\d_][\w'’.-]{0,13}){0,14}?[\s,:()]*(?::|#|no\.?|n°)?\s*"
            r"(?:(?<=[#:]\s)(?:is|was|est)\s+)?"  # "AHCIP card replaced (# was 20567 4413"
            # "PEI health card on the intake is 71829305": eight digits too, if not a date
            r"(?P<v>(?<![\d-])(?:\d{3}[\s-]?\d{3}[\s-]?\d{3,4}|\d{5}[\s-]\d{4}|\d{4}[\s-]\d{3}[\s-]\d{3}"
            r"|(?!(?:19|20)\d\d-)\d{4}[\s-]\d{5}"  # Alberta's PHN: "6104-83327", "7203 44019"
            # "numéro de bénéficiaire de la mère … : 1043-2287": two groups of four after a colon
            r"|(?<=:\s)(?!(?:19|20)\d\d)\d{4}[\s-]\d{4}(?![\d-])"
            r"|(?-i:[DHMNT])\d{7}|(?-i:[DHMT])-\d{7}"  # the NWT card: "NWT hc T0418276"
            r"|(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01]))\d{8}(?![\d-])"
            r"|\d(?:\s\d){8,9}(?!\s?\d))"  # "it's 7 9 2 3 1 8 4 6 0", a digit to a box
            r"(?:(?:[\s-]?(?-i:[A-Z]{2})|[a-z]{2})(?![A-Za-z]))?)\b",
            i,
        ),
        # "73380-1124 is his AHCIP", "4532 876 129 is the youth's OHIP": the card after
        "health_before": re.compile(
            r"(?<![\w-])(?P<v>\d{5}[\s-]\d{4}|\d{4}[\s-]\d{5}|\d{3}[\s-]?\d{3}[\s-]?\d{3,4}"
            r"|\d{4}[\s-]\d{3}[\s-]\d{3})(?![\w-])\s*(?:,\s*)?(?:is|was|=|est|c['’]est)\s+"
            r"(?:(?:his|her|their|the|my|son|sa|le|la)\s+)?(?:[^\W\d_][\w'’]*\s+){0,2}?"
            + HEALTH_CUE,
            i,
        ),
        "ontario_hcn": re.compile(r"(?<![\w-])\d{4}[\s-]\d{3}[\s-]\d{3}(?:[\s-]?[A-Z]{2})?\b"),
        # "card 8353135786 KT": ten digits run together, then a version code
        "ontario_hcn_run": re.compile(r"(?<![\w-])\d{10}[\s-]?[A-Z]{2}\b"),
        # "GAGM 8753 1412"; "LAVM-1004-2208" with dashes when its month is a month's
        "ramq": re.compile(
            r"\b(?P<v>[A-Z]{4}(?:\s?\d{4}\s?|-\d\d(?:0[1-9]|1[0-2]|5[1-9]|6[0-2])-)\d{4})\b"
        ),
        # "sa carte ramq cest trea 1061 0412": typed in lower case after its cue
        "ramq_cued": re.compile(
            r"\b(?:ramq|nam|carte\s+(?:soleil|sant[ée]|d'assurance[-\s]maladie)|"
            r"assurance[-\s]maladie)\b[^.\n\d]{0,40}?(?P<v>\b[a-z]{4}\s?\d{4}\s?\d{4})\b",
            i,
        ),
        "dl": re.compile(
            r"\b"
            + DL_CUE
            + _NUM
            + r"(?:is\s+|est\s+)?"
            + r"(?P<v>(?-i:(?=[A-Z0-9\s-]*\d)[A-Z0-9][A-Z0-9\s-]{3,18}[A-Z0-9]))\b",
            i,
        ),
        # "SK licence 40817236", "licence 123456789": a bare cue, so six digits at least
        "licence_digits": re.compile(
            r"\b(?:(?:SK|ON|QC|AB|MB|BC|NB|NS)\s+)?(?:driver'?s?\s+)?licen[cs]e\s*(?:\(\s*)?(?::|#|no\.?|,)?\s*"
            r"(?P<v>\d{6}-\d{3}|\d{6,10}(?![\d-]))\b",  # Alberta writes "123456-789"
            i,
        ),
        # "MB licence SANTOJ298PQ": after a bare cue, a run of capitals and digits
        "licence_alnum": re.compile(
            r"\b(?:(?:SK|ON|QC|AB|MB|BC|NB|NS)\s+)?(?:driver'?s?\s+)?licen[cs]e\s*"
            # "Driver's licence of the registered owner: DYCK-WJ-283RA": whose, then a colon
            r"(?:of\s+(?:the|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?\s*)?:?\s*"
            r"(?P<v>(?-i:(?![A-Z]{0,4}-?(?:19|20)\d{2}-)(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])"
            r"[A-Z0-9][A-Z0-9-]{6,16}[A-Z0-9]))\b",
            i,
        ),
        # "no de permis de conduire du père pour le rapport : GAUTHR-8417-PK", "his licence
        # is MB-284-671-902": the cue, whose it is, then a colon or "is"
        "licence_whose": re.compile(
            r"\b(?:permis\s+de\s+conduire|driver'?s?\s+licen[cs]e|licen[cs]e)\b[^.:;\n\d]{0,40}?"
            r"(?::|\bis\b|\best\b)\s*"
            r"(?P<v>(?-i:(?![A-Z]{0,6}-?(?:19|20)\d{2}\b)"  # not a business licence's "ABC-2026"
            r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{6,16}[A-Z0-9]))\b",
            i,
        ),
        # Nova Scotia's licence: five letters of the name and nine digits, "GOULD120587003"
        "nova_scotia_dl": re.compile(r"\b(?-i:[A-Z]{5}\s?\d{6}\s?\d{3})\b"),  # "BOUDR 150380 006"
        # "disc no. E7-1042", "numéro de disque du grand-père (E8-614)": the disc number the
        # federal government gave Inuit, still on old records
        "disc_number": re.compile(
            r"\b(?:disc|disque)s?\b(?:no\.|[^.\n\d]){0,40}?(?P<v>(?-i:[EW])\d{1,2}-\d{1,4})(?![\w-])",
            i,
        ),
        # Manitoba's licence: letters of the name in pairs, then digits ("KE-MA-TC-H123JK")
        "vanity_plate": re.compile(  # "ISLNDCAB", "plate RIGLIFE (personalized)"
            r"(?<=vanity\splate\s)(?-i:[A-Z]{2,8})\b|(?<=plate\s)(?-i:[A-Z]{3,8})(?=\s*\("
            r"(?:personali[sz]ed|vanity|perso(?:nnalisée)?)\))",
            i,
        ),
        "manitoba_dl": re.compile(  # "CHARTJL318KM", "DIALL-A-412-RT": a surname's five letters
            r"\b(?-i:[A-Z]{2}-[A-Z]{2}-[A-Z]{2}-[A-Z]\d{3}[A-Z]{2}|[A-Z]{5}-?[A-Z]{1,2}-?\d{3}-?[A-Z]{2})\b"
        ),
        "ontario_dl": re.compile(r"\b[A-Z]\d{4}[\s-]?\d{5}[\s-]?\d{5}\b", i),
        "quebec_dl": re.compile(r"\b[A-Z]\d{4}[\s-]\d{6}[\s-]\d{2}\b", i),
        # "plate cbx 4471", "plaque k47 ghr": typed in lower case after an explicit cue
        "plate_lower": re.compile(
            r"\b(?:plate|plaque)s?\s*(?:#|:|no\.?|was|is|est|c'est)?\s*"  # "plate was cdmx 447"
            r"(?P<v>(?!\d{1,2}\s?(?:am|pm|h)\b|\d{1,2}(?:st|nd|rd|th)\b|(?:was|is|est)\s)"
            r"(?=[a-z0-9 -]*\d)"
            r"(?=[a-z0-9 -]*[a-z])[a-z0-9]{2,4}[\s-]?[a-z0-9]{2,4})(?![\w-])"
        ),
        "plate": re.compile(
            r"(?<![-\w])"
            + PLATE_CUE
            + r"(?:['’]s|\s*,)?"
            # "Plaque du véhicule du père (Sask.) : 812 KLM": whose vehicle, then a colon
            + r"(?:(?:\s+(?:du|de|of|the|on|sur|la|le|his|her|dad's|mom's|véhicule|vehicle|car|"
            + r"truck|auto|voiture|camion|père|mère|father|mother|dad|mom|chum|boyfriend|per|"
            + r"selon|(?-i:[A-Z]{2,5})|"  # "plate per OPP: AJ 47281"
            + r"\(\w+\.?\))){1,5}(?=\s*(?::|-\s)))?"  # "the plate on the truck - CHX 4417"
            + _NUM
            + r"(?:is\s+|est\s+|of\s+|de\s+)?"
            # "plate NU 48213": the territories put the territory's letters before the digits
            r"(?P<v>(?-i:(?:NU|NT|YT)[\s-]?(?:\d{4,6}|\d{1,3}[\s-]\d{3,4})"
            r"|(?<=partial\splate\s)[A-Z]{2,4}\s?\d{1,3}"  # "partial plate CFAW 2"
            # « immatriculation VHR 28015 »: an off-road vehicle's, three letters and five digits
            r"|(?:[A-Z]{2,3}|\d[A-Z])\s\d{5}|(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}[\s-]?[A-Z0-9]{2,4}"
            r"|\d{1,2}-\d{4,5}[A-Z]))\b"  # "an MT plate, 38-2214A", "4-77821A": Montana's county
            r"(?![-/]\d)",  # not the first group of "band reg # 0206-00347"
            i,
        ),
        "case": re.compile(
            r"\b"
            # "our CMHA # C-0043917", "FPS no. 5521934B"
            + r"(?:(?-i:[A-Z]{2,6})(?=\s*(?:#|no\.?\s*\d))|"
            + CASE_CUE
            + r")"
            + r"s?\.?(?:(?<=#)|(?![\w]))"  # "dossiers 26-1042, 26-1107 et 26-1156", "#3420-118"
            + _NUM
            + AGENCY
            + r"(?P<v>"
            + _IDISH
            + r")(?![\w-])",
            i,
        ),
        "bare_case": re.compile(
            r"(?<![\w-])(?:(?:19|20)?\d{2}-\d{5,8}"
            r"|(?-i:[A-Z]{2,5})-\d{5,7}-\d{1,3}"  # "HA-77120-3": an agency's file and check digit
            r"|(?-i:[A-Z]{2,5})-\d{6}-\d{4,5}"  # "SHE-240311-0427": a police event, its date
            # "CLSC-2611-448", "CNESST-526 310 447": an agency's prefix, then groups that are
            # no year (a table's own "HUB-2026-0047" begins with one)
            r"|(?-i:[A-Z]{2,6})-(?!19|20)(?:\d{3,6}-\d{2,6}|\d{3} \d{3} \d{3})(?![\w-])"
            r"|(?:19|20)?\d{2}-\d{4,6}-(?-i:[A-Z]{2,4})(?![\w-])"  # "FACS 24-0311-FLA"
            # IRCC's: an application or permit "E002345981", a CSQ "Q-23-0419576-01", a UCI
            # "11-2044-7810" (two digits, then two groups of four: no phone)
            r"|(?-i:[EFUVW])\d{9}(?![\w-])|(?-i:[A-Z])-\d{2}-\d{7}-\d{2}|\d{2}-\d{4}-\d{4}(?![\w-])"
            # "112-250302-0019": the Sûreté's event number, a unit, the date, a sequence
            r"|\d{3}-\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{4}"
            # "card # NWTMN-04471", "membership # NSMA-3389": letters and digits after a number sign
            r"|(?:(?<=#\s)|(?<=#))(?-i:[A-Z]{2,6})-(?:\d{4,8}|\d{2}-\d{3,6})"  # "(#CAVAC-26-118)"
            # « Signalement DPJ fait, # 2026-0331-117 »: a year and two groups after a number sign
            r"|(?:(?<=#\s)|(?<=#))(?:19|20)\d{2}-\d{3,4}-\d{2,5}(?![\w-])"
            # "SAE-OTT-2023-0917": two agency prefixes, unlike a table's own "HUB-2026-0012"
            r"|(?-i:[A-Z]{2,6}(?:-[A-Z]{1,6})+)-(?:19|20)?\d{2}-\d{3,8}"  # "PROB-L-2023-1147"
            # "DC-NPW-0552", "CMHA-SUD-88213": an agency, its office, a number that is no year
            r"|(?-i:[A-Z]{1,6}-[A-Z]{2,6})-(?!(?:19|20)\d\d(?!\d))\d{4,8}(?![\w-])"
            # "student HPSD-31872", "client code FB-55831": an agency's prefix, five or six digits
            # (not a building's work order, "WO-55102")
            r"|(?-i:(?!HUB-|SIT-|WO-)[A-Z]{2,5})-\d{5,6}(?![\w-])"
            r"|(?-i:[A-Z]-[A-Z]{2,6})-\d{2}-\d{4,8}"  # "Y-RGA-24-0198": a youth court's docket
            r"|(?-i:[A-Z]{2,6})-(?:19|20)\d{2}-(?-i:[A-Z]{2,6})-\d{3,8}"  # "SCQ-2025-MTN-0934"
            # "Y-1187-2203": a letter, then two groups of four digits, the first no year
            r"|(?-i:[A-Z]{1,4})-(?!(?:19|20)\d\d-)\d{4}-\d{4,6}"
            # "FACS-2026-11832": five digits after the year, more than a table's own numbering
            r"|(?-i:[A-Z]{1,6})-(?:19|20)\d{2}-\d{5,8}"  # "no S-2024-11872"
            # "MSS-26-33019": an agency, a two-digit year, a number (a table's own
            # references carry four-digit years)
            # "Y-24-00317", a youth court docket; "WDT-26-SZ-00412", a border seizure
            r"|(?-i:[A-Z]{1,6})-\d{2}(?:-(?-i:[A-Z]{1,4}))?-\d{4,8}"
            r"|(?-i:[A-Z]{1,4})\d{2,4}-\d{5,8}"  # "PA24-018823", "ISD361-40918": an RMS, a district
            r"|(?-i:[A-Z]{1,4})\d{2}-\d{4}-\d{2,4}"  # "OPP fraud BC26-0093-02"
            r"|(?-i:[A-Z]{2,6}(?:-[A-Z]{2,6})+)-\d{5,9}"  # "NH-SC-0771402": a hospital chart
            r"|(?:19|20)?\d{2}-(?-i:[A-Z]{1,8})-\d{4,8}"  # "26-MON-04187", "26-Y-4417"
            r"|(?-i:[A-Z]{2,6})-\d{6,8}"  # "YP-0448215", "CSSDM-4418271"
            r"|(?-i:[EFUVW])\d{9}"  # "app # E001327489", "permit no. F304418827": IRCC's files
            # "MN-S 1120457", "MN-S 117-882-4": a Métis Nation–Saskatchewan citizen
            r"|(?-i:MN-S)\s(?:\d{6,8}|\d{3}-\d{3,4}(?:-\d{1,2})?)"
            r"|(?-i:[A-Z]{2,5}-[A-Z])-\d{5,7}-\d{2}"  # "LTB-L-019904-26", a tribunal's file
            r"|\d{3}-\d{2}-\d{6}-\d{2,3}"  # "500-41-012345-263", a Québec court file
            r"|\d{2}-\d{2}-\d{5,7}"  # « La DPJ … no 02-26-00715 »: an office, a year, a file
            # the TAL's "784521 31 20260214 G": a file, an office, the day it was opened, a letter
            r"|(?:\d\s)?\d{6}\s\d{2}\s(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s(?-i:[A-Z])"
            r"|\d{4}-\d{3}-\d{2}-(?-i:[A-Z]?)\d{3,6})(?![\w-])",  # "4811-998-24-Y0271", Ontario
            i,
        ),
        **far_patterns(),
        "digits": re.compile(_DIGITS),
        **plate_patterns(),
    }

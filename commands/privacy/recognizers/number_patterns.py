"""The patterns of the numbers a note may hold: the cue words that say what a number is
(``SIN``, ``HSN``, ``plate``, ``occurrence``…) and the shapes each kind is written in.
Which pattern wins, and what a match may not be, is decided in ``numbers``."""

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
from commands.privacy.recognizers.plate_patterns import plate_patterns

_NUM = (
    r"(?:\s*(?:(?:number|num|no|is|est|c['’]?est|was|as|ref|réf|id|(?<=file\s)says)(?![a-z])\.?|n°|nº|#|:|-|[\"“«]"
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
    # "2024-MTL-118734", "26-Y-00231", "SP 26 - 014522", "4911-23-Y0422"
    r"(?:[-/. ]\d[\dA-Z]*|-[A-Z]{1,2}\d{3}[\dA-Z]*"
    r"|\s[-–]\s(?!(?:19|20)\d\d\b)\d{4}[\dA-Z]*|-[A-Z]{1,5}(?=-\d)){0,4}"
    r"(?:-[A-Z]{1,5}(?![\w-]))?)"  # "2025-0456-DPJ", "113-2290-A"
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
            # a version code, or typed in lower case right after the digits ("…891xy")
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
            + r"\s*#?(?:[\s,:/()?]+[^\W\d_][\w'’.-]{0,13}){0,14}?[\s,:()]*(?::|#|no\.?|n°)?\s*"
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
            r"assurance[-\s]maladie)\b[^.\n\d]{0,24}?(?P<v>\b[a-z]{4}\s?\d{4}\s?\d{4})\b",
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
            r"\b(?:(?:SK|ON|QC|AB|MB|BC|NB|NS)\s+)?(?:driver'?s?\s+)?licen[cs]e\s*:?\s*"
            r"(?P<v>(?-i:(?![A-Z]{0,4}-?(?:19|20)\d{2}-)(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])"
            r"[A-Z0-9][A-Z0-9-]{6,16}[A-Z0-9]))\b",
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
            + r"\(\w+\.?\))){1,5}(?=\s*:))?"
            + _NUM
            + r"(?:is\s+|est\s+|of\s+|de\s+)?"
            # "plate NU 48213": the territories put the territory's letters before the digits
            r"(?P<v>(?-i:(?:NU|NT|YT)[\s-]?(?:\d{4,6}|\d{1,3}[\s-]\d{3,4})"
            r"|(?<=partial\splate\s)[A-Z]{2,4}\s?\d{1,3}"  # "partial plate CFAW 2"
            r"|(?=[A-Z0-9 -]*\d)[A-Z0-9]{1,4}[\s-]?[A-Z0-9]{2,4}|(?:[A-Z]{2}|\d[A-Z])\s\d{5}"
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
            r"|(?:19|20)?\d{2}-\d{4,6}-(?-i:[A-Z]{2,4})(?![\w-])"  # "FACS 24-0311-FLA"
            # IRCC's: an application or permit "E002345981", a CSQ "Q-23-0419576-01", a UCI
            # "11-2044-7810" (two digits, then two groups of four: no phone)
            r"|(?-i:[EFUVW])\d{9}(?![\w-])|(?-i:[A-Z])-\d{2}-\d{7}-\d{2}|\d{2}-\d{4}-\d{4}(?![\w-])"
            # "112-250302-0019": the Sûreté's event number, a unit, the date, a sequence
            r"|\d{3}-\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{4}"
            # "card # NWTMN-04471", "membership # NSMA-3389": letters and digits after a number sign
            r"|(?:(?<=#\s)|(?<=#))(?-i:[A-Z]{2,6})-\d{4,8}"
            # "SAE-OTT-2023-0917": two agency prefixes, unlike a table's own "HUB-2026-0012"
            r"|(?-i:[A-Z]{2,6}(?:-[A-Z]{1,6})+)-(?:19|20)?\d{2}-\d{3,8}"  # "PROB-L-2023-1147"
            r"|(?-i:[A-Z]-[A-Z]{2,6})-\d{2}-\d{4,8}"  # "Y-RGA-24-0198": a youth court's docket
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
            r"|\d{4}-\d{3}-\d{2}-(?-i:[A-Z]?)\d{3,6})(?![\w-])",  # "4811-998-24-Y0271", Ontario
            i,
        ),
        # "rapport de la SQ no 156-250314-008", "no de dossier à la Chambre de la jeunesse :
        # 500-41-004512-253": a file cue, a few words, then digits in three or more groups
        "case_far": re.compile(
            r"\b(?:files?|cases?|dossiers?|rapports?|reports?|occ(?:urrences?)?|[ée]v[ée]nements?|"
            r"client(?:e?s?)(?=[^.;:\n]{0,40}?\bno\.?\s)|fiches?|"  # "Client du CJ no 2603-4412"
            r"incidents?|dockets?|plaintes?|r[ée]f[ée]rences?|ref|court|cour|registry|"
            r"(?:legal\s+aid\s+)?cert(?:ificate)?s?|"  # "Legal Aid cert for mom is 5501-3928-0"
            # "Usager du CISSS # 0045-778-123", "son # de citoyen de la Nation métisse 0048821"
            r"usag[eè]re?s?|citoyen(?:net[ée])?|citizen(?:ship)?|inmate|"  # "inmate # from the…"
            r"(?-i:UCI|IUC)|"  # "UCI for the dad is 1109-4472": IRCC's client identifier
            r"m[ée]tis\s+(?:citizenship\s+)?card|carte\s+m[ée]tis|"  # "a Métis card, # MNA 117043"
            r"carte\s+de\s+citoyen(?:net[ée])?|"  # « sa carte de citoyen de la FMM porte le no … »
            # "code permanent de l'élève au CSS … : MUKJ12590841", "tenant number with OCH is"
            r"code\s+perm(?:anent|\.)|tenant\s+(?:number|no\.?|#|id)|"  # "Code perm. de l'élève"
            r"fiche\s+(?:de\s+l['’]|d['’])[ée]l[èe]ve|"  # "no de fiche de l'élève au CSSDM :"
            # "Numéro d'étudiante à l'Université d'Ottawa : 300145882"
            r"(?:num[ée]ro|no\.?)\s+(?:d['’])?[ée]tudiante?|student\s+(?:number|no\.?|#|id)|"
            # "Numéro de bande de la mère 0061 2299", "band number, for the worker: LLRIB 2301-4477"
            r"num[ée]ro\s+de\s+bande|band\s+(?:number|no\.?|#)|registre\s+de\s+(?:la\s+)?bande|"
            r"carte\s+d['’][ée]tudiante?|"  # "Carte d'étudiant U d'O : 300184726"
            # "Numéro de l'usager au CISSS de Laval : LAV-2026-118420"
            r"num[ée]ros?\s+(?:de\s+|d['’])?(?:l['’])?(?:usager|usagère|client|cliente|membre|"
            # "client ID at the CRD is …", "no de bande de Kahnawà:ke : KMV-2290"
            r"b[ée]n[ée]ficiaire)|client\s+(?:ids?|numbers?|no\.?|#)|no\.?\s+de\s+(?:bande|client|cliente|membre)|"
            r"application\s+(?:number|no\.?|#)|"  # "application number on his IRCC letter is …"
            r"(?:NTI\s+)?beneficiary\s+(?:number|no\.?|#)|"  # Nunavut Tunngavik's enrolment roll
            r"missing\s+persons?|mrn|matricules?)(?![\w])\s*#?"  # "Missing person MP-2026-0412"
            # "case # w/ child welfare is", "Dossier de la SAE de Prescott-Russell PR-2026-0712"
            # "# de dossier du SPVM dej... ah ok cest 26-041-7782": chat's dots too
            # "Dossier de la Cour provinciale du N.-B. 6250-26-00318": a province's initials too
            r"(?:[\s,:?]+(?:\.{2,}|…)?(?:[^\W\d_][\w'’-]{0,25}|(?-i:[A-ZÉÎ]\.-[A-ZÉ]\.(?:-[A-ZÉ]\.)?))"
            r"(?:/|\.{2,}|…)?|\s*\([^()\d\n]{1,30}\)){0,10}?[\s,:(\"“«]*"  # "(liste d'attente)"
            r"(?:(?:no\.?|n°|nº|#)\s*:?|:)?\s*(?P<v>(?<![\d-])(?:\d{1,6}(?:-\d{2,8}){1,3}-\d{1,8}"
            r"|(?<=\()(?:19|20)\d{2}-\d{4,7}(?=\))"  # "Le dossier de la DPJ (2026-1553)"
            # "un dossier au Service de police de Cornwall, no 26-1204": two groups after "no"
            r"|(?!(?:19|20)\d\d-)\d{4,6}-\d{5,8}(?![\d-])"  # « Services à l'enfance 1022-86614 »
            r"|(?-i:[A-Z]{2,6})-\d{5,8}(?![\d-])"  # "Client IDs … for the two brothers: CL-77812"
            r"|(?:(?<=\bno\s)|(?<=\bno\.\s)|(?<=n°\s))(?:\d{2,6}-\d{3,8}|\d{6,10}(?![\d-])"
            r"|(?-i:[A-Z]{2,6})\s\d{3,4}\s\d{3,5}(?![\d-]))"  # "aide sociale no MTESS 0471 5592"
            # "CAS opened a file (0458-2211)", "un dossier ouvert (4471-26)"; not "(2025-26)"
            r"|(?<=\()(?!(?:19|20)\d{2}-\d{2}\))\d{3,8}-\d{2,8}(?=\))"
            # "missing-person file (PA26-1183)", "MC3-04471", IRCC's "U4-22-889103"
            r"|(?-i:[A-Z]{1,4})(?:\d{1,4}|\d{1,2}-\d{2,8})-\d{3,8}"  # not Ontario's "D6101-48203-…"
            r"|\d{2,6}-\d{3,8}-(?-i:[A-Z]{1,3})"  # "numéro de dossier SAE est 114-2207-B"
            r"|(?-i:(?:[A-ZÀ-Ý]{1,5}-){1,2})\d{2,6}(?:-\d{2,8}){1,3}"
            r"|(?-i:[A-Z]{2,5}-[A-Z]{1,5}-)\d{3,8}"  # "OMH-RIM-4471", "Tenant ID: WEH-T-09931"
            r"|(?-i:[A-Z]{2,6})\s\d{2,6}(?:-(?-i:[\dA-Z]{1,8})){1,3}"  # "SAE 22-4471-B"
            r"|(?-i:[A-Z]{2,6})\s\d{5,10}"  # "Dossier hôpital CHUL 3320178"
            # "client ID on the letter: ASC 3318 0427"
            # "c'est MTESS 0039 4471 2": not four letters, a Québec health card's
            r"|(?<![A-Za-z])(?-i:[A-Z]{2,3}|[A-Z]{5,6})\s\d{4}\s\d{4}(?:\s\d{1,2})?(?!\s?\d)"
            r"|(?<=\s)0\d{6,9}(?![\d-])"  # a run led by a zero: "… métisse 0048821"
            r"|(?<=:\s)\d{6,10}(?![\d-])"  # "no d'étudiant au cégep : 2145873": set off by a colon
            r"|(?<=\bno\s)\d{5,7}-\d{2}(?![\d-])"  # "porte le no 204417-09"
            # "Numéro de bande de la mère 0061 2299"; not the digits of a RAMQ card "QURB 0102 0418"
            r"|(?<=\s)(?<!(?-i:[A-Z]{4})\s)0\d{3}\s\d{4}(?![\d-])"
            r"|(?<=:\s)(?-i:[A-Z]{2,5})-\d{3,6}(?![\d-])"  # "No de bande de Kahnawà:ke : KMV-2290"
            # "Client ID at Harvest House is HH-2291", "no de client à la Société … c'est JH-4412"
            r"|(?:(?<=\bis\s)|(?<=\best\s))(?-i:[A-Z]{2,5})-\d{3,6}(?![\d-])"
            # "the cas file for the younger two is C-448120", "MTESS-004518223"
            r"|(?-i:[A-Z]{1,8})-\d{5,10}"
            r"|(?-i:[A-Z]{1,3})\d{6,10}"  # "occurrence de la PPO : E260214458"
            # Québec's code permanent: "MUKJ12590841", typed "pouj12590807" or "GAUM 1405 1299"
            r"|(?-i:[A-Z]{4}|[a-z]{4})(?:\d{8}|\s\d{4}\s\d{4}(?!\s?\d))"
            r"|(?<=\()\d{3}\s\d{5}(?=\))"  # "the registry # on the referral (366 00871)"
            r"|\d{4}-\d{6,8}"  # "dossier Ontario au travail 0104-882317"
            r"|(?:\d\s)?\d{6}\s\d{2}\s\d{8}\s(?-i:[A-Z])"  # the TAL's "3 112045 31 20251120 F"
            r"|(?<=:\s)\d{4}\s\d{4}(?!\s?\d)"  # "au CISSS de l'Outaouais : 0041 2290"
            r"|(?<=:\s)0\d{5,9}"  # "Numéro de client à … : 0098341276"
            r"|(?<=:\s)\d{6,10}(?![\d-])"  # "no de fiche de l'élève au CSSDM : 4418223"
            # "file w/ the Children's Aid: 0422-71893"; not "dossier : 2025-2026", a school year
            r"|(?<=:\s)(?!(?:19|20)\d\d-(?:19|20)\d\d)\d{4,6}-\d{4,8}))(?![\w-])",
            i,
        ),
        # "Dossier logement no 2026-0451": a file cue, a word or three, "no", two groups
        # "Treaty card # for mom is 0087-14": a band's registry and family numbers
        "treaty_card_far": re.compile(
            r"\b(?:treaty|status)\s+card\s*(?:#|no\.?|number)?\s*(?:for|of)\s+"
            r"(?:[^\W\d_][\w'’]*\s+){1,3}(?:is|:)\s*(?P<v>(?<![\d-])\d{3,5}-\d{1,3})(?![\w-])",
            i,
        ),
        "case_far_marked": re.compile(
            r"\b(?:files?|cases?|dossiers?|occ(?:urrences?)?|incidents?|r[ée]f[ée]rences?|"
            # "signalement retenu sous le no …", "the occ # pls, i have 26-1123"
            r"signalements?|plaintes?|reports?|rapports?|"
            # "Numéro de bande de la famille : 0782-4419"
            r"num[ée]ro\s+de\s+bande|band\s+(?:registry\s+|member(?:ship)?\s+)?(?:number|no\.?|#)|"
            r"registry\s*(?:number|no\.?|#))(?:\s*#)?"  # "mom's registry # with New Credit is"
            # "Le dossier probation (DSC) c'est 4500-117": an agency's acronym in brackets too
            r"(?:,?\s+[^\W\d_][\w'’-]{1,13}|\s*\((?-i:[A-Z]{2,6})\)){1,5},?\s*(?:no\.?|n°|nº|#|num[ée]ro|:"
            r"|(?<=\s)(?:est|is|c['’]est)(?:\s+le)?"  # "Le dossier de la GRC est le 2026-4471"
            r"|(?<=\s)(?:i\s+have|i\s+got|i['’]ve\s+got|j['’]ai))\s*"
            r"(?!(?:19|20)\d{2}-(?:19|20)\d{2}\b)"  # "rapport annuel : 2025-2026"
            r"(?P<v>(?<![\d-])\d{2,6}-\d{3,8}(?:-(?-i:[A-Z]{1,5}))?"
            r"|(?<![\w-])(?-i:[A-Z]{1,5})-(?!(?:19|20)\d\d\b)\d{4,8}"
            # « signalement interne de l'école, no SIG-2025-0931 »: not the table's "HUB-2026-…"
            r"|(?<![\w-])(?!(?-i:HUB|SIT|TAB|TABLE|T)-)(?-i:[A-Z]{2,5})-(?:19|20)\d\d-\d{3,5})"
            r"(?![\w-]|[.,]\d)",
            i,
        ),
        # "permis de la Saskatchewan, no 48127736": a licence cue, a few words, the number
        "licence_far": re.compile(
            # "the NY licence # for the uncle? I have 612 880 143": a question, then the number
            r"\b(?:licen[cs]e|permis(?!\s+(?:de\s+(?:travail|s[ée]jour)|d['’][ée]tudes?))|learner['’]?s"
            r"|(?-i:DL)|dl(?=\s*#))(?:[\s,:#(?]+[^\W\d_][\w'’.-]{0,13}\)?){1,8}?"
            r"[\s,:]*"  # "Le permis de conduire de la mère (Saskatchewan) : 40318826"
            r"(?:(?:no\.?|n°|nº|#|number|numéro|is|est|\()\s*"
            # "DL # per RCMP is N0427713", "is SKINN150390003": letters may head the digits
            r"(?P<v>(?<!\w)(?-i:[A-Z]{0,5})\d{6,10}(?![\d-])|[A-Z]\d{4}[\s-]?\d{5,6}[\s-]?\d{2,5}"
            r"|(?-i:[A-Z]{2,5}-[A-Z]{1,2}-\d{2,4}-[A-Z]{1,2})"  # Manitoba: "SABOU-MA-612-KL"
            r"|\d{2,3} \d{3} \d{2,3}(?![\d-]))"  # "n° 34 182 907": a licence in groups
            r"|(?P<w>(?<!\w)(?:\d{6}-\d{3}|[A-Z]\d{4}[\s-]?\d{5,6}[\s-]?\d{2,5}"
            r"|(?-i:[A-Z]{0,5})\d{7,10}(?![\d-])"
            r"|\d{4} \d{4}(?![\d-])"  # "driver's licence from Sask: 7418 2093"
            r"|(?-i:PE|NB|NS|NL|SK|MB|AB|BC|ON|QC)\s\d{5,8}(?![\d-])"  # "…on the ticket: PE 551392"
            r"|\d{2,3} \d{3} \d{2,3}(?![\d-]))))\b",  # "62 841 907": a licence in groups
            i,
        ),
        # "Numéro de dossier à l'hôpital (MRN) : 3308127": a file cue, a few words, a colon
        # or "no", then digits alone
        "case_colon": re.compile(
            r"\b(?:files?|dossiers?|MRN|chart|occurrences?|incidents?|[ée]v[ée]nements?|"
            # "student number at uOttawa is 300184562"
            r"student\s+(?:numbers?|ids?)|(?:num[ée]ro|n[°º]|no\.?)\s*d['’][ée]l[èe]ve|"
            # "Le numéro d'usager du CIUSSS pour la mère c'est 1183467", "client ID at …"
            r"num[ée]ro\s+d['’]usag[eè]re?|client\s+(?:id|number|no\.?|#)|(?-i:HIFIS|SISA))"
            # "Dossier usager à Maisonneuve-Rosemont : 1184523": a long hospital name too
            r"(?![\w])(?:[\s,]+[^\W\d_(][\w'’.-]{0,21}|\s*\([^)\n]{1,12}\)){0,7}?\s*"
            # "… Montfort est le 5512093"
            # "dossier usager au CIUSSS, no 1198432"
            r"(?::|#|,(?:\s*(?:no\.?|n°|#))?|no\.?|n°|nº|(?:is|est|was|était)(?:\s+(?:le|the))?)\s*"
            r"(?P<v>(?<![\d-])\d{6,12})(?![\w-]|[.,]\d)",
            i,
        ),
        # "UCI for the dad is 1109-4472": IRCC's client identifier (8 or 10 digits), a few
        # words after its name
        "uci_far": re.compile(
            r"\b(?-i:UCI|IUC)(?:s\b)?(?![\w])\)?(?:[\s,]+[^\W\d_][\w'’-]{0,19}){0,6}?\s*"
            # "UCI is on the school registration form, 1145-8832"
            r"(?::|#|no\.?|n°|,|[—–]|(?:is|est)(?:\s+(?:le|the))?)?\s*"  # "uci 1123-4567 for…"
            r"(?P<v>(?<![\d-])(?:\d{4}-?\d{4}|\d{2}[\s-]?\d{4}[\s-]?\d{4}))(?![\w-]|[.,]\d)",
            i,
        ),
        # "the OEN for the boy is 328-441-907", "numéro d'étudiant au CÉF est le FR-2026-3318":
        # a student's number, a few words after its name
        "student_far": re.compile(
            r"\b(?:(?-i:OEN|NIE|NISO|ASN|PEN)|fiche\s+d['’][ée]l[èe]ve|personal\s+education\s+number|student\s*(?:#|number|no\.?|id)|num[ée]ro\s+d['’](?:[ée]tudiant|[ée]l[èe]ve)|"
            # 'The "student #" on the letter is 700415628', "student ID in it (STJ-2019-55820)"
            # "OEN for the 12 y/o is 338 472 915": an age may stand among the words; "the OEN I
            # posted this am was wrong, correct one is 719 004 582"
            r"matricule)(?![\w])[\"”’]?(?:[\s,]+(?:[^\W\d_][\w'’-]{0,19}|\d{1,2}\s*y/?o)){0,9}?\s*"
            r"(?::|#|no\.?|n°|\(|(?:is|est)(?:\s+(?:le|the))?|(?<=\s)(?-i:[A-Z]{2,5}))\s*"
            r"(?P<v>(?<![\w-])(?-i:[A-Z]{1,4}-)?\d(?:[\d-]{4,14})\d|\d{4}\s\d{4}|\d{3}\s\d{3}\s\d{3})"
            r"(?![\w-]|[.,]\d)",
            i,
        ),
        # "Youth Probation has them under YP-2025-3391": filed under an agency's number; « le
        # no 1098-4432 », « no de client de la mère à l'aide sociale 3305-0291 »: a number
        "held_under": re.compile(
            r"\b(?:(?:under|sous)\s+|(?:le|son|sa|du|au|leur)\s+(?:no\.?|n°)\s+(?=\d)"
            r"|no\.?\s+de\s+(?:client|cliente|membre)\b[^.;:\n]{0,50}?\s(?=\d))"
            r"(?P<v>(?-i:[A-Z]{1,6})-(?:(?:19|20)\d{2}-\d{3,8}|\d{2}/\d{3,6})|(?<!under\s)(?<!sous\s)(?!\d{3}-\d{4}\b)\d{3,6}-\d{3,6})"
            r"(?![\w-])",  # "Family Services has her under FS-26/0417"
            i,
        ),
        # "HRP GO 26-48117 / DCS FS-2026-5509": an agency, then its file shaped like a table's
        # reference but numbered past the table's three digits
        "agency_ref": re.compile(
            r"\b(?!(?:SIT|HUB|REF|RE|TABLE)\b)[A-Z]{2,6}\s+"
            r"(?P<v>[A-Z]{1,6}-(?:19|20)\d{2}-\d{4,6})(?![\w-])"
        ),
        # "(no 118-240302-009)": a number in brackets, in three or more groups
        "numbered_aside": re.compile(
            r"\((?:no|n°|nº|#|num[ée]ro)\.?\s*(?P<v>\d{2,6}(?:-\d{2,8}){2,4}|\d{6,10})\)"
            # "(GSPS 2026-3381)": an agency's letters and its number, in brackets
            r"|\((?-i:[A-Z]{2,6})\s+(?P<w>(?:19|20)\d{2}-\d{3,7}|\d{2,6}(?:-\d{2,8}){1,4})\)"
            # "le SPVM (26-048-01122)": an agency's letters, then its number in brackets
            r"|(?<=(?-i:[A-Z]{3}) )\((?!\d{3}-\d{3}-\d{4}\))(?P<x>\d{2,6}(?:-\d{2,8}){2,4})\)",
            i,
        ),
        "digits": re.compile(_DIGITS),
        **plate_patterns(),
    }

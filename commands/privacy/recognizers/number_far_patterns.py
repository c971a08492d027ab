"""The patterns of numbers written far from their cue: a file, licence, student or IRCC
cue, a few words, then the number ("rapport de la SQ no 156-250314-008", "UCI for the dad
is 1109-4472"). Split from ``number_patterns``, which merges these into its table of named
patterns."""

from __future__ import annotations

import functools
import re


@functools.cache
def far_patterns() -> dict[str, re.Pattern[str]]:
    """Every far-cue number pattern by name, compiled once."""
    i = re.IGNORECASE
    return {
        # "rapport de la SQ no 156-250314-008", "no de dossier à la Chambre de la jeunesse :
        # 500-41-004512-253": a file cue, a few words, then digits in three or more groups
        "case_far": re.compile(
            r"\b(?:files?|cases?|dossiers?|rapports?|reports?|occ(?:urrences?)?|[ée]v[ée]nements?|"
            # « cause au tribunal de la famille : FD24-01-09182 »
            r"causes?(?=\s+(?:au|devant\s+le|à\s+la)\s+(?:tribunal|cour)\b)|"
            r"client(?:e?s?)(?=[^.;:\n]{0,40}?\bno\.?\s)|fiches?|"  # "Client du CJ no 2603-4412"
            r"incidents?|dockets?|charts?|plaintes?|r[ée]f[ée]rences?|ref|court|cour|registry|"
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
            r"b[ée]n[ée]ficiaire)|client\s+(?:ids?|numbers?|no\.?|#)|"
            r"no\.?\s+de\s+(?:bande|client|cliente|membre|probation)|"  # « no de probation »
            r"application\s+(?:number|no\.?|#)|"  # "application number on his IRCC letter is …"
            r"(?:NTI\s+)?beneficiary\s+(?:number|no\.?|#)|"  # Nunavut Tunngavik's enrolment roll
            # "Missing person MP-2026-0412", "file #s for this month: …"
            r"missing\s+persons?|mrn|matricules?)(?![\w])\s*(?:#(?-i:s)(?!\w)|#)?"
            # "case # w/ child welfare is", "Dossier de la SAE de Prescott-Russell PR-2026-0712"
            # "# de dossier du SPVM dej... ah ok cest 26-041-7782": chat's dots too
            # "Dossier de la Cour provinciale du N.-B. 6250-26-00318": a province's initials too
            r"(?:[\s,:?—–-]+(?:\.{2,}|…)?(?:[^\W\d_][\w'’\u0300-\u036f-]{0,25}|(?-i:[A-ZÉÎ]\.-[A-ZÉ]\.(?:-[A-ZÉ]\.)?))"
            r"(?:/|\.{2,}|…)?|\s*\([^()\d\n]{1,30}\)){0,10}?[\s,:(\"“«]*"  # "(liste d'attente)"
            r"(?:(?:no\.?|n°|nº|#)\s*:?|:)?\s*(?P<v>(?<![\d-])(?:\d{1,6}(?:-\d{2,8}){1,3}-\d{1,8}"
            r"|(?<=\()(?:19|20)\d{2}-\d{4,7}(?=\))"  # "Le dossier de la DPJ (2026-1553)"
            # "un dossier au Service de police de Cornwall, no 26-1204": two groups after "no"
            r"|(?!(?:19|20)\d\d-)\d{4,6}-\d{5,8}(?![\d-])"  # « Services à l'enfance 1022-86614 »
            # "Client IDs … for the two brothers: CL-77812", "probation is PR-88213-QC"
            r"|(?-i:[A-Z]{2,6})-\d{5,8}(?:-(?-i:[A-Z]{2,3})(?![\w-]))?(?![\d-])"
            r"|(?:(?<=\bno\s)|(?<=\bno\.\s)|(?<=n°\s))(?:\d{2,6}-\d{3,8}|\d{6,10}(?![\d-])"
            r"|(?-i:[A-Z]{2,6})\s\d{3,4}\s\d{3,5}(?![\d-]))"  # "aide sociale no MTESS 0471 5592"
            # "CAS opened a file (0458-2211)", "un dossier ouvert (4471-26)"; not "(2025-26)"
            r"|(?<=\()(?!(?:19|20)\d{2}-\d{2}\))\d{3,8}-\d{2,8}(?=\))"
            # "missing-person file (PA26-1183)", "MC3-04471", IRCC's "U4-22-889103"
            r"|(?-i:[A-Z]{1,4})(?:\d{1,4}|\d{1,2}-\d{2,8})-\d{3,8}"  # not Ontario's "D6101-48203-…"
            r"|\d{2,6}-\d{3,8}-(?-i:[A-Z]{1,3})"  # "numéro de dossier SAE est 114-2207-B"
            r"|(?-i:(?:[A-ZÀ-Ý]{1,5}-){1,2})\d{1,6}(?:-\d{2,8}){1,3}"  # "PR-0-2291-44" too
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
            # "au CISSS de l'Outaouais : 0041 2290", "no de dossier au CLE : 7447 9120 6"
            r"|(?<=:\s)\d{4}\s\d{4}(?:\s\d)?(?!\s?\d)"
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
            # « dossier probation : 26-BAT-PR-0045 »: the year, the office, the service, a number
            r"|(?<![\w-])\d{2,4}(?:-(?-i:[A-Z]{2,5})){1,2}-\d{3,8}"
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
            # "permit number from the ticket: M4512-…": a driver's permit, not a work permit
            r"|(?<!work\s)(?<!study\s)(?<!building\s)(?<!parking\s)permit(?=\s+(?:number|no|#))"
            r"(?!\s+(?:number|no\.?|#)\s*:?\s*(?-i:[EFUVW])\d{9}\b)"  # not IRCC's "F304418827"
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
            r"(?:\s*#s)?"  # "file #s for this month: SK911-26-03-00871, …"
            # "Dossier usager à Maisonneuve-Rosemont : 1184523": a long hospital name too
            r"(?![\w])(?:[\s,]+[^\W\d_(][\w'’.-]{0,21}|\s*\([^)\n]{1,12}\)){0,7}?\s*"
            # "… Montfort est le 5512093"
            # "dossier usager au CIUSSS, no 1198432"
            r"(?::|#|,(?:\s*(?:no\.?|n°|#))?|no\.?|n°|nº|(?:is|est|was|était)(?:\s+(?:le|the))?)\s*"
            r"(?P<v>(?<![\d-])\d{6,12}|(?-i:[A-Z]{2,6})\d{0,4}-\d{2,4}-\d{2,4}-\d{4,6})(?![\w-]|[.,]\d)",
            i,
        ),
        # "her intake # at the Parkdale FC is PFC-04471", "ODSP member ID he showed me:
        # 0417-2293-6": a service's intake or member number, a few words after its cue
        "intake_far": re.compile(
            # "Housing app for Priya Dhaliwal is GPHM-2026-0388": an application's number
            r"\b(?:(?:intake|member|membre|client)\s*(?:#|no\.?|number|id|num[ée]ro)"
            r"|app(?:lication)?(?=\s+for\s))(?![\w])"
            r"(?:[\s,]+[^\W\d_(][\w'’.-]{0,21}){1,7}?\s*(?::|is|est|was)\s*"
            r"(?P<v>(?<![\w-])(?:(?-i:[A-Z]{2,5})-(?:19|20)\d{2}-\d{3,6}"
            r"|(?-i:[A-Z]{2,5})(?:-(?-i:[A-Z]{1,3}))?-\d{4,8}"
            r"|\d{3,5}-\d{3,5}(?:-\d{1,3})?))(?![\w-]|[.,]\d)",
            i,
        ),
        # "student # he gave for the payment plan 20847761": a number, who gave it and what
        # for, then the number with nothing between
        "given_far": re.compile(
            r"\b(?:student|client|member|intake|patient|tenant)\s*(?:#|no\.?|number|id)\s+"
            r"(?:(?:that|which)\s+)?(?:he|she|they|mom|dad)\s+(?:gave|showed|provided|left)"
            r"(?:\s+(?:us|me))?(?:\s+(?:for|on|at|with)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?"
            r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)?\s*[:,—–-]?\s*"
            r"(?P<v>(?<![\w-])(?:\d{6,10}|\d{3,5}-\d{3,5}(?:-\d{1,3})?))(?![\w-]|[.,]\d)",
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
        # "the OEN for the boy is 328-441-907", "numéro d'étudiant au CÉF est le FR-2026-3318",
        # "no MÉT de l'élève : 412 908 337" (Manitoba's student number):
        # a student's number, a few words after its name
        "student_far": re.compile(
            r"\b(?:(?-i:OEN|NIE|NISO|ASN|PEN|MÉT|MET)|fiche\s+d['’][ée]l[èe]ve|personal\s+education\s+number|student\s*(?:#|number|no\.?|id)|num[ée]ro\s+d['’](?:[ée]tudiant|[ée]l[èe]ve)|"
            # 'The "student #" on the letter is 700415628', "student ID in it (STJ-2019-55820)"
            # "OEN for the 12 y/o is 338 472 915": an age may stand among the words; "the OEN I
            # posted this am was wrong, correct one is 719 004 582"
            r"matricule)(?![\w])[\"”’]?(?:[\s,]+(?:[^\W\d_][\w'’-]{0,19}|\d{1,2}\s*y/?o)){0,9}?\s*"
            r"(?::|#|no\.?|n°|\(|(?:is|est)(?:\s+(?:le|the))?|(?<=\s)(?-i:[A-Z]{2,5})"
            r"|[-–—]?\s*(?:it['’]?s|c['’]est))\s*"  # "without the OEN - it's 318 442 907"
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
    }

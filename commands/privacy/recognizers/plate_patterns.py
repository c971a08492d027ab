"""The shapes of licence plates beside the words that place them: a car's make and colour,
a province in brackets, "plate starts with", a plate typed far from its cue. Split from
``number_patterns``, which merges these into its table of named patterns."""

from __future__ import annotations

import functools
import re

from commands.privacy.recognizers.number_cues import JURISDICTION, PLATE_CUE
from commands.privacy.recognizers.vehicles import COLOURS, MODELS


@functools.cache
def plate_patterns() -> dict[str, re.Pattern[str]]:
    """Every plate pattern by name, compiled once."""
    i = re.IGNORECASE
    return {
        # "partial plate starts with KTZ": the first letters of a plate are a lead to it
        "plate_start": re.compile(
            r"\bplate\s+(?:starts?|starting|begins?|beginning)\s+with\s+"
            r"(?P<v>(?-i:[A-Z0-9]{2,4}))(?![\w-])",
            i,
        ),
        # "car in the photos is HWK 330": a vehicle, a few words, then the plate
        "vehicle_far": re.compile(
            r"\b(?:truck|car|van|minivan|suv|vus|pickup|vehicle|camionnette|voiture|véhicule|"
            r"auto|char)"
            # "my bf's car got towed, it's DCSK 604", « son char c'est CKRM 417 »
            r"(?:\s+[^\W\d_][\w'’-]{0,11}){0,6}?(?:\s+(?:is|est)\s+|\s*:\s*"
            r"|,?\s+(?:it['’]?s|c['’]est)\s+)"
            # not a RAMQ card: « carte RAMQ trouvée dans le char : GAGL 7605 2219 »
            r"(?!(?-i:[A-Z]{4})\s?\d{4}\s\d{4}\b)"
            r"(?P<v>(?-i:(?!\d{1,4}\s?(?:AM|PM|H|HR|HRS|KM|KG|MG|ML|KMH)\b)"
            r"(?:[A-Z]{2,4}[\s-]?\d{2,4}|\d{2,4}[\s-]?[A-Z]{2,4}|[A-Z]\d{2}[\s-]?[A-Z]{3})))"
            r"(?![\w-])",
            i,
        ),
        # "truck 917 KMT", "sa camionnette V51 TRM", "her car (BXN 592)": a vehicle and a
        # plate-shaped value (letters and digits, upper case) right after it
        "vehicle_plate": re.compile(
            r"\b(?:truck|car|van|minivan|suv|vus|pickup|pick-up|vehicle|sedan|jeep|camionnette|"
            r"voiture|auto|véhicule|vehicule|char|camion|fourgonnette|motorbike|moto|"
            + MODELS
            + r")(?:\s+of\s+(?:concern|interest))?(?:\s+"  # "vehicle of concern PD2 61M"
            + COLOURS
            + r")?"
            r"\s*[(,:]?\s*(?:(?-i:ON|SK|QC|AB|MB|BC|NB|NS)\s+)?"  # "a red Escape, ON DMRL 119"
            r"(?!(?-i:[A-Z]{4})\s?\d{4}\s\d{4}\b)"  # not a RAMQ card found in it, "GAGM 7103 1512"
            r"(?P<v>(?-i:(?!\d{1,4}\s?(?:AM|PM|H|HR|HRS|KM|KG|MG|ML|KMH)\b)"
            r"(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])"
            # not "Car 87 RN said": a police car and its officer's role
            r"(?:[A-Z]{2,4}[\s-]?\d{2,4}|\d{3,4}[\s-]?[A-Z]{2,4}|\d{2}[\s-]?[A-Z]{3,4}"
            r"|[A-Z]\d{2}[\s-]?[A-Z]{3}|[A-Z0-9]{3,4}[\s-][A-Z0-9]{3,4})))"  # "BX7 4K2T"
            r"(?![\w-])(?!\s+(?:Div|Division|District|Detachment)\b)",  # not "PRP 21 Div"
            i,
        ),
        # "CHLJ 093 | white minivan", "BXRT 402, a grey Civic": the plate, then the vehicle
        "plate_then_vehicle": re.compile(
            r"(?<![\w-])(?P<v>(?-i:(?![A-Z]{3,4}\s?(?:19|20)\d{2}\b)[A-Z]{3,4}[\s-]?\d{3}"
            # "BVRT 992 is the car the tow driver saw", « c'est le char »
            r"|\d{3}[\s-]?[A-Z]{3,4}))\s*[|,(–—-]?\s*(?:(?:is|was|est|c['’]est)\s+)?"
            r"(?:(?:a|an|the|une?|le|la)\s+)?"
            r"(?:" + COLOURS + r"\s+)?(?:truck|car|van|minivan|suv|vus|pickup|pick-up|sedan|jeep|"
            # "AWTT 019 is registered to the occupant's mother": a plate said to be registered
            r"camionnette|voiture|fourgonnette|camion|(?:is\s+)?registered|" + MODELS + r")\b",
            i,
        ),
        # "Van registered to the uncle (924 KLM) used to move her": a vehicle, a few words, then
        # its plate in brackets
        "vehicle_plate_aside": re.compile(
            r"\b(?:truck|car|van|minivan|suv|vus|pickup|pick-up|vehicle|sedan|camionnette|voiture|"
            r"véhicule|camion|fourgonnette|" + MODELS + r")\b[^.!?\n()]{0,50}\(\s*"
            r"(?P<v>(?-i:(?![A-Z]{2,4}\s?(?:19|20)\d{2}\b)"  # not "(CSA 2020)", a standard's year
            r"[A-Z]{2,4}\s?\d{2,4}|\d{2,4}\s?[A-Z]{2,4}|[A-Z]\d{2}\s?[A-Z]{3}))\s*\)",
            i,
        ),
        # "a black f150 sk BAK 775": a vehicle, then a province's letters before a plate
        "vehicle_plate_province": re.compile(
            r"\b(?:truck|car|van|minivan|suv|vus|pickup|pick-up|vehicle|sedan|camionnette|voiture|"
            r"véhicule|camion|fourgonnette|" + MODELS + r")\b[^.!?\n()]{0,30}?"
            r"\b(?:sk|SK|Sask|ab|AB|mb|MB|ON|QC|qc|NB|NS|BC|bc|PE|NL)\s+"
            r"(?P<v>(?-i:[A-Z]{3}\s?\d{3}|\d{3}\s?[A-Z]{3}|[A-Z]{4}\s?\d{3}"
            # "lives in his truck BC 2KL 88": letters and digits mixed in the first group
            r"|(?![A-Z]\d[A-Z]\s?\d[A-Z]\d)"  # not "civic 2281 Route 19, … NS B0E 1P0", a postcode
            r"(?=[A-Z]{0,3}\d)(?=\d{0,3}[A-Z])[A-Z0-9]{3,4}\s?[A-Z0-9]{2,4}))\b",
            i,
        ),
        # "comes back to the uncle, 582 KLM (SK)": a plate's shape, the province in brackets
        "plate_tagged": re.compile(
            r"(?<![\w-])(?P<v>(?-i:[A-Z]{3}\s?\d{3}|\d{3}\s?[A-Z]{3}|[A-Z]{4}\s?\d{3}))"
            r"\s*\((?-i:SK|AB|MB|ON|QC|BC|NB|NS|PE|PEI|NL|YT|NT|NU|Sask|Alta|Man|Ont|Qué)\)"
        ),
        # "Il conduit l'auto de sa mère, E31 WNS, même sans permis": a car, then its plate
        "vehicle_plate_comma": re.compile(
            r"(?:\b(?:auto|voiture|char|car|truck|van|camion|v[ée]hicule|vehicle|" + MODELS + r")\b"
            r"[^.!?\n(),:]{0,30}[,:]\s*"  # "le vehicule du suspect : 452 FXT, Hyundai blanc"
            # « le char de Kevin (pas son père), HJK 7734 »: an aside about whose car it is
            r"|\b(?:auto|voiture|char|car|truck|van|camion|v[ée]hicule|vehicle|" + MODELS + r")\b"
            r"[^.!?\n(),:]{0,30}\([^()\n]{1,25}\)\s*,\s*)"
            r"(?P<v>(?-i:[A-Z]\d{2}\s?[A-Z]{3}|[A-Z]{3}\s?\d{3,4}|\d{3}\s?[A-Z]{3}|[A-Z]{4}\s?\d{3}))"
            r"(?=\s*[,.;)]|$)",
            i,
        ),
        # « le char du jeune (V56 KPL) a été vu », "his truck (CKWB 701)": the plate in brackets
        "vehicle_plate_bracket": re.compile(
            r"\b(?:auto|voiture|char|car|truck|van|camion|v[ée]hicule|vehicle|" + MODELS + r")\b"
            r"[^.!?\n(),:]{0,30}\(\s*(?!(?-i:[A-Z]{3}\s?(?:19|20)\d\d\s*\)))"  # "(CSA 2020)"
            r"(?P<v>(?-i:[A-Z]\d{2}\s?[A-Z]{3}|[A-Z]{3}\s?\d{3,4}|\d{3}\s?[A-Z]{3}"
            r"|[A-Z]{4}\s?\d{3}))\s*\)",
            i,
        ),
        # "her ex drives CKWB 701": what someone drives, by its plate
        "plate_driven": re.compile(
            # "drove off in GHT 452", "left in ABCD 123"; not a transit route: "drives TTC 501"
            r"\b(?:drives|driving|drove|conduit|conduisait|(?:drove|took|left|pulled)\s+(?:off|away)"
            r"\s+in|left\s+in)\s+(?!(?-i:TTC|STM|STO|OCT|GRT|HSR|MiWay)\b)"
            r"(?P<v>(?-i:[A-Z]{3,4}\s?\d{3}|\d{3}\s?[A-Z]{3}))\b(?![-/])"
            r"(?!\s+(?:route|bus|streetcar|line|run|trip|shift)\b)",
            i,
        ),
        # "plates: NU 61204 and NU 59318": another plate listed after the first
        "and_another_plate": re.compile(
            r"\s*(?:,|and|et|&|/)\s*(?P<v>(?:NU|NT|YT)\s?\d{4,6}|[A-Z]{2,4}[\s-]?\d{2,4}"
            r"|\d{2,4}[\s-]?[A-Z]{2,4}|[A-Z]\d{2}[\s-]?[A-Z]{3})(?![\w-])"
        ),
        # "we need Curtis's plate for the BOLO — it's CXPE 180": the plate, a few words, a dash
        "plate_dashed": re.compile(
            # « plaque de la Civic qui suivait le taxi = T83 MLQ »
            r"\b(?:plate|plaque)s?\b(?:\s+[^\W\d_][\w'’]*){0,8}?\s*[—–=-]\s*"
            r"(?:it['’]?s\s+|c['’]est\s+)?"
            r"(?P<v>(?-i:[A-Z]{2,4}\s?\d{2,4}|\d{2,4}\s?[A-Z]{2,4}|[A-Z]\d{2}\s?[A-Z]{3}))(?![\w-])",
            i,
        ),
        # "OPP saw BWRT 552 at the trailer": what police see or run, a plate of Ontario's shape
        "plate_seen": re.compile(
            r"\b(?:saw|seen|spotted|clocked|ran|stopped|pulled\s+over|vu|vue|intercepté)\s+"
            r"(?P<v>(?-i:[A-Z]{4}\s?\d{3}))(?![\w-])(?!\s+(?:times|calls|clients|people|fois)\b)"
        ),
        # "plaque Ontario BTRW 482", "plate on the pick-up is FKL 2291": a few words between
        # the cue and a plate that mixes letters and digits.
        # "HJR 418 (MB plate)": a plate-shaped value with the word plate in brackets after it
        "plate_aside": re.compile(
            r"(?<![\w-])(?P<v>(?-i:(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])"
            r"[A-Z0-9]{2,4}[\s-]?[A-Z0-9]{2,4}))"
            r"\s*\((?:(?-i:[A-Z]{2})\s+)?(?:licen[cs]e\s+)?(?:plate|plaque)s?\)",
            i,
        ),
        # "CHM-4821": three capitals, a hyphen, three or four digits (not a year)
        # not "le formulaire ISP-3000", "form IMM-5257": a government form's number
        "bare_plate": re.compile(
            r"(?<![\w-])(?<!form\s)(?<!formulaire\s)(?-i:[A-Z]{3})-(?!(?:19|20)\d\d\b)\d{3,4}(?![\w-])"
        ),
        "plate_far": re.compile(
            r"(?<![-\w])"
            + PLATE_CUE
            + r"(?:['’]s)?"  # "plate's a QC one, K47 RXP"
            # "Plate came back to a rental — 311 JKE": a dash before it too
            # words between hold no digit: not "plate HPN-7719, addr 1220"
            + r"(?:(?:[\s:,?]+[^\W\d_](?:[^\W\d]|['’.-]){0,15}){1,11}?[\s:,?(—–]+[\"“«]?"
            + r"|\?\s*[—–-]\s*)(?:is\s+|est\s+)?"  # "t'as le no de plaque? — J71 KPR"
            + JURISDICTION
            + r"(?P<v>(?-i:(?!\d{1,2}\s?(?:AM|PM|H|HR|HRS|KM|KG|MG|ML)\b)"
            r"(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])(?:[A-Z0-9]{2,4}[\s-]?[A-Z0-9]{2,5}"
            r"|[A-Z][\s-]\d{5})))"  # « sa plaque temporaire T 48812 »
            r"(?![\w-])(?!\s+(?:div|division|district)\b)",  # "TPS 53 Div": a police division
            i,
        ),
        # "Plate on the pickup that keeps parking outside the school: CKTR 482": the cue, the
        # rest of the sentence, a colon, then a plate of letters and digits
        "plate_colon": re.compile(
            # "… showing up at the mom's place is CKTR 482", "La plaque … de l'ex est FHT 2294"
            r"(?<![-\w])"
            + PLATE_CUE
            + r"\b[^.!?\n:]{0,90}(?::|\bis\b|\best\b)\s*[\"“«]?\s*"  # 'per her snap: "DKRN 118 …'
            + JURISDICTION
            + r"(?P<v>(?-i:(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{2,4}[\s-]?[A-Z0-9]{2,4}"
            r"|[A-Z][\s-]?\d{5}))"  # « Plaque de la moto : M 48291 »: a motorcycle's
            r"(?![\w-])",
            i,
        ),
    }

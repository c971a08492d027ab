"""Postal codes: Canada's (with or without the space) and the US ZIP, which a note gives
after a state, after a town, or calls a ZIP. ``addresses`` reads them with the streets."""

from __future__ import annotations

# the area (FSA) as Canada Post writes it; the local part with any letter ("X0A 0Q0")
POSTAL = r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?-?\s?\d[A-Z]\d\b"
STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|"
    "NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|Minnesota|"
    "Montana|North Dakota|South Dakota|New York|Michigan|Vermont|Maine|Washington|Idaho|"
    "Ohio|Texas|California|Florida|Illinois|Wisconsin|Massachusetts|Pennsylvania|Arizona|"
    "Dakota du Nord|Dakota du Sud|Floride|Californie|Pennsylvanie|Caroline du Nord"
)
# A ZIP the note calls one: over "bus ticket was 13662" read as a file number
ZIP_SAID = (
    r"(?:\b(?:zip|zip code|zipcode|code\s+zip|code\s+postal(?:\s+am[ée]ricain)?)"
    r"(?:\s*\([^)\n]{1,20}\))?\s*[:,]?\s*#?\s*\d{5}(?:-\d{4})?\b"  # "Zip (dad, US): 14201"
    # "a ZIP on the return label she showed us: 58203", "has a ZIP of 58203"
    # "Postal code on the Idaho custody order is 83805": five digits are a ZIP, not a Canadian code
    r"|(?:(?<=\bzip\s)|(?<=\bzip\s\s)|(?<=\bpostal\scode\s))"
    r"(?:[^\W\d_][\w'’-]{0,12}['’]?(?:,?\s+|(?=:))){0,9}?"
    r"(?:(?:is|was|as|of|:|donné|est|c['’]est)\s*|(?<=,\s))"  # "her ZIP for the US side, 98264"
    r"(?P<addr>\d{5}(?:-\d{4})?)\b"
    r"|\b\d{5}(?:-\d{4})?(?=\s+(?:is|was)\s+(?:the|her|his|their)\s+zip\b))"  # "14213 is the zip"
)
ZIP = (
    r"(?:\b(?:" + STATES + r")\.?\)?(?:,?\s+|,)\(?\d{5}(?:-\d{4})?\b"  # "NY,14213" in a CSV
    r"|(?<![\d-])\b\d{5}-\d{4}\b(?!-))"
)
# "Dad is now in Montana, Great Falls 59401": a state, a town, its ZIP
ZIP_AFTER_TOWN = (
    r"\b(?-i:" + STATES + r")\s*,\s*(?-i:[A-Z][a-z]+)(?:\s(?-i:[A-Z][a-z]+))?\s+"
    r"(?P<addr>\d{5}(?:-\d{4})?)\b(?![.,]\d)"
    # "the owner's in Lockport 14094.": in a town, then five digits that end the clause
    r"|\b(?:in|from|à)\s+(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+,?\s+"  # "à Plattsburgh, 12901;"
    r"(?P<zip>\d{5}(?:-\d{4})?)(?=\s*(?:[.,;)]|$))(?![.,]\d)"
)
# "22 Court St, Houlton, ME 04730": a town, its state's two letters, its ZIP (no file number)
TOWN_STATE_ZIP = (
    r"(?<=,\s)(?<=[a-z],\s)(?P<zip>(?-i:(?:" + STATES + r")\s+\d{5}(?:-\d{4})?))\b(?![.,]\d)"
)
# "88 Hertel Ave 14216,": five digits closing a street address
ZIP_AFTER_STREET = (
    r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,2}(?:Ave|St|Rd|Blvd|Dr|Street|Avenue|Road|Drive)\.?,?\s+"
    r"(?P<zip>\d{5}(?:-\d{4})?)(?=\s*(?:[.,;)]|$))(?![.,]\d)"
)

"""Words a note itself says are no one's name.

Reps correct one another in the thread: "the 'Stanley' in the intake is Stanley
Mission, not a person", "'Sandy' in the draft = Sandy Bay", "the 'Ray' on the
whiteboard is RAY (Rapid Access for Youth)", "Paris as in France". The word is then the
place or programme the sentence names, wherever it stands in the note. A family's word for a
relative glossed as that relative ("Anna (older brother in Tamil)") is the relative,
wherever the note says it again.
"""

from __future__ import annotations

import re

from commands.privacy.recognizers.cues import glossed_kin

_PLACE_WORDS = (
    r"mission|bay|lake|river|narrows|falls|creek|harbour|island|point|village|nation|reserve|"
    r"lutheran|anglican|united|catholic|church|house|hall|lodge|manor|centre|center|hospital|"
    r"clinic|program|programme|school|park|place|shelter|food\s+bank|street|st|road|rd|avenue|ave"
)
# A quoted word, a few words on "is", "was" or "=", then the same word opening a longer
# name ("Stanley Mission", "the Grace Lutheran food bank") or written as an acronym
_CORRECTED = re.compile(
    r"[‘'\"“«]\s*(?P<w>[A-Z][a-zà-ÿ'’-]{1,20})\s*[’'\"”»]"
    r"[^.!?;\n]{0,40}?\s(?:is|was|=|c['’]est|était)\s+(?:(?:the|la|le|l['’])\s*)?"
    r"(?:(?P=w)\s+(?:[A-Z][a-z]*\s+)?(?i:" + _PLACE_WORDS + r")\b"
    r"|(?i:(?P=w))(?-i:(?<=[A-Z]{2})\b))",
)
# "not a person", "not the youth's name", "pas une personne": the note says so outright
_NOT_A_PERSON = re.compile(
    r"[‘'\"“«]\s*(?P<w>[A-Z][a-zà-ÿ'’-]{1,20})\s*[’'\"”»][^.!?\n]{0,80}?\b"
    r"(?:not\s+(?:a\s+(?:person|name)|the\s+(?:youth|client|kid)['’]s\s+name)"
    r"|pas\s+(?:une\s+personne|un\s+nom|le\s+nom|un\s+surnom\s+de\s+personne)"
    # "« Ti-Loup », c'est le nom du chien de la famille": a pet's name
    r"|le\s+nom\s+du\s+(?:chien|chat)|the\s+(?:family['’]s\s+)?(?:dog|cat)['’]s\s+name)\b",
    re.IGNORECASE,
)


def corrected_words(text: str) -> frozenset[str]:
    """The quoted words the note says stand for a place or a programme, and the glossed words
    for relatives, case-folded."""
    found = {m["w"].casefold() for m in _GLOSSED.finditer(text) if glossed_kin(m["w"], m["g"])}
    found |= {m["w"].casefold() for m in _AS_A_PLACE.finditer(text)}
    found |= {m["w"].casefold() for m in _IS_NO_PERSON.finditer(text)}
    if "'" in text or '"' in text or "‘" in text or "“" in text:
        found |= {m.group("w").casefold() for m in _CORRECTED.finditer(text)}
        found |= {m.group("w").casefold() for m in _NOT_A_PERSON.finditer(text)}
    return frozenset(found)


# "Paris as in France, not a kid", "Paris la ville, pas une élève": the note says which
_AS_A_PLACE = re.compile(
    r"\b(?P<w>[A-Z][a-zà-ÿ'’-]{2,20})\s+(?:as\s+in\s+(?:the\s+)?(?:city|town|[A-Z][a-z]+)\b"
    r"|the\s+(?:city|town)\b|la\s+ville\b)(?!\s+(?:of|de)\b)"
)
# "Paris isn't a person in this one lol, it's where the dad moved"
_IS_NO_PERSON = re.compile(
    r"\b(?P<w>[A-Z][a-zà-ÿ'’-]{2,20})\s+(?:is\s*n['’]?t|is\s+not|n['’]est\s+pas)\s+"
    r"(?:a\s+(?:person|name)|une\s+personne|un\s+nom)\b"
)
# "Ate (older sister, 24)", "Tito (uncle)": a word, then its gloss in brackets
_GLOSSED = re.compile(r"\b(?P<w>[A-Z][a-z]{2,4})\s*\((?P<g>[^()\n]{1,60})\)")

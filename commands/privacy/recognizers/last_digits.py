"""A number said by its last digits: "chart under HCN ending 4417", "SIN ends in 549", "the
last 4 of her cell are 0142", « carte santé se terminant par 4417 ». A rep who means to mask a
card still names it, and its last digits are what a clerk asks to find the person; the cue
says which kind of number they belong to."""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.number_cues import HEALTH_CUE, SIN_CUE

_PHONE_CUE = r"(?:cell(?:ular)?|phone|number|tel|t[ée]l[ée]phone|cellulaire|num[ée]ro)"
_CUES = ((Kind.HEALTH_NUMBER, HEALTH_CUE), (Kind.SIN, SIN_CUE), (Kind.PHONE, _PHONE_CUE))
_ENDING = (
    r"(?:(?:that|which|qui)\s+)?(?:ending|ends|finissant|finit|se\s+termin(?:ant|e)|termin(?:ant|e))"
    r"(?:\s+(?:in|with|par|en))?\s*:?\s*"
)
_LAST = (  # "the last 4 of her HCN are", « les 4 derniers chiffres de sa carte santé : »
    r"(?:the\s+)?last\s+(?:4|four|3|three)(?:\s+digits)?\s+(?:of|on)\s+(?:(?:his|her|their|the|"
    r"\w+['’]s)\s+)?{cue}\s*(?:(?:is|are|=)\s+|:\s*)"
    r"|(?:les\s+)?(?:4|quatre|3|trois)\s+derniers\s+chiffres\s+(?:de|du)\s+(?:(?:sa|son|la|le)\s+)?"
    r"{cue}\s*(?:(?:sont|est)\s+|:\s*)"
)
_SAID = [
    (
        kind,
        re.compile(
            r"(?:\b" + cue + r"(?:\s+(?:number|#|no\.?|card|carte))?\s+" + _ENDING + "|"
            + _LAST.replace("{cue}", cue) + r")(?P<v>\d{3,4})(?![\d-])",
            re.IGNORECASE,
        ),
    )
    for kind, cue in _CUES
]


def find(text: str) -> list[Candidate]:
    if not any(ch.isdigit() for ch in text):
        return []
    out = []
    for kind, pattern in _SAID:
        for m in pattern.finditer(text):
            out.append(Candidate(kind, m.start("v"), m.end("v"), None, 60))
    return out

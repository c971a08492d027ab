"""Who sat for each agency in a note's roll call: "present LPS (Ostrander), RCMP (Dhillon),
Piikani (Many Fingers)", « présents : AMH (Kovacs), CFS ». In the brackets after an agency's
acronym, a word or two is the representative's name, whatever the lists say of it; not the
acronym spelled out ("CFS (Child and Family Services)", "AMH (Addiction Mental Health)"), a
place ("RCMP (Raymond)") or an institution ("LSD (Park Meadows School)")."""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import lexicon
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import INSTITUTION


def find(text: str, suggestion: str | None) -> list[Candidate]:
    """The representatives named in brackets after their agencies, after a roll-call word."""
    cue = _ROLL_CALL.search(text)
    if cue is None:
        return []
    lex = lexicon()
    out: list[Candidate] = []
    for m in _SEAT.finditer(text, cue.end()):
        agency = m.group("a")
        if not (agency.isupper() or agency.casefold() in lex.never_single):
            continue  # "Social Services (Swift Current)": a word of the agency's own name
        words = m.group("n").split()
        lowers = [w.casefold() for w in words]
        spelled = "".join(w[0] for w in words).upper() in m.group("a").upper()
        if (len(words) > 1 and spelled) or any(w in INSTITUTION for w in lowers):
            continue  # "AMH (Addiction Mental)", "LSD (Park School)": the agency, not a person
        said = " ".join(lowers)
        if said in lex.given_places or (said in lex.never_single and said not in lex.surnames):
            continue  # "RCMP (Raymond)": the detachment's town
        out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), suggestion, 46))
    return out


_ROLL_CALL = re.compile(
    r"\b(?:present|pr[ée]sente?s?|attendance|attendees|attending|regrets|absents?"
    r"|around\s+the\s+table|autour\s+de\s+la\s+table)\b\s*:?",
    re.IGNORECASE,
)
# "LPS (Ostrander)", "Piikani (Many Fingers)", "AMH (Sgt Kovacs)": an agency, then a name
_SEAT = re.compile(
    r"\b(?P<a>[A-Z][A-Za-z]{1,9})\s\((?:(?:Sgt|Cst|Cpl|Det|Insp|Mme|M\.|Mr\.?|Ms\.?|Dr\.?)\s)?"
    r"(?P<n>[A-Z][a-zà-ÿ'’-]+(?:\s[A-Z][a-zà-ÿ'’-]+)?)\)"
)

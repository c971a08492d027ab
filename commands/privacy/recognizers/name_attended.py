"""What someone attends, enrols in, leaves or waits at is a school or a facility: "attends
Cardinal Carter", "released from Cecil Facer", "school is Harry Ainlay", "now at Prince
Andrew", "wait at Dave Smith is ~6 months". ``tokenize`` shields the capitalised run after such
a word from the name rules, unless the run is someone's home ("now at Jaylen Whitecalf's").
The school a note corrects is a school too ("attends Louis-Riel, not Béatrice-Desloges")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from commands.privacy.lexicon import words
from commands.privacy.recognizers.cues import PERSON_VERBS

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok


def protect_attended(toks: list[Tok], text: str) -> None:
    """ "Attends Cardinal Carter", "accepted at Dr. Martin LeBoldus", "released from Cecil
    Facer": what someone attends, enrols in or leaves is a school or a facility."""
    for i, tok in enumerate(toks):
        aged = tok.lower in ("o", "yo", "ans") and bool(
            _AGED.search(text, max(0, tok.start - 8), tok.start)
        )
        # "school at", "in school full-time at Nelson McIntyre", "now at Prince Andrew", "wait
        # at Dave Smith is ~6 months": where someone is enrolled or waits is a place
        school_at = tok.lower in _PLACED and i + 1 < len(toks) and toks[i + 1].lower == "at"
        # "school is Harry Ainlay"; not "… at school is Jaylen", "behind the school is Skinny"
        school_is = (
            tok.lower in ("school", "école", "ecole")
            and i + 1 < len(toks)
            and toks[i + 1].lower in ("is", "est")
            and text[tok.end : toks[i + 1].start] == " "  # not "l'école, c'est Jonathan"
            and not any(toks[k].lower in _NEAR for k in range(max(0, i - 2), i))
        )
        school_at = school_at or school_is
        if tok.lower not in _ATTENDED and not aged and not school_at:
            continue  # "attending school at Leo Hayes 4 days/wk", "liaison from Bonar Law"
        k = i + 1
        if k < len(toks) and (
            toks[k].lower in ("at", "in", "from", "à", "au") or (school_is and k == i + 1)
        ):
            k += 1
        elif tok.lower in _LEFT or aged:
            continue  # "released Tyler" is not "released from"; "15 y/o at Joe Duquette" is
        if k >= len(toks) or text[toks[k - 1].end : toks[k].start] != " ":
            continue  # "Officer attending: Sgt. Priya Raghunathan"
        k = _shield_run(toks, text, k, False)
        # "attend Agnew H. Johnston and C.D. Howe": two schools; not "and Kayla Smith goes…"
        while k + 1 < len(toks) and toks[k].lower in ("and", "et") and toks[k + 1].cap:
            k = _shield_run(toks, text, k + 1, True)


def _shield_run(toks: list[Tok], text: str, first: int, joined: bool) -> int:
    """Shield the capitalised run at ``first`` unless it is someone's home, or, ``joined`` to
    one before, someone who does something; where it ends."""
    k = first
    while k < len(toks) and k - first < 4 and toks[k].cap and not toks[k].possessive:
        gap = text[toks[k - 1].end : toks[k].start]
        if k > first and gap not in (" ", ". ") and not (gap == "." and len(toks[k - 1].text) == 1):
            break  # "C.D. Howe": initials
        k += 1
    if (
        k < len(toks)
        and toks[k].cap  # not "from Chelsea who's been sleeping…"
        and toks[k].possessive
        and k > first
        and toks[k].start == toks[k - 1].end + 1
    ):
        return k  # "now at Jaylen Whitecalf's": someone's home, not a school
    if joined and k < len(toks) and toks[k].lower in PERSON_VERBS:
        return k
    for run in toks[first:k]:
        run.protected = True
        run.listed_word = False
    return k


_AGED = re.compile(r"\d\s*(?:y/)?$")  # "15 y/o at Joe Duquette": an age, then the school
_PLACED = words(  # "anyone have a contact at Maamwesying?": an organisation
    "school now currently full-time fulltime part-time wait waitlist waiting placed contact"
)
_NEAR = words("at in from à after before behind near outside by around to of across beside with")
_LEFT = words(
    "released discharged graduated transferred accepted enrolled inscrit inscrite registered"
)
_ATTENDED = words(
    """
    attends attend attending attended enrolled accepted released discharged graduated
    transferred inscrit inscrite registered
    """
)


def protect_contrasted(toks: list[Tok], text: str) -> None:
    """ "attends Louis-Riel, not Béatrice-Desloges", "at Vanier PS, not Robert Bateman": the
    school a note corrects is a school too."""
    for m in _CONTRASTED.finditer(text):
        for t in toks:
            if m.start(1) <= t.start and t.end <= m.end(1) and t.cap:
                t.protected, t.listed_word = True, False


_CONTRASTED = re.compile(
    r"(?:\b(?-i:PS|SS|HS|CI|CHS|SSS|ESC|ÉSC|ESP|ÉSP)|\b(?-i:School|École|Collegiate|Secondary|"
    r"Elementary|Academy|secondaire|primaire)(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,3})"
    r"\s*,?\s+(?:not|pas|and\s+not|et\s+non|rather\s+than|instead\s+of|plutôt\s+qu['’]à)\s+"
    r"((?-i:[A-ZÀ-Ý][\w'’-]+)(?:\s(?-i:[A-ZÀ-Ý][\w'’-]+)){0,2})",
    re.IGNORECASE,
)

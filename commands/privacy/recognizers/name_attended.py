"""What someone attends, enrols in, leaves or waits at is a school or a facility: "attends
Cardinal Carter", "released from Cecil Facer", "school is Harry Ainlay", "now at Prince
Andrew", "wait at Dave Smith is ~6 months". ``tokenize`` shields the capitalised run after such
a word from the name rules, unless the run is someone's home ("now at Jaylen Whitecalf's")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from commands.privacy.lexicon import words

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
        first = k
        while k < len(toks) and k - first < 4 and toks[k].cap and not toks[k].possessive:
            if k > first and text[toks[k - 1].end : toks[k].start] not in (" ", ". "):
                break
            k += 1
        if (
            k < len(toks)
            and toks[k].cap  # not "from Chelsea who's been sleeping…"
            and toks[k].possessive
            and k > first
            and toks[k].start == toks[k - 1].end + 1
        ):
            continue  # "now at Jaylen Whitecalf's": someone's home, not a school
        for run in toks[first:k]:
            run.protected = True
            run.listed_word = False


_AGED = re.compile(r"\d\s*(?:y/)?$")  # "15 y/o at Joe Duquette": an age, then the school
_PLACED = words("school now currently full-time fulltime part-time wait waitlist waiting placed")
_NEAR = words("at in from à after before behind near outside by around to of across beside with")
_LEFT = words("released discharged graduated transferred accepted enrolled inscrit inscrite")
_ATTENDED = words(
    """
    attends attend attending attended enrolled accepted released discharged graduated
    transferred inscrit inscrite
    """
)

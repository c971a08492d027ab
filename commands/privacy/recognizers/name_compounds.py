"""A word that heads or qualifies a compound noun is not the subject of the verb after it:
"the ag crisis line reported 14 calls", "the HTO hunt shared with 11 families", "le prof de
math dit", "the Here 24/7 line takes intake". The lower-case name rules ask ``noun_before``
before they read a given name typed in lower case as someone who did something."""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers.cues import KIN
from commands.privacy.recognizers.name_tokens import Tok

SAID = words("said says told dit disait")
# Verbs said of anything, not only of people: "said hope is low"
LINKING = words(
    """
    a is was est has had can can't cannot could will would should won't isn't wasn't hasn't
    doesn't didn't se n'a n'est s'est va sera serait and's etait était avait aurait
    """
)


def noun_before(text: str, toks: Sequence[Tok], i: int) -> bool:
    if re.search(r"\d/\d+\s$", text[max(0, toks[i].start - 6) : toks[i].start]):
        return True  # "the Here 24/7 line takes intake"
    prev = toks[i - 1] if i > 0 else None
    if (
        prev is not None
        and prev.text.isupper()
        and len(prev.text) >= 2
        and i >= 2
        and toks[i - 2].lower in ("the", "a", "an", "our", "their", "la", "le", "les")
    ):
        return True  # "tuktu meat from the HTO hunt shared with…": an acronym's noun
    if (
        prev is not None
        and prev.lower == "de"
        and i >= 2
        and toks[i].common
        and toks[i - 2].common
        and toks[i - 2].lower not in KIN
        and toks[i - 2].lower not in STOPWORDS
    ):
        return True  # "le prof de math dit": the teacher says, the subject a word
    return (
        prev is not None
        and text[prev.end : toks[i].start] == " "
        and prev.common
        and not prev.cap
        and not prev.possessive
        and prev.lower not in STOPWORDS
        and prev.lower not in KIN
        and prev.lower not in SAID
        and prev.lower not in LINKING
        # "mom texted river said", "finally"; not "the meeting link sent"
        and (not prev.lower.endswith(("ed", "ing", "ly")) or prev.lower in _ING_NOUNS)
        and prev.lower not in _WHEN
    )


_ING_NOUNS = words("meeting housing building parking funding training clothing morning evening")
_WHEN = words("yesterday today tonight tomorrow tmrw earlier later again also then now still")

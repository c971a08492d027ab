"""Names of schools, venues and agencies typed in lower case, as chat and dictation write
them: "dave smith centre", "goes to arthur voaden secondary", "louis j robichaud high
school", "macdonald youth services", "brandon police". The words before the venue's word are
its name, not a person's, when they read as a full name or, before a school's or an
agency's word, as one name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers.cues import KIN

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok

_SCHOOL_WORDS = words("secondary collegiate elementary high")
_AGENCY_HEADS = words("police services")
_AGENCY_WORDS = words("youth family child children community")
# A lower-case word after a name: "MacQuarrie rec centre", "scott collegiate"
TYPED_VENUES = words("centre center cc arena pool library") | _SCHOOL_WORDS | _AGENCY_HEADS


def typed_namesake(toks: list[Tok], text: str, i: int) -> int:
    """Where a name typed in lower case just before a venue's word starts ("dave smith centre",
    "louis j robichaud high school", "i e weldon secondary"); ``i`` when there is none."""
    if toks[i].lower == "high" and not (i + 1 < len(toks) and toks[i + 1].lower == "school"):
        return i  # "kayla smith high again"
    head = i  # "macdonald youth services", "brandon police": an agency's words after the name
    while head > 0 and toks[i].lower in _AGENCY_HEADS and toks[head - 1].lower in _AGENCY_WORDS:
        head -= 1
    k = head
    while k > 0 and head - k < 3 and text[toks[k - 1].end : toks[k].start] == " ":
        t = toks[k - 1]
        letter = len(t.text) == 1 and t.text.isalpha() and t.lower != "a"
        school = k == i and toks[i].lower in _SCHOOL_WORDS  # "louise arbour secondary"
        if t.cap or not (t.surname or t.given or t.unknown or letter or school):
            break
        k -= 1
    run = toks[k:head]
    if any(t.lower in STOPWORDS or t.lower in KIN for t in run):
        return i
    # a given name (or initials) and a surname; one name before a school's or agency's word
    named = len(run) >= 2 and (run[0].given or len(run[0].text) == 1) and len(run[-1].text) > 1
    if len(run) == 1 and toks[i].lower == "police":  # "brandon police", not "kayla police came"
        return k if run[0].lower in lexicon().given_places or not run[0].given else i
    one = len(run) == 1 and toks[i].lower in _SCHOOL_WORDS | _AGENCY_HEADS
    return k if named or (one and (run[0].name or run[0].unknown)) else i

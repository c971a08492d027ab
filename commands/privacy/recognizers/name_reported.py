"""People a report names by what they did together or to someone: "kaylee says tanner hit
her again", "kwandibens and loon both on probation together". Chat types these in lower
case, and the words may be everyday words, but only people hit someone or are both on
probation; and who a person seen turns out to be: "the girl in the video is jasmine"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers.cues import CONJUNCTIONS, MODALS, WHERE
from commands.privacy.recognizers.name_tokens import Tok

_SAYS = words("says said dit disait claims claimed")
_OBJECTS = words("her him them me us la le les lui")


def reported_actor(toks: Sequence[Tok], i: int) -> bool:
    """ "kaylee says tanner hit her again": who someone says did something to them."""
    t = toks[i]
    if i == 0 or i + 2 >= len(toks) or not t.given or t.possessive or t.lower in STOPWORDS:
        return False
    if (t.protected and not t.listed_word) or len(t.lower) < 3 or t.lower in MODALS:
        return False  # "she said will call her back"
    if t.listed_word and t.text.isupper():
        return False  # "mom says CAS told her": an agency's acronym
    verb = toks[i + 1]
    return (
        toks[i - 1].lower in _SAYS
        and verb.lower not in STOPWORDS
        and not verb.cap
        and toks[i + 2].lower in _OBJECTS
    )


def both_named(toks: Sequence[Tok], i: int) -> bool:
    """ "kwandibens and loon both on probation together": a word no list holds, joined to a
    name, then "both", all in lower case."""
    t = toks[i]
    if i + 3 >= len(toks) or not t.unknown or not t.text.isalpha() or len(t.lower) < 4:
        return False
    other = toks[i + 2]
    return (
        not t.protected
        and not other.protected  # "Joamie and Nakasuk both had lockdowns": two schools
        # typed in lower case, as chat does: not "Joamie and Nakasuk both had lockdowns" (two
        # schools) or "Café-jeunesse multiculturel and Hoodstock both"
        and t.text.islower()
        and other.text.islower()
        and toks[i + 1].lower in CONJUNCTIONS
        and (other.given or other.surname or other.unknown)
        and toks[i + 3].lower in ("both", "tous", "toutes")  # not "were": "housing and food were"
    )


def kin_pair(text: str, toks: Sequence[Tok], k: int) -> int:
    """ "cousins destiny and raven both on the same snap group", "twins Dakota & Cheyenne
    both sent home": after a plural kinship word, two given names joined and then said of
    together, even everyday words. Where the first name ends (past the second when only a
    sign joins them, which no later reader takes as a list); 0 when there is no pair."""
    if k == 0 or k + 2 >= len(toks) or toks[k - 1].lower not in _PLURAL_KIN:
        return 0
    glued = re.fullmatch(r"\s*[&/+]\s*", text[toks[k].end : toks[k + 1].start]) is not None
    second = k + 1 if glued else k + 2
    if second + 1 >= len(toks) or not (glued or toks[k + 1].lower in CONJUNCTIONS):
        return 0
    # right after the kinship word even a town's name is one: "twins Dakota & Cheyenne"
    if not (toks[k].given and toks[second].given and toks[second + 1].lower in _TOGETHER):
        return 0
    return second + 1 if glued else k + 1


_PLURAL_KIN = words(
    "cousins sisters brothers twins daughters sons siblings cousines sœurs soeurs frères freres"
)
_TOGETHER = words("both were are have had ont sont étaient etaient tous toutes")


def identified(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "the girl in the video is jasmine, goes to Centennial", "the girl at the Walmart lot
    is dakota from last meeting": a person seen somewhere, then who they are."""
    t = toks[i]
    if (
        i > 3
        and t.surname
        and t.text.islower()
        and toks[i - 1].given
        and text[toks[i - 1].end : t.start] == " "
        and _WHO_ENDS.match(text, t.end)
    ):
        i, t = i - 1, toks[i - 1]  # "the boy is mason cook. both 14.": the family name too
        return _seen_then_named(text, toks, i, t.end + 1 + len(toks[i + 1].text))
    return _seen_then_named(text, toks, i, t.end)


def _seen_then_named(text: str, toks: Sequence[Tok], i: int, end: int) -> bool:
    t = toks[i]
    initials = re.fullmatch(r"[A-Z]{2}", t.text) is not None  # "… the ankle monitor is TJ."
    initials = initials and t.lower not in lexicon().never_single
    if i < 3 or toks[i - 1].lower not in ("is", "was") or t.possessive or (t.cap and not initials):
        return False
    if not (t.given or t.unknown or initials) or t.lower in _STATES or t.lower in STOPWORDS:
        return False
    if not t.given and t.lower.endswith(("ed", "ing")):
        return False  # "the 12 y/o is parentified": how someone is
    if (t.protected and not t.listed_word) or not _WHO_ENDS.match(text, end):
        return False
    if text[toks[i - 1].end : t.start] != " ":
        return False
    for k in range(i - 2, max(-1, i - 10), -1):
        aged = toks[k].lower in ("o", "yo") and _AGED.search(text, 0, toks[k].end)
        # "the girl in the video", "dude in the vid", opening the message
        article = toks[k - 1].lower in _ARTICLES if k > 0 else toks[k].lower in _BARE_SEEN
        if (toks[k].lower in _SEEN and article) or aged:
            between = toks[k + 1 : i - 1]
            return (not between or between[0].lower in WHERE) and not re.search(
                r"[,.;:!?()]", text[toks[k].end : toks[i - 1].start]
            )
        if toks[k].sentence_start:
            return False
    return False


_SEEN = words(
    "girl boy guy kid teen woman man lady dude female male driver passenger suspect one youth "
    "child daughter son teenager oldest youngest eldest"
)
_BARE_SEEN = words("dude guy girl boy kid")
_ARTICLES = words("the that this")
_AGED = re.compile(
    r"\b(?:the|that|this)\s+\d{1,2}\s*(?:y/?o|yo)$", re.IGNORECASE
)  # "the 12 y/o is hope"
# "the kid at the lot is fine": how someone is, not who; adjectives the lists hold as names
_STATES = words("fine frank rich young sunny happy ok okay well safe sick earnest grant early late")
_WHO_ENDS = re.compile(r"\s*(?:[,.;!?(—–]|-\s|$|from\b|again\b)")

"""Given names typed in lower case in chat replies, where an everyday word can only be a
person: "yes thats her, hope", "lol no thats chance, the cousin", "mercy is the baby",
"call patience back", "ask sunny if she still has the key". Everyday-word names ("hope",
"chance", "mercy") wait for a cue elsewhere; in a short reply the frame is the cue."""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.recognizers.cues import KIN, RELATIVES
from commands.privacy.recognizers.name_tokens import Tok

# Who someone is in the thread: "the cousin", "his nephew", "the tall one", "the baby"
_WHO = (
    r"(?:the|his|her|their|my|our|le|la|son|sa)\s+(?:[a-z]+\s+)?(?:"
    + "|".join(sorted(re.escape(k) for k in KIN if k.isalpha()))
    + r"|one|girl|boy|kid|youth|baby|eldest|youngest|oldest|middle|older|younger|sibling)\b"
)
# "yes thats her, hope", "c'est lui, ty": the reply points at the person, then names them
_THATS_THEM = re.compile(
    r"\b(?:that['’]?s|thats|it['’]?s|its|c['’]est|cest)\s+(?:her|him|them|lui|elle)\s*,\s*$",
    re.IGNORECASE,
)
# "lol no thats chance, the cousin", "its sage. the girl from the group home"
_THATS = re.compile(r"\b(?:that['’]?s|thats|it['’]?s|its)\s+$", re.IGNORECASE)
_THEN_WHO = re.compile(r"\s*[,.;:—–-]?\s*(?:not\s+)?" + _WHO, re.IGNORECASE)
# "mercy is the baby, 8 mo", "hope's the mom"
_IS_WHO = re.compile(r"(?:\s+is|\s+was|['’]s)\s+" + _WHO, re.IGNORECASE)
# "call patience back", "ask sunny if she…", "tell faith + charity the van leaves at 4"
_ASKED = re.compile(
    r"\b(?:call|text|txt|phone|tell|ask|ping|msg|message|remind|dm)\s+$", re.IGNORECASE
)
_ASKED_WHAT = re.compile(
    r"\s+(?:back|if|whether|to|that|the|when|abt|about|re|for)\b|\s*[+&]\s*[a-z]", re.IGNORECASE
)


# '"hey harmony u have the look"', « allo destiny t'es où »: a greeting, the name, then "you"
_GREETING = re.compile(
    r"(?:^|[\s\"“«'(])(?:hey|hi|hello|heyy+|yo|salut|allo|allô|coucou)\s+$", re.IGNORECASE
)
_YOU_AFTER = re.compile(r",?\s+(?:u|you|ur|your|r\s+u|are\s+you|t['’]es|tu|ta|ton|t['’]as)\b", re.I)

_VERBS_BEFORE_YOU = frozenset(
    ("hope", "will", "may", "can", "mark", "sue", "rob", "pat", "grant", "chase", "bill", "miss")
)


def greeted(text: str, toks: Sequence[Tok], i: int) -> bool:
    """``toks[i]``, a given name in lower case, greeted and then spoken to."""
    t = toks[i]
    return (
        t.lower not in _VERBS_BEFORE_YOU  # "hi hope you are well", "hey will u come"
        and _GREETING.search(text, max(0, t.start - 10), t.start) is not None
        and _YOU_AFTER.match(text, t.end) is not None
    )


def replied_name(text: str, toks: Sequence[Tok], i: int) -> bool:
    """``toks[i]``, a given name in lower case, is named by a reply's frame."""
    t = toks[i]
    if t.possessive:
        return i + 1 < len(toks) and toks[i + 1].lower in RELATIVES  # "river's mom called"
    before = text[max(0, t.start - 30) : t.start]
    if _THATS_THEM.search(before):
        return True  # "yes thats her, hope 😬"
    if _THATS.search(before) and _THEN_WHO.match(text, t.end):
        return True  # "lol no thats chance, the cousin"
    if (i == 0 or toks[i - 1].sentence_start or _after_reply_word(toks, i)) and _IS_WHO.match(
        text, t.end
    ):
        return True  # "yes, mercy is the baby, 8 mo"
    return bool(_ASKED.search(before) and _ASKED_WHAT.match(text, t.end))


def _after_reply_word(toks: Sequence[Tok], i: int) -> bool:
    return i > 0 and toks[i - 1].lower in _REPLY_WORDS


_REPLY_WORDS = frozenset(("yes", "yeah", "yep", "no", "nope", "oui", "non", "ok", "lol", "and"))

"""A name that opens a short reply: "Lebrun oui", "Okemaw pas présent au tribunal",
"Fortin – ça fait 3 fois ce mois-ci", "Ty = the older brother", "ça c'est Mo, le cousin".

In a busy channel reps answer in a few words, and the name is often the whole subject with
nothing around it that a longer note would give (a title, a kinship word, a verb said only of
people). A one-line message that opens with a surname, a given name or a word no list holds,
followed by what a reply puts after a name (yes or no, a dash, a comma, "=", "c'est", "a
signé", "again", a verb of what someone did), names that person. Towns, agencies and
everyday words keep their own reading unless what follows leaves no other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS, lexicon
from commands.privacy.recognizers.cues import CALENDAR, KIN, PERSON_VERBS, ROLES, SUBJECT_VERBS
from commands.privacy.recognizers.name_chat import (
    chat_word,
    said_of_money,
    typed_in_lower_case,
    weather,
)
from commands.privacy.recognizers.name_tokens import Tok

_SHORT_CHARS = 90
_SHORT_TOKENS = 12


def reply_name(text: str, toks: Sequence[Tok], i: int) -> bool:
    """``toks[i]`` is the person a short reply opens with."""
    if len(text) > _SHORT_CHARS or len(toks) > _SHORT_TOKENS or not _opens(text, toks, i):
        return False
    t = toks[i]
    chat = not t.cap and typed_in_lower_case(text) and not t.common  # "mcleod lol wrong chat"
    if not (t.cap or chat) or t.possessive or t.text.isupper() or len(t.lower) < 2:
        return False
    if t.lower in STOPWORDS or t.lower in KIN or t.lower in ROLES or t.lower in CALENDAR:
        return False
    if chat_word(t.lower) or weather(t.lower) or not t.text.replace("-", "").isalpha():
        return False
    if t.text in _THANKS:
        return False  # "ty! 🙏": thank you
    lex = lexicon()
    place = t.lower in lex.given_places or (t.protected and not t.listed_word)
    if place or (t.protected and not (t.surname or t.listed_word)):
        return False  # "Regina: 3 new sits", "Pikogan aware": a town, an agency
    if t.protected and t.lower.startswith(("saint-", "sainte-", "st-", "ste-")):
        return False  # "Saint-Jean-Baptiste, bureau fermé lundi": a holiday, a parish
    if not (t.given or t.surname or t.unknown):
        return False
    rest = text[t.end :]
    strong = _AFTER_ANY.match(rest) is not None  # "Hunter again", "Ty = the older brother"
    if t.common and said_of_money(t.lower, text, t.end):
        return False  # "Grant came through! The Kinsmen Foundation approved $4,000."
    if t.common:  # "Sparrow missed curfew", "Boucher c'est le beau-père"; not "Bill paid"
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        kin = _IS_KIN.match(rest) is not None
        return strong or kin or (nxt in SUBJECT_VERBS and nxt in PERSON_VERBS)
    if t.unknown:
        # a word no list holds: only before what is said of a person ("Okemaw pas présent",
        # "Tesfaye confirmed…"), never before a colon or a comma, where a heading, a French
        # participle or a typo stand as often ("Arriérés :", "Rouvert.", "Meds:")
        if len(t.lower) < 4 or _INFLECTED.search(t.lower) or not t.cap:
            return False
        return strong or _SAID_OF_SOMEONE.match(rest) is not None
    if t.protected:  # a surname some list shields: not "Desjardins a gelé le compte"
        return strong or _REPLIED.match(rest) is not None
    return strong or _AFTER_A_NAME.match(rest) is not None


def _opens(text: str, toks: Sequence[Tok], i: int) -> bool:
    """The token opens the message, perhaps after "c'est", "ça c'est", "it was"."""
    if i == 0:
        return not text[: toks[0].start].strip(" \t\"'«“(")
    before = [t.lower for t in toks[:i]]
    return before in _OPENINGS and text[toks[i - 1].end : toks[i].start] == " "


_OPENINGS = [["est"], ["ça", "est"], ["était"], ["ça", "était"], ["it", "was"]]
# What follows a name, whatever the name: "again", "=", "c'est le beau-père"
_AFTER_ANY = re.compile(
    r"\s*(?:=|\?\s*(?:oui|non|yes|no)\b|\s+again\b|\s+(?:too|aussi|encore)\s*[.!]?\s*$"
    r"|,?\s+(?:pas|not)\s+(?-i:[A-Z])"  # "c'était Seb, pas Max": a correction
    r"|\s+(?:oui|non|yes|no|yep|nope)\b\s*[.!]?\s*$)",
    re.IGNORECASE,
)
_IS_KIN = re.compile(r"\s+(?:c['’]est|is|=)\s+(?:le|la|l['’]|the|his|her|sa|son)\s*[\w-]+", re.I)
_REPLIED = re.compile(r"\s*(?:[?.!]|$|\s+(?:oui|non|yes|no|yep|nope|lol|from|de)\b)", re.I)
_THANKS = frozenset(("ty", "thx", "tx", "merci"))
_INFLECTED = re.compile(r"(?:ée?s?|és|ert|erte|ics?)$")
_SAID_OF_SOMEONE = re.compile(
    r"\s+(?:oui|non|yes|yep|nope|pas|not|n['’]est|est|a|c['’]est|was|has|had|confirmed|signed|"
    r"signé|called|appelé|appelée|texted|showed|missed|left|refused|refuse|came|went|said|says|"
    r"dit|wants|veut)\b",
    re.IGNORECASE,
)
# What follows a listed surname or given name in a reply
_AFTER_A_NAME = re.compile(
    r"\s*(?:[?.!]|$|[,–—]\s|-\s|\s+(?:"
    r"oui|non|yes|no|yep|nope|lol|pas|not|n['’]est|est|a|c['’]est|cest|était|is|was|has|had|"
    r"from|de|du|à|confirmed|signed|signé|called|appelé|appelée|texted|showed|"
    r"missed|left|refused|refuse|came|went|said|says|dit|wants|veut|en)\b)",
    re.IGNORECASE,
)

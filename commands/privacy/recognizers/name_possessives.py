"""Everyday words that are also names, read from a possessive: whose phone, whose cousin.

"Hope's file" and "Hope's the one" differ by what follows the "'s": a person has a
phone, a worker, a cousin; a season or a feeling has none. Chat drops the apostrophe
("thats Ninas phone") or the capital ("smokey's cousin"), so an unlisted word owning
what only people own is a name too. ``name_positions`` asks here once it knows the
word stands where a name could.
"""

from __future__ import annotations

from collections.abc import Sequence

from commands.privacy.lexicon import lexicon, words
from commands.privacy.recognizers.cues import INSTITUTION, KIN, KIN_SIZES, RELATIVES
from commands.privacy.recognizers.name_chat import weather
from commands.privacy.recognizers.name_tokens import Tok


def owner_by_mark(text: str, toks: Sequence[Tok], i: int) -> bool:
    """An unlisted word whose possessive owns what a person has: "that's Tanis's Sask card"."""
    t = toks[i]
    if (
        t.cap
        and t.unknown
        and not t.sentence_start
        and t.lower.endswith("s")
        and t.lower[:-1] in lexicon().given
        and i + 1 < len(toks)
        and (toks[i + 1].lower in KIN or toks[i + 1].lower in _PERSONAL)
        and text[t.end : toks[i + 1].start] == " "
    ):
        return True  # "thats Ninas phone", "at Jaydens mom's": a possessive typed without its mark
    if i and toks[i - 1].lower in ("au", "aux", "du") and t.cap:
        return False  # "ses journées au Frenchy's de Tracadie": French says where, a business
    if t.cap and t.unknown and t.possessive and i + 1 < len(toks):
        owned = toks[i + 1]  # "that's Tanis's Sask health card", "picked up Xavion's stuff"
        if t.sentence_start:  # "Siasi's RAMQ is…", "Zorquaq's bf drives": only what a person has
            if owned.lower in KIN or owned.lower in _PERSONAL:
                return True
        elif not owned.cap or (owned.protected and owned.lower not in INSTITUTION):
            return True
    # "fort frances - smokey's cousin, the Bird girl, 16, posted…"
    return (
        not t.cap
        and (t.unknown or (t.surname and not t.common and not t.protected))
        and t.possessive
        and t.text.isalpha()
        and len(t.lower) >= 4
        and i + 1 < len(toks)
        and (toks[i + 1].lower in RELATIVES or toks[i + 1].lower in _PARTNERS)
    )


def possessive_reading(toks: Sequence[Tok], i: int) -> bool:
    """Whether a possessive word that may be a name is one: "Faith's mom", not "Summer's tough"."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = toks[i + 2].lower if i + 2 < len(toks) else ""
    if t.given and nxt is not None and nxt.lower == "been" and after in _RETURNED:
        return not weather(t.lower)  # "Joy's been missing since Tuesday"
    if (
        t.common
        and t.sentence_start
        and nxt is not None
        and nxt.lower in _IS_AFTER
        and after not in _PERSON_NOUNS_AFTER  # "Hope's the one who wanted the referral"
    ):
        return False  # "Summer's tough for this family", "Dawn's the worst time": "is"
    if (
        t.common
        and t.sentence_start
        and nxt is not None
        and not nxt.text.isupper()
        and nxt.lower not in _IS_AFTER
    ):
        owned = toks[i + 2] if nxt.lower in KIN_SIZES and i + 2 < len(toks) else nxt
        if t.given and nxt.lower in _RETURNED and not nxt.cap and not weather(t.lower):
            return True  # "hunter's back", "destiny's missing again"; not "Hope's Home"
        return owned.lower in KIN or owned.lower in OWNED  # not "Bird's nest of wiring"
    return nxt is not None and (not nxt.cap or (nxt.text.isupper() and len(nxt.text) > 1))


_PERSONAL = words(
    "ramq ohip hsn phn hcn nas sin dob ddn cell phone number # plate snap insta ig tiktok fb "
    "facebook email address addy licence license card carte status worker caseworker lawyer"
)
_PARTNERS = words("bf gf boyfriend girlfriend chum blonde partner ex baby kids son daughter")
# What a person has, after an everyday word that is also a name: "Faith's phone", "Hope's file"
OWNED = words(
    """
    file worker phone cell car truck place house apartment room school teacher case bf gf
    boyfriend girlfriend partner ex probation po sw meds medication appointment court lawyer
    bed unit stuff bag name number address dog family kids baby birthday account insta
    snap tiktok plan caseworker counsellor doctor nurse status cheque whereabouts ig fb
    facebook instagram snapchat messenger whatsapp placement licence license sin dob
    """
)
# What "'s" says of a person who is back or away: "hunter's back"
_RETURNED = words("back home missing awol safe okay ok gone")
_IS_AFTER = words(
    """
    the a an tough hard busy over coming here gone not always never usually when been going
    almost nearly too very so really still just
    """
)
_PERSON_NOUNS_AFTER = words(
    "one person girl boy kid youth mom dad woman man client youngest oldest eldest only"
)

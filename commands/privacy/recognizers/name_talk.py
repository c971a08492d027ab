"""Talk about a name: how it is spelt ("confirm spelling — Ghebremeskel or Ghebremeskal?",
"Perrault : deux r, pas Perault"), which person it is ("is Medeiros the same as Madeiros",
"who's taking lead on Kowalchuk?"), what kind of name it is ("Drygeese sr.", "cawo, somali
name", "TJ for short", "dre (short for andre)", "Sylliboy, first name Dakota"). Only a
person's name is talked about this way, whatever the word lists hold."""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS
from commands.privacy.recognizers.name_tokens import Tok


def talked_of(text: str, toks: Sequence[Tok], i: int) -> bool:
    """``toks[i]`` is a name the message talks about (see the module's docstring)."""
    t = toks[i]
    if (
        t.cap
        and t.given
        and _KNOW_A.search(text, max(0, t.start - 24), t.start)
        and _WHO_AFTER.match(text, t.end)
    ):
        return True  # "Anyone know a Will who hangs around Gottingen?": which person
    if (
        t.cap
        and (t.name or t.unknown)
        and not t.protected
        and not t.common
        and _ANYONE_KNOWS.search(text, max(0, t.start - 24), t.start)
    ):
        return True  # "asked if anyone knows Marlowe": a person someone may know
    if (
        t.text.replace("-", "").isalpha()
        and not t.protected
        and t.lower not in STOPWORDS
        and (_SHORT_FOR.match(text, t.end) or _SHORT_FOR_BEFORE.search(text, 0, t.start))
    ):
        return True  # "the bf is dre (short for andre)"
    if (
        t.cap
        and (t.unknown or t.name)
        and not t.protected
        and not t.text.isupper()
        and (
            (not t.common and _SAME_AS.search(text, max(0, t.start - 40), t.start))
            or _SPELLING_BEFORE.search(text, max(0, t.start - 60), t.start)
        )
    ):
        return True  # "is Medeiros the same as Madeiros from Jan?": two spellings of a person
    if (
        t.given
        and not t.cap
        and t.text.isalpha()
        and not (t.protected and not t.listed_word)
        and _SAME_AS_TYPED.search(text, max(0, t.start - 30), t.start)
    ):
        return True  # "sandrine lafleur c'est la même que sandy de l'autre sit?"
    if (
        t.given
        and not t.cap
        and _IS_THE_SAME.match(text, t.end)
        and i > 0
        and toks[i - 1].lower == "is"
    ):
        return True  # "hey is will the same kid as william in s-12??"
    if (
        t.cap
        and (t.unknown or (t.name and not t.common))
        and not t.protected
        and not t.text.isupper()
        and (m := _ABOUT_SOMEONE.search(text, max(0, t.start - 30), t.start))
        # not "a parlé de Roblox et…"; "On parle de Gareau?" asks about a person
        and (t.name or m.group("talk") is None or text[t.end : t.end + 1] == "?")
    ):
        return (
            True  # "who's taking lead on Kowalchuk?", "On parle de Gareau?": a situation's person
        )
    if (
        t.text.replace("-", "").isalpha()
        and (t.cap or t.unknown)
        and not t.protected
        and not t.text.isupper()
        and t.lower not in STOPWORDS
        and (_GENERATION.match(text, t.end) or _KIND_OF_NAME.match(text, t.end))
    ):
        return True  # "Drygeese sr. was drunk again", "its cawo, somali name"
    if (
        t.cap
        and (t.unknown or t.name)
        and not t.protected
        and not t.text.isupper()
        and _FIRST_NAME_NEXT.match(text, t.end)
    ):
        return True  # "Sylliboy, first name Dakota, 15": the surname, then the given name
    # "Tayshawn is the older bro, TJ for short": a person's short name
    return (
        t.text.isalpha()
        and len(t.text) <= 12
        and (t.cap or t.unknown)
        and not t.protected
        and t.lower not in STOPWORDS
        and _FOR_SHORT.match(text, t.end) is not None
        and any(p.capped_name and not p.common for p in toks[max(0, i - 8) : i])
    )


_SHORT_FOR = re.compile(r"\s*\(\s*(?:short\s+for|diminutif\s+de)\s", re.IGNORECASE)
_SHORT_FOR_BEFORE = re.compile(r"\(\s*(?:short\s+for|diminutif\s+de)\s+$", re.IGNORECASE)
_ABOUT_SOMEONE = re.compile(
    r"\b(?P<talk>parle|parler|parlez|parlait|parlé|talking|talked|talk)\s+(?:de|about|abt|d['’])\s*$"
    r"|\b(?:lead|taking|take|took|takes)\s+(?:the\s+)?(?:lead\s+)?(?:on|for)\s+$"
    r"|\b(?:i|je|we|on)\s+(?:can|could|will|['’]ll|peux|peut|vais|va)\s+(?:take|prendre)\s+$",
    re.IGNORECASE,
)
_GENERATION = re.compile(
    # not "Formulaire SR-3", a form's number
    r"\s+(?:sr|jr|senior|junior)\b(?!-\d)\.?(?!\s+(?:high|school|class|kindergarten))",
    re.I,
)
_KIND_OF_NAME = re.compile(
    r",\s+(?:an?\s+|un\s+)?[a-zé]+\s+(?:name|surname|first\s+name|nom|prénom)\s*[.!]?\s*$", re.I
)
_FIRST_NAME_NEXT = re.compile(
    r",\s+(?:first\s+name|given\s+name|prénom)\s*:?\s+(?-i:[A-ZÀ-Ý])", re.IGNORECASE
)
_FOR_SHORT = re.compile(r",?\s+(?:for\s+short|pour\s+faire\s+court|en\s+abrégé)\b", re.I)
# "confirm spelling — Ghebremeskel or Ghebremeskal?", "deux r, pas Perault": how a name is spelt
_SPELLING_BEFORE = re.compile(
    r"\b(?:spelling|spelt|spelled|orthographe|épellation)\s*(?:is|est|[:—–-])?\s*"
    r"(?:(?-i:[A-Z])[\w'’-]+\s*,?\s+(?:or|ou)\s+)?$"
    r"|\b(?:with|avec|w/|sans|deux|two|double|un|une|one)\s+(?:an?\s+)?[a-z]\b[,.]?\s+"
    r"(?:pas|not|no)\s+$",
    re.IGNORECASE,
)
_IS_THE_SAME = re.compile(r"\s+the\s+same\s+(?:kid|one|person|guy|girl|youth)\s+as\b", re.I)
# Typed in lower case, a given name compared with the person just named
_SAME_AS_TYPED = re.compile(
    r"\bsame\s+(?:one\s+|person\s+|kid\s+|girl\s+|guy\s+)?as\s+$"
    r"|\b(?:le|la)\s+même\s+(?:personne\s+|jeune\s+)?qu(?:e\s+|['’]\s*)$",
    re.IGNORECASE,
)
# "Medeiros the same as …", "Nguyen, la même que …": one person compared with another
_SAME_AS = re.compile(
    r"\b(?-i:[A-Z])[\w'’-]+,?\s+(?:the\s+)?same\s+(?:one\s+|person\s+|family\s+)?as\s+$"
    r"|\b(?-i:[A-Z])[\w'’-]+,?\s+(?:c['’]est\s+)?(?:le|la)\s+même\s+(?:personne\s+)?qu(?:e\s+|['’]\s*)$",
    re.IGNORECASE,
)
_KNOW_A = re.compile(r"\b(?:know|knows|knew|remember|remembers)\s+(?:a|an)\s+$", re.IGNORECASE)
_ANYONE_KNOWS = re.compile(r"\b(?:anyone|anybody|someone)\s+knows?\s+$", re.IGNORECASE)
_WHO_AFTER = re.compile(r"\s+(?:who|that)\b|\s*\?")

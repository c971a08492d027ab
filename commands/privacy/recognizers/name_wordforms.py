"""What a word's own spelling says, before any list or context: chat's negations typed
without the apostrophe ("didnt"), family names by their ending ("Kowalczyk"), acronyms in
the plural or in mixed case ("DOBs", "ToR"), two everyday words run together as a service's
name ("HealthLine"), and the initials of a compound first name ("J-F")."""

from __future__ import annotations

import re

from commands.privacy.lexicon import Lexicon, words

# Negations chat types without the apostrophe, read as the words the rules know.
_UNTYPED_APOSTROPHE = {
    w.replace("'", ""): w
    for w in words(
        "didn't doesn't isn't wasn't hasn't hadn't won't can't couldn't wouldn't shouldn't "
        "aren't weren't don't haven't"
    )
}
NEGATIONS = frozenset(_UNTYPED_APOSTROPHE.values())
# Endings only family names have, for the many the lists lack: "Kowalczyk", "Shevchuk",
# "Hrynyshyn", "Papadopoulos", "Popescu", "Petrosyan", "Jankowski", "Petrovic".
_SURNAME_ENDING = re.compile(
    r"\w{2,}(?:chuk|czuk|czyk|czak|shyn|enko|wicz|vich|ovic|evic|owski|ewski|inski|ynski"
    r"|opoulos|akis|escu|eanu|osyan|yan)$"
)
_CAMEL_WORDS = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")
# An acronym in the plural or written in mixed case: "DOBs", "SINs", "ToR", "MoU"
_ACRONYM_FORM = re.compile(r"[A-Z]{2,}s|[A-Z][a-z][A-Z]")
_COMPOUND_INITIALS = re.compile(r"[A-Z]-[A-Z]")


def spelled_out(lower: str) -> str:
    """ "didnt" as "didn't"; any other word as it is."""
    return _UNTYPED_APOSTROPHE.get(lower, lower)


def surname_by_ending(lower: str) -> bool:
    """A family name no list holds, told by its ending: "kowalczyk", "papadopoulos"."""
    return _SURNAME_ENDING.fullmatch(lower) is not None


def acronym_form(text: str) -> bool:
    """ "DOBs", "HSNs", "ToR", "PoA": an acronym, never a name."""
    return _ACRONYM_FORM.fullmatch(text) is not None


def words_run_together(text: str, lex: Lexicon) -> bool:
    """ "HealthLine", "CarePath": two everyday words written as one, a service's name."""
    camel = _CAMEL_WORDS.fullmatch(text)
    return camel is not None and all(lex.is_common(w.casefold()) for w in camel.groups())


def compound_initials(text: str) -> bool:
    """ "son conjoint J-F": the initials of a compound first name (Jean-François)."""
    return _COMPOUND_INITIALS.fullmatch(text) is not None

"""Statutes, policies and programmes named after someone: "Clare's Law", "Jordan's Principle",
"la loi de Clare", "le programme Rose-Marie", and bills and regulations by their number ("Bill
C-31", "O. Reg. 191/11"). They remember a person who is never at the table.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from commands.privacy.lexicon import words

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok


def protect_eponymous_laws(toks: list[Tok], text: str) -> None:
    """ "Clare's Law", "Brian's Law", "Jordan's Principle", "la loi de Clare": a statute or
    a policy named after the person it remembers, never a person in the note; "Bill C-31",
    "Bill 21": a bill by its number."""
    for k, tok in enumerate(toks):
        if tok.text in ("Bill", "Bills") and _BILL_NUMBER.match(text, tok.end):
            tok.protected, tok.listed_word = True, False
            continue
        if tok.text in RULINGS and (
            (k + 1 < len(toks) and toks[k + 1].lower in _RULING_WORDS)
            or _STYLE_BEFORE.search(text, max(0, tok.start - 8), tok.start)
            or _RULING_BEFORE.search(text, max(0, tok.start - 14), tok.start)
        ):
            tok.protected, tok.listed_word = True, False  # "a Jordan application", "R v Jordan"
            continue
        if tok.text == "O" and k + 1 < len(toks) and _REGULATION.match(text, tok.end):
            for part in (tok, toks[k + 1]):  # "O. Reg. 191/11": an Ontario regulation
                part.protected, part.listed_word = True, False
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        named = tok.possessive and nxt is not None and nxt.text in _LAWS
        # "clares law disclosure", "jordans principle" typed fast: no capital, no apostrophe
        typed = nxt is not None and nxt.lower in ("law", "principle")
        typed = typed and (tok.possessive or tok.lower[-1:] == "s")
        french = k > 1 and toks[k - 2].lower in _LOIS and (toks[k - 1].lower == "de")
        if (tok.cap or typed) and (
            named or typed or french or (tok.elided == "d'" and k and toks[k - 1].lower in _LOIS)
        ):
            tok.protected, tok.listed_word = True, False


_LAWS = frozenset(("Law", "Laws", "Act", "Principle"))
_BILL_NUMBER = re.compile(
    r"\s+(?:[A-Z]-)?\d{1,3}\b(?!\s*(?:ans|y/?o|yo|yrs?|years?|-year)\b|\s*\))"  # not "Bill (45)"
)
_LOIS = words("loi principe")
# Supreme Court rulings every justice note cites by the accused's name
RULINGS = ("Jordan", "Gladue", "Ipeelee", "Stinchcombe", "Askov", "Oakes", "Zora", "Antic")
_RULING_WORDS = words(
    "application applications ruling deadline deadlines ceiling ceilings delay motion report "
    "reports principles factors hearing rapport rapports requête arrêt délai délais plafond"
)
_STYLE_BEFORE = re.compile(r"\bR\.?\s?(?:v|c)\.?\s+$")
# « arrêt Jordan », "per Gladue", "718.2(e) + Ipeelee": the ruling cited, by what comes before
_RULING_BEFORE = re.compile(
    r"\b(?:arr[êe]ts?|ruling|per|under|citing|cites?)\s+$|\d\([a-z]\)\s*(?:\+|and|et|&)\s*$", re.I
)
_REGULATION = re.compile(r"\.\s?Reg\b")


def named_programme(text: str, toks: list[Tok], i: int) -> bool:
    """ "le programme Rose-Marie pour jeunes mères": a programme named after someone."""
    return (
        i >= 2
        and toks[i - 1].lower in _PROGRAMMES
        and toks[i - 2].lower in ("le", "the", "du", "au", "ce", "this")
        and toks[i].cap
        and _PROGRAMME_AFTER.match(text, toks[i].end) is not None
    )


_PROGRAMMES = words("programme program projet project initiative")
_PROGRAMME_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:pour|for|de|à|at|in|existe|exists)\b)")

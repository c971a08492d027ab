"""A name that heads another identifier: "Blaze Fox, RR 2 Site 5 Box 14", "Aurore 613 555 0182".

Pasted lists and contact lines put the person first and their number or address right
after. There the leading words are a name even when each is also an everyday word ("Blaze",
"Fox", "Major Strong"), which the context rules leave alone. A note may also open on a full
name whose identifier comes a few words on ("Summer Lake, mom of 3, was evicted; landlord's
file ref …"); there a listed given name and a listed family name must both stand. It runs
after the other recognizers, on their findings: only a personal identifier can vouch for
the words before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.findings import Kind
from commands.privacy.lexicon import TOKEN, Lexicon
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import CALENDAR, INSTITUTION

# Identifiers that belong to one person (a case number too: a file is someone's file).
_PERSONAL = frozenset(
    {
        Kind.PHONE,
        Kind.ADDRESS,
        Kind.POSTAL_CODE,
        Kind.DATE_OF_BIRTH,
        Kind.HEALTH_NUMBER,
        Kind.SIN,
        Kind.EMAIL,
        Kind.CASE_NUMBER,
    }
)
# Labels a list may put between the name and the value: "Ange — carte de statut 1234567801"
_LABEL = (
    r"(?:(?:dob|ddn|b\.|born|n[ée]e?|le|tel|t[ée]l|ph|phone|cell|cel|c|h|#|no\.?|n°|carte|de|"
    r"statut|status|treaty|card|hc|health|sant[ée]|nas|sin|addr|address|adresse|email|"
    r"courriel|at)\s*[:#.]?\s+){0,4}"  # "at": "disc on hold: Ivy at 1710 McIntosh St"
)
_LEAD = re.compile(
    r"(?:^|(?<=[.!?;:,|/\n•(])\s*|(?<=\s[-–—]\s))"  # where a list item or a line starts
    r"(?P<name>(?:[^\W\d_][\w'’-]*\s+){0,2}(?!at\s)[^\W\d_][\w'’-]*)"
    r"\s*(?:[,:(]|\s[-–—])?\s*" + _LABEL + r"$",  # "Safe contacts: Rose (204-555-0126)"
    re.IGNORECASE,
)


# "Summer Lake, mom of 3, was evicted; landlord's file ref …", "DAKOTA YOUNG -- DOB …": a
# full name opening the sentence whose identifier follows a few words on
_HEAD = re.compile(
    r"(?:^|(?<=[.!?;|\n•])\s*)"
    r"(?P<name>[^\W\d_][\w’-]*\s+[^\W\d_][\w’-]*)(?![\w'’])"
    r"(?=[^.!?\n]{0,70}$)",
)


# "le NISO de Maélie : 478-201-359", "SIN for Kaden: …": a number only a person has, and whose
_WHOSE = re.compile(
    r"\b(?:niso|nas|sin|dob|ddn|date\s+de\s+naissance|medicare|carte\s+sant[ée]|health\s+card|"
    r"status\s+(?:card|number|#)|num[ée]ro\s+de\s+statut)\s+(?:de|d['’]|of|for)\s*"
    r"(?P<name>(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+))\s*(?:[:,]|[-–—]|\s(?:is|est|c['’]est))?\s*$",
    re.IGNORECASE,
)


# « Dossier de cour de Boulianne : 655-01-… », « NAS de Nelson pour la demande au logement :
# 274… », « soutien au revenu de Valérie : NAS 233-… »: whose file or number, then a colon
_OWNER = re.compile(
    r"\b(?:de|d['’]|of|for)\s*(?P<name>(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+))(?:\s+pour\s[^:\n]{1,50}?)?"
    r"\s*:\s*(?:(?:nas|sin|ramq|dob|ddn|no\.?|n°|#)\s*:?\s*)?$",
    re.IGNORECASE,
)
_OWNED = frozenset({Kind.SIN, Kind.CASE_NUMBER, Kind.HEALTH_NUMBER, Kind.DATE_OF_BIRTH})


def find(text: str, found: Sequence[Candidate], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for c in found:
        if c.kind not in _PERSONAL:
            continue
        start = max(0, c.start - 60)
        m = _LEAD.search(text, start, c.start)
        whose = _WHOSE.search(text, start, c.start)
        owner = _OWNER.search(text, max(0, c.start - 90), c.start) if c.kind in _OWNED else None
        if whose is None and owner is not None:
            w = owner["name"].casefold()
            whose = owner if lex.is_name(w) or not lex.is_common(w) else None
        if whose is not None and whose["name"].casefold() not in lex.never_single:
            m = whose  # not a place the lists hold: "le NAS de Moncton"
        elif m is None or not (
            _named(TOKEN.findall(m.group("name")), lex) or _bracketed_month_name(text, m, c, lex)
        ):
            m = _HEAD.search(text, max(0, c.start - 90), c.start)
            if m is None or not _full_name(m.group("name"), lex):
                continue
        if any(f.start < m.end("name") and m.start("name") < f.end for f in found):
            continue  # "Apt 4, 22 Birch": part of another finding
        if c.kind is Kind.ADDRESS and text[c.start].isupper() and m.end("name") == c.start - 1:
            continue  # "Jerry Potts Blvd & Whoop-Up Dr": the first word of the street's name
        out.append(Candidate(Kind.NAME, m.start("name"), m.end("name"), None, 44))
    for c in found:  # "Pearl at PAGC housing - pearl.h@…": a given name the e-mail opens with
        local = re.match(r"[a-z]{3,}", text[c.start : c.end].casefold())
        if c.kind is Kind.EMAIL and local and local.group(0) in lex.given:
            for m in re.finditer(rf"\b(?-i:{local.group(0).capitalize()})\b", text):
                if not any(f.start <= m.start() < f.end for f in found):
                    out.append(Candidate(Kind.NAME, m.start(), m.end(), None, 44))
    for c in found:  # "DOB 14/06/2008, Autumn Bunting, lives w/ kokum": the name after it
        after = _AFTER_DOB.match(text, c.end) if c.kind is Kind.DATE_OF_BIRTH else None
        if after and _given_then_family(after.group("first"), after.group("last"), lex):
            out.append(Candidate(Kind.NAME, after.start("name"), after.end("name"), None, 44))
    return out


def _bracketed_month_name(text: str, m: re.Match[str], c: Candidate, lex: Lexicon) -> bool:
    """ "daughter translates (Mai, 604-555-0177)": a given name that is also a month, alone
    in brackets before a phone, is no date."""
    name = m.group("name")
    return (
        c.kind is Kind.PHONE
        and text[m.start("name") - 1 : m.start("name")] == "("
        and name.casefold() in CALENDAR
        and name.casefold() in lex.given
        and name[:1].isupper()
        and re.fullmatch(r",\s*", text[m.end("name") : c.start]) is not None
    )


def _given_then_family(first: str, last: str, lex: Lexicon) -> bool:
    """A listed given name, then a word no list holds as a place or a service's head."""
    first, last = first.casefold(), last.casefold()
    if first not in lex.given or first in lex.given_places or last in INSTITUTION:
        return False
    return last not in lex.never_single and (first, last) not in lex.never_phrases.get(first, ())


_AFTER_DOB = re.compile(
    r"\s*[,;|]\s*(?P<name>(?P<first>(?-i:[A-Z][a-z'’-]+))\s(?P<last>(?-i:[A-Z][a-z'’-]+)))"
    r"(?=\s*(?:[,;|(]|$))"
)


# The labels a number is given, some of them given names too ("Nam")
_CUES = frozenset(("nam", "nas", "sin", "dob", "ddn", "hcn", "phn", "hsn", "tel", "cell"))


def _named(words: list[str], lex: Lexicon) -> bool:
    """Every word a listed name, capitalised (or a lower-case name no dictionary holds),
    the first a given name, and the run no place or organisation the lists know; or one
    capitalised word that no list holds at all."""
    lowered = [w.casefold() for w in words]
    if len(words) == 1 and words[0].isupper() and lowered[0] in _CUES:
        return False  # "NAM: LAVI 7562 0818": the card's name, not a person's
    if len(words) == 1 and words[0][:1].isupper() and not words[0].isupper():
        low = lowered[0]  # "St. Mike's: Olusegun 416 555 0190": a word no list holds
        if not (lex.is_name(low) or lex.is_common(low) or low in lex.never_single):
            return low not in lex.given_places and len(low) >= 3
    if not lowered or lowered[0] not in lex.given or lowered[0] in lex.given_places:
        return False
    for word, low in zip(words, lowered, strict=True):
        if not lex.is_name(low) or low in lex.never_single:
            return False
        if not word[:1].isupper() and low in lex.common:
            return False
    phrases = lex.never_phrases.get(lowered[0], ())
    return not any(tuple(lowered[: len(p)]) == p for p in phrases)


def _full_name(run: str, lex: Lexicon) -> bool:
    """Two capitalised words (or all capitals), a given name then a family name, that no list
    holds as a place or an organisation ("Regina Beach", "Elizabeth Fry")."""
    first, last = run.split()
    if not all(w[:1].isupper() for w in (first, last)):
        return False
    return lex.is_full_name(first.casefold(), last.casefold())

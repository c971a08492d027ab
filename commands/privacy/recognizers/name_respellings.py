"""A name spelled again in the same note: letter by letter ("N-G-U-Y-E-N"), corrected
("it's Baptiste, not Batiste", "Chen? or was it Cheng?") or spelled almost alike
("Ramírez? Ramirez?", "bao or Bảo"). Replies in a busy channel argue over spellings, and
each spelling is the person again."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from commands.privacy.findings import Kind
from commands.privacy.lexicon import STOPWORDS, unaccented
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import CALENDAR, KIN
from commands.privacy.recognizers.name_chat import typed_in_lower_case
from commands.privacy.recognizers.name_tokens import Tok


def respellings(
    text: str, toks: list[Tok], found: list[Candidate], generic: str | None
) -> list[Candidate]:
    """The other spellings of the names in ``found``, and names spelled out or corrected."""
    out: list[Candidate] = []
    # "it's N-G-U-Y-E-N, not Ngyuen": a name spelled out letter by letter
    for m in _SPELLED.finditer(text):
        out.append(Candidate(Kind.NAME, m.start(), m.end(), generic, 43))
        letters = m.group().replace("-", "").casefold()
        # "Ittusardjuat, je l'épelle : I-T-T-U-S-A-R-D-J-U-A-T": the word it spells
        out.extend(
            Candidate(Kind.NAME, t.start, t.end, generic, 43)
            for t in toks
            if unaccented(t.lower) == letters and not m.start() <= t.start < m.end()
        )
    out.extend(_corrected(text, toks, found + out, generic))
    out.extend(_respelled(text, toks, generic))
    out.extend(_near_spellings(toks, found + out, generic))
    return out


def _near_spellings(
    toks: list[Tok], found: list[Candidate], generic: str | None
) -> list[Candidate]:
    """ "ok Ramírez? Ramirez? same person", "Sasakamoose? non, Sasakamose", "bao or Bảo": a
    word spelled almost like a name found in the same note is that name, spelled again."""
    names = {
        unaccented(t.lower)
        for t in toks
        if len(t.lower) >= 3
        and any(c.kind is Kind.NAME and c.start <= t.start < c.end for c in found)
    }
    out = []
    for t in toks:
        if not names or any(c.start <= t.start < c.end for c in found):
            continue
        if t.protected or len(t.lower) < 3 or not t.text.replace("-", "").isalpha():
            continue
        if t.common and not (t.cap and unaccented(t.lower) in names):
            continue  # "pas Côté, Cote": an everyday word only as the very name, unaccented
        if t.lower in STOPWORDS or t.lower in KIN or t.lower in CALENDAR or t.text.isupper():
            continue
        word = unaccented(t.lower)
        if word in names or (
            t.cap
            and (t.name or t.unknown)
            and len(word) >= 5
            and any(
                n[:1] == word[:1] and SequenceMatcher(None, n, word).ratio() >= 0.85 for n in names
            )
        ):
            out.append(Candidate(Kind.NAME, t.start, t.end, generic, 43))
    return out


def _respelled(text: str, toks: list[Tok], generic: str | None) -> list[Candidate]:
    """ "it's Baptiste, not Batiste", "Pas Chantal, c'est Chantale": a name corrected for its
    spelling is a name twice, however the lists read either spelling."""
    out: list[Candidate] = []
    found = list(_CORRECTED.finditer(text))
    if typed_in_lower_case(text):  # "it's spelled shaylynn not shaylin", "chaunce w/ a u, not…"
        found += _CORRECTED_IN_CHAT.finditer(text)
    for m in found:
        a, b = m.group("a") or m.group("c"), m.group("b") or m.group("d")
        if a.lower() == b.lower() or SequenceMatcher(None, a.lower(), b.lower()).ratio() < 0.6:
            continue
        spans = [m.span("a"), m.span("b")] if m.group("a") else [m.span("c"), m.span("d")]
        inside = [t for t in toks if any(s <= t.start < e for s, e in spans)]
        if any(t.protected and not t.listed_word for t in inside):
            continue
        if not any(t.name or t.unknown for t in inside):
            continue  # "Fayant, not Fayard": one spelling a name is enough
        if m.re is _CORRECTED_IN_CHAT and not all(t.name or not t.common for t in inside):
            continue  # "the former foster parent, not current": a word that is no one's name
        out.extend(Candidate(Kind.NAME, s, e, generic, 43) for s, e in spans)
    return out


_CORRECTED = re.compile(
    r"(?-i:(?P<a>[A-ZÀ-Ý][^\W\d_]{3,}))\s*,?\s+(?:not|pas|et\s+non)\s+(?-i:(?P<b>[A-ZÀ-Ý][^\W\d_]{3,}))"
    r"|\b(?:not|pas)\s+(?-i:(?P<c>[A-ZÀ-Ý][^\W\d_]{3,}))\s*,\s+(?:it['’]s|c['’]est)\s+"
    r"(?-i:(?P<d>[A-ZÀ-Ý][^\W\d_]{3,}))",
    re.IGNORECASE,
)

_CORRECTED_IN_CHAT = re.compile(
    r"(?<![\w'’])(?P<a>[a-zà-ÿ]{3,})(?:\s+w/\s+an?\s+\w)?\s*,?\s+(?:not|pas)\s+(?P<b>[a-zà-ÿ]{3,})"
    r"(?=\s*(?:[,.;!?)]|$))"  # a correction ends its clause: not "namasse pas mousse comme…"
)


def _corrected(
    text: str, toks: list[Tok], found: list[Candidate], generic: str | None
) -> list[Candidate]:
    """ "it was Persaud who called, not Ramdial", "Chen? or was it Cheng?", "Marchand, no,
    Marchant": a name set against another name just before it is a name too."""
    out = []
    for m in _CORRECTION.finditer(text):
        k = next((k for k, t in enumerate(toks) if t.start == m.start(1)), None)
        if k is None:
            continue
        t = toks[k]
        if not t.cap or t.protected or t.text.isupper() or t.lower in STOPWORDS or t.lower in KIN:
            continue
        if t.lower in CALENDAR or not (t.name or t.unknown):
            continue  # "Tyler or Monday?"
        if any(c.start <= t.start < c.end for c in found):
            continue
        if any(m.start() - 40 <= c.end <= m.start() for c in found if c.kind is Kind.NAME):
            out.append(Candidate(Kind.NAME, t.start, t.end, generic, 43))
    return out


_CORRECTION = re.compile(
    r"(?:,\s*|\?\s*|\s+)(?:not|pas|or|ou|no,|or\s+was\s+it|ou\s+c['’]était)\s+"
    r"((?-i:[A-Z])[\w'’-]+)",
    re.IGNORECASE,
)
_SPELLED = re.compile(r"(?<![\w-])(?-i:[A-Z](?:-[A-Z]){3,})(?![\w-])")

"""Tokens as the name recognizer sees them: what each word is and whether it is shielded.

``tokenize`` reads every word once against the lexicon (listed given name or
surname, everyday word, unknown) and marks the ones that cannot be a person:
agencies and places from ``not_names.txt``, a table's own allow list, and
capitalised runs next to an institution word ("Carlton Park School", "rue Gagnon").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commands.privacy.lexicon import TOKEN, Lexicon, words
from commands.privacy.recognizers.cues import INSTITUTION, KIN, PREFIX_PLACES, TITLES


@dataclass
class Tok:
    text: str
    lower: str
    start: int
    end: int
    cap: bool
    possessive: bool
    sentence_start: bool
    protected: bool = False
    # Shielded only as a lone listed word ("Dakota", "Noël"), not by a phrase or an institution.
    listed_word: bool = False
    name: bool = False
    given: bool = False
    surname: bool = False
    common: bool = False

    @property
    def strong(self) -> bool:
        return self.name and not self.common and not self.protected

    @property
    def unknown(self) -> bool:
        return (
            not self.name
            and not self.common
            and not self.protected
            and len(self.lower) >= 3
            and not (self.text.isupper() and len(self.text) <= 5)
        )

    @property
    def capped_name(self) -> bool:
        """A capitalised token that can be a name: listed, or unknown to every list."""
        return self.cap and not self.protected and (self.name or self.unknown)


_ELISION = re.compile(r"^(?:[ldjnmtsc]|qu|jusqu|lorsqu|puisqu)['’](?=\w)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)


def tokenize(text: str, lex: Lexicon, allow: tuple[tuple[str, ...], ...]) -> list[Tok]:
    toks: list[Tok] = []
    for m in TOKEN.finditer(text):
        word, start = m.group(0), m.start()
        elided = _ELISION.match(word)
        if elided and len(word) > elided.end() + 1:
            start += elided.end()
            word = word[elided.end() :]
        possessive = bool(_POSSESSIVE.search(word)) and len(word) > 3
        if possessive:
            word = word[:-2]
        before = text[:start].rstrip(" \t\"'“«(")
        sentence_start = not before or before[-1] in ".!?\n:;•*-–>"
        tok = Tok(
            word,
            word.casefold(),
            start,
            start + len(word),
            word[:1].isupper(),
            possessive,
            sentence_start,
        )
        tok.common = lex.is_common(tok.lower)
        tok.given = tok.lower in lex.given
        tok.surname = tok.lower in lex.surnames
        tok.name = tok.given or tok.surname or lex.is_name(tok.lower)
        if tok.name and not tok.given and "-" in tok.lower:
            tok.given = any(p in lex.given for p in tok.lower.split("-"))
        if (
            tok.name
            and not tok.cap
            and "-" in tok.lower
            and any(p in lex.common and p not in lex.given for p in tok.lower.split("-"))
        ):
            tok.name = tok.given = tok.surname = False  # "là-bas", "peut-être"
        if tok.lower in KIN or tok.lower in TITLES:
            tok.name = tok.given = tok.surname = False
            tok.common = True
        if tok.lower in lex.never_single or tok.lower.startswith(PREFIX_PLACES):
            tok.protected = True
            tok.listed_word = tok.lower in lex.never_single
        toks.append(tok)
    _protect_phrases(toks, lex.never_phrases)
    if allow:
        _protect_phrases(toks, _index(allow))
    _protect_institutions(toks, text)
    _protect_determined_phrases(toks)
    return toks


# People are named after a role word, never after "the Royal", "la Maison", "le Café".
ROLES = words(
    """
    worker teacher principal counsellor counselor student youth intervenant intervenante
    enseignant enseignante directeur directrice élève travailleur travailleuse
    """
)


def _protect_determined_phrases(toks: list[Tok]) -> None:
    """ "the Royal Alexandra", "la Maison Marguerite": a determiner, a capitalised common
    word and capitalised words after it make the title-case name of a place or programme."""
    for i in range(1, len(toks) - 1):
        det, head = toks[i - 1], toks[i]
        if det.lower not in _DETERMINERS or head.sentence_start or not head.cap:
            continue
        if not head.common or head.strong or head.text.isupper() or head.possessive:
            continue
        if head.lower in KIN or head.lower in TITLES or head.lower in ROLES:
            continue
        k = i + 1
        while k < len(toks) and k - i <= 3 and toks[k].cap and not toks[k].sentence_start:
            if toks[k - 1].possessive or toks[k].start - toks[k - 1].end != 1:
                break
            toks[k].protected = True
            toks[k].listed_word = False
            k += 1


_DETERMINERS = words("the la le les l this that ce cette au aux du des")
# "école secondaire Louis-Riel", "Hôpital général Juif": adjectives between the place word
# and its name.
_PLACE_ADJECTIVES = words(
    """
    secondaire primaire élémentaire publique privée communautaire régional régionale
    général générale universitaire psychiatrique secondary elementary public middle high
    junior senior catholic catholique community general regional memorial
    """
)


def _index(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        if p:
            out.setdefault(p[0], []).append(p)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _protect_phrases(toks: list[Tok], phrases: dict[str, tuple[tuple[str, ...], ...]]) -> None:
    for i, tok in enumerate(toks):
        for phrase in phrases.get(tok.lower, ()):
            n = len(phrase)
            if tuple(t.lower for t in toks[i : i + n]) == phrase:
                for t in toks[i : i + n]:
                    t.protected = True
                    t.listed_word = False
                break


def _protect_institutions(toks: list[Tok], text: str) -> None:
    """ "Carlton Park School", "Kinsmen Arena", "rue Gagnon": names of places, not people."""
    for i, tok in enumerate(toks):
        if tok.lower not in INSTITUTION or not (tok.cap or tok.lower in INSTITUTION_BEFORE_NAME):
            continue
        if tok.cap and i > 0 and toks[i - 1].listed_word and toks[i - 1].cap:
            tok.protected = True  # "Victoria Park", "Dakota Centre"
        j = i - 1
        while j >= 0 and i - j <= 4 and toks[j].cap and not toks[j + 1].sentence_start:
            toks[j].protected = True
            toks[j].listed_word = False
            j -= 1
        k = i + 1
        while k < len(toks) and k - i <= 2 and toks[k].lower in _PLACE_ADJECTIVES:
            k += 1  # "école secondaire Louis-Riel"
        first = k
        while k < len(toks) and k - first < 4 and toks[k].cap and not toks[k].sentence_start:
            if k > i + 1 and text[toks[k - 1].end : toks[k].start].strip():
                break  # "Maison Sophie, Laurence Béliveau": punctuation ends the place name
            if tok.lower in INSTITUTION_BEFORE_NAME or toks[k].lower in INSTITUTION:
                toks[k].protected = True
                toks[k].listed_word = False
            k += 1


INSTITUTION_BEFORE_NAME = words(
    """
    auberge avenue boulevard camp carrefour center centre chemin clinique college collège
    ecole fort foyer hopital hôpital lac lake maison mission mont mount parc pavillon
    polyvalente refuge résidence résidences rue station école
"""
)

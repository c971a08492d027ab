"""The word lists the name recognizer reasons with, loaded once from ``data/``.

Loading takes a few hundred milliseconds, so it happens on first use (or in
``warm_up()``), never at import time.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")

# Function words of both languages and name particles: never a name on their own.
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "not",
        "no",
        "nor",
        "so",
        "than",
        "then",
        "that",
        "this",
        "these",
        "those",
        "there",
        "here",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "he",
        "she",
        "they",
        "him",
        "her",
        "them",
        "his",
        "hers",
        "their",
        "theirs",
        "we",
        "us",
        "our",
        "you",
        "your",
        "it",
        "its",
        "i",
        "me",
        "my",
        "mine",
        "all",
        "any",
        "some",
        "each",
        "both",
        "either",
        "neither",
        "one",
        "two",
        "three",
        "also",
        "very",
        "just",
        "only",
        "still",
        "yet",
        "again",
        "ever",
        "never",
        "more",
        "most",
        "less",
        "per",
        "via",
        "re",
        "w",
        "wo",
        "yo",
        "y",
        "o",
        "x",
        "vs",
        "etc",
        "am",
        "pm",
        "ok",
        "okay",
        "yes",
        "de",
        "du",
        "des",
        "le",
        "la",
        "les",
        "l",
        "d",
        "un",
        "une",
        "et",
        "ou",
        "mais",
        "donc",
        "or",
        "ni",
        "car",
        "à",
        "au",
        "aux",
        "en",
        "dans",
        "par",
        "pour",
        "sur",
        "sous",
        "avec",
        "sans",
        "chez",
        "entre",
        "vers",
        "que",
        "qui",
        "quoi",
        "dont",
        "où",
        "il",
        "elle",
        "ils",
        "elles",
        "on",
        "nous",
        "vous",
        "je",
        "tu",
        "me",
        "te",
        "se",
        "lui",
        "leur",
        "leurs",
        "son",
        "sa",
        "ses",
        "mon",
        "ma",
        "mes",
        "ton",
        "ta",
        "tes",
        "notre",
        "nos",
        "votre",
        "vos",
        "ce",
        "cet",
        "cette",
        "ces",
        "ne",
        "pas",
        "plus",
        "y",
        "est",
        "sont",
        "était",
        "été",
        "avoir",
        "être",
        "fait",
        "a",
        "ont",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "del",
        "della",
        "dos",
        "das",
        "al",
        "el",
        "bin",
        "ben",
        "ibn",
        "abu",
        "bint",
        "st",
        "ste",
        "mc",
        "mac",
    ]
)


@dataclass(frozen=True)
class Lexicon:
    given: frozenset[str]
    surnames: frozenset[str]
    common: frozenset[str]
    never_single: frozenset[str]
    never_phrases: dict[str, tuple[tuple[str, ...], ...]]

    def is_name(self, lower: str) -> bool:
        if lower in self.given or lower in self.surnames:
            return True
        parts = [p for p in re.split(r"['’\-]", lower) if p]
        if len(parts) < 2:
            return False
        named = [p in self.given or p in self.surnames for p in parts]
        return any(named) and not any(
            p in self.common and not n and len(p) > 2 for p, n in zip(parts, named, strict=True)
        )

    def is_common(self, lower: str) -> bool:
        if lower in self.common:
            return True
        if "-" in lower or "'" in lower or "’" in lower:
            parts = [p for p in re.split(r"['’\-]", lower) if p]
            return bool(parts) and all(p in self.common for p in parts)
        return False


def _lines(name: str) -> list[str]:
    text = resources.files("commands.privacy.data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.casefold() for t in TOKEN.findall(phrase))


@functools.cache
def lexicon() -> Lexicon:
    given = set(_lines("given_names.txt"))
    surnames = set(_lines("surnames.txt"))
    for line in _lines("extra_names.txt"):
        tag, _, value = line.partition(":")
        (given if tag == "g" else surnames).add(value.strip().lower())
    common = set(_lines("words_en.txt")) | set(_lines("words_fr.txt")) | STOPWORDS
    single: set[str] = set()
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for line in _lines("not_names.txt"):
        tokens = phrase_tokens(line)
        if len(tokens) == 1:
            single.add(tokens[0])
        elif tokens:
            phrases.setdefault(tokens[0], []).append(tokens)
    given -= STOPWORDS
    surnames -= STOPWORDS
    return Lexicon(
        given=frozenset(given),
        surnames=frozenset(surnames),
        common=frozenset(common),
        never_single=frozenset(single),
        never_phrases={k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()},
    )

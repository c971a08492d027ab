"""The word lists the name recognizer reasons with, loaded once from ``data/``.

Loading takes a few hundred milliseconds, so it happens on first use (or in
``warm_up()``), never at import time.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources

# "Owen Sound-area schools": "-area", "-based", "-wide" join no name
TOKEN = re.compile(r"[^\W\d_]+(?:['’\-](?!(?:area|based|wide)\b)[^\W\d_]+)*")


def words(text: str) -> frozenset[str]:
    """A frozenset of the whitespace-separated words of ``text``."""
    return frozenset(text.split())


# Function words of both languages and name particles: never a name on their own.
STOPWORDS = words(
    """
    a abu again al all also am an and any are as at au aux avec avoir be been being ben
    bin bint both but by car ce ces cet cette chez d da dans das de del den der else
    des di did do does donc dont dos du each either el elle elles en entre est et etc
    ever fait for from had has have he her here hers him his how i ibn if il ils in is
    it its je just l la le les less leur leurs lui ma mac mais mc me mes mine mon more
    most my ne neither never ni no nor nos not notre nous o of ok okay on one only ont
    or ou our où par pas per plus pm pour que qui quoi re sa sans se ses she so some son
    sont sous st ste still sur ta te tes than that the their theirs them then there
    these they this those three till til to too ton tu two un une us van vers very via von vos votre
    vous vs w was we were what when where which who whom whose why with wo x y yes yet
    yo you your à était été être
"""
)


# Derivational endings of English and French words that no word list holds in full.
# "Shanique", "Tanique", "Lanique": given names coined on "-nique", no French word
_COINED_NAME = re.compile(r"(?:sha|ta|la|da|ja|ke|sa|ra|na|sh|ty|de)n[ie]que")
_WORD_ENDINGS = (
    "tion",
    "tions",
    "ment",
    "ments",
    "ique",
    "iques",
    "isme",
    "ismes",
    "iste",
    "istes",
    "ité",
    "ités",
    "ante",
    "antes",
    "ente",
    "entes",
    "ance",
    "ances",
    "ence",
    "ences",
    "able",
    "ible",
    "ness",
    "ity",
    "ology",
    "ologie",
    "ical",
    "euse",
    "euses",
    "manie",
    "iatrie",  # "Pédopsychiatrie de Charles-Le Moyne consultée"
    "iatry",
    "iatre",
    "iatres",
    "thérapie",
    "therapy",
    "phobie",
    "phobia",
    "aire",
    "aires",
    "ieux",
    "ieuse",
    "ator",
    "ators",
    "ologist",
    "ologists",
    "ician",
    "icians",
    "ateur",
    "ateurs",
    "atrice",
    # medications: "Rispéridone", "Olanzapine", "Lorazepam", "Fluoxetine", "Oxycodone"
    "idone",
    "apine",
    "azepam",
    "zolam",
    "oxetine",
    "xetine",
    "azine",
    "profen",
    "codone",
    "morphone",
    "phetamine",
    "ipramine",
    "triptyline",
    "prazole",
    "statin",
    "mycin",
    "cillin",
)


# Prefixes written with a hyphen before an everyday word
_PREFIXES = frozenset(
    ("multi", "inter", "non", "self", "co", "pre", "post", "anti", "pro", "sub", "semi", "mid")
)


@dataclass(frozen=True)
class Lexicon:
    given: frozenset[str]
    surnames: frozenset[str]
    common: frozenset[str]
    english: frozenset[str]
    never_single: frozenset[str]
    never_phrases: dict[str, tuple[tuple[str, ...], ...]]
    # French words as chat types them without accents ("sante", "appele"): everyday words
    # in lower case only, since "Bruyere" is a family name however "bruyère" is a word.
    unaccented: frozenset[str] = frozenset()
    # Towns whose names are given names too ("Amos", "Brandon"): a place only as a heading.
    given_places: frozenset[str] = frozenset()

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

    def is_full_name(self, first: str, last: str) -> bool:
        """A listed given name, then a listed family name, the pair no place or organisation
        the lists know ("Regina Beach", "Elizabeth Fry")."""
        return (
            first in self.given
            and last in self.surnames
            and (first, last) not in self.never_phrases.get(first, ())
        )

    def is_common(self, lower: str) -> bool:
        if lower in self.common:
            return True
        if (
            len(lower) >= 8
            and lower.endswith(_WORD_ENDINGS)
            and not self.is_name(lower)
            and not _COINED_NAME.fullmatch(lower)
        ):
            return True  # "Intervenante", "Diabétique", "syllogomanie": rarer words, not names
        inflected = _FRENCH_AGREEMENT.search(lower)
        if inflected is not None and not self.is_name(lower):
            stem = lower[: inflected.start()]
            if stem in self.common and not self.is_name(stem):
                return True  # "données agrégées", "réintégrés": a participle agreeing
        prefixed = _EVERYDAY_PREFIX.match(lower)
        if prefixed is not None and not self.is_name(lower):
            rest = lower[prefixed.end() :]
            if rest in self.common and not self.is_name(rest):
                return True  # "unvaccinated", "rehoused", "overdosing": an everyday word's kin
        spelt = re.fullmatch(r"([a-z]{3,})is(e|es|ed|ing|ation|ations)", lower)
        if spelt is not None and f"{spelt.group(1)}iz{spelt.group(2)}" in self.common:
            return not self.is_name(lower)  # "will prioritise": the British spelling
        if re.fullmatch(r"[a-z]{2,}[^aeiou\W]d", lower) and lower[:-1] + "ed" in self.common:
            return not self.is_name(lower)  # "mom pickd her up": a past tense typed fast
        if lower.startswith("ti-") and lower[3:] not in _TI_WORDS:
            return False  # "mononcle Ti-Pit", "Ti-Jean": Québec's nickname prefix
        if re.match(r"o['’]\w{3}", lower):
            return False  # "O'Soup", "O'Watch": an Irish or Cree family name, not "o" + a word
        if re.fullmatch(r"[a-z]{2,4}['’][tld]", lower):
            return True  # "Family Dev't", "Add'l", "Int'l": a word shortened round an apostrophe
        if "-" not in lower and ("'" in lower or "’" in lower):
            # an elision or a contraction ("l'école", "don't") is made of words; an apostrophe
            # inside a name is not ("Mali'ja", "Qaunnaq'juaq")
            elided = re.fullmatch(
                r"(?:[ldjnmtsc]|qu)['’](\w+)|(\w+)['’](?:s|t|re|ve|ll|d|m)", lower
            )
            return elided is not None and (elided.group(1) or elided.group(2)) in self.common
        if "-" in lower or "'" in lower or "’" in lower:
            parts = [p for p in re.split(r"['’\-]", lower) if p]
            if len(parts) == 2 and parts[0] in _PREFIXES and not self.is_name(parts[1]):
                return True  # "Multi-generational", "non-verbal", "co-parenting"
            return bool(parts) and all(p in self.common for p in parts)
        if _STRETCHED.search(lower):  # chat's "merciii", "sooo": a word said longer
            return any(
                w in self.common and not self.is_name(w)
                for w in (_STRETCHED.sub(r"\1", lower), _STRETCHED.sub(r"\1\1", lower))
            )
        return False

    def everyday(self, lower: str) -> bool:
        """An everyday word that no name list holds ("healthy", "said"): no name by itself."""
        return self.is_common(lower) and lower not in self.given and lower not in self.surnames

    def glued_elision(self, lower: str) -> bool:
        """An elision typed without its apostrophe: "linfirmiere", "dhabitude", "sappelle";
        in lower case only, since "Samer" is no "s'amer" and "Lorange" no "l'orange"."""
        glued = _GLUED_ELISION.fullmatch(lower)
        if glued is None or self.is_name(lower):
            return False
        rest = glued.group(1)  # a French word
        return (rest in self.common and rest not in self.english) or rest in self.unaccented


# "unvaccinated", "re-referred" typed solid, "misgendered": a prefix on a word five letters or more
_EVERYDAY_PREFIX = re.compile(r"(?:un|re|mis|over|under|non|pre)(?=[a-z]{5,}$)")
# a French participle or adjective in the feminine or the plural: "agrégées" is "agrégé"
_FRENCH_AGREEMENT = re.compile(r"(?<=[a-zà-ÿ]{4}é)(?:es|e|s)$|(?<=[a-zà-ÿ]{3}on)nes?$")  # piétonne
_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")
# "le ti-gars", "un ti-peu": "ti-" (petit) before an everyday word
_TI_WORDS = frozenset(("gars", "cul", "peu", "boutte", "bout", "bébé", "coune", "pet", "cœur"))


def _lines(name: str) -> list[str]:
    text = resources.files("commands.privacy.data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _bare(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def unaccented(word: str) -> str:
    """The word without its accents, as chat and English notes type French ("Régina")."""
    return _bare(word)


# French words typed without their accents that the name lists hold too ("deja" for
# "déjà", "aine" for "aîné"): in lower case they are the word, never the name
_EVERYDAY_BARE = words(
    "aine ainee bebe deja demonte gene jure musee parlee paye pate signe sincere vide"
)
# "l" + "infirmiere": only a vowel or a mute h takes an elision
_GLUED_ELISION = re.compile(r"(?:qu|[ldjsnmtc])([aeiouyhàâéèêîôû]\w{3,})")
_ELIDED = re.compile(r"^(?:[ldjnmtsc]|qu)['’](?=\w\w)")


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t.casefold() for t in TOKEN.findall(phrase))


@functools.cache
def lexicon() -> Lexicon:
    given = set(_lines("given_names.txt"))
    surnames = set(_lines("surnames.txt"))
    names_first: set[str] = set()  # "mike", "colleen": in a word list, yet nearly always a name
    for line in _lines("extra_names.txt"):
        tag, _, value = line.partition(":")
        if tag == "n":
            names_first.add(value.strip().lower())
        else:
            (given if tag == "g" else surnames).add(value.strip().lower())
    english = frozenset(_lines("words_en.txt"))
    french = set(_lines("words_fr.txt"))
    chat_french = {
        b
        for b in (_bare(w) for w in french)
        if len(b) > 3 and b not in given and b not in surnames and b[:-1] not in given  # "maries"
    }
    common = (english | french | STOPWORDS) - names_first
    single: set[str] = set()
    phrases: dict[str, list[tuple[str, ...]]] = {}
    extra = [line.partition(":") for line in _lines("extra_places.txt")]
    hand_places = [value for tag, _, value in extra if tag == "p"]
    hand_towns = [value for tag, _, value in extra if tag == "g"]
    listed = _lines("not_names.txt") + _lines("places.txt") + _lines("world_places.txt")
    for line in listed + hand_places:
        tokens = phrase_tokens(line)
        if len(tokens) == 1:
            single.add(tokens[0])
        elif tokens:
            # the tokenizer reads "Beardy's" as "Beardy" + a possessive mark
            tokens = tuple(re.sub(r"(?<=...)['’]s$", "", t) for t in tokens)
            phrases.setdefault(tokens[0], []).append(tokens)
            # the tokenizer reads "d'Arc" in "Jeanne d'Arc" as "Arc" after an elision
            bare = tuple(_ELIDED.sub("", t) for t in tokens)
            if bare != tokens:
                phrases.setdefault(bare[0], []).append(bare)
    # Chat drops accents ("francois", "maelie", "helene"): the bare forms are names too,
    # unless that spelling is an everyday word.
    given |= {b for b in (_bare(g) for g in given) if b not in common}
    given -= STOPWORDS
    surnames -= STOPWORDS
    return Lexicon(
        given=frozenset(given),
        surnames=frozenset(surnames),
        common=frozenset(common),
        english=english,
        never_single=frozenset(single),
        never_phrases={k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()},
        given_places=frozenset(_lines("given_places.txt") + hand_towns),
        unaccented=frozenset(chat_french - common) | _EVERYDAY_BARE,
    )

"""A relative named right after the kinship word: "her son Tyler" needs no help, but
"sa conjointe Grâce,", "sa tante Julienne Petiquay", "son neveu martin bouchard", "Mom
(Crystal) is…" and "kayden's mom deb says" name someone with a word the lists read as an
everyday word or do not hold in capitals."""

from __future__ import annotations

from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers.cues import PERSON_VERBS, SUBJECT_VERBS
from commands.privacy.recognizers.name_tokens import Tok

_POSSESSIVE_DETS = words("sa son ses her his their my our leur notre mon ma")


def named_kin(text: str, toks: list[Tok], k: int) -> bool:
    """ "sa conjointe Grâce, arrivés…", "her daughter Liberty.": after a possessive and a kin
    word, a capitalised everyday word closed by punctuation is the relative's name."""
    if k == 0 or k + 1 >= len(toks) or toks[k - 1].lower not in _POSSESSIVE_DETS:
        return False
    name = toks[k + 1]
    if not name.cap or name.protected or name.text.isupper() or name.lower in STOPWORDS:
        return False
    if text[toks[k].end : name.start] != " ":
        return False
    return text[name.end : name.end + 1] in ("", ",", ".", ";", ")", ":", "!", "?")


def lower_kin_subject(text: str, toks: list[Tok], k: int) -> bool:
    """ "kayden's mom deb says…": a lower-case given name after a kinship word, then a verb."""
    t = toks[k]
    if t.cap or not t.given or t.protected or len(t.lower) < 3 or t.lower in STOPWORDS:
        return False
    after = toks[k + 1].lower if k + 1 < len(toks) else ""
    return after in SUBJECT_VERBS or after in ("is", "was", "est", "a")  # "kokum rose is…"


def two_word_name(text: str, toks: list[Tok], k: int) -> bool:
    """After a kinship word, two words that make a full name although the first is also an
    everyday word: "sa tante Julienne Petiquay", "son neveu martin bouchard"."""
    if k + 1 >= len(toks) or text[toks[k].end : toks[k + 1].start] != " ":
        return False
    first, last = toks[k], toks[k + 1]
    if first.lower in STOPWORDS or len(first.lower) < 3:
        return False
    if first.protected and not (first.listed_word and first.given):
        return False  # "grandson Dakota Bear" is a name, "son école Saint-Louis" is not
    if first.cap:
        if (
            first.protected
            and last.cap
            and not last.protected
            and not last.sentence_start
            and text[last.end : last.end + 1] == ","
        ):
            return True  # "The grandmother, Victoria Sock,"
        return last.capped_name and not last.sentence_start
    return first.given and not last.cap and last.surname and last.lower not in STOPWORDS


def kin_aside(text: str, toks: list[Tok], k: int) -> bool:
    """ "Mom (Crystal) is…", "her boyfriend, Chase, was…": a shielded word named in apposition."""
    t = toks[k]
    if not (t.cap and t.listed_word and t.name) or t.possessive:
        return False  # a name the lists shield ("Crystal", "Chase"), not "son Invega,"
    after = text[t.end : t.end + 1]
    if after in (")", ","):
        return True
    return k + 1 < len(toks) and (
        toks[k + 1].lower in SUBJECT_VERBS or toks[k + 1].lower in PERSON_VERBS  # "mom Crystal can"
    )


# After "is"/"est", what is said of a place or a service: "Lauberivière est plein".

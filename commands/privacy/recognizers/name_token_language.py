"""What a token is in the language around it, once the whole note is read: French chat
glues "je" to its verb ("Jai parle avec…"), English chat writes André "dre", French text
writes English words that are given names ("faith pis son frère storm"), and a capitalised
nationality or faith ("Tunisien", "a Pakistani Christian") says where someone is from or
what they believe, not who they are, and "Justice" is a given name unless the words around
it make it the system's ("youth justice"). "Ben" is someone in English, and in French only
where the chat word "ben" ("well") cannot be; "Les" is someone in English before what is
said of a person."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from commands.privacy.lexicon import words
from commands.privacy.recognizers.cues import KIN, NATIONALITY_ENDINGS, PERSON_VERBS

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok


def mark_by_language(toks: Sequence[Tok], french: bool) -> None:
    """Words whose reading depends on the note's language."""
    for k, t in enumerate(toks):
        if french and t.common and t.text.islower() and t.lower in _ENGLISH_WORD_NAMES:
            t.common = False  # the French lists leave out the words English shares
        elif french and t.lower in GLUED_JE:  # "Jai parle avec…": j'ai, not the name Jai
            t.name = t.given = t.surname = False
            t.common = True
        elif not french and t.text == "dre":  # "dre and malik were jumped": not "la Dre"
            t.name = t.given = True
            t.common = False
        elif not french and t.cap and t.given and t.lower in _FRENCH_CHAT_NAMES:
            t.common = False  # "Jen from outreach is w/ him": not French chat's "j'en"
        elif (not french and t.lower == "ben") or (french and _ben_is_someone(toks, k)):
            # "her worker is Ben Achterberg", "ben from the Métis Settlement office": not
            # French's « ben là »
            t.name = t.given = True
            t.common = False
        elif not french and t.text == "Les" and _les_is_someone(toks, k):
            t.name = t.given = True  # "Les (dad) showed up at the school": not French's "les"
            t.common = False


def _les_is_someone(toks: Sequence[Tok], k: int) -> bool:
    """In an English note "Les" before a relative in brackets or a verb said of a person is
    a man's name; before a capitalised word it opens a French place ("Les Escoumins")."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return (
        nxt is not None
        and nxt.start - toks[k].end <= 2
        and not nxt.cap
        and (nxt.lower in KIN or nxt.lower in PERSON_VERBS)
    )


def _ben_is_someone(toks: Sequence[Tok], k: int) -> bool:
    """French chat's "ben" ("well") opens a sentence, in lower case mid-sentence; "Ben" is
    someone mid-sentence (« à Ben de TBDSSAB ») or before a verb said of him (« Ben dort »)."""
    t = toks[k]
    if t.text != "Ben":
        return False
    if not t.sentence_start:
        return True
    return k + 1 < len(toks) and toks[k + 1].text in _SAID_OF_HIM and toks[k + 1].start == t.end + 1


# Verbs after "Ben" that no one says to "well": third person, unlike « Ben regarde »
_SAID_OF_HIM = words("dort est était a avait vit dit veut va fait sort part boit prend vient")


def mark_origins(toks: Sequence[Tok], text: str) -> None:
    """Shield a capitalised nationality no list holds as a name, set off as an aside ("Le
    père (Tunisien, 47 ans)", not "sa tante Julienne Petiquay"), and a faith that is also a
    given name ("she is Christian")."""
    for k, t in enumerate(toks):
        if (
            t.cap
            and not t.name
            and t.common
            and len(t.lower) > 5
            and t.lower.endswith(_ORIGIN)
            and text[: t.start].rstrip().endswith(("(", ","))
            and text[t.end : t.end + 1] in (",", ")")
        ):
            t.protected = True
        if _creed(toks, k):
            t.protected = True
        if (
            t.cap
            and t.lower in PEOPLES
            # "dad (Cree, 30s)"; but "the youth, Dakota, 15,": a given name set off by commas
            and text[: t.start].rstrip().endswith(("(",) if t.lower in _NAMED_FOR else ("(", ","))
            and _AGE_NEXT.match(text, t.end)
        ):
            t.protected, t.listed_word = True, False  # "dad (Cree, 30s)": his people
        if t.cap and _spoken(toks, k):
            t.protected = True  # "speaks mostly Anishinaabemowin with the kids": a language


_NAMED_FOR = frozenset(("dakota", "cheyenne", "shawnee"))  # peoples children are named for


def _spoken(toks: Sequence[Tok], i: int) -> bool:
    k = i - 1
    if k >= 0 and toks[k].lower in _HOW_MUCH:
        k -= 1
    return k >= 0 and toks[k].lower in _SPEAKS and k < i and not toks[i].possessive


def _creed(toks: Sequence[Tok], i: int) -> bool:
    if toks[i].lower not in ("christian", "christians") or i == 0:
        return False
    if i + 1 < len(toks) and toks[i + 1].cap and toks[i + 1].name:
        return False  # "is Christian Dubois"
    prev = toks[i - 1]
    return prev.lower in _CREED_BEFORE or (
        prev.cap and (prev.protected or prev.lower.endswith(NATIONALITY_ENDINGS))
    )  # "a Pakistani Christian"


_ORIGIN = ("ien", "ienne", "ian", "ais", "aise", "ois", "oise", "ese", "ain", "aine")
PEOPLES = words(
    """
    cree cri crie dene déné dénée saulteaux ojibwe ojibway oji-cree métis metis métisse inuk
    inuit innu innue mohawk dakota lakota nakota anishinaabe anishinabe algonquin algonquine
    atikamekw mi'kmaq mik'maq haudenosaunee oneida nehiyaw
    """
)
_AGE_NEXT = re.compile(r"\s*,\s*(?:\d|mid|early|late|in\s+h|dans\s+l|la\s+\w+aine|âg)", re.I)
_SPEAKS = words("speaks speak speaking spoke parle parlent parlait understands comprend")
_HOW_MUCH = words("mostly only some fluent little mainly surtout seulement juste un peu")
_CREED_BEFORE = words("is am are was were a an devout practising practicing")
# "je" glued to its verb, as French chat types it without the apostrophe
GLUED_JE = words("jai jaime jsuis jvais jsais jpense jme jte chu chus")  # "chu": je suis
_FRENCH_CHAT_NAMES = words("jen jai")  # given names French chat also types: "j'en", "j'ai"
_ENGLISH_WORD_NAMES = words(
    """
    hope faith storm hunter summer sky skye river dawn journey destiny precious charity
    harmony serenity raven cedar willow rain autumn star blaze crystal amber jade ruby
    misty brandy honey heaven melody sunny sunshine lucky bear bird fox wolf eagle
    """
)


def mark_justice(toks: Sequence[Tok], text: str) -> None:
    """ "Justice" is a given name unless it names the system: "Justice Mercer" (a judge),
    "youth justice", "RCMP Justice Unit", "Justice (youth…)"; a question that ends on "youth"
    does not make the next sentence's "Justice" the system's."""
    for k, tok in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (
            tok.lower == "justice"
            and not (nxt and nxt.cap and text[tok.end : nxt.start] == " ")
            and not (
                k
                and not tok.sentence_start
                and (toks[k - 1].lower in _JUSTICE_OF or toks[k - 1].text.isupper())
            )
            and not re.match(r"\s*\((?!\d)", text[tok.end : tok.end + 4])
        ):
            tok.name = tok.given = True


_JUSTICE_OF = words("youth of criminal restorative social ministry department access")

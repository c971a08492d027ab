"""Phrases whose shape says they name a thing, not a person.

"Hope Haven, the shelter", "Sir John A. Macdonald", "the Royal Alexandra", "la Maison
Marguerite", "Nom : XXXX", "Unit 1-Adam-14": an apposed organisation noun, a knight's or a
royal's title, a determiner before a title-case phrase, a redaction or a call sign. ``tokenize``
shields the tokens these find from the name rules."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from commands.privacy.lexicon import words
from commands.privacy.recognizers.cues import KIN, ROLES, TITLES

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok


# "Ange Gabriel, le programme de dépannage", "Hope Haven, the shelter in Sherwood Park".
_ORG_NOUNS = words(
    """
    program programme organisme organization organisation agency shelter service
    services charity church centre center clinic company business store team project
    projet ressource refuge maison société entreprise compagnie association fondation
    foundation group groupe network réseau
    """
)
_ORG_DETERMINERS = words("the a an our their le la l un une notre leur")
_ORG_STAFF = words(
    "owner owners manager director coordinator secretary clerk keeper staff worker"
    " propriétaire gérant gérante directeur directrice responsable coordonnatrice coordonnateur"
)


def protect_apposed_organisations(toks: list[Tok], text: str) -> None:
    for i, tok in enumerate(toks):
        if tok.lower not in _ORG_NOUNS or i < 2 or toks[i - 1].lower not in _ORG_DETERMINERS:
            continue
        if i + 1 < len(toks) and toks[i + 1].lower in _ORG_STAFF:
            continue  # "Mandeep Grewal, the store owner, says…": who runs it, not what it is
        j = i - 2
        if text[toks[j].end : toks[i - 1].start].strip() not in (",", "(", "-", "–"):
            continue
        while j >= 0 and i - j <= 5 and toks[j].cap:
            toks[j].protected = True
            toks[j].listed_word = False
            if toks[j].sentence_start or text[toks[j - 1].end : toks[j].start].strip():
                break
            j -= 1


def protect_namesakes(toks: list[Tok], text: str) -> None:
    """ "Sir John A. Macdonald", "Bishop James Mahoney", "Princess Alexandra": in these notes
    a knight, a bishop or a princess is a school, a street or a building, never someone at
    the table."""
    for i, tok in enumerate(toks):
        # "attend bishop james mahoney": typed in lower case, a given name and a surname after
        lower = tok.lower in ("sir", "bishop", "archbishop") and i + 2 < len(toks)
        lower = lower and toks[i + 1].given and toks[i + 2].surname and not toks[i + 1].cap
        if tok.text not in _NAMESAKE_TITLES and not lower:
            continue
        if tok.text in _ROYAL_TITLES and i + 1 < len(toks) and toks[i + 1].lower not in _ROYALS:
            continue  # "lives with Princess Bautista (aunt)": a given name, not a hospital
        k = i + 1
        while k < len(toks) and k - i <= (2 if lower else 4) and (toks[k].cap or lower):
            if text[toks[k - 1].end : toks[k].start] not in (" ", ". "):
                break
            toks[k].protected = True
            toks[k].listed_word = False
            k += 1


def protect_placeholders(toks: list[Tok], text: str) -> None:
    """ "Nom : XXXX", "Mr. XXXX": a redaction's placeholder; "Unit 1-Adam-14", "3-Charlie-11":
    a police unit's call sign, spelled with the phonetic alphabet. Neither is a person."""
    for tok in toks:
        if placeholder(tok.text) or (
            tok.lower in _PHONETIC
            and re.search(r"\d-$", text[max(0, tok.start - 3) : tok.start])
            and re.match(r"-\d", text[tok.end : tok.end + 2])
        ):
            tok.protected, tok.listed_word = True, False


_PLACEHOLDER = re.compile(r"X{2,}|x{3,}|X")


def placeholder(word: str) -> bool:
    """ "XXXX", "xxx", "X": what a redaction leaves where a name was."""
    return _PLACEHOLDER.fullmatch(word) is not None


_PHONETIC = words(
    """
    adam alpha baker bravo charlie charles david delta echo edward foxtrot frank george golf
    henry hotel india john juliet kilo king lima lincoln mary mike november ocean oscar papa
    peter quebec queen robert romeo sam sierra tango tom union uniform victor whiskey william
    xray x-ray yankee young zebra zulu
    """
)


_NICKNAME_HEADS = words("gros grosse grand grande vieux vieille big")


def protect_determined_phrases(toks: list[Tok], text: str) -> None:
    """ "the Royal Alexandra", "la Maison Marguerite", "l'Étoile de Pacho": a determiner, a
    capitalised common word and capitalised words after it make the title-case name of a
    place or programme."""
    for i in range(1, len(toks) - 1):
        det, head = toks[i - 1], toks[i]
        elided = text[max(0, head.start - 2) : head.start].lower() in ("l'", "l’")
        if not (det.lower in _DETERMINERS or elided) or head.sentence_start or not head.cap:
            continue
        if det.possessive:
            continue  # "That's Hope Sanderson": "that is", no determiner
        if not head.common or head.strong or head.text.isupper() or head.possessive:
            continue
        if head.lower in KIN or head.lower in TITLES or head.lower in ROLES:
            continue
        if det.lower == "that" and head.given:
            continue  # "flagged that Hunter Kakegamic and his sister…": a clause, a person
        if head.lower in _NICKNAME_HEADS and i + 1 < len(toks) and toks[i + 1].given:
            continue  # "la Grosse Lise", "le Gros Bob": a nickname, not a place's name
        end = i + 1
        while end < len(toks) and toks[end].cap and toks[end].start - toks[end - 1].end == 1:
            end += 1
        if end < len(toks) and toks[end].lower in _FAMILY_AFTER:
            continue  # "The Dela Cruz family asked…": a family's name
        k = i + 1
        if k + 1 < len(toks) and toks[k].lower in _LINKS and toks[k + 1].cap:
            if head.listed_word:
                continue  # "la carte santé de l'Ontario de Mathis": a place, then a person
            if toks[k].lower == "for" and toks[k + 1].given and not toks[k + 1].common:
                continue  # "tab at the Legion for Walt": a person the tab is for
            k += 1  # "l'Étoile de Pacho", "the House of Hope"
        while k < len(toks) and k - i <= 4 and toks[k].cap and not toks[k].sentence_start:
            if toks[k - 1].possessive or toks[k].start - toks[k - 1].end != 1:
                break
            if toks[k].lower in TITLES:
                break  # "du Québec de M. Gagnon": a person after the place
            toks[k].protected = True
            toks[k].listed_word = False
            k += 1


_FAMILY_AFTER = frozenset(("family", "famille", "household", "kids", "boys", "girls", "brothers"))
_ROYAL_TITLES = frozenset(("Princess", "Queen", "King", "Prince"))
_NAMESAKE_TITLES = _ROYAL_TITLES | {"Sir", "Lord", "Bishop", "Archbishop", "Pope", "Senator"}
_LINKS = words("de du des of for")
_ROYALS = words(
    "alexandra margaret anne elizabeth mary louise patricia diana charlotte royal"
) | words("victoria george edward william charles albert arthur")


_DETERMINERS = words(
    "the la le les l this that ce cette au aux du des mv ccgs hmcs"
)  # "MV Blue Puttees"

"""Saints in names: "St. Paul's" and "Saint-Vincent de Paul" are places, while "Rosemary
St. Germain", "Jean Saint-Pierre" and "Fern St-Louis" are people whose surname is a saint's."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from commands.privacy.lexicon import words
from commands.privacy.recognizers.cues import INSTITUTION, PREFIX_PLACES
from commands.privacy.recognizers.name_institutions import INSTITUTION_BEFORE_NAME

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok

_SAINTS = words("st ste saint sainte sts")
_KIN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:boy|boys|girl|girls|son|daughter|kid|kids|wife|husband|mom|dad|grandson)\b"
)
_PERSON_BEFORE_SAINT = words(
    "client cliente usager usagère patient patiente jeune élève monsieur madame locataire tenant"
)
_BEFORE_SAINT_PLACES = words(
    """
    cap mont ville saint sainte river bay lake fort grand port val lac pointe rivière île ile
    baie sault anse chute rue boul boulevard chemin rang avenue ave ch mount
    """
)


def saint_surname(prev: Tok | None, tok: Tok, text: str) -> bool:
    """A saint's name written as one word ("Saint-Fleur", "St-Louis") right after a given
    name is the person's surname; anywhere else it is a place."""
    if (
        tok.cap
        and tok.surname
        and prev is not None
        and prev.lower in _PERSON_BEFORE_SAINT
        and text[prev.end : tok.start] == " "
    ):
        return True  # "le client St-Onge a laissé une lettre": who, then the family name
    if tok.cap and tok.possessive and _KIN_AFTER.match(text, tok.end):
        return True  # "Saint-Pierre's boy is the one selling": whose child
    return (
        tok.cap
        and prev is not None
        and prev.cap
        and text[prev.end : tok.start] == " "
        and not prev.protected
        # "Fleur-Ange Saint-Fleur": a compound given name is no everyday word; "Fern
        # St-Louis": a given name before a saint, unless it heads a place ("Mont")
        and (not prev.common or prev.given)
        and prev.lower not in _BEFORE_SAINT_PLACES
        and (prev.given or prev.unknown)
    )


def read_saints(toks: list[Tok], text: str) -> None:
    """ "St. Paul's", "Sainte Justine" and "Saint-Vincent de Paul" are places; "Rosemary St.
    Germain" is a person."""
    for k, (prev, tok) in enumerate(itertools.pairwise(toks)):
        if not prev.cap and prev.lower in _SAINTS and tok.possessive and tok.start - prev.end <= 2:
            tok.protected = True  # "kicked out of st. mary's": a school, typed in lower case
            tok.listed_word = False
            continue
        if prev.cap and tok.cap and prev.lower in _SAINTS and tok.start - prev.end <= 2:
            first = toks[k - 1] if k > 0 else None
            if (
                first is not None
                and first.cap
                and first.given
                and not first.protected
                and first.lower not in INSTITUTION  # "Mont St. Joseph", "Lake St. Martin"
                and first.lower not in INSTITUTION_BEFORE_NAME
                and not first.sentence_start
                and text[first.end : prev.start] == " "
                and not tok.possessive
            ):
                prev.common = False  # "Rosemary St. Germain": a surname after a given name
                prev.name = prev.surname = tok.name = tok.surname = True
                continue
            prev.protected = tok.protected = True  # "St. Paul's", "Sainte Justine"
            prev.listed_word = tok.listed_word = False
    for i in range(len(toks) - 2):
        saint, link, tail = toks[i], toks[i + 1], toks[i + 2]
        if (
            saint.cap
            and (
                saint.lower.startswith(PREFIX_PLACES)
                or (saint.protected and i > 0 and toks[i - 1].lower in _SAINTS)
            )  # "Saint-Vincent de Paul", "Saint Vincent de Paul"
            and link.lower in ("de", "du")
            and tail.cap
            and not tail.sentence_start
        ):
            tail.protected = True  # "Saint-Vincent de Paul", "Sainte-Marie de Lourdes"
            tail.listed_word = False
    for tok in toks:  # "Chez Saint-Vincent-de-Paul", "Saint-Jean-de-Dieu": no surname is so long
        head, _, rest = tok.lower.partition("-")
        if tok.cap and head in _SAINTS and any(f"-{p}-" in f"-{rest}" for p in ("de", "du", "des")):
            tok.protected, tok.listed_word = True, False


def parish(toks: Sequence[Tok], i: int) -> bool:
    """ "senior in Saint-Simon, 86": a saint's name joined by a hyphen after "in", "à" or
    "from" is a parish or a town, even where an age follows as it does after a name."""
    head, dash, _ = toks[i].lower.partition("-")
    return bool(dash) and head in _SAINTS and i > 0 and toks[i - 1].lower in _WHERE


_WHERE = words("in à at from near to de")  # "Homme de Saint-Alexandre, 52 ans"

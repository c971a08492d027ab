"""Names told by the role a word plays, whatever list it is in.

Some words are people because of what the sentence does with them, even when the
lists call them a place, a holiday or nothing at all: the subject of a verb said
only of people ("Noël a été arrêté", "Églantine dort chez une amie") and the
entries of an attendee or contact list ("Présents : Gagnon (SPVG), Fatou (maison
d'hébergement)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers.cues import INSTITUTION, KIN
from commands.privacy.recognizers.name_tokens import ROLES, Tok

_CONJ = words("and et &")


def spaced(text: str, a: Tok, b: Tok) -> bool:
    """One space between the words, an elided "n'"/"s'" allowed ("Céleste n'est")."""
    return _GAP.fullmatch(text, a.end, b.start) is not None


_GAP = re.compile(r" (?:[nsl]['’])?", re.IGNORECASE)
# Said only of people, so they decide even for a word that is otherwise a place or a
# holiday: "Noël a été arrêté", "Églantine dort chez une amie", "Xavion told staff".
_HUMAN = words(
    """
    said says told tells stated admitted disclosed denied cried slept sleeps texted phoned
    refused refuses agreed wants wanted threatened punched assaulted overdosed fled
    dit dort pleure refuse refusait veut voulait avoue a avoué fugue fugué menace texte
    """
)
_HUMAN_PARTICIPLES = words(
    """
    arrested seen charged hospitalized hospitalised admitted discharged released assaulted
    arrêté arrêtée vu vue hospitalisé hospitalisée accusé accusée libéré libérée agressé
    agressée expulsé expulsée suspendu suspendue retrouvé retrouvée
    """
)


def _human_predicate(toks: Sequence[Tok], j: int) -> bool:
    """``toks[j:]`` is said only of a person: "told staff", "was arrested", "a été vu"."""
    if j >= len(toks):
        return False
    verb = toks[j].lower
    if verb in _HUMAN and verb != "a":
        return True
    rest = [t.lower for t in toks[j + 1 : j + 3]]
    if verb in ("was", "has", "is", "a") and rest:
        if rest[0] in ("been", "été") and len(rest) > 1:
            return rest[1] in _HUMAN_PARTICIPLES
        return rest[0] in _HUMAN_PARTICIPLES or (verb == "a" and rest[0] in _HUMAN)
    return False


_LIST_SEPARATORS = (":", ",", ";", "•", "-", "–", "\n")


def affiliated(text: str, toks: Sequence[Tok], i: int) -> bool:
    """An entry of an attendee or contact list: "Présents : Gagnon (SPVG), Fatou (maison
    d'hébergement)", "Contacts: Brooke (CMHA) and Reid (school)"."""
    t = toks[i]
    if (
        t.sentence_start
        and not t.cap
        and t.given
        and not t.protected
        and len(t.lower) >= 3
        and i + 1 < len(toks)
        and toks[i + 1].lower == "from"
    ):
        return _from_agency(text, toks, i + 1)  # "mark from the food bank will drop off…"
    if not t.cap or t.protected or t.possessive or not (t.name or t.unknown):
        return False
    if t.text.isupper() or len(t.lower) < 3 or t.lower in STOPWORDS or t.lower in KIN:
        return False
    if i + 1 >= len(toks):
        return False
    if toks[i + 1].lower in _FROM and (t.strong or t.unknown) and t.lower not in ROLES:
        return _from_agency(text, toks, i + 1)  # "Okonkwo from CFS will be the contact"
    if text[t.end : toks[i + 1].start].strip() != "(":
        return False
    org = toks[i + 1]
    if not (
        (org.text.isupper() and len(org.text) >= 2)
        or org.lower in INSTITUTION
        or (org.protected and not org.listed_word)
        or org.lower in _AFFILIATIONS
    ):
        return False
    first = i
    while first > 0 and toks[first - 1].cap and spaced(text, toks[first - 1], toks[first]):
        first -= 1
    before = text[max(0, toks[first].start - 40) : toks[first].start].rstrip()
    return not before or before.endswith(_LIST_SEPARATORS) or (
        first > 0 and toks[first - 1].lower in _CONJ and before.endswith(toks[first - 1].text)
    )


_FROM = words("from of with de du chez")


def _from_agency(text: str, toks: Sequence[Tok], j: int) -> bool:
    """``toks[j]`` is "from"/"de" and an agency follows: an acronym or a listed agency."""
    if text[toks[j - 1].end : toks[j].start] != " " or j + 1 >= len(toks):
        return False
    k = j + 1
    if toks[k].lower in ("the", "la", "le", "l") and k + 1 < len(toks):
        k += 1
    org = toks[k]
    if org.text.isupper() and 2 <= len(org.text) <= 6:
        return True
    if org.protected and not org.listed_word and (org.cap or k > j + 1):
        return True  # "from CFS", "from the food bank"
    return k > j + 1 and org.lower in INSTITUTION  # "from the school"


_AFFILIATIONS = words(
    """
    school police housing probation maison école hôpital hospital shelter refuge clinic
    clinique centre center band conseil council mental health santé famille family
    """
)


def unlisted_subject(text: str, toks: Sequence[Tok], i: int) -> bool:
    """A capitalised opener in no list, or shielded only as a lone listed word, followed by
    a verb said only of people."""
    t = toks[i]
    if not (t.cap and t.sentence_start) or t.possessive or len(t.lower) < 3:
        return False
    if t.text.isupper() or t.lower in STOPWORDS or t.lower in KIN:
        return False
    if not (t.unknown or (t.protected and t.listed_word and t.given)):
        return False
    return i + 1 < len(toks) and spaced(text, t, toks[i + 1]) and _human_predicate(toks, i + 1)

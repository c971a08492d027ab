"""Names joined to a name: "Will and Grace", "Tariq, Bo and Lennox", "Mark, Will and
*Grace*": a word in a coordination with a name is read as one too."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers.cues import (
    CONJUNCTIONS,
    KIN,
    PERSON_VERBS,
    SHORT_SURNAMES,
)
from commands.privacy.recognizers.name_blockers import after_blocker
from commands.privacy.recognizers.name_chat import chat_word, weather
from commands.privacy.recognizers.name_tokens import Tok


def listable(t: Tok) -> bool:
    """Joined to a name by "and" or a comma, a short given name or a word in no list is a
    name too: "Tariq, Bo and Lennox"."""
    short = t.given and len(t.lower) == 2  # "Ed & Irene Schmidt", though "ED" is a ward
    if (t.protected and not (short and t.listed_word)) or t.possessive or t.text.isupper():
        return False
    if t.lower in STOPWORDS:
        return False
    return short or t.unknown or (t.surname and not t.common)


def _joined(text: str, toks: Sequence[Tok], a: int, b: int) -> bool:
    """``toks[a]`` and ``toks[b]`` (a < b) are conjuncts: "X, Y" or "X and Y"."""
    if b == a + 1:
        return text[toks[a].end : toks[b].start].strip() in (",", "&", "+")  # "Ed & Irene Schmidt"
    mid = toks[a + 1]
    return (
        b == a + 2
        and mid.lower in CONJUNCTIONS
        and not text[toks[a].end : mid.start].strip()
        and not text[mid.end : toks[b].start].strip()
    )


def _conjunct(t: Tok) -> bool:
    return t.cap and (t.given or t.surname) and not t.possessive


def chain_start(text: str, toks: Sequence[Tok], i: int) -> int:
    """First conjunct of the coordination ``toks[i]`` ends: "Mark, Will and *Grace*"."""
    while True:
        for a in (i - 1, i - 2):
            if (
                a >= 0
                and not toks[i].sentence_start
                and _conjunct(toks[a])
                and _joined(text, toks, a, i)
            ):
                i = a
                break
        else:
            return i


def chain_end(text: str, toks: Sequence[Tok], i: int) -> int:
    while True:
        for b in (i + 1, i + 2):
            if (
                b < len(toks)
                and not toks[b].sentence_start
                and _conjunct(toks[b])
                and not toks[i].possessive
                and _joined(text, toks, i, b)
            ):
                i = b
                break
        else:
            return i


def coordinated(text: str, toks: Sequence[Tok], i: int, names: set[int]) -> bool:
    """``toks[i]`` is joined to a name by "and"/"et" or a list comma, either side: a
    capitalised word to a capitalised name, a word in lower case to any name ("oluwaseun
    and bisi came")."""
    if not toks[i].cap and toks[i].lower.endswith("ing") and not toks[i].name:
        return False  # "on fb as Darnell Pratt, messaging girls": what the person does
    for j in (i + 1, i + 2, i - 1, i - 2):
        if 0 <= j < len(toks) and j in names and (toks[j].cap or not toks[i].cap):
            a, b = min(i, j), max(i, j)
            if a == i and i > 0 and toks[i - 1].lower in _PLACE_PREPOSITIONS and b == a + 1:
                continue  # "girl at Sheldon-Williams, Kinslee, DOB…": a school, then the name
            if not toks[b].sentence_start and _joined(text, toks, a, b):
                return True
    return False


_PLACE_PREPOSITIONS = frozenset(("at", "in", "from", "à", "au", "dans"))


def among_names(text: str, toks: Sequence[Tok], i: int, names: set[int]) -> bool:
    """``toks[i]`` is one of a list whose two nearest other entries are names: "Swan,
    Desjarlais, Whitecalf", "Desjarlais, Whitecalf and Swan"."""
    t = toks[i]
    # "Nguyen, Tran, Le": a Vietnamese surname that is a French or English word
    short = t.text in SHORT_SURNAMES and not t.sentence_start
    if not t.cap or t.possessive or t.text.isupper():
        return False
    if not short and (t.protected or t.lower in STOPWORDS):
        return False
    if not (t.name or t.unknown or short):
        return False  # "Housing, Tyler and Jordan": an agency, whatever the list
    after = [j for j in (i + 1, i + 2) if j in names and _joined(text, toks, i, j)]
    if after and any(
        k in names and _joined(text, toks, after[0], k) for k in (after[0] + 1, after[0] + 2)
    ):
        return True
    before = [j for j in (i - 1, i - 2) if j in names and _joined(text, toks, j, i)]
    return bool(before) and any(
        k in names and _joined(text, toks, k, before[0]) for k in (before[0] - 1, before[0] - 2)
    )


def _linked(text: str, toks: Sequence[Tok], a: int) -> int:
    """Index of the conjunct after ``toks[a]`` ("X, Y", "X / Y", "X & Y", "X pis Y"), or -1."""
    if a + 1 < len(toks) and text[toks[a].end : toks[a + 1].start].strip() in (",", "/", "&", "+"):
        return a + 1
    if a + 2 < len(toks) and _joined(text, toks, a, a + 2):
        return a + 2
    return -1


def conjunct_chain(
    text: str, toks: Sequence[Tok], i: int, member: Callable[[Tok], bool]
) -> list[int]:
    """Indexes of the conjuncts from ``toks[i]`` on while each is a member: "X, Y and Z"."""
    chain = [i]
    while member(toks[chain[-1]]) and (nxt := _linked(text, toks, chain[-1])) >= 0:
        if not member(toks[nxt]):
            break
        chain.append(nxt)
    return chain


def list_of_places(text: str, toks: Sequence[Tok], i: int) -> bool:
    """``toks[i]`` is in a list of capitalised words that heads a noun of places or offices:
    "Elgin, Kent and Lambton reps", "Grey, Bruce, Huron and Perth tables"."""
    k, n = i, 0
    while (nxt := _linked(text, toks, k)) >= 0 and toks[nxt].cap and n < 6:
        k, n = nxt, n + 1
    return n >= 1 and k + 1 < len(toks) and toks[k + 1].lower in _PLACE_HEADS


_PLACE_HEADS = words(
    "reps representatives counties tables detachments boards regions districts offices "
    "sites agencies campuses zones townships municipalities"
)


def spread_to_coordinated(
    text: str, toks: Sequence[Tok], taken: set[int], found: list[int]
) -> list[int]:
    """``found`` and every word coordinated with a name, until none is added: "Swan,
    Desjarlais, Whitecalf", "dawn and faith"."""
    names = taken | set(found)
    changed = True
    while changed:
        changed = False
        for pair in _same_family(toks, names):  # "wade buffalo and kirby buffalo"
            names.update(pair)
            found.extend(pair)
            changed = True
        for i, t in enumerate(toks):
            if i not in names and among_names(text, toks, i, names):
                names.add(i)  # "Swan, Desjarlais, Whitecalf"
                found.append(i)
                changed = True
                continue
            if i in names or not (
                (t.cap and (given_candidate(t, shielded_ok=True) or listable(t)))
                or (not t.cap and t.unknown and t.text.isalpha() and len(t.lower) >= 3)
                or (not t.cap and given_candidate(t) and not weather(t.lower))  # "dawn and faith"
                or (t.text.islower() and t.strong and t.surname)  # "klassen and giesbrecht boys"
            ):
                continue
            if not t.cap and (chat_word(t.lower) or t.lower in PERSON_VERBS):
                continue  # "Hi Kaleb, thx", "Constable Smith, said": no one else is named
            if after_blocker(text, toks, i):
                continue
            if not coordinated(text, toks, i, names):
                continue
            names.add(i)
            found.append(i)
            changed = True
    return sorted(found)


def _same_family(toks: Sequence[Tok], names: set[int]) -> list[tuple[int, int]]:
    """ "wade buffalo and kirby buffalo": a given name and the family name of the person it
    is joined to, when that person is named."""
    out = []
    for a in range(len(toks) - 4):
        b = a + 3
        if toks[a + 2].lower not in _AND or toks[a + 1].lower != toks[b + 1].lower:
            continue
        for (x, y), (u, v) in (((a, a + 1), (b, b + 1)), ((b, b + 1), (a, a + 1))):
            if {u, v} <= names and not {x, y} & names and given_candidate(toks[x]):
                out.append((x, y))
    return out


_AND = words("and et &")


def given_candidate(t: Tok, shielded_ok: bool = False, surname_ok: bool = False) -> bool:
    """A listed given name (or surname) that may be a person: not a stopword, a relative,
    an acronym or a shielded word."""
    if not (t.given or (surname_ok and t.surname)) or len(t.lower) < 3:
        return False
    if t.lower in STOPWORDS or t.lower in KIN:
        return False
    if t.text.isupper() and len(t.text) > 1:
        return False  # an acronym or a shouted heading
    return not t.protected or (shielded_ok and t.listed_word)


def among_acronyms(text: str, t: Tok) -> bool:
    """ "NAS, NAM, DDN, adresses…": an acronym among acronyms, not the name Nam."""
    return t.text.isupper() and bool(
        _ACRONYM_AFTER.match(text, t.end) and _ACRONYM_BEFORE.search(text, 0, t.start)
    )


_ACRONYM_AFTER = re.compile(r"\s*[,/]\s*[A-Z]{2,5}\b")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,5}\s*[,/]\s*$")

"""Names joined to a name: "Will and Grace", "Tariq, Bo and Lennox", "Mark, Will and
*Grace*": a word in a coordination with a name is read as one too."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers.cues import (
    CALENDAR,
    CONJUNCTIONS,
    INSTITUTION,
    KIN,
    PERSON_VERBS,
    ROLES,
    SHORT_SURNAMES,
)
from commands.privacy.recognizers.name_blockers import after_blocker
from commands.privacy.recognizers.name_chat import chat_word, typed_in_lower_case, weather
from commands.privacy.recognizers.name_nicknames import nickname_word
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


# "Summer & Rusty both at the Lighthouse": only people are both somewhere
_BOTH_DID = r",?\s*(?:both|all)\s+(?:at|in|went|were|got|left|came|ran|showed|gave|said|told)\b"
# What follows two or more people named together: "were", "ont", "(twins, 13)", ", les deux
# adultes", "and one other youth", "— the two siblings"
# "Daisy, Holly and Pearl all describe the same older male", "Amber, Crystal and Daisy all
# live on the same floor", "Hope and Faith (sisters, 13 and 15)", "Bear and Crow are the two
# youth from the reserve": only people do these together
_ALL_DID = (
    r"\s+all\s+(?:three\s+|four\s+)?(?:describe|described|live|lived|said|say|have|had|told|"
    r"reported|attend|attended|go|went|ran|were|are|disclosed|named)\b"
    r"|\s*\((?:sisters|brothers|cousins|soeurs|sœurs|frères|freres)\b"
    r"|\s+(?:are|were|sont)\s+(?:the|les)\s+(?:two|three|2|3|deux|trois)\s+"
    r"(?:youth|kids|teens|young|jeunes|ados|enfants|adults|adultes|men|women|hommes|femmes)\b"
    # "Journey and Harmony, ages 5 and 7", "Soleil et Lune, âgées de 4 et 6 ans"
    r"|,?\s*(?:ages|aged|âgée?s\s+de)\s+\d{1,2}\s*(?:and|et|&|,)\s*\d{1,2}\b"
    r"|\s+(?:are|were)\s+not\s+(?:siblings|related|sisters|brothers|twins)\b"
)
# "last seen with Hawk and Crow, two older boys from the Eastside": counted as people, even
# when no list holds the words as names
_COUNTED_PEOPLE = re.compile(
    r",\s*(?:the\s+)?(?:two|three|2|3|deux|trois)\s+(?:(?:older|younger|young|little|big|"
    r"grands|petits|jeunes)\s+)?(?:boys|girls|youth|kids|teens|men|women|guys|gars|filles|"
    r"adults|adultes|hommes|femmes)\b",
    re.IGNORECASE,
)
_PLURAL_AFTER = re.compile(
    r"\s*(?:\(\s*(?:(?:the|les)\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?(?=twins|siblings|jumeaux|jumelles))?"
    r"(?:twins|both|siblings|les\s+deux|jumeaux|jumelles|"
    r"\d{1,2}\s*(?:and|et|&|,)\s*\d{1,2})"
    r"|" + _BOTH_DID + r"|,?\s*(?:were|are|r|ont|sont|étaient|the\s+two|les\s+deux|families|"
    r"tous\s+(?:les\s+)?deux|toutes\s+(?:les\s+)?deux)\b"
    r"|,?\s*(?:and|et)\s+(?:one|two|an?|un|une|deux)\s+(?:other|autres?)\b"
    r"|\s*[—–-]\s*(?:the|les)\s+(?:two|deux|2|triplets|twins|siblings|jumeaux|jumelles|"
    r"triplés|triplées)\b"
    r"|\s*,\s*(?:the|les)\s+(?:two|deux|2|three|trois|3)\s+[a-zé]+\s*,"  # ", les 2 cousins,"
    # "Aimé pis Désir, les jumeaux,", "Boucher pis Fortin (les 2 chums) dealent"
    r"|\s*,\s*(?:the|les)\s+(?:twins|jumeaux|jumelles|triplets|triplés)\b"
    r"|\s*\(\s*(?:the|les)\s+(?:two|deux|2|three|trois|3)\s+[a-zé]+\s*\)"
    r"|\s+se\s+sont\b"  # "awashish pis bosum se sont battus"
    r"|" + _ALL_DID + r")",
    re.IGNORECASE,
)


# "Summer and Destiny are the two girls seen at…", "sont les deux sœurs": said to be kin,
# which even nicknames that are everyday words can be ("Tiny and Bunny are brothers")
_ARE_SIBLINGS = re.compile(
    r"\s+(?:are|were|r|sont|étaient)\s+(?:the\s+same\s+(?:two|2)\b|"  # "the same two from before"
    r"(?:(?:the\s+(?:two|2)|both|les\s+deux|the)\s+(?:[a-zà-ÿ]+\s+)?)?"  # "the two roberts boys"
    r"(?:girls|boys|sisters|brothers|cousins|twins|siblings|filles|gars|garçons|sœurs|soeurs|"
    r"frères|freres|cousines|jumeaux|jumelles)\b"
    # "Goose and Dodie are the parents", "Bones and Mooch are the guys bringing it in"
    r"|the\s+(?:parents|grandparents|guys|couple|ones\s+(?:who|at|in|selling|that))\b"
    r"|les\s+parents\b"
    r"|the\s+(?:aunties|aunts|uncles|kokums|grannies)\b)",  # "bunny n tootsie r the aunties"
    re.I,
)
# "jade and rose are with the aunt": two named together, staying with their kin
_WITH_KIN = re.compile(
    r"\s+(?:are|r|sont)\s+(?:with|w/?|staying\s+with|avec|chez)\s+(?:the|their|leur|la|le|les)\s+"
    r"(?:aunt|auntie|aunty|uncle|grandma|grandmother|grandpa|grandparents|kokum|kookum|dad|mom|"
    r"father|mother|tante|oncle|grand-mère|grand-maman|grands-parents|père|mère)\b",
    re.IGNORECASE,
)
# What chat says only of people, after a list of what may be nicknames: "ghost, spider n boo
# were all in the truck", "wolfie n chub broke the window", "tiny n ghost safe at kokums"
_PEOPLE_DID = re.compile(
    r"\s*,?\s*(?:(?:both|all|r|are|were|was|still|just)\s+)*(?:"
    r"stayed|staying|slept|sleeping|broke|left\s+(?:w|with|together)|ran\s+(?:off|away)|"
    r"showed\s+up|came\s+by|got\s+(?:picked|jumped|arrested|caught|kicked|charged)|"
    r"safe\s+(?:at|w|with|home)|home\s+(?:w|with|safe|now)|back\s+(?:at|in|w|with|home)|"
    r"in\s+the\s+(?:truck|car|van)|at\s+(?:kokum|mosom|auntie|gramma|granny)|"
    r"at\s+the\s+(?:camp|party|bar|dock|shelter|detachment|bootlegger)|"
    r"fighting|drinking|using|selling|missing|arrested|jumped|high|drunk|on\s+probation)\b",
    re.IGNORECASE,
)
# "Amber/Crystal (twins)", "Ruby, Pearl and Jasper — the triplets — are with their dad"
_TWINS_ASIDE = re.compile(
    r"\s*(?:\((?:the\s+|les\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+)?|[—–-]\s*(?:the|les)\s+)"
    r"(?:twins|jumeaux|jumelles|siblings|triplets|triplés|triplées)\b",  # "(the Sakimay twins)"
    re.IGNORECASE,
)
# What says they are people even when every name is an everyday word: "Amber/Crystal (twins)"
_SIBLINGS_AFTER = re.compile(
    r"\s*\((?:twins|jumeaux|jumelles|siblings|both\s+\d)|"
    # "Dieudonné pis Merveille, les deux plus jeunes", "Hope and Faith, the two youngest"
    r",\s*(?:les\s+deux|the\s+two|both)\s+(?:plus\s+)?(?:jeunes|vieux|vieilles|younger|older|"
    r"youngest|oldest|kids|enfants|girls|boys|filles|gars)\b|"
    r",\s*(?:the|les)\s+(?:twins|jumeaux|jumelles|triplets|triplés)\b|"
    r"\s*\(\s*(?:the|les)\s+(?:two|deux|2)\s+(?:chums|gars|friends|buddies|guys|girls|filles)\s*\)|"
    + _ALL_DID
    + "|"
    + _BOTH_DID
    + "|"
    + _ARE_SIBLINGS.pattern,
    re.I,
)


def _member(t: Tok) -> bool:
    if t.possessive or t.text.isupper() or t.lower in STOPWORDS:
        return False
    if t.protected and not (t.listed_word and t.given):
        return False  # a place or an agency, not "Dakota" or "Amber" the given names
    if not t.cap:
        return (t.given or t.unknown) and not t.common and t.text.isalpha()  # "dakota + kyra"
    return t.unknown or t.given or (t.surname and not t.common) or _nickname(t)


def _nickname(t: Tok, lower: bool = False) -> bool:
    """ "Tiny and Bunny are brothers": an everyday word, a person only if what follows says
    they are siblings; in chat typed in lower case, "squirt and chubs are the two…"."""
    return (
        (t.cap or (lower and t.text.isalpha() and len(t.lower) >= 3 and not t.protected))
        and t.common
        and t.lower not in STOPWORDS
        and (not (t.name or t.unknown) or not t.cap)  # "moose and peanut are brothers"
        and (t.lower not in INSTITUTION or (t.given and not t.cap))  # "sage and river are…"
        and t.lower not in ROLES
        and t.lower not in KIN
    )


def _linked(text: str, toks: Sequence[Tok], a: int) -> int:
    """Index of the conjunct after ``toks[a]`` ("X, Y", "X / Y", "X & Y", "X pis Y"), or -1."""
    if a + 1 < len(toks) and text[toks[a].end : toks[a + 1].start].strip() in (",", "/", "&", "+"):
        return a + 1
    if a + 2 < len(toks) and _joined(text, toks, a, a + 2):
        return a + 2
    return -1


def _chain(text: str, toks: Sequence[Tok], i: int, member: Callable[[Tok], bool]) -> list[int]:
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


def plural_subjects(text: str, toks: Sequence[Tok]) -> list[int]:
    """Words named together and then spoken of as two or more people: "Iqaluk, Qaunaq and
    one other youth were turned away", "Pelletier pis Migwans, les deux adultes"."""
    out: list[int] = []
    chat = typed_in_lower_case(text)  # "sugar and boots are the same two from before"

    def member(t: Tok) -> bool:
        return _member(t) or (chat and _nickname(t, lower=True))

    i = 0
    while i < len(toks):
        chain = _chain(text, toks, i, member)
        end = toks[chain[-1]].end
        if (
            len(chain) >= 2
            and chat
            and (
                (
                    _PEOPLE_DID.match(text, end)
                    and all(_member(toks[k]) or nickname_word(toks[k].lower) for k in chain)
                )
                # "chase and mason both at the skate park again": given names, both somewhere
                or (
                    all(toks[k].given and not toks[k].protected for k in chain)
                    and re.match(_BOTH_DID, text[end:], re.I) is not None
                )
            )
        ):
            out.extend(chain)  # "tiny n ghost safe at kokums", "wolfie n chub broke the window"
        elif (
            len(chain) >= 2
            and member(toks[i])
            and _PLURAL_AFTER.match(text, toks[chain[-1]].end)
            # not "Mark, Will and Grace are…"; "Amber/Crystal (twins, 14)" says who they are
            and (
                _ARE_SIBLINGS.match(text, toks[chain[-1]].end)
                or (
                    len(chain) == 2
                    and toks[chain[0] + 1].lower in CONJUNCTIONS
                    and _WITH_KIN.match(text, toks[chain[-1]].end)
                )
                or _TWINS_ASIDE.match(text, toks[chain[-1]].end)  # "Faith & Justice (twins, 13)"
                or (
                    not any(_nickname(toks[k], lower=chat) for k in chain)
                    and (
                        any(not toks[k].common for k in chain)
                        or _SIBLINGS_AFTER.match(text, toks[chain[-1]].end)
                    )
                )
            )
        ):
            out.extend(chain)
        i = chain[-1] + 1
    return out + [k for k in _said_together(text, toks) if k not in out]


def _said_together(text: str, toks: Sequence[Tok]) -> list[int]:
    """Surnames that are everyday words, joined and then said to be kin or to have done
    something together: "Bear and Crow are the two youth from the reserve"."""

    def word_name(t: Tok) -> bool:
        return (
            t.cap
            and not t.text.isupper()
            and not t.protected
            and not t.possessive
            and all(t.lower not in s for s in (STOPWORDS, INSTITUTION, KIN, ROLES, CALENDAR))
        )

    out: list[int] = []
    for i, t in enumerate(toks):
        if not word_name(t) or (out and i <= out[-1]):
            continue
        chain = _chain(text, toks, i, word_name)
        end = toks[chain[-1]].end
        named = any(toks[k].surname or toks[k].given for k in chain)
        said = _ARE_SIBLINGS.match(text, end) or re.match(_ALL_DID, text[end:], re.I)
        listed = _KIN_LISTED.search(text, 0, toks[i].start)  # "kids are Legend and Royalty"
        if len(chain) >= 2 and ((named and said) or listed or _COUNTED_PEOPLE.match(text, end)):
            out.extend(chain)
    return out


# A family's members listed after the word for them: "Les enfants, Soleil, Lune et Étoile,"
_KIN_LISTED = re.compile(
    r"\b(?:(?:the\s+)?kids|the\s+children|(?:her|his|their)\s+(?:kids|children)|les\s+enfants|"
    r"ses\s+enfants|leurs\s+enfants)\s*(?:,|:|are|were|sont|=)?\s*$",
    re.IGNORECASE,
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

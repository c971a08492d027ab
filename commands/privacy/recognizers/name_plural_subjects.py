"""Words named together and then spoken of as people: "Iqaluk, Qaunaq and one other youth
were turned away", "Tiny and Bunny are brothers", "Pelletier pis Migwans, les deux adultes".

What follows a coordination ("are the two girls", "(twins, 13)", "both at the Lighthouse")
says its members are people even when each word alone is an everyday word."""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS
from commands.privacy.recognizers.cues import CALENDAR, CONJUNCTIONS, INSTITUTION, KIN, ROLES
from commands.privacy.recognizers.name_chat import typed_in_lower_case
from commands.privacy.recognizers.name_coordination import conjunct_chain
from commands.privacy.recognizers.name_nicknames import nickname_word
from commands.privacy.recognizers.name_tokens import Tok

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


def plural_subjects(text: str, toks: Sequence[Tok]) -> list[int]:
    """Words named together and then spoken of as two or more people: "Iqaluk, Qaunaq and
    one other youth were turned away", "Pelletier pis Migwans, les deux adultes"."""
    out: list[int] = []
    chat = typed_in_lower_case(text)  # "sugar and boots are the same two from before"

    def member(t: Tok) -> bool:
        return _member(t) or (chat and _nickname(t, lower=True))

    i = 0
    while i < len(toks):
        chain = conjunct_chain(text, toks, i, member)
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
        chain = conjunct_chain(text, toks, i, word_name)
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

"""Families named in the plural or in a list: "the Nguyens", "them mcleods", "Beaulieu,
Mercredi and Piche families", "Rivard, Bourassa, St-Onge : 3 familles". Split from
``name_family``, which asks these of every word before its own rules."""

from __future__ import annotations

import re

from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers.cues import CALENDAR_SURNAMES, KIN, PERSON_VERBS
from commands.privacy.recognizers.name_chat import typed_in_lower_case
from commands.privacy.recognizers.name_tokens import Tok
from commands.privacy.recognizers.name_wordforms import surname_by_ending


def listed_family(text: str, toks: list[Tok], i: int) -> bool:
    """A surname in a list the note says is of families: "Beaulieu, Mercredi and Piche
    families"; "Rivard, Bourassa, St-Onge : 3 familles du même bloc", a count after a colon."""
    t = toks[i]
    if (
        not t.cap
        or t.text.isupper()
        # not "Friday, Afghan and Kurdish families"
        or not (t.name or t.unknown or t.lower in CALENDAR_SURNAMES)
        or t.lower in STOPWORDS
        or t.lower in lexicon().given_places
    ):
        return False
    listed = _LISTED_FAMILIES.match(text, t.end)
    if listed is not None:
        # "Regina and Saskatoon families", "Raymond, Magrath and Stirling families": towns, if
        # any of the list is only a town
        return (not t.protected or t.listed_word) and not any(
            u.protected and (not u.listed_word or not u.name)
            for u in toks
            if t.end <= u.start < listed.end()
        )
    for m in _COUNTED_FAMILIES.finditer(text, max(0, t.start - 80), min(len(text), t.end + 80)):
        if m.start() <= t.start < m.end("list"):
            # "Laval, Longueuil : 3 familles": towns; a saint's name a family bears is a surname
            inside = [u for u in toks if m.start() <= u.start < m.end("list") and u.cap]
            return not any(u.protected and not u.surname for u in inside)
    return False


_WORD = r"(?-i:[A-ZÀ-Ý][\w'’-]+)"
_COUNTED_FAMILIES = re.compile(
    rf"(?<![\w'’-])(?P<list>{_WORD}(?:\s*,\s*{_WORD})*\s*(?:,|\s(?:and|et|&))\s*{_WORD})\s*:\s*"
    r"(?:(?:les|the|ces|these)\s+)?(?:\d{1,2}|two|three|four|five|deux|trois|quatre|cinq)\s+"
    r"(?:famil(?:ies|les)|households|m[ée]nages|foyers)\b",
    re.IGNORECASE,
)


_FAMILY_LIVES = re.compile(
    r"['’]?\s+(?:on\s+the\s+(?:reserve|rez)|out\s+(?:by|on)|(?:who|that)\s+live|live\s|lives\s"
    r"|next\s+door|down\s+the\s+road|in\s+town)"
)


_AT_THEIR_PLACE = re.compile(r"['’]?\s*(?:[,.;)]|$|(?:place|house|again|last|on|in)\b)")


def plural_family(text: str, toks: list[Tok], i: int) -> bool:
    t = toks[i]
    if i == 0 or toks[i - 1].lower not in ("the", "les", "them") or not t.lower.endswith("s"):
        return False  # "them mcleods": chat's "those"
    lex = lexicon()
    stems = [t.lower[:-1]] + ([t.lower[:-2]] if t.lower.endswith(("zes", "ses", "xes")) else [])
    if t.protected or len(t.lower) < 5:
        return False
    if t.common:
        # "says the Fontaines owe $3,900": English puts "the" before a family, capitalised
        after = toks[i + 1].lower if i + 1 < len(toks) else ""
        return (
            t.cap
            and not t.sentence_start
            and toks[i - 1].lower == "the"
            # a surname that is no English word: "the Fontaines", not "the Elders will"
            and any(x in lex.surnames and x not in lex.english for x in stems)
            and (after in PERSON_VERBS or after in _FAMILIES_DO)  # not "the Kings game"
        )
    if any(x in lex.surnames for x in stems[1:]) or (
        t.cap and (surname_by_ending(stems[0]) or stems[0].endswith(("ski", "sky")))
    ):
        return True  # "the Lopezes", "the Kowalskis got their hearing notice"
    stem = stems[0]
    after = toks[i + 1].lower if i + 1 < len(toks) else ""
    if t.cap and not t.sentence_start and stem in lex.surnames and after in _FAMILIES_DO:
        return True  # "feuding with the Mercredis again": a surname that is also a word
    if lex.is_common(stem) or stem in KIN:  # "r the aunties"
        return False
    if t.cap:
        # "the Nguyens"; "family is the Beaucages on the reserve road": a name no list holds,
        # said to live somewhere
        return (
            stem in lex.surnames
            or (
                not lex.is_name(stem)
                and stem not in lex.never_single
                and (
                    _FAMILY_LIVES.match(text, t.end) is not None
                    # "the family from OCH is the Manniapiks, mom Susie"
                    or re.match(r",\s+(?:mom|dad|mother|father)\b", text[t.end :]) is not None
                    # "the Diabos are on the waitlist", not "the Conexus were"
                    or (
                        i + 1 < len(toks)
                        and toks[i + 1].lower in _FAMILIES_DO
                        and not t.lower.endswith(("us", "ss", "is"))
                    )
                    # "the party at the Zorquaks": a family's house, by the family's name
                    or (
                        i >= 2
                        and toks[i - 2].lower in ("at", "chez")
                        and _AT_THEIR_PLACE.match(text, t.end) is not None
                    )
                )
            )
        )
    if not t.text.isalpha() or (stem in lex.never_single and toks[i - 1].lower != "them"):
        return False  # "them sutherlands from southend": no town is said in the plural
    # in chat typed all in lower case, a surname, or after "the" a longer word no list holds
    # ("the koostachins"; not "les ambulanciers", "the appts")
    if not typed_in_lower_case(text):
        return False
    return stem in lex.surnames or (
        toks[i - 1].lower in ("the", "them") and len(stem) >= 5 and not lex.is_name(stem)
    )


def families_possessive(text: str, toks: list[Tok], i: int) -> bool:
    """A family's in the plural, with no "the": "Bjarnasons' hired man called it in"; not
    "Parents' night", "Farmers' market", whose words are English."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if (
        nxt is None
        or not t.cap
        or t.protected
        or not t.lower.endswith("s")
        or len(t.lower) < 5
        or text[t.end : t.end + 2] not in ("' ", "’ ")
        or nxt.start != t.end + 2
        or not nxt.text.islower()
    ):
        return False
    lex = lexicon()
    stems = [t.lower[:-1]] + ([t.lower[:-2]] if t.lower.endswith("es") else [])
    return any(
        not lex.is_common(x)
        and x not in lex.never_single
        and (x in lex.surnames or surname_by_ending(x))
        for x in stems
    )


# The rest of a list of families: ", Mercredi and Piche families", " et Piche familles"
_LISTED_FAMILIES = re.compile(
    r"(?:\s*,\s*(?-i:[A-ZÀ-Ý][\w'’-]+))*\s*,?\s+(?:and|et|&)\s+(?-i:[A-ZÀ-Ý][\w'’-]+)\s+"
    r"famil(?:ies|les)\b"
)
_FAMILIES_DO = words("owe owed are were r have got moved live lived again")

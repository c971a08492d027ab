"""Full names read from their shape where the lists alone cannot decide.

"Sipi Flamand, 45 ans", "Hunter Sutherland (2008-11-02)" and "Will will call you back":
an age or a birth date after two capitalised words, or a verb after "Will", show a person
even when the lists read the words as a place, an everyday word or a modal verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers.cues import (
    INSTITUTION,
    KIN,
    PERSON_VERBS,
    PREFIX_PLACES,
    SUBJECT_VERBS,
    TESTAMENT,
)
from commands.privacy.recognizers.name_chat import said_of_a_thing
from commands.privacy.recognizers.name_forms import (
    age_follows,
    birth_date_follows,
    born_after,
    chinese_name,
)
from commands.privacy.recognizers.name_spans import gap_ok
from commands.privacy.recognizers.name_tokens import Tok
from commands.privacy.recognizers.name_wordforms import northern_form
from commands.privacy.recognizers.naming_phrases import NICK_PREFIXES
from commands.privacy.recognizers.number_cues import PHONE_GROUPS


def full_name_by_shape(text: str, toks: Sequence[Tok], i: int) -> int:
    """The end (token index) of a name starting at ``i`` read from its shape, or 0."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None:
        return 0
    if (
        t.lower in NICK_PREFIXES
        and t.lower not in ("little", "petit", "petite")  # not "a little t of sugar"
        and len(nxt.text) == 1
        and nxt.lower not in ("a", "i", "y", "à")  # "le p'tit à Bisson": whose child
        and nxt.text.isalpha()
        and text[t.end : nxt.start] == " "
        and not text[nxt.end : nxt.end + 1].isalnum()
        and text[nxt.end : nxt.end + 1] not in ("'", "’", ".")
    ):
        return i + 2  # "took off with lil t again", "Big J was there"
    if t.text[:1].islower() and _lower_full_name(text, toks, i):
        return i + 2
    if (
        t.unknown
        and (nxt.unknown or (nxt.surname and not nxt.common))  # "ahsennaienton jacobs 16 y/o"
        and t.text.isalpha()
        and nxt.text.isalpha()
        and t.text.islower()
        and nxt.text.islower()
        and min(len(t.text), len(nxt.text)) >= 4
        and text[t.end : nxt.start] == " "
        and age_follows(text, nxt.end)
    ):
        return i + 2  # "ottawa: client jaaji akavak, 23, from Pang": two words no list holds
    if (
        t.text == "will"
        and t.sentence_start
        and nxt.lower in _WILL_SAID
        and not said_of_a_thing(text, t.end)  # "will is the issue not capacity"
    ):
        return i + 1  # "will is the older brother, not the dad": never the modal verb
    if not t.cap:
        return 0
    if (t.unknown or t.strong) and t.sentence_start and _FROM_A_PLACE.match(text, t.end):
        return i + 1  # "Kanatiio, de Kahnawake, fréquente le centre de jour"

    # "Will will call you back", "Will said he'd come": the name, not the modal verb
    if (
        t.text == "Will"
        and nxt.lower in _WILL_ACTS
        and text[t.end : nxt.start] == " "
        and not (i + 2 < len(toks) and toks[i + 2].lower in _ASKED)
        and not (i + 2 < len(toks) and toks[i + 2].lower in TESTAMENT)  # "Will was signed"
        and not said_of_a_thing(text, t.end)
    ):
        return i + 1
    # "tanner k is back in Regina": a given name and the initial of the surname
    if (
        t.given
        and not t.protected
        and len(nxt.text) == 1
        and nxt.lower not in "aiyàoé"
        and text[t.end : nxt.start] == " "
        and i + 2 < len(toks)
        and toks[i + 2].lower in PERSON_VERBS
        and text[nxt.end : toks[i + 2].start] in (" ", ". ")
    ):
        return i + 2
    if (
        t.cap
        and t.given
        and not t.protected
        and len(nxt.text) == 1
        and nxt.text.isupper()
        and nxt.text not in "AI"
        and text[t.end : nxt.start] == " "
        and re.match(r"\.(?:[\s,;)]|$)", text[nxt.end : nxt.end + 2])
        # not "Delores D. Echum school rep": a school named after someone, initial and all
        and not (i + 3 < len(toks) and toks[i + 2].cap and toks[i + 3].lower in INSTITUTION)
    ):
        return i + 2  # "Minutes taken by Heather M. for the school board"
    if not nxt.cap or nxt.text.isupper() or not gap_ok(text, t, nxt):
        return 0
    if t.text[1:].islower() and nxt.text[1:].islower() and chinese_name(t.lower, nxt.lower):
        return i + 2  # "Li Na and Chen Jie are the grandparents"
    if any(w.lower in KIN or w.lower in STOPWORDS or w.lower in INSTITUTION for w in (t, nxt)):
        return 0
    # "Sipi Flamand, 45 ans,": two capitalised words and an age make a full name
    named = t.unknown or (t.given and not t.protected) or (t.strong and northern_form(t.text))
    # "Constant Saint-Fleur, 19 ans": after a given name a saint's name is a surname
    saint = t.given and nxt.lower.startswith(PREFIX_PLACES) and not nxt.listed_word
    # "Chayton Keewatin, 17 y/o": a word no list holds, then a surname some place shares
    placed = t.unknown and nxt.surname and not nxt.common
    # "Roger Maisonneuve, 74 ans": after a given name, a place the lists hold as a lone word
    placed = placed or (
        t.given
        and not t.protected
        and nxt.listed_word
        and nxt.text[1:].islower()
        and text[nxt.end : nxt.end + 1] == ","  # not "via North Star Mar 13"
    )
    aged = (
        age_follows(text, nxt.end)
        or born_after(text, nxt.end)
        # "Wanbli Sunkawakan 306 555 0169 needs a ride": two words no list holds, a phone
        or (t.unknown and nxt.unknown and _PHONE_AFTER.match(text, nxt.end) is not None)
    )
    if named and (not nxt.protected or saint or placed) and aged:
        return i + 2  # "Kanerahtiio Deer, né le 9 août 2008": a birth date said after
    # "Tanner Many Grey Horses, 19,", "Shelly Big Eagle, 40": a given name, then a surname of
    # two or three capitalised words, then an age
    if named and not t.text.isupper():
        for j in range(i + 2, min(i + 4, len(toks) - 1)):
            more = toks[j]
            if not (more.cap and gap_ok(text, toks[j - 1], more)) or more.text.isupper():
                break
            if more.lower in STOPWORDS or more.lower in KIN or more.lower in INSTITUTION:
                break
            if age_follows(text, more.end):
                return j + 1
    # "Hunter Sutherland (2008-11-02)": two capitalised words and a date of birth, even if
    # the lists read them as a word and a neighbourhood
    if not t.text.isupper() and birth_date_follows(text, nxt.end):
        return i + 2
    return 0


_WILL_ACTS = words(
    """
    will would can could should has had is was said says called came left missed wants
    needs didn't doesn't isn't wasn't won't can't texted told
    """
)
_WILL_SAID = words("is was has had said says")
_ASKED = words("you we i they he she it there anyone someone")  # "Will you call her?"


def vietnamese_name(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "Nguyen Van Duc", "Tran Thi Mai": a surname, the Vietnamese middle name, a given name."""
    t = toks[i]
    return (
        t.cap
        and t.surname
        and (not t.given or t.lower in _VIET_FAMILIES)  # not "Leonard Van Tighem School"
        and i + 2 < len(toks)
        and toks[i + 1].text in _VIET_MIDDLE
        and toks[i + 2].cap
        and gap_ok(text, t, toks[i + 1])
        and gap_ok(text, toks[i + 1], toks[i + 2])
    )


_VIET_MIDDLE = frozenset(("Van", "Văn", "Thi", "Thị"))
# Vietnam's common family names, some of which the lists also hold as given names
_VIET_FAMILIES = words(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly lam mai trinh"
)


def _lower_full_name(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "dawn bird missed 3 check ins", "the guy there, tony fox, is on probation": a listed
    given name and a listed surname typed in lower case, however everyday the words, where
    a verb said of a person follows or an aside names someone."""
    t, nxt = toks[i], toks[i + 1]
    if not (t.given and (nxt.surname or nxt.unknown)) or text[t.end : nxt.start] != " ":
        return False
    if not nxt.text.islower():
        return False
    if any(w.protected or w.lower in STOPWORDS or len(w.lower) < 3 for w in (t, nxt)):
        return False
    if any(w.lower in KIN or w.lower in INSTITUTION for w in (t, nxt)):
        return False
    if i > 0 and toks[i - 1].lower in ("the", "a", "an", "that", "this"):
        return False  # "the little guy came in w/ a black eye": English puts no article before
    if nxt.lower in ("parent", "parents", "family", "home", "care") or nxt.lower in _FOLK:
        return False  # "the twins' foster parent asked": a role, not Foster Parent; "young guy"
    if t.lower in PERSON_VERBS:
        return False  # "mom said storm came through": the verb, not the name Said
    after = toks[i + 2].lower if i + 2 < len(toks) else ""
    if _AND_KIN.match(text, nxt.end):
        return True  # "destiny borden and her cousin keisha left Auburn Drive High"
    if not nxt.surname:  # "chase barnaby missed 3 check-ins": a word no list holds will do
        return nxt.text.isalpha() and len(nxt.lower) >= 4 and after in _SAID_OF_A_PERSON
    if after in SUBJECT_VERBS or after in _SAID_OF_A_PERSON:
        return True
    before = text[max(0, t.start - 2) : t.start]
    return (
        before == ", "
        and text[nxt.end : nxt.end + 1] == ","
        and i > 0
        and (toks[i - 1].lower in _PERSON_WORDS)
    )


_FOLK = words("guy guys man men girl girls lady woman boy boys kid dude fella gal")
_AND_KIN = re.compile(
    r"\s+(?:and|&|\+|w/?|with|et|avec)\s+(?:his|her|their|sa|son|ses)\s+(?:"
    + "|".join(sorted(k for k in KIN if k.isalpha()))
    + r")\b",
    re.IGNORECASE,
)
_PHONE_AFTER = re.compile(r",?\s+\+?" + PHONE_GROUPS + r"\b")
_FROM_A_PLACE = re.compile(r",\s+(?:de|d['’]|from|of)\s*[A-ZÀ-Ý][\w'’-]+,")
_SAID_OF_A_PERSON = words("missed asked wants needs got left says said texted called")
_PERSON_WORDS = words("guy girl man woman dude lady boy kid there bf gf partner")


def lone_reply(text: str, toks: Sequence[Tok]) -> bool:
    """A reply that is nothing but a listed name: "Tremblay.", "Dakota Bear?" (a town or an
    agency, which the lists shield, is no reply of this kind)."""
    if not 1 <= len(toks) <= 2 or text.strip(" \t\n.!?…") != text[toks[0].start : toks[-1].end]:
        return False
    return all(
        t.cap
        and (t.given or t.surname)
        and not t.protected
        and t.lower not in STOPWORDS
        and t.lower not in _WILL_ACTS  # "Will." is an answer, not a name
        and t.lower not in _REPLIES
        and not t.text.isupper()
        for t in toks
    )


_REPLIES = words(
    """
    bien bon bonne beau belle super correct exact génial genial cool great good fine nice
    yes yep nope oui non right sure true vrai parfait merci thanks noted done ok okay
    """
)

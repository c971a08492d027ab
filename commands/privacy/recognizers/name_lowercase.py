"""Given names typed in lower case, even everyday words ("rose", "faith", "hunter"), read as
names only where nothing but a person fits: kin owned ("joy's cousin"), "herself", a
person's verb in chat, "spoke to faith", "c'est amadou qui", an age in brackets; and the
surname typed in lower case after one ("josee daigneault", "cody bird, 17")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers.cues import (
    CALENDAR,
    COMPASS,
    CONJUNCTIONS,
    DETERMINERS,
    FAMILY,
    INSTITUTION,
    KIN,
    KIN_SIZES,
    PERSON_VERBS,
    RELATIVES,
    SUBJECT_VERBS,
    TOLD,
    TOLD_WHAT,
)
from commands.privacy.recognizers.name_chat import (
    chat_word,
    contracted,
    said_of_a_thing,
    typed_in_lower_case,
    weather,
)
from commands.privacy.recognizers.name_chat_replies import greeted, replied_name
from commands.privacy.recognizers.name_compounds import LINKING, SAID, noun_before
from commands.privacy.recognizers.name_forms import age_said
from commands.privacy.recognizers.name_predicates import TALK, only_a_person_did, predicate
from commands.privacy.recognizers.name_roles import spaced
from commands.privacy.recognizers.name_spans import FRENCH_CALENDAR, gap_ok
from commands.privacy.recognizers.name_tokens import Tok


def _said_as_a_noun(toks: Sequence[Tok], i: int) -> bool:
    """The note also says ``toks[i]`` after an article or a possessive: an everyday noun."""
    return any(
        k > 0
        and k != i
        and toks[k].lower == toks[i].lower
        and (toks[k - 1].lower in DETERMINERS or toks[k - 1].lower in PRONOUNS)
        for k in range(len(toks))
    )


def lower_case_person(text: str, toks: Sequence[Tok], i: int) -> bool:
    """A given name typed in lower case, even an everyday word, where only a person fits:
    "kokum's, rose said she can keep him", "the kids are dakota (12) and river (9)"."""
    t = toks[i]
    if not t.given or len(t.lower) < 3 or (t.protected and not t.listed_word):
        return False
    if contracted(t.lower):
        return False  # "theres a unit opening up": chat's "there's"
    if t.common and _said_as_a_noun(toks, i):
        return False  # "disclosed to her bishop…; bishop brought it fwd": the role, again
    if greeted(text, toks, i):
        return True  # '"hey harmony u have the look"'
    if typed_in_lower_case(text) and replied_name(text, toks, i):
        return True  # "yes thats her, hope", "call patience back": a reply's frame names them
    if t.lower in CALENDAR and only_a_person_did(text, t.end) and not t.possessive:
        return True  # "jun says she went to her tita's": no month says anything
    if t.listed_word and len(t.lower) <= 3:
        return False  # "patience ppl, cas needs 48h": an agency, typed in lower case
    if t.common and said_of_a_thing(text, t.end):
        return False  # "will is the issue not capacity", "hope is the goal"
    if t.lower in COMPASS:
        return False  # "Clinic up north says mom left"
    if only_a_person_did(text, t.end) and not t.possessive and not noun_before(text, toks, i):
        return True  # "may said she'd come to the clinic tmrw"
    if t.lower in _PERSON_NOUNS or (i > 0 and toks[i - 1].lower in ("o", "yo", "old", "ans")):
        return False  # "45 y/o male threatened": what the person is, not who
    if i >= 2 and toks[i - 1].lower == "on" and toks[i - 2].lower in _CHECK:
        return not t.possessive and not t.common  # "check on dakota?", not "check on hope"
    if (
        i > 0
        and (toks[i - 1].lower in DETERMINERS or toks[i - 1].lower in PRONOUNS)
        # "it's crystal, she's", "that's aimé's older brother"
        and not (toks[i - 1].lower in ("it", "that") and toks[i - 1].possessive)
    ):
        return False  # "the grant said", "my will says"
    if (
        t.possessive
        and i + 2 < len(toks)
        and toks[i + 1].lower == "been"
        and toks[i + 2].lower in _BEEN_DOING
        and not weather(t.lower)
    ):
        return True  # "junior's been staying w/ the sinclairs in Air Ronge"
    if t.possessive and i + 1 < len(toks):
        owned = toks[i + 2] if toks[i + 1].lower in KIN_SIZES and i + 2 < len(toks) else toks[i + 1]
        if owned.lower in RELATIVES:
            return True  # "it's joy's cousin who's been selling", "river's mom called"
    if (
        i > 0
        and toks[i - 1].lower in ("is", "was")
        and _KIN_QUESTION.match(text, t.end)
        and not weather(t.lower)
    ):
        return True  # "wait is faith the mom or the aunt?"
    if age_said(text, t.end) and not weather(t.lower) and not chat_word(t.lower):
        return True  # "precious is 4, blessing is 7"
    if (
        _PRONOUN_AFTER.match(text, t.end)
        # not "not sure if it's true, she's been…"; "reach out to dawn - she's the grandma"
        and (not t.common or t.listed_word or _PRONOUN_KIN.match(text, t.end))
        and not weather(t.lower)
        and t.lower not in CALENDAR
    ):
        return not t.possessive  # "flagging it's crystal, she's lorne's daughter"
    if i + 1 < len(toks) and toks[i + 1].lower in _SELF and spaced(text, t, toks[i + 1]):
        return True  # "not joy herself"
    if i + 1 < len(toks) and toks[i + 1].lower in SUBJECT_VERBS and spaced(text, t, toks[i + 1]):
        if noun_before(text, toks, i) or _AMOUNT_BEFORE.search(text, 0, t.start):
            return False  # "the ag crisis line reported 14 calls", "$9k cash picked up": nouns
        if t.common and i > 0 and toks[i - 1].possessive and t.start - toks[i - 1].end <= 3:
            return False  # "dad's lawyer sent the parenting plan": whose, then a word
        return not t.text.endswith("s") and not weather(t.lower)  # not "news says", "storm came"
    if (
        i > 0
        and toks[i - 1].lower in SAID
        and i + 1 < len(toks)
        and toks[i + 1].lower in PERSON_VERBS
        and toks[i + 1].lower not in LINKING
        and not weather(t.lower)
        and not chat_word(t.lower)
    ):
        return True  # "the worker said precious left at 8", not "said hope is low"
    if (
        i > 0
        and toks[i - 1].lower in SAID
        and i + 2 < len(toks)
        and toks[i + 1].lower in _NEGATED
        and toks[i + 2].lower in _DONE_BY_PEOPLE
        and not weather(t.lower)
    ):
        return not t.possessive  # "nurse says raven hasn't picked up her meds"
    if (
        i > 0
        and toks[i - 1].lower in SAID
        and i + 3 < len(toks)
        and toks[i + 1].lower in _HAS_OR_IS
        and toks[i + 2].lower == "been"
        and toks[i + 3].lower in _BEEN_PERSON
        and not weather(t.lower)
    ):
        return not t.possessive  # "says willow hasn't been seen since sunday"
    if (
        i > 0
        and toks[i - 1].lower in _CLAUSE_OPENERS_FR
        and i + 1 < len(toks)
        and toks[i + 1].lower.replace("’", "'") in _PRONOUN_AUXILIARIES
        and not weather(t.lower)
    ):
        return True  # "depuis que max l'a laissée": a subject, then "l'a", "m'a", "s'est"
    if (
        i >= 2
        and toks[i - 1].lower == "by"
        and _DONE_BY.search(text, max(0, toks[i - 1].start - 40), toks[i - 1].start)
        and not weather(t.lower)
        and not t.possessive
        and _AFTER_DOER.match(text, t.end) is not None
    ):
        return True  # "she got taken to winnipeg by rocky": who did it
    if i >= 2 and toks[i - 1].lower == "to" and toks[i - 2].lower in _BELONGS and not t.possessive:
        return not weather(t.lower)  # "h# 103884520 belongs to rocky"
    if (
        i > 0
        and toks[i - 1].lower == "for"
        and _NUMBER_BEFORE.search(text, max(0, toks[i - 1].start - 20), toks[i - 1].start)
        and _AFTER_DOER.match(text, t.end) is not None
        and not t.possessive
    ):
        return not weather(t.lower)  # "sk health 845 201 776 for kenny, clinic needs it"
    if _SIGNED_OFF.search(text, 0, t.start) and not text[t.end :].strip(" .!") and t.given:
        return not weather(t.lower)  # "dob 2006/10/03 n sk hsn 823 556 194 — raven"
    if _BARE_AGE.match(text, t.end) and typed_in_lower_case(text) and not weather(t.lower):
        return not t.possessive  # "faith 14 is home w/ the little ones"
    if (
        i > 0
        and text[toks[i - 1].end : t.start] == ", "
        and i + 1 < len(toks)
        and toks[i + 1].lower in PERSON_VERBS
        and toks[i + 1].lower not in LINKING
        and spaced(text, t, toks[i + 1])
        and typed_in_lower_case(text)
        and not weather(t.lower)
        and not chat_word(t.lower)
        and not t.possessive
    ):
        return True  # "she keeps posting where she is, raven needs to know"
    if (
        i > 0
        and toks[i - 1].possessive
        and toks[i - 1].lower == "that"  # not "if it's true, she's been…"
        and _PRONOUN_AFTER.match(text, t.end)
        and not weather(t.lower)
        and not t.possessive
    ):
        return True  # "that's fleur, she's in my daughter's class"
    if (
        i > 0
        and toks[i - 1].lower in _MESSAGED
        and SAID_BACK.match(text, t.end)
        and not weather(t.lower)
        and not t.possessive
    ):
        return True  # "texted sam, he said the youth slept at shorty's again"
    if (
        i > 0
        and toks[i - 1].lower in SAID
        and _IS_SOMEWHERE.match(text, t.end)
        and t.lower not in _ABSTRACT  # "she said hope is at the core of it"
        and not weather(t.lower)
        and not t.possessive
    ):
        return True  # "says raven is at the friendship centre in Flin Flon"
    if _BETWEEN_DASHES.search(text, 0, t.start) and _DASH_AFTER.match(text, t.end):
        return not weather(t.lower) and not t.possessive  # "Janvier's girl again — destiny —"
    if (
        0 < i < len(toks) - 1
        and text[t.end :].strip() == toks[i + 1].text
        and text[toks[i - 1].end : t.start] == ", "
        and toks[i + 1].text.isalpha()
        and not (toks[i + 1].common and not toks[i + 1].name)  # not "écouté, belle rencontre"
        and typed_in_lower_case(text)
        and not weather(t.lower)
    ):
        return True  # "junior's gf is the one who called it in, destiny rae": ends the note
    opened = i > 0 and toks[i - 1].sentence_start and toks[i - 1].lower in _OPENERS
    if (
        (t.sentence_start or opened)  # "fyi chase is back in Kenora", "lol duke is at it again"
        and not weather(t.lower)
        and not chat_word(t.lower)  # not "vic has 2 safe contacts"
        and t.lower not in INSTITUTION  # not "branch keeps the originals"
        and (typed_in_lower_case(text) or opened)
        and i + 1 < len(toks)
        and spaced(text, t, toks[i + 1])
        and predicate(toks, i + 1)
    ):
        return True  # "noël a recommencé à consommer", "blanche a appelé le 911": chat
    if (
        i > 0
        and toks[i - 1].lower in _SAW
        and i + 1 < len(toks)
        and toks[i + 1].lower in ("at", "in", "downtown", "today", "yesterday", "last", "this")
    ):
        return not t.possessive  # "Saw lucky at Tim's on Memorial"
    if (
        i > 0
        and toks[i - 1].lower in TOLD
        and i + 1 < len(toks)
        and toks[i + 1].lower in TOLD_WHAT
        and spaced(text, t, toks[i + 1])  # not "if you ask early, they just need"
        and not weather(t.lower)
    ):
        return not t.possessive  # "dont tell chase where im staying ok"
    if i >= 2 and toks[i - 1].lower in _TO_WITH and toks[i - 2].lower in TALK:
        # "spoke to faith this am", "j'ai parlé à rosalie hier"; where capitals are kept, a
        # French word in lower case after "avec" is the word: "on termine avec espérance"
        return not t.possessive and not (
            t.common and toks[i - 1].lower == "avec" and not typed_in_lower_case(text)
        )
    if (
        i >= 1
        and i + 1 < len(toks)
        and (
            toks[i + 1].lower in ("qui", "who")
            or (  # "c'est aimé le grand-père, pas le père"
                toks[i + 1].lower in ("le", "la", "the")
                and i + 2 < len(toks)
                and toks[i + 2].lower in FAMILY
            )
        )
        and (
            (toks[i - 1].lower == "it" and toks[i - 1].possessive)
            or toks[i - 1].elided in ("c'", "c’")
            or toks[i - 1].lower == "cest"  # "cest pat qui a appelé"
        )
    ):
        return True  # "c'est amadou qui garde les enfants", "it's jordan who"
    if (
        i + 2 < len(toks)
        and toks[i + 1].lower in CONJUNCTIONS
        and toks[i + 2].given
        and not toks[i + 2].cap
        and _PARENTHESISED_AGE.match(text, toks[i + 2].end)
    ):
        return True  # "destiny and kaylee (both 14)"
    if text[t.start - 2 : t.start] == ", " and not t.common and _COMMA_AGE.match(text, t.end):
        return True  # "known pt, zoe, 19, third Form 1": a name set off, then an age
    if (
        t.common
        and i > 0
        and (
            toks[i - 1].lower in DETERMINERS
            or (i > 1 and toks[i - 2].lower in DETERMINERS and toks[i - 1].common)
        )
    ):
        return False  # "the single guy (59) on our list": a noun, then the person's age
    return _PARENTHESISED_AGE.match(text, t.end) is not None


_COMMA_AGE = re.compile(r",\s*\d{1,2}\s*(?:y/?o|yo|ans)?\s*,")


_KIN_QUESTION = re.compile(
    r"\s+the\s+(?:mom|dad|mother|father|aunt|auntie|uncle|cousin|sister|brother|grandma|"
    r"grandpa|kokum|bf|gf|boyfriend|girlfriend|partner|ex)\b"
)
_PRONOUN_KIN = re.compile(
    r"(?:,|\s[—–-])\s*(?:she|he)(?:['’]?s|\s+(?:is|was))\s+(?:the|her|his|their|my)\s+"
    r"(?:\w+\s+)?(?:mom|dad|mother|father|grandma|grandmother|grandpa|kokum|aunt|auntie|uncle|"
    r"sister|brother|cousin|daughter|son|bf|gf|boyfriend|girlfriend|partner|ex)\b"
)
_PRONOUN_AFTER = re.compile(r"(?:,|\s[—–-])\s*(?:she|he)(?:['’]?s\b|\s+(?:is|was)\b)")
_TO_WITH = words("to with à avec w/ w")
_CHECK = words("check checks checked checking")
_PERSON_NOUNS = words(
    "male female man woman boy girl youth adult senior teen kid child homme femme"
)
PRONOUNS = words("i you he she it we they his her its our their my your il elle on")
_PARENTHESISED_AGE = re.compile(
    r"\s\((?:age\s|both\s|the\s|le\s|la\s|les\s+deux\s|tous\s+les\s+deux\s)?\d{1,2}"
    r"(?:\s?(?:y/?o|yo|ans|yrs))?\)"  # "faith (the 6 y/o) had a bruise"
)
_SELF = words("herself himself themselves themself lui-même elle-même")
_OPENERS = words(
    "fyi lol re btw ok so also ps hey heads"
)  # not "Update: faith is our main concern"
_SAW = words("saw seen met texted phoned called")
_BEEN_DOING = words(
    "staying living sleeping using drinking skipping missing hanging selling couch texting"
)
# Done to someone by a person: "got taken to winnipeg by rocky", "was jumped by…"
_DONE_BY = re.compile(
    r"\b(?:got|was|were|been|being)\s+(?:taken|picked\s+up|driven|hit|beaten|assaulted|"
    r"threatened|recruited|jumped|attacked|stabbed|dropped\s+off|brought|kicked\s+out|"
    r"pimped|groomed)\b[^.!?,;]*$"
)
_AFTER_DOER = re.compile(
    r"\s*(?:[.,;!?)]|$|(?:at|in|on|last|yesterday|this|again|lol|and|n|who|from|to)\b)"
)
_IS_SOMEWHERE = re.compile(
    r"\s+(?:is|was)\s+(?:at\s+the|with\s+(?:her|his|the)|staying|back\s+(?:at|in|home))\b"
)
_ABSTRACT = words("hope faith grace joy love patience peace charity mercy justice trust will")
_BETWEEN_DASHES = re.compile(r"\s[—–]\s$")
_DASH_AFTER = re.compile(r"\s[—–]\s")
_MESSAGED = words("texted messaged phoned called asked told")
SAID_BACK = re.compile(r"\s*,\s*(?:he|she|they)\s+(?:said|says|told|texted|replied|thinks)\b")
_BELONGS = words("belongs belong belonged belonging")
_NUMBER_BEFORE = re.compile(r"\d{3,}\s*$")
_SIGNED_OFF = re.compile(r"\d[^\n]*\s[—–-]\s*$")  # after the numbers, " — raven" ends it
_AMOUNT_BEFORE = re.compile(r"\$\s?\d[\d,.]*k?\s$|\d[\d,.]*\s?(?:k|\$)\s$", re.IGNORECASE)
_BARE_AGE = re.compile(r"\s+\d{1,2}\s+(?:is|was|r|n|and|has|got|w|lives|left|ran)\b")
_CLAUSE_OPENERS_FR = words("que qu quand pis mais et parce")
_PRONOUN_AUXILIARIES = words("l'a m'a t'a l'avait m'avait s'est s'était l'ont lui a y a")
_NEGATED = words("hasn't hasnt didn't didnt won't wont doesn't doesnt hadn't")
_DONE_BY_PEOPLE = words(
    "picked shown showed come came called answered returned responded eaten slept left gone"
)
_HAS_OR_IS = words("has hasn't hasnt had hadn't is isn't was wasn't")
# Said only of a person: "summer has been crying", "willow hasn't been seen"
_BEEN_PERSON = _BEEN_DOING | words(
    """
    crying seen home heard eating attending yelling fighting hiding running away gone violent
    aggressive suicidal asking talking calling threatening
    """
)


def lower_case_surname(text: str, toks: list[Tok], i: int, french: bool) -> bool:
    """A given name typed in lower case, then its surname in lower case too: a word no list
    holds ("josee daigneault"), or a listed surname that is an everyday word when what
    follows leaves it no other use ("cody bird again", "cody bird, 17")."""
    t, nxt = toks[i], toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or not t.text[:1].islower() or not nxt.text.islower() or t.possessive:
        return False
    if not gap_ok(text, t, nxt) or chat_word(nxt.lower) or contracted(nxt.lower):
        return False
    after = toks[i + 2].lower if i + 2 < len(toks) else ""
    rest = text[nxt.end : nxt.end + 2].lstrip()
    ends = not after or rest[:1] in (",", ".", "(", ";") or after in _AFTER_A_FULL_NAME
    if nxt.unknown:
        return nxt.text.isalpha() and len(nxt.lower) >= 4 and nxt.lower not in STOPWORDS
    if nxt.lower in FRENCH_CALENDAR and not french:
        return not after  # "the guy in the red truck is brent mercredi": English puts no
        # French weekday after a name, so it is his surname
    parts = nxt.lower.split("-")
    if len(parts) == 2 and all(p.isalpha() and len(p) >= 3 for p in parts) and not nxt.protected:
        return not after or rest[:1] in (",", ".", "(", ";")  # "this is corey two-rivers, i'm…"
    if not nxt.surname or nxt.protected or nxt.lower in PERSON_VERBS or nxt.lower in KIN:
        return False
    return ends


# What chat types after a person's full name: "cody bird again lol", "cody bird n his cousin"
_AFTER_A_FULL_NAME = words("again lol n and w is was got has r dob ddn née nee born from")

"""How notes are typed, not what they say: chat written all in lower case ("hope missed
school again", "claire est pas venue"), possessives typed without the apostrophe ("thats
wades") and street names of drugs that look like people
("de la Tina", "doing Molly")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from commands.privacy.lexicon import STOPWORDS, Lexicon, lexicon, words
from commands.privacy.recognizers.cues import CALENDAR, COMPASS, INSTITUTION, KIN, ROLES, TITLES
from commands.privacy.recognizers.handle_colleagues import colleague

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok


def chat_in_lower_case(toks: Sequence[Tok]) -> bool:
    """No word capitalised but acronyms and dates: "pt ouellette (b. 14 Mar 2009) back in
    the ED" is still chat typed in lower case."""
    return not any(
        t.cap and not t.text.isupper() and (t.lower not in CALENDAR or t.sentence_start)
        for t in toks
    )


def read_lower_case_chat(toks: list[Tok], lex: Lexicon, text: str) -> None:
    """ "hope missed school again", "the nguyen family", "claire est pas venue": in chat typed
    all in lower case, a listed name reads as if capitalised when it is no everyday word, or
    when it opens the message (where the sentence rules still weigh what follows)."""
    _protect_streets(toks, text)
    for k, t in enumerate(toks):
        if k > 0 and toks[k - 1].sentence_start and toks[k - 1].lower in _CHAT_OPENERS:
            t.sentence_start = True  # "fyi hope missed school", "ok claire est pas venue"
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.lower == "ty" and (_THANKS.match(text, t.end) or (nxt and nxt.given and k == 0)):
            continue  # "ty, got it", "ok ty", "ty colleen": thank you
        if t.lower in _SHORT_NAMES and not t.protected:
            t.cap = t.name = t.given = True  # "tj and robbie tagged the school"
            t.common = False
            continue
        if t.protected or len(t.lower) < 3 or t.lower in STOPWORDS or t.lower in KIN:
            continue
        if (
            nxt is not None
            and nxt.lower in _FACILITIES
            and not t.possessive
            and text[t.end : nxt.start] == " "  # not "for kenny, clinic needs it"
        ):
            t.protected = True  # "back home from vic hospital": a place, in lower case
            continue
        if t.lower in TITLES or t.lower in ROLES or t.lower in _CHAT_WORDS:
            t.common = True
            continue
        if t.common and t.lower in INSTITUTION and not (nxt and nxt.lower in ("and", "et", "&")):
            continue  # "branch keeps the originals", not "brook and her baby": a bank's branch
        first = t.lower.split("-")[0]
        if "-" in t.lower and first in lex.given and first not in COMBINING:
            t.name = t.given = True  # "marie-soleil", "jean-guy"
        if after_auxiliary(toks, k):
            continue  # "il a brandi un couteau": a participle
        if (t.given or t.surname) and (
            not t.common or (t.given and t.sentence_start and not weather(t.lower))
        ):
            t.cap = True  # not "storm came thru overnight", "river's rising"
    _opening_full_name(toks, text)


def _opening_full_name(toks: list[Tok], text: str) -> None:
    """ "talon kayseas 17 was at the detachment", "destiny friday 14 ran": chat opening on a
    given name, one more word and an age before a verb names a person, whatever the second
    word would be alone."""
    for k, t in enumerate(toks[:-1]):
        nxt = toks[k + 1]
        if not (t.sentence_start and t.given and not t.protected) or t.possessive:
            continue
        if nxt.lower in STOPWORDS or nxt.lower in KIN or nxt.possessive or len(nxt.lower) < 3:
            continue
        if nxt.lower in _WHAT_A_PERSON_IS or t.lower in _WHAT_A_PERSON_IS:
            continue  # "young man 19, released from custody"
        if text[t.end : nxt.start] != " " or not _AGE_THEN_VERB.match(text, nxt.end):
            continue
        t.cap = nxt.cap = t.name = t.given = nxt.name = nxt.surname = True
        t.common = nxt.common = nxt.protected = nxt.listed_word = False


_WHAT_A_PERSON_IS = words(
    "young old man woman guy girl boy male female lady kid youth dude child baby teen adult"
)
_AGE_THEN_VERB = re.compile(
    r"\s+\d{1,2}\s*(?:,|\s(?:is|was|ran|went|has|had|got|lives|left|and|w|took|came|"
    r"told|says|said|missed|a|est|s'est|vit|habite)\b)"
)


def protect_mentions(toks: list[Tok], text: str) -> None:
    """ "@Dana can CMHA take lead?", "thx @Raj": a colleague the message is addressed to by
    first name (a full name, "@Sarah Whitford", is still read as one)."""
    for k, t in enumerate(toks):
        if t.start == 0 or text[t.start - 1] != "@":
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.cap and text[t.end : nxt.start] == " ":
            continue
        body = re.match(r"[\w.-]*", text[t.start :])
        mention = body.group(0).rstrip(".-") if body is not None else ""
        if mention and colleague(text, t.start - 1, mention):
            for part in toks[k:]:  # "@sgt.bryce": every word of the account
                if part.start >= t.start + len(mention):
                    break
                part.protected = True


def weather(lower: str) -> bool:
    """Weather, seasons and the land, which open chat as often as any name does."""
    return lower in _WEATHER


_WEATHER = words("storm rain snow wind sky river sun winter spring fall chinook blizzard")


def typed_in_lower_case(text: str) -> bool:
    """No sentence of the note opens with a capital, and at most one word mid-sentence is
    capitalised (a surname the writer took care over, "the Fiddler place"): chat."""
    if _SENTENCE_CAPITAL.search(text):
        return False
    return len(_TITLE_CASE.findall(text)) <= 1


# a capital chat keeps out of habit is no care taken: "on Hwy 3 near the Edzo turnoff"
_TITLE_CASE = re.compile(r"\b(?!Hwy\b)[A-ZÀ-Ý][a-zà-ÿ]")
_SENTENCE_CAPITAL = re.compile(r"(?:^|[.!?:]\s+|\n)[\"'“(]?[A-ZÀ-Ý][a-zà-ÿ]")


def short_name(lower: str) -> bool:
    """Two letters chat types as a name: "tj", "jp", "jo"."""
    return lower in _SHORT_NAMES


def contracted(lower: str) -> bool:
    """A contraction typed without its apostrophe ("theres", "lecole"), never a name."""
    return lower in _CONTRACTED


def chat_word(lower: str) -> bool:
    """A word chat types in lower case that a list also holds as a name ("guy", "dev")."""
    return lower in _CHAT_WORDS or lower in _CHAT_OPENERS


# Two-letter names chat writes in lower case: initials said as a name, short forms
_SHORT_NAMES = words("tj jp aj cj jj rj bo jo ty dj mj kj")


def _protect_streets(toks: list[Tok], text: str) -> None:
    """ "on paris st", "the tims on jordan rd", "mackenzie king bridge", "king st e and james":
    in lower case, the words before a street's type or a landmark name the street, as does
    the other street of a corner; the word after "centre", "école", "parc" names the place."""
    named: set[int] = set()
    for k in range(len(toks) - 2, -1, -1):
        t, nxt = toks[k], toks[k + 1]
        after = toks[k + 2].lower if k + 2 < len(toks) else ""
        if t.possessive or text[t.end : nxt.start] != " " or t.lower in STOPWORDS:
            continue
        street = nxt.lower in _STREETS_AND_LANDMARKS and not (
            nxt.lower == "st" and after in _SAINT_NAMES
        )
        if street or (k + 1 in named and k + 2 not in named and (nxt.given or nxt.surname)):
            t.protected = True
            named.add(k)
    for k in range(1, len(toks)):
        if toks[k - 1].lower in _PLACE_HEADS and text[toks[k - 1].end : toks[k].start] == " ":
            toks[k].protected = True  # "le centre claude-robillard offre des places"
    for k in range(2, len(toks)):
        corner = toks[k - 1].lower in ("and", "&", "et", "at", "@")
        before = toks[k - 2].lower
        if corner and (
            before in _STREETS_AND_LANDMARKS
            or (before in _COMPASS and k > 2 and toks[k - 3].lower in _STREETS_AND_LANDMARKS)
        ):
            toks[k].protected = True  # "king st e and james": the corner's other street


# Not "drive", "way", "court": chat uses them as everyday words ("can jordan drive")
_STREETS_AND_LANDMARKS = words(
    "st ave rd blvd cres street road avenue boulevard trail park bridge high secondary elementary"
    " church parish library station stn hwy highway"
)
_PLACE_HEADS = words(
    "centre école ecole parc aréna arena pavillon polyvalente hôpital hopital église eglise"
    " paroisse cégep cegep collège programme"
)
_SAINT_NAMES = words("pierre jean jacques louis paul marie anne joseph germain laurent denis")
_COMPASS = COMPASS | words("e w n s ne nw se sw")
_FACILITIES = words("hospital hosp school centre center lodge shelter clinic arena mall")
_THANKS = re.compile(r"\s*(?:[,.!:)]|$|(?:for|so|again|all|both|guys|everyone)\b)")
AUXILIARIES = words("a ont avait avaient ai as avons avez est sont été")
_CHAT_OPENERS = words(
    "fyi ok okay btw so also update ps pls please and but then ah oh bon ben pis lol wait sorry"
)
# Typed without the apostrophe: "jai", "jaime", "theres", "sem" (semaine)
# Contractions chat types without the apostrophe: "theres", "hasnt", "jsuis", "lecole"
_CONTRACTED = words(
    """
    jai jaime jsuis cest sest jvais jsais jpense theres thats whats hes shes im ive ill youre
    theyre cant wont dont didnt doesnt isnt wasnt hasnt havent hadnt wouldnt couldnt shouldnt
    arent werent aint theyll youll itll whos wheres hows theyve weve youve lecole lequipe
    lhopital lautre lenfant lintervenante
    """
)
_CHAT_WORDS = _CONTRACTED | words(
    """
    chu ptit faque sem hr hrs tmrw nite guy dev imo imho idk tbh omg btw asap eta np tsé tsais
    pis ben genre kek kelk kelkun franco anglo booker sante addy
    mhm mhmm mmhm mmhmm hmm hmmm umm uhh ahh yup yea yeah ouais ouin ouep nah irl tho thru smh rn
    thx thnx tks tysm tyvm lmk ttyl brb doc mgmt vic vics cap lun ven
    """
)


_CONSUME = words(
    """
    prend prendre pris prenait consomme consommer consommait fume fumer fumait vend vendre
    vendait achète acheter sniffe injecte take takes taking took use using uses used smoke
    smoking smokes sell selling sells doing does buy buying bought high hooked addicted
    """
)
_CONSUME_DIRECT = words("doing using sniffing smoking selling consomme fume sniffe vend")
_PARTITIVE = words("de la du des some on")
_CHILDREN = words("petits petites p'tits ptits enfants kids children bébés babies jeunes")


def substance(toks: list[Tok], i: int) -> bool:
    """``toks[i]`` is what someone takes or sells: "de la Tina", "du Dilaudid", "on Molly"."""
    if i == 0 or toks[i].start - toks[i - 1].end > 1:
        return False  # "use that number from now on — Karen, CMHA": a sign-off
    prev = toks[i - 1].lower
    if prev in _CONSUME_DIRECT:
        return not toks[i].possessive  # not "stop using Kenny's name": a drug owns nothing
    if prev not in _PARTITIVE:
        return False
    for k in range(i - 2, max(-1, i - 11), -1):
        if toks[k].lower in _CONSUME:
            return True  # "prendre de la Tina et parfois de la Molly"
        if toks[k].lower in KIN or toks[k].lower in _CHILDREN:
            return False  # "ont pris les 2 petits de sylvie": whose children, not a drug
        if k == i - 3 and toks[k].lower in _OWNED and toks[k + 1].text.islower():
            return False  # "a pris le lunch de Thomas": a thing and its owner
        if toks[k].lower in _TAKEN_OVER:
            # "who's taking lead on Kowalchuk?", « prend la relève de Isabelle »: a person
            return False
        if toks[k].cap and toks[k - 1].lower not in _PARTITIVE:
            return False
    return False


_OWNED = words("le la les son sa ses mon ma mes leur leurs the his her their")
_TAKEN_OVER = words("lead point charge responsibility care relève place")
COMBINING = words("franco anglo afro euro indo sino italo judéo gréco latino arabo")


def after_auxiliary(toks: Sequence[Tok], i: int) -> bool:
    """``toks[i]`` follows an auxiliary ("il a brandi"), not an unaccented "à" after a
    participle ("parlé a mathis")."""
    if i > 0 and toks[i - 1].lower in ("se", "me", "te", "ne") and not toks[i].cap:
        return True  # "que le plan se mette en place": a verb after its pronoun
    if i == 0 or toks[i - 1].lower not in AUXILIARIES or toks[i - 1].elided[:1] == "c":
        return False  # "c'est sabrina" names her
    if toks[i - 1].lower == "as" and not (i >= 2 and toks[i - 2].lower == "tu"):
        return False  # "the same kid as william": English "as", not "tu as"
    return not (i >= 2 and toks[i - 1].lower == "a" and toks[i - 2].lower.endswith(_PARTICIPLE))


_PARTICIPLE = ("é", "ée", "és", "ées", "e", "i", "u", "it")


_SAID_OF_A_THING = re.compile(
    r"\s+(?:is|was)\s+(?:the|a|an|our|their|not\s+the)\s+(?:\w+\s+)?(?:issue|problem|question|"
    r"barrier|key|thing|concern|challenge|priority|goal|plan|point|answer|reason|worry|"
    r"hard\s+part|main\s+thing|bottleneck|gap)\b"
    # "fb: page is public", "account was deleted": what an online page or account is set to
    r"|\s+(?:is|was)\s+(?:now\s+|still\s+)?(?:public|private|deleted|deactivated|locked)\b"
    # "hope is she'll engage", "hope was that he'd stay": what is hoped, a clause after it
    r"|\s+(?:is|was)\s+(?:that\s+)?(?:he|she|they|we)(?:['’](?:ll|d|s|re))?\s"
)


def said_of_a_thing(text: str, pos: int) -> bool:
    """What follows says the word before it is a thing: "will is the issue", "hope is the goal"."""
    return _SAID_OF_A_THING.match(text, pos) is not None


_BILL_NUMBER = re.compile(r"\s+(?:[A-Z]-)?\d{1,3}\b")
_BILLS = words("bill bills grant cheque check penny cash")
_BILL_STATE = re.compile(
    r"\s+(?:is|was|came|went)\s+(?:way\s+|still\s+|now\s+|finally\s+)?(?:past\s+due|overdue|due|"
    r"paid|unpaid|behind|approved|denied|covered|through)\b"
)


def said_of_money(lower: str, text: str, pos: int) -> bool:
    """ "Bill is way past due", "the LEAP grant came through": a bill or a grant, not Bill;
    "Bill 7 came up", "Bill C-92": a bill before a legislature."""
    if lower == "bill" and _BILL_NUMBER.match(text, pos):
        return True
    return lower in _BILLS and _BILL_STATE.match(text, pos) is not None


def dropped_apostrophe(text: str, toks: Sequence[Tok], i: int) -> bool:
    """Chat drops the apostrophe of a possessive: "thats wades", "staying by wesleys",
    "kakepetums place": a name, then the "s" of whose it is."""
    t = toks[i]
    if not t.text.islower() or not t.text.isalpha() or len(t.lower) < 5 or t.possessive:
        return False
    if not t.lower.endswith("s") or t.protected or t.lower in STOPWORDS:
        return False
    lex = lexicon()
    stem = t.lower[:-1]
    if lex.is_common(t.lower) or lex.is_common(stem) or stem in KIN:  # not "at nohkoms"
        return False
    if not typed_in_lower_case(text):
        return False
    prev = toks[i - 1].lower if i > 0 else ""
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    whose = prev in ("thats", "that's", "by", "at") or nxt in _HOMES
    return whose and (lex.is_name(stem) or (nxt in _HOMES and len(stem) >= 5))


_HOMES = words("place house trailer camp spot cabin")

"""A relative named right after the kinship word: "her son Tyler" needs no help, but
"sa conjointe Grâce,", "sa tante Julienne Petiquay", "son neveu martin bouchard", "Mom
(Crystal) is…" and "kayden's mom deb says" name someone with a word the lists read as an
everyday word or do not hold in capitals. Who someone is, said beside the name, is read in
``name_kin_said``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers.cues import (
    CALENDAR,
    FAMILY,
    INSTITUTION,
    KIN,
    NATIONALITY_ENDINGS,
    PERSON_VERBS,
    SAYS,
    SUBJECT_VERBS,
)
from commands.privacy.recognizers.name_chat import short_name, typed_in_lower_case
from commands.privacy.recognizers.name_forms import age_follows, age_said
from commands.privacy.recognizers.name_spans import gap_ok
from commands.privacy.recognizers.name_tokens import Tok

_POSSESSIVE_DETS = words("sa son ses her his their my our leur notre mon ma")
# Someone who works with the person, named after "the … is": "the property mgr is Crystal"
_WORKERS = words("worker caseworker manager mgr super superintendent concierge teacher principal")
_WHOSE_WORKER = _POSSESSIVE_DETS | words("the property building school le la")
# Kin a place cannot have: not "Ottawa's sister city"
_PARENTS = words("mom dad mother father stepdad stepmom grandma grandpa kokum mooshum bf gf")


def kin_is(toks: list[Tok], i: int) -> int:
    """Where the name starts after "Dad is", "mom was", "Dad in Kenora is", "the property
    mgr is"; 0 if nowhere."""
    worker = toks[i].lower in _WORKERS and i > 0 and toks[i - 1].lower in _WHOSE_WORKER
    if toks[i].lower not in KIN and not worker:
        return 0
    k = i + 1
    if k + 1 < len(toks) and toks[k].lower in ("in", "from", "à", "de"):
        if not (toks[k + 1].cap and toks[k + 1].protected):
            return 0  # "Dad in Kenora is", not "Dad in jail is"
        k += 2
    if k + 1 >= len(toks) or toks[k].lower not in ("is", "was", "est", "="):
        return 0
    return k + 1


def named_pair(text: str, toks: list[Tok], k: int) -> bool:
    """After "Dad is": a full name ("Crystal Pelletier"), or a given name and a capitalised
    word no place or service holds ("Lance Swain")."""
    if two_word_name(text, toks, k):
        return True
    if k + 1 >= len(toks):
        return False
    a, b = toks[k], toks[k + 1]
    if not (a.cap and a.given and b.cap) or b.protected or b.text.isupper():
        return False
    return b.lower not in INSTITUTION and text[a.end : b.start] == " "


def kin_owner(t: Tok, kin: str) -> bool:
    """Whose kin "X's mom" names: "Tyler's mom", "jay's gf", and "Aylmer's dad (Jim …)", a
    place word before kin no place has."""
    if not t.protected:
        return (t.cap and (t.name or t.unknown)) or t.strong
    return t.cap and t.listed_word and kin in _PARENTS


def named_after_kin(text: str, toks: list[Tok], k: int) -> bool:
    """A capitalised word after a relative where only a name fits: an age follows it ("sa
    petite sœur Lune, 6 ans"), or a month no day follows ("sa cousine Avril au 212…")."""
    t = toks[k]
    if not t.cap or not t.text.isalpha() or t.text.isupper() or t.lower in STOPWORDS:
        return False
    if (t.protected and not t.listed_word) or (t.lower in CALENDAR and t.lower not in _MONTH_NAMES):
        return False  # "meet mom Mar 6"
    family = toks[k - 1].lower in FAMILY  # not "Youth (Grade 8, 13)"
    if family and age_follows(text, t.end):
        # "Mom, Cuban, 27", "Le père (Tunisien, 47 ans)": where someone is from, no name
        return not (t.protected and not t.given) and not (
            t.common and not t.name and t.lower.endswith(NATIONALITY_ENDINGS)
        )
    if t.lower in _MONTH_NAMES:
        return family and re.match(r"\s*[\d(]", text[t.end :]) is None
    # "her common-law Al at 65 Smith", "their cousin Boo are the 3 who…": whose relative, then
    # a capitalised word no list shields
    # "Neighbour Crow keeps calling in complaints": a relative heading the sentence as a title
    titled = (
        (family or toks[k - 1].lower in _NEAR_ONES)
        and toks[k - 1].cap
        and toks[k - 1].sentence_start
        and k + 1 < len(toks)
        and toks[k + 1].lower in PERSON_VERBS
        and toks[k + 1].lower.endswith(("s", "ed"))
    )
    return (
        ((k >= 2 and toks[k - 2].lower in _POSSESSIVE_DETS) or titled)
        and not t.protected
        and not t.sentence_start
        and not t.lower.endswith(NATIONALITY_ENDINGS)  # "her dad Italian"
        and text[toks[k - 1].end : t.start] == " "
        and t.lower not in PERSON_VERBS  # "her mom Lives with"
        and (
            not t.common
            or t.name
            or titled
            # "their cousin Boo are the 3", "her common-law Al at 65 Smith"
            or re.match(r"\s+(?:is|was|are|were|has|had|at\s+\d|and\s+(?-i:[A-Z]))", text[t.end :])
            is not None
        )
    )


_MONTH_NAMES = words("april may june august avril")
_NEAR_ONES = words("neighbour neighbor landlord landlady roommate voisin voisine proprio coloc")


def everyday_name_said(text: str, tok: Tok) -> bool:
    """After "Mom is": a shielded everyday word that is a given name ("Mom is Crystal.",
    "dad is Norm, 807-…"), or a word no list shields with an age after it ("the kid is
    Legend, 8"); not "Her mom is Cree.", "Dad is Irish.", "Youth is Two-Spirit, 17"."""
    if not tok.cap:
        return tok.given and (tok.listed_word or not tok.protected) and age_follows(text, tok.end)
    return (
        (tok.listed_word or not tok.protected)
        and (tok.given or (not tok.protected and age_follows(text, tok.end)))
        # "client is Dakota, she's couch surfing": a shielded given name, then who she is
        and (tok.common or (tok.listed_word and tok.given and bool(_SHE_NEXT.match(text, tok.end))))
        and not tok.lower.endswith(NATIONALITY_ENDINGS)
        and (
            text[tok.end : tok.end + 1] in ("", ".", ",", ";")
            or bool(_AT_WORK.match(text, tok.end))
        )
    )


_SHE_NEXT = re.compile(r",\s+(?:she|he|they|elle|il)\b", re.I)
_AT_WORK = re.compile(r"\s+(?:@|at|from|with|of|à|de|chez)\s+(?-i:[A-Z])")  # "is Crystal @ Maple"


def named_kin(text: str, toks: list[Tok], k: int) -> bool:
    """ "sa conjointe Grâce, arrivés…", "her daughter Liberty.": after a possessive and a kin
    word, a capitalised everyday word closed by punctuation is the relative's name."""
    if k == 0 or k + 1 >= len(toks) or toks[k - 1].lower not in _POSSESSIVE_DETS:
        return False
    name = toks[k + 1]
    if not name.cap or name.protected or name.text.isupper() or name.lower in STOPWORDS:
        return False
    if text[toks[k].end : name.start] != " ":
        return False
    if age_said(text, name.end):
        return True  # "Sa fille Grâce a 7 ans"
    if k + 2 < len(toks) and toks[k + 2].lower in SUBJECT_VERBS:
        return True  # "his cousin Bong says he's drinking"
    return text[name.end : name.end + 1] in ("", ",", ".", ";", ")", ":", "!", "?")


def lower_kin_subject(text: str, toks: list[Tok], k: int) -> bool:
    """ "kayden's mom deb says…": a lower-case given name after a kinship word, then a verb."""
    t = toks[k]
    if t.text.islower() and short_name(t.lower) and not t.protected:
        # "the older brother dj (his name's Dujon) was arrested": initials, then who
        return re.match(r"\s*\(|\s+(?:is|was|says|said)\b", text[t.end :]) is not None
    after = toks[k + 1].lower if k + 1 < len(toks) else ""
    if t.text.islower() and t.text.isalpha() and t.unknown:
        # "mom sunny and dad jas both want to come": a word no list holds, then a verb
        return after in SUBJECT_VERBS or after in ("is", "was", "est", "both", "has", "had")
    if t.cap or not t.given or t.protected or len(t.lower) < 3 or t.lower in STOPWORDS:
        return False
    if t.common and k > 0 and text[toks[k - 1].end : t.start] != " ":
        return False  # "Mom (early 30s) was receptive": an everyday word in an aside
    if t.common and k > 0 and toks[k - 1].lower in _SERVED:
        return False  # "LAO's client line is the one to give out": a service's, not "kokum rose"
    if after == "a":
        return not t.common  # "sa mère ghislaine a dit", not "her boyfriend made a threat"
    return after in SUBJECT_VERBS or after in ("is", "was", "est")  # "kokum rose is…"


_SERVED = words("client cliente clients caller callers accused acc accd")


def kin_of_named(text: str, toks: Sequence[Tok], k: int) -> bool:
    """ "Le petit-fils de M. Nguyen, Bao, ne mange plus": whose relative, then the relative's
    own name set off by commas."""
    t = toks[k]
    if not t.cap or t.sentence_start or t.text.isupper() or (t.protected and not t.given):
        return False
    if text[t.end : t.end + 1] != "," or not (t.unknown or t.given):
        return False
    return _KIN_OF_SOMEONE.search(text, max(0, t.start - 60), t.start) is not None


_KIN_OF_SOMEONE = re.compile(
    r"(?:^|[.;:!?]\s*)(?:le|la|the|her|his|sa|son)\s+(?:petit-fils|petite-fille|fils|fille|"
    r"neveu|nièce|niece|cousine?|frère|frere|sœur|soeur|son|daughter|grandson|granddaughter|"
    r"nephew|brother|sister)\s+(?:de|du|d['’]|of)\s*"
    r"(?:[^,.;:!?]|(?<=M)\.|(?<=Mr)\.|(?<=Mme)\.|(?<=Dr)\.){2,40},\s$",  # "de M. Nguyen, Bao,"
    re.IGNORECASE,
)


def two_word_name(text: str, toks: list[Tok], k: int) -> bool:
    """After a kinship word, two words that make a full name although the first is also an
    everyday word: "sa tante Julienne Petiquay", "son neveu martin bouchard"."""
    if k + 1 >= len(toks) or text[toks[k].end : toks[k + 1].start] != " ":
        return False
    first, last = toks[k], toks[k + 1]
    if last.lower in ("nee", "née", "né", "born"):
        return False  # "la jeune fille kassandra nee le…": the date of birth follows
    if first.text == "Les" and last.cap and last.unknown and not last.sentence_start:
        return True  # "Dad, Les Fayant, says…": the English given name, not the article
    if first.lower in STOPWORDS or len(first.lower) < 3:
        return False
    if first.protected and not (first.listed_word and first.given):
        return False  # "grandson Dakota Bear" is a name, "son école Saint-Louis" is not
    if first.cap:
        if (
            first.protected
            and last.cap
            and not last.protected
            and not last.sentence_start
            and text[last.end : last.end + 1] == ","
        ):
            return True  # "The grandmother, Victoria Sock,"
        if last.cap and last.listed_word and last.surname and not last.sentence_start:
            return True  # "his partner Crystal Thompson": a surname the lists hold as a place
        return last.capped_name and not last.sentence_start
    # "the mom, crystal doiron, is", "the youth (tanner chookomolin)": set off, a word no
    # list holds will do for the surname
    set_off = (
        text[first.start - 1 : first.start] in (" ", "(")
        and text[first.start - 2 : first.start].strip() in (",", "(")
        and text[last.end : last.end + 1] in (",", ")")
    )
    after = toks[k + 2].lower if k + 2 < len(toks) else ""
    if first.common and last.common and after in ("on", "this", "next") and not set_off:
        return False  # "the youth job fair on May 2": two everyday words, then when
    if first.common and last.common and not set_off and not typed_in_lower_case(text):
        return False  # "the accused made bail at 1700h": a note with capitals, two words
    return (
        first.given
        and last.text[:1].islower()
        and (last.surname or (set_off and last.unknown and last.text.isalpha()))
        and last.lower not in STOPWORDS
    )


def kin_aside(text: str, toks: list[Tok], k: int) -> bool:
    """ "Mom (Crystal) is…", "her boyfriend, Chase, was…": a shielded word named in apposition."""
    t = toks[k]
    bracketed = text[t.start - 1 : t.start] == "(" and text[t.end : t.end + 1] == ")"
    if not ((t.cap or bracketed) and t.listed_word and t.name) or t.possessive:
        return False  # a name the lists shield ("Crystal", "mom (crystal)"), not "son Invega,"
    after = text[t.end : t.end + 1]
    if after in (")", ","):
        return True
    if re.match(r"\s+(?:or|ou)\s+[A-Z]", text[t.end : t.end + 6]):
        return True  # "is the mom Crystal or Krystal??"
    return k + 1 < len(toks) and (
        toks[k + 1].lower in SUBJECT_VERBS or toks[k + 1].lower in PERSON_VERBS  # "mom Crystal can"
    )


KIN_TITLES = words(
    "auntie aunty kokum kookum mosom moshum granny nana nan uncle cousin matante mononcle mononc"
    " grandpa grandma gramma grampa bro sis cuz mémère memere pépère pepere grand-maman grand-papa"
    " mamie papi tatie tonton moshom mooshum nokom nohkum nohkom kohkom mushum moosum chapan"
    " kuya tita tito lolo"  # "kuya ben the older cousin": Tagalog's kin before a name
)


def titled_kin_says(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "kokum Kitchen says the boy sleeps in her kitchen": a relative's title, a capitalised
    word, then what they say: the word is what the relative is called, however everyday."""
    if toks[i].lower not in KIN_TITLES or i + 2 >= len(toks):
        return False
    nxt, said = toks[i + 1], toks[i + 2]
    return (
        nxt.cap
        and not nxt.protected
        and not nxt.text.isupper()
        and nxt.lower not in STOPWORDS
        and text[toks[i].end : nxt.start] == " "
        and said.lower in SAYS
        and text[nxt.end : said.start] == " "
    )


def kin_gap(text: str, t: Tok, nxt: Tok) -> bool:
    """What may stand between a relative and their name: "her son Tyler", "son chum, «
    Bouboule »", "sis. beverly at the church"."""
    gap = text[t.end : nxt.start]
    return (
        gap_ok(text, t, nxt, ' \t,:=(«"“')
        or gap == ", « "
        or (gap == ". " and t.lower in ("sis", "bro"))
    )


def joint_not_spouse(toks: Sequence[Tok], i: int) -> bool:
    """ "Réunion conjointe Hamilton–Niagara": "joint", the adjective after its noun."""
    return toks[i].lower.startswith("conjoint") and i > 0 and toks[i - 1].lower in _JOINT_NOUNS


# "Réunion conjointe", "garde conjointe": "joint", the adjective after its noun, not a spouse
_JOINT_NOUNS = words(
    """
    réunion rencontre intervention démarche visite séance plan action approche évaluation
    entrevue gestion garde responsabilité demande décision
    """
)

"""Everyday words that communities use as people's nicknames ("peanut", "ghost", "smokey"),
and the places in chat where any word, nickname or name, can only be a person.

On their own the nickname words are words, and the guard never flags them alone. They count
as people only where what surrounds them says so: named together and then said to do what
only people do ("ghost, spider n boo were all in the truck", read in ``name_coordination``),
or opening a message that says what only a person does ("pinky is back at the shelter").
A street prefix on a name ("big mike", "Lil Jay", "petit Kevin") makes the pair a nickname.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.findings import Kind
from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import DETERMINERS, INSTITUTION, KIN, PERSON_VERBS
from commands.privacy.recognizers.name_chat import typed_in_lower_case
from commands.privacy.recognizers.name_forms import age_said
from commands.privacy.recognizers.name_predicates import predicate
from commands.privacy.recognizers.name_spans import cand
from commands.privacy.recognizers.name_tokens import Tok
from commands.privacy.recognizers.naming_phrases import NICK_PREFIXES

NICKNAMES = words(
    """
    ace bam bambam bandit bean beans bear bebe biggie birdie biscuit blackie bling bones boo
    boog boogie bou brownie bub bubba bubs buck buddy bunny buster button chico chub chubbs
    chubby chubs coco cookie curly dimples ducky dusty freckles fudge fuzzy ghost giggles
    goofy goose junebug kitty lefty lil mickey misty monkey mooch moose munchie nugget oreo
    peaches peanut pebbles pickles pinky pip pooh pookie pudge pudgy pumpkin pup rebel rocky
    rusty scooter shorty skinny skittles slim smiley smokey smoky snoop sonny sparky spider
    spike sprout squirt stormy sugar sunny tater taz teeny tiger tink tinker tiny tootsie
    trigger tweety twix whitey wolfie
    """
)


# "the D-Money guy", "T-Bone says": a letter and a word joined, as street names are made;
# not "T-shirt", "X-Ray", "E-Transfer", "O-Train"
_MONIKER = re.compile(r"[A-Z]-[A-Z][a-z]{2,}")
_NOT_MONIKERS = words(
    """
    t-shirt x-ray e-transfer u-haul a-frame t-mobile c-train o-train b-line k-pop e-mail x-men
    g-wagon a-team e-bike e-scooter u-turn v-neck t-bar e-cig e-learning e-book c-section
    """
)
_PERSON_AFTER = words("guy girl kid dude boy man gars fille")


def moniker(toks: Sequence[Tok], i: int) -> bool:
    """ "the D-Money guy again", "T-Bone was at the park": a street name by its shape, where
    a person is meant."""
    t = toks[i]
    if not _MONIKER.fullmatch(t.text) or t.lower in _NOT_MONIKERS or i + 1 >= len(toks):
        return False
    return toks[i + 1].lower in _PERSON_AFTER or predicate(toks, i + 1, strict=True)


_REAL_NAME_NEXT = re.compile(
    r"\s*[.,;:—–(-]\s*(?:\(\s*)?(?:real|legal|vrai|v[ée]ritable)\s+(?:name|nom|pr[ée]nom)\b",
    re.IGNORECASE,
)


_IS_A_NAME_NEXT = re.compile(
    r"\s*[—–,-]?\s*(?:c['’]est|that['’]?s|is)\s+(?:son|sa|his|her|their)\s+"
    r"(?:vrai\s+|real\s+|actual\s+|legal\s+)?(?:pr[ée]nom|nom|name|first\s+name)\b",
    re.IGNORECASE,
)


def nickname_word(lower: str) -> bool:
    """A word that is often someone's nickname."""
    return lower in NICKNAMES


def nickname_as_person(text: str, toks: Sequence[Tok], i: int) -> bool:
    """A word where only a person fits. Any name or nickname: said to be someone's kin
    ("Bunny is Tiny's cousin"), father or son ("smokey sr"), the one someone went with ("her
    and bean were seen", "ran off w/ chance"). A nickname word, in chat typed in lower case:
    whose kin ("boo's mom"), with an age or a rank ("peanut is the youngest, biggie is 16"),
    named as kin ("his brother fudge took…"), or opening a message that says what a person
    does ("lol ghost showed up at the band office", "pinky is back at the shelter")."""
    t = toks[i]
    if (
        t.text.isalpha()
        and len(t.lower) >= 3
        and (t.given or t.unknown or nickname_word(t.lower))
        and not t.protected
        and not (i > 0 and toks[i - 1].lower in DETERMINERS)
        and (
            _IS_KIN_OF.match(text, t.end) is not None
            or (
                t.possessive
                and i >= 2
                and toks[i - 1].lower in ("is", "was")
                and _KIN_NEXT.match(text, t.end + 2)
            )
        )
    ):
        return True  # "Bunny is Tiny's cousin, not his brother": both are people
    if (
        _REAL_NAME_NEXT.match(text, t.end)
        and t.text.isalpha()
        and len(t.lower) >= 3
        and (t.given or t.unknown or nickname_word(t.lower))
        and not t.protected
    ):
        return True  # "him? bear. real name Beauregard Linklater": the street name first
    if (
        _IS_A_NAME_NEXT.match(text, t.end)
        and t.text.isalpha()
        and t.lower not in STOPWORDS
        and (t.cap or not t.common)  # not "oui, c'est son prénom"
    ):
        return True  # "oui, le petit Loup — c'est son vrai prénom": said to be a name
    if (
        _SENIOR.match(text, t.end)
        and t.text.isalpha()
        and t.text.islower()  # not "Martin Luther King Jr. Elementary"
        and len(t.lower) >= 3
        and (t.given or t.unknown or t.surname or nickname_word(t.lower))
        and not (i > 0 and toks[i - 1].lower in DETERMINERS)
    ):
        return True  # "smokey sr n smokey jr both at the bar": father and son, by name
    if (
        i >= 2
        and toks[i - 1].lower in ("and", "n", "&")
        and toks[i - 2].lower in ("her", "him", "me", "she", "he", "them")
        and (t.given or t.unknown or nickname_word(t.lower))
        and t.text.isalpha()
        and not t.possessive
        and _TOGETHER.match(text, t.end) is not None
    ):
        return True  # "her and bean were seen walking the winter road"
    if (
        i >= 2
        and toks[i - 1].lower in ("w", "with")
        and toks[i - 2].lower in _WENT_WITH
        and (nickname_word(t.lower) or (t.given and not t.protected))
        and t.lower not in ("unknown", "unk", "inconnu")  # "left w/ unknown male"
        # "went with hope in her heart": a virtue, not Hope
        and not (t.lower in _VIRTUES and i + 1 < len(toks) and toks[i + 1].lower in ("in", "of"))
        and not t.possessive
        and t.text.islower()
        and typed_in_lower_case(text)
    ):
        return True  # "she left w/ smokey around 2am", "the twins ran off w/ chance"
    if (
        t.possessive
        and nickname_word(t.lower)
        and t.text.islower()
        and i + 1 < len(toks)
        and toks[i + 1].lower in _KIN_OWNED
        and not (i > 0 and toks[i - 1].lower in DETERMINERS)
        and typed_in_lower_case(text)
    ):
        return True  # "boo's mom wants a call back"
    if (
        i >= 1
        and toks[i - 1].lower in ("is", "was")
        # the question opens the message: "is dez…", "yo is dez…"
        and (toks[i - 1].sentence_start or (i == 2 and toks[0].lower in _OPENERS))
        and (t.unknown or t.given or nickname_word(t.lower))
        and t.text.isalpha()
        and t.text.islower()
        and len(t.lower) >= 3
        and _STILL_THERE.match(text, t.end) is not None
        and typed_in_lower_case(text)
    ):
        return True  # "yo is dez still at the shelter??": asked after
    if not nickname_word(t.lower) or t.possessive or t.text[:1].isupper():
        return False
    if not typed_in_lower_case(text):
        return False
    if i > 0 and (toks[i - 1].lower in DETERMINERS or toks[i - 1].lower == "blood"):
        return False  # "the ghost of…", "a sugar crash", "blood sugar was 24 on Monday"
    if age_said(text, t.end) or _RANKED.match(text, t.end) or _AGED_IN_CHAT.match(text, t.end):
        return True
    if (
        i >= 1
        and toks[i - 1].lower in _SIBLINGS
        and i + 1 < len(toks)
        and toks[i + 1].lower in PERSON_VERBS
    ):
        return True  # "bear and his brother fudge took the skidoo out"
    opens = i == 0 or t.sentence_start or (i == 1 and toks[0].lower in _OPENERS)
    return opens and (
        predicate(toks, i + 1, strict=True)
        or _AGAIN.match(text, t.end) is not None
        or _BACK_AT.match(text, t.end) is not None
    )


_AGED_IN_CHAT = re.compile(r"\s+(?:is|was)\s+\d{1,2}\s+(?:n|and|w|with)\s")  # "biggie is 16 n…"
_BACK_AT = re.compile(r"\s+(?:is|was|r|are)\s+back\s+(?:at|in|home|w|with)\b")
_TOGETHER = re.compile(r"\s+(?:were|r|are|both|got|went|left|ran|stayed|took)\b")
_KIN_NOUNS = r"(?:cousin|brother|sister|bro|sis|cuz|auntie|aunt|uncle|nephew|niece|son|daughter)"
_IS_KIN_OF = re.compile(
    r"\s+(?:is|was)\s+[^\W\d_]+['’]s\s+(?:older\s+|younger\s+|little\s+|big\s+)?"
    + _KIN_NOUNS
    + r"\b",
    re.IGNORECASE,
)
_KIN_NEXT = re.compile(
    r"\s+(?:older\s+|younger\s+|little\s+|big\s+)?" + _KIN_NOUNS + r"\b", re.IGNORECASE
)
_KIN_OWNED = words("mom dad mother father kokum auntie aunt uncle gf bf boyfriend girlfriend")
_VIRTUES = words("hope faith grace joy love patience mercy charity peace")
_SIBLINGS = words("brother sister bro sis cousin cuz")
_SENIOR = re.compile(r"\s+(?:sr|jr|snr|jnr)\b\.?", re.IGNORECASE)
_RANKED = re.compile(r"\s+(?:is|was|r|are)\s+the\s+(?:youngest|oldest|older|younger|baby)\b")
_WENT_WITH = words(
    "left stayed staying went stays living lives hanging hangs ran gone sleeping off shes hes"
)
_OPENERS = words("lol ugh ok so and but also fyi update btw omg smh yo hey")
_STILL_THERE = re.compile(
    r"\s+(?:still|back|ok|okay|home|safe|around|staying|gone)\b(?:\s+(?:at|in|w|with|home)\b"
    r"|\s*\?)"
)
_AGAIN = re.compile(r"\s*(?:again\b|!!|\.\.)")


def alias_holder(
    text: str, toks: list[Tok], i: int, spans: Sequence[Candidate]
) -> Candidate | None:
    """ "Kevens Guerrier dit K-Guerre", "Marc Boileau aka Tank": once an alias cue at ``i`` has
    named a nickname, the capitalised words right before the cue are the person who has it,
    even when each is also a word ("Guerrier"); "Dakota (goes by Kota)": in brackets after
    the name, even a given name that is also a place."""
    if i < 1 or toks[i].lower not in ("dit", "dite", "aka", "alias", "goes"):
        return None
    bracketed = toks[i].lower == "goes" and text[toks[i - 1].end : toks[i].start] == " ("
    if toks[i].lower == "goes" and not bracketed:
        return None  # "goes by" names the holder only in brackets: "Dakota (goes by Kota)"
    first = i
    while (
        first > 0
        and i - first < 3
        and toks[first - 1].cap
        and (not toks[first - 1].protected or (bracketed and toks[first - 1].given))
        and toks[first - 1].lower not in KIN | INSTITUTION | STOPWORDS
        # "Le p'tit Bourgeois, dit Ti-Pit": a comma may set the alias off
        and text[toks[first - 1].end : toks[first].start]
        in ((" ", ", ", " (") if first == i else (" ",))
    ):
        first -= 1
    if first == i or any(c.start < toks[i - 1].end and toks[first].start < c.end for c in spans):
        return None
    return cand(text, toks, first, i, None)


def nickname_between(text: str) -> list[Candidate]:
    """'Gerald ("Gerry") Mistickokat', 'Kyle "Tank" Morrissette': a given name, a nickname in
    quotes, then the family name, which the quotes cut off from the given name; and "the
    baby's dad is tj, real name Terrence Jenkins": what someone is called before the real name."""
    lex = lexicon()
    out = [
        Candidate(Kind.NAME, m.start("s"), m.end("s"), None, 46)
        for m in _NICKNAME_BETWEEN.finditer(text)
        if m.group("g").casefold() in lex.given and not lex.everyday(m.group("s").casefold())
    ]
    for m in _BEFORE_REAL_NAME.finditer(text):
        if m.group("n").casefold() not in STOPWORDS:
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), None, 46))
    for m in _EQUATED.finditer(text):  # "Dylan = D-Money on the street": one person, two names
        alias = m.group("n").casefold()
        if m.group("g").casefold() in lex.given and ("-" in alias or not lex.is_common(alias)):
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), None, 46))
    for m in _CALLED_BY_ALL.finditer(text):  # "Tekaronhiáhkhwa (tout le monde dit Tek)"
        held = m.group("h").casefold()
        if held not in lex.never_single and (held in lex.given or not lex.is_common(held)):
            out.append(Candidate(Kind.NAME, m.start("h"), m.end("h"), None, 46))
    return out


# Whoever a bracket says everyone calls something: "Tekaronhiáhkhwa (tout le monde dit Tek)",
# "Jaxon (everyone calls him Jax)"
_CALLED_BY_ALL = re.compile(
    r"(?P<h>(?-i:[A-ZÀ-Ý][\w'’-]{2,}))\s\((?:tout\s+le\s+monde|everyone|everybody|people|on|"
    r"ses\s+amis|(?:his|her|their)\s+friends|friends|la\s+famille|the\s+family|the\s+kids|"
    r"les\s+jeunes)\s+(?:l['’]appellent|l['’]appelle|dit|disent|calls?|call)\s+"
    r"(?:(?:him|her|them)\s+)?[«\"“]?\s?(?-i:[A-ZÀ-Ý])[^()\n]{0,30}\)",
    re.IGNORECASE,
)


# "Dylan = D-Money", not "Victoria = Vic Hospital" (a place's short name)
_EQUATED = re.compile(
    r"\b(?P<g>[A-Z][a-zà-ÿ'’-]{2,})\s?=\s?(?P<n>[A-Z][\w'’]*(?:-[\w'’]+)*)(?!\s+[A-Z])"
)
_BEFORE_REAL_NAME = re.compile(
    r"\b(?:is|est|c['’]est|it['’]?s|was)\s+(?P<n>[\w'’.-]{2,20}?)\s*[,(—–-]?\s*"
    r"(?:real\s+name|legal\s+name|vrai\s+nom|de\s+son\s+vrai\s+nom)\b",
    re.IGNORECASE,
)


_NICKNAME_BETWEEN = re.compile(
    r"\b(?P<g>[A-Z][a-zà-ÿ'’-]+)\s+\(?[\"“'‘][^\"”'’\n]{1,20}[\"”'’]\)?\s+"
    r"(?P<s>[A-Z][A-Za-zà-ÿ'’-]+)"
)


def street_nickname(text: str, toks: list[Tok], i: int) -> bool:
    """ "big mike is back", "Lil Jay", "petit Kevin": a street nickname, the prefix at ``i``
    and the name after it."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        t.lower in NICK_PREFIXES
        and nxt is not None
        and text[t.end : nxt.start] == " "
        and nxt.lower not in STOPWORDS  # "le p'tit à Bisson": whose child, not a nickname
        # "la petite Merveille": an adjective after its article, the name is the next word
        and not (t.lower in ("petit", "petite") and i > 0 and toks[i - 1].lower in _ARTICLES)
        # "the big guy from the encampment": an article, an adjective, a noun
        and not (not nxt.cap and i > 0 and toks[i - 1].lower in ("the", "a", "an", "that"))
        and not (not nxt.cap and nxt.lower in _NO_ONE_BIG)  # '"Tiny", big guy, 30s'
        and (
            nxt.given
            or (len(nxt.text) == 1 and nxt.text.isupper())  # "Lil D"
            or (  # "this one's big ju"
                len(nxt.text) == 2
                and nxt.text.isalpha()
                and t.lower in ("big", "lil")
                and nxt.lower not in lexicon().english
            )
            or (  # "lil dre a changé de compte", "lil bear is back from treatment"
                (nxt.unknown or (nxt.common and t.lower in ("lil", "lil'")))
                and t.lower != "little"
                and (
                    _EQUALS.match(text, nxt.end) is not None
                    or (i + 2 < len(toks) and toks[i + 2].lower in PERSON_VERBS)
                )
                and nxt.lower not in _NOT_A_NICK_BODY
            )
        )
        and (len(nxt.lower) >= 2 or nxt.text.isupper())
        and (nxt.lower not in STOPWORDS or len(nxt.text) == 1)
        # not "a little faith", "Petite victoire :"
        and (nxt.cap or not nxt.common or t.lower not in ("little", "petit", "petite"))
        # "Big Ed is the uncle": a given name some list shields, after "big"/"lil"
        and (not nxt.protected or (nxt.listed_word and nxt.given and t.lower in ("big", "lil")))
        and nxt.lower not in PERSON_VERBS
    )


_ARTICLES = words("la le sa son ma mon ta ton une un cette")
# "big deal was", "big one is": what follows "big" and is no nickname
_NOT_A_NICK_BODY = words("deal one ones thing things part problem issue day night week news")
_NO_ONE_BIG = words("guy man dude shepherd husky lab rottie pitbull")  # "big shepherd": a dog
_EQUALS = re.compile(r"\s*=\s*[A-Z]")  # "lil nip = Nipiy Ross": who the nickname stands for

"""Shield the names of things that are not people: a car by its colour and model ("grey
Sienna seen at school pickup"), a pet by the word for it ("his dog Buster", « son chien
(Pitou) »), a dispatch priority spelled in the radio alphabet ("downgraded from Charlie
to Alpha"), a shop by its owner's name ("Boulangerie Grégoire", "Kramer Tire"), what is
named after someone ("the John Rhodes league"), an air force wing, the justice of the peace
in a note about bail ("JP said no surety would do") and a book of the Bible before its
chapter ("Isaiah 41:10", "1 Corinthians 13"). A name after a possessive and a pet's kind is
the animal's; a person named so would be "his friend", "son chum"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from commands.privacy.lexicon import words
from commands.privacy.recognizers.vehicles import COLOURED_MODEL, MODEL

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok

_MODEL_SHAPE = re.compile(r"[A-Z0-9-]{2,}|[A-Z][a-z]+[A-Z]\w*")  # "GLE", "CX-5", "LeSabre"


def protect_vehicles(toks: list[Tok], text: str) -> None:
    """ "grey Sienna seen at school pickup", "a silver Journey": a car, by colour and model."""
    for m in COLOURED_MODEL.finditer(text):
        made = m.group("made")
        if made and not (MODEL.fullmatch(made) or _MODEL_SHAPE.fullmatch(made)):
            continue  # "Mercedes Bigcrow, 24": a person, not a make and its model
        starts = {m.start(g) for g in ("model", "make", "made", "after", "kept") if m.group(g)}
        for tok in toks:
            if tok.start in starts:
                tok.protected, tok.listed_word = True, False


# Animals a pet is, by words no one is named ("dog", « lapin »)
ANIMALS = (
    r"(?:dogs?|cats?|pupp(?:y|ies)|kittens?|pups?|chiens?|chiennes?|chats?|chattes?|chiots?|"
    r"chatons?|rabbits?|lapins?|parrots?|perroquets?|ferrets?|furets?|horses?|chevaux|cheval|"
    r"budgies?|hamsters?|donkeys?|ânes?|poodles?|caniches?)"
)
# Breeds and kinds that are surnames or words too ("Trevor Bird aka birdie", "the lab"): an
# animal only in brackets after its name, "Jordan (the husky)"
_BREEDS = r"(?:birds?|oiseaux?|husky|huskies|labs?|shepherds?|bergers?(?:\s+allemands?)?|terriers?)"
# "his dog Buster", "their cat, Misty,", « son chien (Pitou) », « la chienne Bella »
_PET = re.compile(
    r"\b(?:his|her|their|the|a|my|our|son|sa|leur|le|la|un|une|mon|ma)\s+"
    r"(?:(?:old|big|little|new|small|vieux|vieille|gros|grosse|petit|petite)\s+)?"
    + ANIMALS
    # "The rabbit is called Doug", "The dog's name is Charlie", « Le lapin s'appelle Gaston »
    + r"(?:['’]s\s+name\s+is|\s+(?:is\s+)?(?:called|named)|\s+s['’]appelle)?"
    r"(?:\s+|\s*,\s*|\s*\(\s*)$",
    re.IGNORECASE,
)
# "Pearl (the cat) is 19", « Marcel (le chien) », « Brigitte (berger allemand) », "Marley,
# Bella and Jasper (all dogs)": what the name is, in brackets after it
_PET_AFTER = re.compile(
    r"\s*\((?:(?:the|le|la|l['’]|all|both|an?|un|une|les|old|vieux|vieille)\s+)?(?:\w+\s+)?"
    + r"(?:"
    + ANIMALS
    + "|"
    + _BREEDS
    + r")(?=\s*[),;])",  # not "Tyler (the lab tech)"
    re.IGNORECASE,
)


def protect_pets(toks: list[Tok], text: str) -> None:
    """ "his dog Buster is the whole reason he refused transport", "Pearl (the cat) is 19":
    the animal, not a person, wherever the note names it again ("when Pearl goes")."""
    named: set[str] = set()
    for k, tok in enumerate(toks):
        if not tok.cap:
            continue
        after = _PET_AFTER.match(text, tok.end)
        if after is not None:
            # "Marley, Bella and Jasper (all dogs)": the whole list; not "Kevin and Bruno (the dog)"
            many = re.search(r"\b(?:all|both|tous|toutes|les|deux)\b", after.group(0), re.I)
            named.update(toks[m].text for m in (_listed_before(toks, text, k) if many else [k]))
            continue
        if _PET.search(text, max(0, tok.start - 40), tok.start) is None:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.cap and text[tok.end : nxt.start] == " ":
            continue  # "the dog Rex Tanner walks": a capitalised word more, perhaps a person
        named.add(tok.text)
    for tok in toks:
        if tok.text in named:
            tok.protected, tok.listed_word = True, False


def _listed_before(toks: list[Tok], text: str, k: int) -> list[int]:
    """``k`` and the capitalised words listed before it: "Marley, Bella and Jasper"."""
    items, m = [k], k
    while m > 0:
        prev = toks[m - 1]
        if prev.lower in ("and", "et", "&") and m >= 2 and toks[m - 2].cap:
            m -= 2
        elif prev.cap and text[prev.end : toks[m].start] == ", ":
            m -= 1
        else:
            break
        items.append(m)
    return items


# The dispatch determinants paramedics grade calls by: "Charlie to Alpha", "a Delta call"
_GRADE = r"(?:Alpha|Bravo|Charlie|Delta|Echo|Omega)\b"
_GRADES = re.compile(
    rf"{_GRADE}(?:\s*[/-]\s*|\s+(?:to|or|ou|à)\s+){_GRADE}"  # "from Charlie to Alpha"
    rf"|(?i:code|priority|level|determinant)\s+{_GRADE}"  # "priority Delta"
    rf"|{_GRADE}(?=\s+(?i:call|calls|response|level|priority|appel|appels)\b)"  # "a Delta call"
)


def protect_determinants(toks: list[Tok], text: str) -> None:
    """ "the CHF pt got downgraded from Charlie to Alpha", "a Delta call": a priority, when
    another priority or a word of grading stands beside it."""
    for m in _GRADES.finditer(text):
        for tok in toks:
            if m.start() <= tok.start < m.end() and re.fullmatch(_GRADE, tok.text):
                tok.protected, tok.listed_word = True, False


# "the kid's hockey coach from the John Rhodes league", "the Terry Fox run": what is named
# after someone, by the lower-case word for it after the name; "the 5 Wing social worker":
# an air force base
_NAMED_THING = re.compile(
    r"\b(?:the|a)\s+((?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z]+)\s+(?:league|team|tournament|cup|"
    r"trophy|award|bursary|scholarship|fund|run|walk|arena|rink|pool|building|program)\b"
    r"|\b\d{1,2}\s+(Wing)\b"
)


def protect_named_things(toks: list[Tok], text: str) -> None:
    """ "from the John Rhodes league", "the 5 Wing social worker": a league or a base."""
    for m in _NAMED_THING.finditer(text):
        start, end = m.span(1) if m.group(1) else m.span(2)
        for tok in toks:
            if start <= tok.start < end:
                tok.protected, tok.listed_word = True, False


# A court's vocabulary around "JP": the justice of the peace, not someone's initials
_COURT = re.compile(
    r"\b(?:bail|crown|surety|sureties|remand\w*|adj(?:ourn\w*)?|hearing|sentenc\w*|docket|"
    r"gladue|enqu[êe]te\s+sur\s+remise)\b",
    re.IGNORECASE,
)


def protect_justices(toks: list[Tok], text: str) -> None:
    """ "bail denied, JP said no surety would overcome the tertiary concern": the justice."""
    if _COURT.search(text):
        for tok in toks:
            if tok.text == "JP":
                tok.protected, tok.listed_word = True, False


# A book of the Bible and its chapter: "bulletin verse was Isaiah 41:10", "1 Corinthians 13",
# « Psaume 23 ». A book that is also a given name needs its verse ("John 3:16") or a ministry
# after it ("Matthew 25 ministry"); "Daniel 14" may be a boy and his age.
_BOOKS = (
    r"Genesis|Exodus|Leviticus|Deuteronomy|Psalms?|Proverbs|Ecclesiastes|Lamentations|Romans"
    r"|Corinthians|Galatians|Ephesians|Philippians|Colossians|Thessalonians|Hebrews|Revelations?"
    r"|Psaumes?|Proverbes|Genèse|Exode|Romains|Corinthiens|Galates|Éphésiens|Hébreux|Apocalypse"
)
_NAMED_BOOKS = (
    r"Isaiah|Jeremiah|Ezekiel|Daniel|Matthew|Mark|Luke|John|Acts|James|Peter|Jude|Timothy|Ruth"
    r"|Esther|Job|Micah|Jonah|Joshua|Samuel|Isaïe|Ésaïe|Jérémie|Matthieu|Marc|Luc|Jean|Jacques"
)
SCRIPTURE = re.compile(
    rf"\b(?:[123]\s+)?(?:(?P<book>{_BOOKS})\s+\d{{1,3}}(?!\s*(?:y/?o|yo|ans|years?)\b)"
    rf"|(?P<named>{_NAMED_BOOKS})\s+\d{{1,3}}"
    r"(?::\d{1,3}\b|(?=\s+(?i:ministry|ministries|mission)\b)))"
)


def protect_scripture(toks: list[Tok], text: str) -> None:
    """ "reading at the funeral was 1 Corinthians 13": a book and its chapter, no one."""
    books = {m.start("book" if m.group("book") else "named") for m in SCRIPTURE.finditer(text)}
    for tok in toks:
        if tok.start in books:
            tok.protected, tok.listed_word = True, False


def protect_named_shops(toks: list[Tok], text: str) -> None:
    """ "le dépanneur Chez Ginette", "restaurant Chez Lucien", "garage Séguin et fils",
    "Boulangerie Grégoire": a shop called after its owner, not the owner."""
    for k, tok in enumerate(toks):
        shop = k > 0 and toks[k - 1].lower in _SHOPS and text[toks[k - 1].end : tok.start] == " "
        # "ils travaillent (tous les deux) chez Olymel": an employer
        works = any(t.lower in _WORKS for t in toks[max(0, k - 4) : k])
        chez = tok.lower == "chez" and (
            shop or works or (tok.text == "Chez" and not tok.sentence_start)
        )
        first = k + 1 if chez else k if shop and tok.cap else -1
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (
            tok.cap
            and nxt is not None
            and nxt.cap
            and nxt.lower in _TRADES_AFTER
            and text[tok.end : nxt.start] == " "
        ):
            tok.protected, tok.listed_word = True, False  # "Kramer Tire", "Ross Towing": a garage
        if first < 0:
            continue
        if shop and toks[k - 1].cap:
            toks[k - 1].protected, toks[k - 1].listed_word = True, False  # "Rôtisserie St-Hubert"
        j = first
        while j < len(toks) and j - first < 3 and toks[j].cap and not toks[j].sentence_start:
            if j > first and text[toks[j - 1].end : toks[j].start] != " ":
                break
            toks[j].protected, toks[j].listed_word = True, False
            j += 1
    for m in _AND_SONS.finditer(text):
        for t in toks:
            if m.start() <= t.start < m.end(1):
                t.protected, t.listed_word = True, False


_WORKS = words(
    "travaille travaillent travaillait travaillaient travaillé bosse bossent job emploi commis"
    " caissière caissier gérant gérante employé employée"  # « le commis chez Avis »: an employer
)
_SHOPS = words(
    """
    dépanneur depanneur dep boulangerie boucherie pharmacie garage casse-croûte casse-croute
    épicerie epicerie quincaillerie restaurant resto brasserie salon fromagerie poissonnerie
    pâtisserie patisserie cantine friperie bakery butcher diner pizzeria rôtisserie rotisserie
    pneus remorquage plomberie toiture climatisation fournaises chauffage serrurerie laverie
    """
)
_TRADES_AFTER = words(
    "tire tires towing collision autobody plumbing roofing mechanical heating drugs pharmacy"
)
# "garage Séguin et fils", "Plomberie Roy & Frères", "Lalonde and Sons": a family firm
_AND_SONS = re.compile(
    r"(?-i:([A-ZÀ-Ý][\w'’-]+))\s+(?:et|and|&)\s+(?:fils|frères|sons|brothers)\b", re.I
)

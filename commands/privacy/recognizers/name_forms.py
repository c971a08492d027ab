"""Name shapes the list rules in ``names`` miss on their own.

Real notes write "J. Morin", "Maricel de la Cruz", "Pieter Van Der Berg" and
"Summer Bear 22 y/o": an initial, lower-case particles or everyday words stand
where the lists expect a listed, uncommon token. These helpers let the name
recognizer read such shapes without loosening its rules for ordinary prose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers.cues import CALENDAR, INSTITUTION, KIN, ROLES, SUBJECT_VERBS

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok

# Particles inside family names: "de la Cruz", "Ben Ali", "Van Der Berg", "El Amrani".
PARTICLES = words(
    """
    abu al bin ben bint d da das de del dela della den der des di dos du el ibn la le st
    ste ter ten van von
"""
)

# "22 y/o", ", 29,", "(14)", "45 ans", "17-year-old" right after a name.
_AGE = re.compile(
    r"\s*\(\s*\d{1,2}\s*(?:et|and|&)\s*\d{1,2}\s*(?:ans|y/?o|yo)?\s*\)"  # "(8 et 10 ans)"
    r"|\s+(?:[—–]\s*|-\s+)\d{1,2}\s*[,;]"  # "Mbuyi Kabongo — 16,", "Grace Eagle Plume - 67,"
    # "Grace - the 3 y/o, not the aunt - arrived", "Ikey — the 6 y/o — told"; not "Street
    # Culture Kidz – the 15 y/o is…"
    r"|\s+(?:[—–]|-)\s+the\s+\d{1,2}\s*(?:y/?o|yo|year[\s-]old)\b(?=\s*(?:,|[—–]\s))"
    # "Paris (oui c'est son vrai prénom), 13 ans", "Brandon (yes like the city) is 12 and…":
    # an aside, then the age
    r"|\s*\([^()\d]{1,40}\)(?:\s*,\s*\d{1,2}\s*(?:ans|y/?o|yo|yrs)\b"
    r"|\s+(?:is|was|a|est)\s+\d{1,2}(?=\s*(?:ans\b|y/?o\b|yrs\b|and\b|et\b|[,.;]|$)))"
    # "Joy (Filipino, 19)", "Tenzin (Tibétaine, 20 ans)"
    # "Lwam (Eritrean, gr 8) — EPSB ASN …": a grade says a child as an age does
    r"|\s*\(\s*(?-i:[A-Z][a-zéè]+)(?:\s+(?:boy|girl|youth|teen|kid|man|woman|garçon|fille))?"
    r"\s*,\s*(?:\d{1,2}\s*(?:ans|y/?o|yo|yrs)?|gr\.?\s*\d{1,2}|grade\s*\d{1,2})\s*\)"
    # "Roshan (the eldest, 19) is the one paying rent"
    r"|\s*\(\s*(?:the\s+|l['’]|le\s+|la\s+)?(?:eldest|oldest|youngest|middle\s+one|older\s+one|"
    r"younger\s+one|a[îi]n[ée]e?|cadette?|benjamine?)\s*,\s*\d{1,2}\s*(?:ans|y/?o|yo|yrs)?\s*\)"
    # "Paisley 14 last seen near Crescent Park"
    r"|\s+\d{1,2}(?=,?\s+(?:last\s+seen|missing|disparue?|vue?\s+pour\s+la))"
    r"|\s*,?\s*\(?\s*(?:the\s+|age\s+|âge\s+)?\d{1,2}\s*(?:y\s*/\s*o\b|yo\b|y\.o\.|yrs?\b|years?\b|ans\b|-year-old|[,);]|\?\)"
    r"|a(?=\s*[,)])|\.(?!\d)|-\s)"  # "Kairo, 3." / "Brandon, 17 - stolen truck" / "Jade (12a)"
    r"|\s*,\s*\d{1,2}\s*$"  # "kid is dakota, 8"
    r"|\s*[,(]\s*(?:gr\.?|grade)\s*\d{1,2}\s*[,;)]"  # "Grace, gr 6, is from…": a grade as an age
    r"|\s+\d{1,2}(?=\s+(?:/|•|\|)\s)"  # "• Daniyar 17 / • Aru 14 /": a list's items
    r"|\s+(?:is|was)\s+\d{1,2}(?=\s*(?:and\b|[,.;]|$))"  # "Dakota is 14 and lives with kokum"
    # "Nakasuk, jeune Inuk de 17 ans, a été vue", "Tomas, a young man of 19,"
    r"|\s*,\s*(?:une?\s+|a\s+)?(?:jeune|young)\s+(?:[^\W\d_][\w'’-]*\s+){0,2}(?:de|of)\s+"
    r"\d{1,2}\s*(?:ans\b|y/?o\b|yrs?\b|years?\b|,)"
)


# Romanised Korean and Chinese syllables: "Ji-woo", "Min-jun", "Xiao-ming" are given names
# made of two of them, which no name list holds and the word lists read as "ji" and "woo".
_SYLLABLES = words(
    """
    a ah bin bo chan chen cheol chul da do dong eun fang feng ga geon gyeong gyu ha han hao
    hee ho hong hoon hua hui hun hwa hwan hye hyeon hyuk hyun il in jae jeong ji jia jian jie
    jin jing jong joo joon ju jun jung kai kwang kyu kyung lan li lin ling long mei mi min
    ming moon mun myung na nam ok ping qian qing ram ri rin rui sang seo seon seong seung shu
    si so soo sook su suk sun sung tae tao ting wei won woo xiao xin xuan xue yan ye yeon
    yeong yi ying yoo yoon young yu yun zhi zi jie lei qiang yong gang lin bo hua na
"""
)


# The commonest Chinese family names, written first: "Chen Jie", "Wang Fang".
_CHINESE_SURNAMES = words(
    """
    chen wang li zhang liu yang huang zhao wu zhou xu sun zhu guo lin gao luo zheng liang
    xie song tang deng feng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng
    wei su lu ding ren shen yao jiang cui zhong tan
    """
)


def chinese_name(surname: str, given: str) -> bool:
    """ "Chen Jie", "Wang Xiaoming": a family name, then one or two romanised syllables."""
    if surname not in _CHINESE_SURNAMES:
        return False
    if given in _SYLLABLES:
        return True
    return any(given[:k] in _SYLLABLES and given[k:] in _SYLLABLES for k in range(1, len(given)))


def east_asian_given(lower: str, written: str = "") -> bool:
    """Two romanised syllables joined by a hyphen ("ji-woo"), not a doubled one ("ha-ha")
    unless written as the Filipino nickname it is ("Jun-Jun", "Bong-Bong")."""
    parts = lower.split("-")
    if len(parts) != 2:
        return False
    if parts[0] == parts[1]:
        return parts[0] in _DOUBLED and re.fullmatch(r"[A-Z]\w+-[A-Z]\w+", written) is not None
    return all(p in _SYLLABLES for p in parts)


_DOUBLED = words("jun bong len jon ding dong ling ping mon bing tin lyn boy ton")


class NameTok(Protocol):
    """The token fields these helpers read (``names.Tok`` satisfies it)."""

    text: str
    lower: str
    start: int
    end: int
    cap: bool
    possessive: bool
    sentence_start: bool
    protected: bool
    listed_word: bool
    name: bool
    given: bool
    surname: bool
    common: bool

    @property
    def unknown(self) -> bool: ...


# Letters only Vietnamese writes (not French à é ê ô, nor Spanish á ñ): a word spelled with
# one in an English or French note is a Vietnamese name ("Bảo", "Nguyễn", "Phương")
_VIETNAMESE = re.compile("[ảạằắẳẵặầấẩẫậẻẽẹềếểễệỉĩịỏọồốổỗộơờớởỡợủũụưừứửữựỳỷỹỵđ]", re.IGNORECASE)
_VIETNAMESE_FOOD = words("phở chả gỏi")


def vietnamese_word(written: str) -> bool:
    return _VIETNAMESE.search(written) is not None and written.casefold() not in _VIETNAMESE_FOOD


def age_follows(text: str, pos: int) -> bool:
    """True when an age is written right after ``pos`` ("Faith (14)", "Bear 22 y/o")."""
    return _AGE.match(text, pos) is not None


def opens_aged(text: str, toks: Sequence[Tok], i: int) -> bool:
    """A given name opening the note, then its age and unit set off by commas: "Raymond, 78
    ans, vit seul" (a town has no age; not "R.B. Russell, 13 y/o", a school after initials)."""
    t = toks[i]
    return (
        t.sentence_start
        and t.given
        and t.text[1:].islower()
        and _AGED_IN_YEARS.match(text, t.end) is not None
        and not (i and len(toks[i - 1].text) == 1)
    )


_AGED_IN_YEARS = re.compile(r",\s*\d{1,2}\s*(?:ans|y/?o|yo|years?\s+old)\s*,", re.IGNORECASE)


def birth_date_follows(text: str, pos: int) -> bool:
    """A date of birth in brackets right after ``pos``: "Hunter Sutherland (2008-11-02)"."""
    return _BIRTH_ASIDE.match(text, pos) is not None


_BIRTH_ASIDE = re.compile(
    r"\s*\(\s*(?:DOB|DDN|d\.o\.b\.|b\.|born|n[ée]e?(?:\s+le)?)?\s*:?\s*"
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
    r"|\d{1,2}\s+[A-Za-zéû]{3,9}\.?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})\s*[),;]",
    re.IGNORECASE,
)


def born_after(text: str, pos: int) -> bool:
    """A birth said right after ``pos``: "Kanerahtiio Deer, né le 9 août 2008", "Antuan born
    12 Jan 1999"."""
    return _BORN_AFTER.match(text, pos) is not None


_BORN_AFTER = re.compile(r",?\s*(?:née?|born|b\.)\s+(?:le\s+|on\s+|in\s+)?\d", re.IGNORECASE)


def aged_in_chat(text: str, pos: int) -> bool:
    """ "saali,16, posted the video", "qumaq (15) is back": an age right after a word in chat;
    not "food 31, nalox 6, referrals 4", a tally."""
    aged = _AGED_IN_CHAT.match(text, pos)
    if aged is None:
        return False
    item = _NEXT_ITEM.match(text, aged.end())  # not "kids: nimco 12, sagal 10, liban 7"
    return item is None or not lexicon().is_common(item.group(1))


_AGED_IN_CHAT = re.compile(r"(?:\s*,\s*|\s+\(\s*|\s+)\d{1,2}\s*(?:y/?o\b|yo\b|ans\b)?\s*[,)](?!\d)")
_NEXT_ITEM = re.compile(r"\s*([a-z]+)\s+\d")


def age_said(text: str, pos: int) -> bool:
    """An age said of the word before ``pos``: "Hope is 14", "Sa fille Grâce a 7 ans", "Tanis
    turns 17", "Will is the 12 y/o"."""
    return _AGE_SAID.match(text, pos) is not None


_AGE_SAID = re.compile(
    r"\s+(?:a|is|was|est|turns|turned|aura|will\s+be)\s+(?:the\s+|le\s+|la\s+)?\d{1,2}"
    r"(?:\s*(?:ans|y/?o|yrs|years|yo)\b|(?=\s+(?:and|et|in|on|next|this|dans|en)\s|[,.;)]|$))"
    # "Staff think Tanner is in his early 20s"
    r"|\s+(?:is|was)\s+in\s+(?:his|her|their)\s+(?:early\s+|mid\s+|mid-|late\s+)?\d0s\b",
    re.IGNORECASE,
)


def surname_like(tok: NameTok) -> bool:
    """A capitalised token that can close a name: listed (even if a word) or unknown."""
    return tok.cap and not tok.protected and (tok.surname or tok.given or tok.unknown)


def particle_end(text: str, toks: Sequence[NameTok], k: int, after_title: bool = False) -> int:
    """If ``toks[k:]`` is "de la Cruz"-like, the index past the surname; else ``k``.
    After a title the first particle may follow a period: "Mr. van der Berg"."""
    j = k
    while j < len(toks) and j - k < 2 and toks[j].lower in PARTICLES:
        spaced = (j == k and after_title) or _spaced(text, toks[j - 1], toks[j])
        if not spaced or toks[j].possessive:
            return k
        j += 1
    if j == k or j >= len(toks) or not _spaced(text, toks[j - 1], toks[j]):
        return k
    last = toks[j]
    if surname_like(last) and not (last.common and not last.surname):
        return j + 1
    return k


def initial_name(text: str, toks: Sequence[NameTok], i: int) -> int:
    """ "J. Morin", "P. Gaudet": index past the surname when ``toks[i]`` is an initial."""
    t = toks[i]
    if len(t.text) != 1 or not t.text.isupper() or i + 1 >= len(toks):
        return i
    if text[max(0, t.start - 1) : t.start] in ("°", "º") or text[t.start - 1 : t.start].isdigit():
        return i  # "-32 °C. Diabétique", "5K. Then"
    nxt = toks[i + 1]
    first = i
    compound = _COMPOUND.match(text, t.start) is not None and i + 2 < len(toks)
    if compound:  # "M.-A. St-Pierre", "J.-F. Tremblay": a compound first name's initials
        i, t, nxt = i + 1, nxt, toks[i + 2]
    elif _COMPOUND.match(text, max(0, t.start - 3)) and t.start >= 3:
        return i  # the second initial of "J.-F.": read from the first
    if text[t.end : nxt.start] not in (". ", ".", ".  "):
        return first
    if t.start >= 2 and text[t.start - 1] in ".-" and text[t.start - 2].isupper() and not compound:
        return first  # "J.P. Sutherland": the initials as a whole are read in ``name_echoes``
    if compound and nxt.cap and nxt.surname:
        return i + 2
    if nxt.protected and not (nxt.listed_word and t.text not in "NSEWO"):
        return first  # "Marion M. Graham Collegiate", "N. Battleford"; "J. Whitehorse" is a person
    if nxt.protected and nxt.listed_word and not nxt.common:
        return i + 2  # "Booked under J. Whitehorse"
    if surname_like(nxt) and (nxt.surname or nxt.unknown or (nxt.given and not nxt.common)):
        return i + 2
    return first


_COMPOUND = re.compile(r"(?<![\w.-])[A-ZÀ-Ý]\.-[A-ZÀ-Ý]\.\s?[A-ZÀ-Ý]")


def _spaced(text: str, a: NameTok, b: NameTok) -> bool:
    return text[a.end : b.start] == " "


def in_age_list(text: str, toks: Sequence[Tok], i: int) -> bool:
    """``toks[i]`` and its age stand in a list of a family's people with their ages: "kids are
    Phoenix 11, Everest 8 and Kingston 5", "she has Journey (4) and Legend (2)"."""
    t = toks[i]
    return bool(
        t.cap
        and not t.text.isupper()
        and (not t.protected or t.listed_word)
        and not (t.common and not t.name and not _BRACKETED_AGE.match(text, t.end))
        # the second word of a name, not a full name ("Raven Badger (9)")
        and not (
            i > 0
            and toks[i - 1].cap
            and not toks[i - 1].given
            and text[toks[i - 1].end : t.start] == " "
        )
        and not (i > 0 and toks[i - 1].possessive)  # "Children's Aid (1)"
        and all(t.lower not in s for s in (CALENDAR, INSTITUTION, KIN, ROLES, STOPWORDS))
        and t.lower not in _COUNTED
        and t.lower not in RANKED
        and _listed_with_ages(text, t)
    )


_AGE_UNIT = r"(?:mo|months?|mois|ans|y/?o|yo)"
_BRACKETED = r"\s*\(\s*\d{1,2}\s*" + _AGE_UNIT + r"?\s*\)"  # "(4)", "(8 mo)"
_BRACKETED_AGE = re.compile(_BRACKETED, re.I)
# "Phoenix 11,", "Journey (4) and": a capitalised word and its age, as a list writes them
_AGE_PAIR = re.compile(
    r"(?<![\w'’-])(?-i:[A-ZÀ-Ý][\w'’-]+)(?:"
    + _BRACKETED
    + r"|\s\d{1,2}(?:\s*"
    + _AGE_UNIT
    + r"\.?)?"
    r"(?=\s*(?:[,;.)—–]|and\b|et\b|&|$)))",
    re.IGNORECASE,
)
_FAMILY_WORDS = re.compile(
    r"\b(?:kids?|children|child|enfants?|siblings?|twins|daughters?|sons?|girls?|boys?|grandkids|"
    r"petits?|petites?|foster|mom|mother|mère|dad|father|père|grandma|kokum|kookum|nan|filles?|"
    # not "Children's Aid of Stormont, Dundas and Glengarry (4)"
    r"fils|jeunes|fratrie)\b(?!['’]s)",
    re.IGNORECASE,
)
# labels that take a number: "Grade 5, Room 12 and Bus 7" lists no one
_COUNTED = words(
    """
    grade gr room rm bus route highway hwy ward div division unit floor level sit sits stage
    step phase cohort class period block team zone district section form bed pod wing gate exit
    line track platform door cell apt suite page item question week day year page chapter
    year-old group groups table tables kids youth children enfants jeunes ages age situation
    situations present absent total new open closed sites site widow widower male female man
    woman adult senior elder
    """
)


def _listed_with_ages(text: str, t: Tok) -> bool:
    """The word and its age stand in a list of two or more people with their ages."""
    pairs = [m for m in _AGE_PAIR.finditer(text) if m.group(0).split()[0].strip("(") not in ("",)]
    named = [m for m in pairs if m.group(0)[:1].isupper()]
    # said of a family just before the list, not "Misiway (4), CMHA (4)": counts
    return (
        len(named) >= 2
        and any(m.start() == t.start for m in named)
        and _FAMILY_WORDS.search(text, max(0, named[0].start() - 80), named[-1].start()) is not None
    )


# "the little one", "the oldest": where a child stands among the others
RANKED = words("little youngest oldest older younger middle baby big")


def surname_first(text: str, toks: Sequence[Tok], i: int) -> bool:
    """A family name in capitals, then the given name or an initial: "SMITH, Tyler" as police
    notes write it, 'Caller ID showed "HADDAD J"'; not "SCDSB, Barrie Police Service", an
    acronym without vowels, nor "FACSFLA, Marie-Rivier", four consonants running."""
    t, nxt = toks[i], toks[i + 1] if i + 1 < len(toks) else None
    if not (t.text.isupper() and len(t.text) >= 3) or t.protected or nxt is None:
        return False
    if not (t.name or (len(t.text) >= 5 and not t.common and _spoken(t.text))):
        return False
    after = toks[i + 2] if i + 2 < len(toks) else None
    if after and after.text.isupper() and len(after.text) > 2 and after.lower not in _CUES_IN_CAPS:
        return False  # "ANKORS, Nelson CARES": a list of agencies in capitals
    if nxt.given and nxt.cap and not nxt.text.isupper():  # not "NBRHC, CAS"
        return text[t.end : nxt.start].strip() == ","
    if nxt.given and len(nxt.text) >= 3 and not nxt.protected and _spoken(nxt.text):
        # "the caller as MCGILLIVRAY, DEAN": a record in capitals, a given name after the comma
        return not t.common and text[t.end : nxt.start].strip() == ","
    return t.surname and not t.common and len(nxt.text) == 1 and nxt.text.isupper()


_CUES_IN_CAPS = words("dob ddn sin nas hcn phn ohip dl ramq nam hsn mrn oen aka dit tel cell")
_SPOKEN_CAPS = re.compile(r"(?=.*[AEIOUY])(?!.*[^AEIOUY\W]{4})[A-ZÀ-Ý'’-]+")


def _spoken(caps: str) -> bool:
    """A word in capitals that reads as a word, not an acronym; a doubled letter counts once
    ("MCGILLIVRAY"), while "FACSFLA" runs four consonants."""
    return _SPOKEN_CAPS.fullmatch(re.sub(r"(\w)\1", r"\1", caps)) is not None


def named_before_birth(text: str, toks: Sequence[Tok], i: int) -> bool:
    """A given name and a capitalised word, then a birth date: the person's full name, even
    when the family name is an everyday word ("Crystal Azure, DOB 1990-06-14")."""
    if i + 1 < len(toks) and toks[i + 1].cap and text[toks[i].end : toks[i + 1].start] == " ":
        first, last = toks[i], toks[i + 1]
    elif i > 0 and text[toks[i - 1].end : toks[i].start] == " ":
        first, last = toks[i - 1], toks[i]
    else:
        return False
    return (
        first.cap
        and first.given
        and last.cap
        and last.text.isalpha()
        and not (first.protected and not first.listed_word)
        and not last.protected
        and last.lower not in INSTITUTION
        and last.lower not in _EVENTS  # "Summer Camp, DOB …": a programme's form
        and _BIRTH_AFTER.match(text, last.end) is not None
    )


_EVENTS = words("camp camps day days program programme session festival week weekend")
_BIRTH_AFTER = re.compile(r",?\s*\(?(?:DOB|DDN|d\.o\.b\.|n[ée]e?\s+le|born)\s*:?\s*\d", re.I)


_ABOUT_A_PERSON = words("dob ddn born née né age aged sin nas hsn ohip phn awol")
_HAPPENS_TO_A_PERSON = words(
    """
    picked arrested charged seen released found admitted taken missing located discharged
    apprehended placed evicted suspended expelled assaulted hospitalized hospitalised
    transported been arrêté arrêtée accusé accusée vu vue libéré libérée hospitalisé
    hospitalisée disparu disparue retrouvé retrouvée expulsé expulsée
    awol staying living pregnant homeless refusing detained remanded incarcerated intoxicated
    sleeping hiding couch-surfing banned trespassed held
    """
)


def after_label(text: str, t: Tok) -> bool:
    """``t`` follows the colon of a label for a person: "contact: Bonnie Fiddler", « parent :
    Roger Lefebvre »; not "Reminder: Ocean Wise field trip", "Fri: Peace Hills Trust"."""
    return _PERSON_LABEL.search(text, max(0, t.start - 20), t.start) is not None


_PERSON_LABEL = re.compile(
    r"\b(?:contact|parent|proche|mom|dad|mother|father|mère|père|client|cliente|tenant|"
    r"locataire|name|nom|caller|nok|kin|guardian|tuteur|tutrice|youth|jeune|patient|victim|"
    r"victime|usager|usagère|sponsor|garant)\s?:\s$",
    re.IGNORECASE,
)


def person_follows(text: str, toks: list[Tok], k: int) -> bool:
    """After "Trinity Sinclair": a birth date, an age or a verb said of people."""
    if re.match(r"\s*[,(]\s*\d{1,2}\b(?!\s*(?:km|h|min|%|\$|kg|mg|am|pm|:))", text[toks[k].end :]):
        return True  # "Trinity Sinclair, 15," / "(15)"
    after = toks[k + 1].lower if k + 1 < len(toks) else ""
    if after in ("was", "is", "got", "has", "had", "a", "est") and k + 2 < len(toks):
        return toks[k + 2].lower in _HAPPENS_TO_A_PERSON  # "Faith Cardinal was picked up"
    # "Wade Crow banned from the library": a note's clipped passive
    return after in _ABOUT_A_PERSON or after in SUBJECT_VERBS or after in _HAPPENS_TO_A_PERSON

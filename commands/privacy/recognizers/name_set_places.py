"""Names in the set places of a note or a message, where any word is a name.

- a list after a label: "Kids' names for CFS only: Noël, Céleste and Constant", "Prénoms
  des enfants : Soleil, Lune et Étoile" (not a list of agencies or programmes, whose words
  are acronyms, shielded, or everyday words no list of names holds);
- the closing of a text or an e-mail: 'Sign-off: "cheers, Mo"';
- the opening of a voicemail or a text: "this is kev, tell the worker", "its crystal
  from the band office";
- whose caseload a client is on: "client on Hargreaves caseload";
- two people said to be siblings right after their names: "Florence and Victoria (twins)";
- a list said to be names after it: "Little, Strong, Fox — those are the 3 surnames";
- a nickname between a given name and the family name: 'Denis « le Gros » Cormier', or in
  brackets after the given name: "Derek (D-Money)";
- a parent's given name after "à" in Acadian usage: "Ti-Paul à Bélonie";
- two letters said to be the person: "youth is tj (his legal name is…)";
- a family named after a dash or a colon: "the same family - Isnana.";
- a name in lower case right before its date of birth: "Acc dale whitehawk DOB 02-Nov-1987";
- who is told, in French ("dites à Véro que…"), and a "ti-" nickname in lower case;
- the accused in a case's style of cause: "R. c. Bouchard", "R v Thompson";
- a word set off after a sex and an age: "M 45, Pilakapsi, talked to him";
- a given name and an agency opening a note: "Nicole CMHA: she's on our ACT list", and who
  writes or offers: "Okafor here —", "Dale from Peace Wapiti —", « Marjolaine de la Maison… »;
- a given name in brackets after someone described: « le monsieur de Sainte-Apolline (Roger) ».
Everyday words stay out where the place is weak ("thanks, team", "this is urgent").
"""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers import Candidate, name_attendance
from commands.privacy.recognizers.cues import CALENDAR, KIN, TITLES
from commands.privacy.recognizers.name_statutes import RULINGS

_SIGN_OFF = re.compile(
    r"\b(?:thanks|thank\s+you|thx|ty|cheers|regards|best|merci|cordialement|bisous|xoxo|"
    r"love|sincerely|take\s+care)\s*,\s*"
    r"(?P<n>[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?(?:\s[A-ZÀ-Ý][^\W\d_]+)?)"
    r"(?=\s*(?:[\"”»']|\s/\s|\n|$|[-—–]\s|💕|❤|\s*\())",
)
# "R. c. Bouchard, remis au 12 février", "R v Thompson adjourned": a criminal case is named
# after the accused; not the precedents every note cites ("R. v. Gladue", "R v Jordan")
_STYLE_OF_CAUSE = re.compile(
    r"\bR\.?\s?(?:v|c)\.?\s+(?!(?:" + "|".join(RULINGS) + r")\b)"
    r"(?P<n>[A-ZÀ-Ý][^\W\d_]+(?:[-'’][A-ZÀ-Ý][^\W\d_]+)?)"
)
# A sex and an age, then a word set off by commas: who they are, as intake notes write it
_SEX_AGE_NAME = re.compile(
    r"(?<![\w-])[MF]\s?\d{1,2}\s*,\s*(?P<n>[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)?)\s*,"
)
# "Sterling on the GoodLife desk says", "Hunter on the front desk saw": who staffs it
_AT_THE_DESK = re.compile(
    r"(?<![\w'’-])(?P<n>[A-Z][a-z]{2,})\s+(?:on|at|behind)\s+the\s+(?:[A-Z][\w-]*\s+){0,2}"
    r"(?:front\s+)?(?:desk|counter)\b"
)
_INTRODUCED = re.compile(
    r"(?:^|[\"“«:]\s*|\b(?:hey|hi|hello|allo|salut|bonjour|yo)[,!]?\s+)"
    r"(?:it['’]?s|this\s+is|c['’]?est|cest|its)\s+"
    r"(?P<n>[^\W\d_][^\W\d_'’-]{1,15}(?:-[^\W\d_]+)?)"
    r"(?P<after>\s+(?:from|de|du|here|ici)\b|\s*[,.!]|\s+(?:tell|call|can|pls|please|i|im)\b"
    r"|\s+(?:jsuis|j['’]suis|je\s+suis|chu|svp|stp)\b)",  # « cest Jo jsuis chez Keven »
    re.IGNORECASE | re.MULTILINE,
)
# "Florence and Victoria (twins)", "w/ storm and river, the twins": two people said to be
# siblings right after their names
_PAIR_OF_SIBLINGS = re.compile(
    r"(?<![\w'’-])(?P<a>[^\W\d_][^\W\d_'’-]+)(?:\s+(?:and|et|n)\s+|\s*[&/]\s*)"
    r"(?P<b>[^\W\d_][^\W\d_'’-]+)"
    r"(?:\s*\(|,\s*)(?:the\s+|les\s+|both\s+)?(?:twins|siblings|sisters|brothers|cousins|"
    r"jumeaux|jumelles|sœurs|soeurs|frères|freres)\b",
    re.IGNORECASE,
)
_CASELOAD = re.compile(
    r"\b(?:on|in|to|from|sur)\s+(?P<n>(?-i:[A-ZÀ-Ý][^\W\d_'’-]+))(?:['’]s|s['’]|['’])?\s+"
    r"(?:caseload|case\s+load|charge\s+de\s+cas)\b",
    re.IGNORECASE,
)


# 'Denis « le Gros » Cormier', 'Derek (D-Money) is recruiting': a nickname set between a
# given name and the family name, or a letter nickname in brackets after the given name
_NICK_BETWEEN = re.compile(
    r"(?P<g>[A-ZÀ-Ý][^\W\d_]+)\s+(?:«\s*|[\"“])"
    r"(?P<n>(?:(?:le|la|the|lil|big|p['’]tit|ti)\s+)?[A-ZÀ-Ý][\w'’-]*(?:\s[A-ZÀ-Ý][\w'’-]*)?)"
    r"(?:\s*»|[\"”])\s+[A-ZÀ-Ý][^\W\d_]{2,}"
    r"|(?P<g2>[A-ZÀ-Ý][^\W\d_]+)\s+\((?P<n2>[A-Z]-[A-Z]?[a-z]{2,})\)(?!\s+[A-ZÀ-Ý])"
)


# "Ti-Paul à Bélonie", "Marie à Jos": Acadian and rural Québec families name a person by a
# parent's given name after "à"
_CHILD_OF = re.compile(
    r"(?P<a>(?:Ti-|P['’]tit[ -])?[A-ZÀ-Ý][^\W\d_]+)\s+à\s+(?P<b>[A-ZÀ-Ý][^\W\d_]+)(?![\w'’-])"
)


# "youth is tj (his legal name is…)", "the kid is JP": two letters said to be the person
_SHORT_NAME_SAID = re.compile(
    r"\b(?:youth|kid|client|jeune|son|daughter|boy|girl|he|she)\s+(?:is|was|est)\s+"
    r"(?P<n>tj|jp|aj|cj|jj|rj|dj|mj|kj)(?![\w.'’-])",
    re.IGNORECASE,
)


# "Nicole CMHA: she's on our ACT list now": a note opened by a person and her agency, as
# "Portage RCMP:" opens one by a town and its detachment
_PERSON_AND_AGENCY = re.compile(r"\A(?P<n>[A-Z][a-z]{2,})[ \t]+\(?(?P<a>[A-Z]{2,6})\)?[ \t]*:")
# "Okafor here — confirmed w/ Remand", "Dale from Peace Wapiti — slammed this week",
# "Marjolaine de la Maison de la famille a du linge": a note opened by who writes or offers
# "jo de la maison des jeunes dit que…", "Frank from Maintenance says…": in lower case, or
# a short or everyday word, only before what the sender says
_SELF_INTRODUCED = re.compile(
    r"\A(?P<n>[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]+)\s+(?:(?P<here>here)\s*[—–,:-]"
    r"|(?:(?:from|de\s+la|du)\s+(?:the\s+)?|de\s+l['’]\s*)(?P<a>[A-ZÀ-Ýa-zà-ÿ]))"
)
_SAYS_AFTER = re.compile(
    r"[\w'’ -]{0,40}?\s(?:says|said|told\s+(?:me|us)|dit|a\s+dit|disait|reports|mentioned|"
    r"writes|wrote|texted|(?:m['’]|nous\s+)?[ée]crit|m['’]a\s+(?:dit|écrit|texté))\s"
)
# "Le monsieur de Sainte-Apolline (Roger) a dit…", "the man from Tisdale (Roger)": someone
# described, then the given name in brackets, an everyday word or not
_DESCRIBED_THEN_NAMED = re.compile(
    r"\b(?i:le\s+monsieur|la\s+dame|le\s+(?:gars|jeune|bonhomme)|la\s+(?:jeune|fille)|"
    r"the\s+(?:man|woman|lady|guy|gentleman|youth|kid|boy|girl)|our\s+(?:student|learner|patient))"
    r"(?:\s+(?:de|du|from|in|at)\s+[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?)?"
    r"\s*\((?P<n>[A-ZÀ-Ý][a-zà-ÿ]{2,})\)"
)
# 'text from mom: "this is Crystal my new number is…"': a quoted message that says who sent it
_QUOTED_INTRO = re.compile(
    r"[\"“«]\s*(?i:(?:hi|hey|allo|bonjour|salut)\s*,?\s+)?(?i:this\s+is|it['’]s|c['’]est)\s+"
    # the given name alone: "c'est Marc-André Pelletier" and "this is Crystal Moar" are read
    # whole elsewhere
    r"(?P<n>[A-ZÀ-Ý][a-zà-ÿ]{2,})(?![\w'’-]|\s+[A-ZÀ-Ý])"
)
# "Roger (Imbeault) accepte le ménage": a given name, the family name in brackets
_FAMILY_IN_BRACKETS = re.compile(
    r"(?<![\w'’-])(?P<g>[A-ZÀ-Ý][a-zà-ÿ]{2,})\s*\((?P<f>[A-ZÀ-Ý][a-zà-ÿ'’-]{2,})\)"
)
# "soupçonne kim du 4e", "Gus from the 3rd floor": a tenant known by name and floor
_BY_FLOOR = re.compile(
    r"(?<![\w'’-])(?P<n>[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]{1,})\s+(?:du\s+\d{1,2}e|(?i:from|on)\s+the\s+"
    r"\d{1,2}(?:st|nd|rd|th)\s+floor)\b"
)
# "the boyfriend of the tenant in 14, a Wade something": a given name, the rest unknown
_HALF_NAMED = re.compile(
    r"\b(?i:a|an|un|une|some)\s+(?P<n>[A-ZÀ-Ý][a-zà-ÿ]{2,})\s+"
    r"(?i:something|somebody|whatever|quelque\s+chose|de\s+quoi)\b"
)
_NOTICES = words("avis suivi visite appel rapport note message retour rencontre courriel")
_DASH_AFTER = re.compile(r"[^.\n—–]{0,40}?\s[—–-]\s")
# "Vic ER:", "Grace HS:": a hospital's unit or a school, named after someone
_UNITS_AND_SCHOOLS = words("ER ED ICU OR UC HS SS PS SD PD FD ES MS CS CI CHSLD CLSC GMF")


# "CFS files are the same family - Isnana.", "Famille : Okimaw": a family by its name
_FAMILY_LABEL = re.compile(
    r"\b(?:family|famille)\s*[-–—:]\s*(?P<n>(?-i:[A-ZÀ-Ý][^\W\d_'’-]{2,}))(?=\s*(?:[.,;)]|$))",
    re.IGNORECASE,
)


# "Acc dale whitehawk DOB 02-Nov-1987": a name typed in lower case right before its DOB
_BEFORE_A_BIRTH_DATE = re.compile(
    r"(?<![\w'’-])(?P<g>[a-zà-ÿ]{3,})\s+(?P<s>[a-zà-ÿ][a-zà-ÿ'’-]{2,})\s*,?\s+"
    r"(?i:dob|d\.o\.b\.?|ddn|née?|nee|born)\b"
)


# "dites à Véro que je vais passer", "demande à Jo de rappeler": who is told, in French
_TOLD_IN_FRENCH = re.compile(
    r"\b(?:dis|dites|dire|demande|demandez|demander|mentionner|mentionne|rappeler|rappelle|"
    r"expliquer|confirmer|annoncer)\s+à\s+(?P<n>(?-i:[A-ZÀ-Ý][\w'’-]+))"  # "Mentionner à Dieunie"
    r"\s+(?:que|qu['’]|de|d['’])",
    re.IGNORECASE,
)
# "ti-pit (le plus vieux) a été vu": a "ti-" nickname typed in lower case, before what he did
_TI_NICKNAME = re.compile(  # not "le ti-gars va mieux"
    r"(?<![\w-])(?P<n>ti-(?!(?:gars|fille|cul|bébé|bebe|gus|namis|peu)\b)[a-zà-ÿ]{2,})"
    r"(?=\s*\(|\s+(?:a|est|pis|et|and|is|was|s['’]est|va)\b)"
)


# 'he's "bong" to everyone at the centre': a quoted word is what everyone calls him
_QUOTED_FOR_ALL = re.compile(
    r"\b(?:he|she|they|il|elle)\s*(?:['’]s|['’]re|is|are|was|est|c['’]est)\s+[\"“«]\s*"
    r"(?P<n>[^\W\d_][\w'’-]{1,20})\s*[\"”»]\s+(?:to|for|pour|à)\s+(?:everyone|everybody|"
    r"tout\s+le\s+monde|the\s+(?:kids|guys|crew|street|block|family))\b",
    re.IGNORECASE,
)


def find(text: str, suggestion: str | None) -> list[Candidate]:
    out = _listed(text, suggestion) + name_attendance.find(text, suggestion)  # a roll call
    lex = lexicon()
    for pattern in (_TOLD_IN_FRENCH, _TI_NICKNAME, _QUOTED_FOR_ALL, _STYLE_OF_CAUSE):
        for m in pattern.finditer(text):
            if not _never_a_name(m.group("n")):
                out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), suggestion, 45))
    for m in _BEFORE_A_BIRTH_DATE.finditer(text):
        given, family = m.group("g"), m.group("s")
        ok = given in lex.given and given not in STOPWORDS and family not in STOPWORDS
        if ok and (family in lex.surnames or not lex.is_common(family)):
            out.append(Candidate(Kind.NAME, m.start("g"), m.end("s"), suggestion, 46))
    for m in _SEX_AGE_NAME.finditer(text):  # "M 45, Pilakapsi, talked to him"; not "F 45, Rankin,"
        w = m.group("n").casefold()
        if w in lex.given or not (
            lex.is_common(w) or w in lex.never_single or w in lex.given_places
        ):
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), suggestion, 46))
    for m in _FAMILY_LABEL.finditer(text):
        if not _never_a_name(m.group("n")) and not lex.is_common(m.group("n").casefold()):
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), suggestion, 46))
    for m in _SHORT_NAME_SAID.finditer(text):
        out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), suggestion, 46))
    for m in _PERSON_AND_AGENCY.finditer(text):
        if _person_and_agency(m):
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), suggestion, 46))
    for m in _FAMILY_IN_BRACKETS.finditer(text):  # "Roger (Imbeault) accepte le ménage"
        g, f = m.group("g").casefold(), m.group("f").casefold()
        # not "meetings Tue (Windsor), Thu (Walpole)"
        given = g in lex.given and g not in lex.given_places and g not in CALENDAR
        if given and not (lex.is_common(f) or f in lex.never_single or f in lex.given):
            out.append(Candidate(Kind.NAME, m.start("g"), m.end("g"), suggestion, 46))
            out.append(Candidate(Kind.NAME, m.start("f"), m.end("f"), suggestion, 46))
    for m in _BY_FLOOR.finditer(text):  # "le concierge soupçonne kim du 4e"
        w = m.group("n").casefold()
        if w in lex.given and not lex.is_common(w) and not _never_a_name(m.group("n")):
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), suggestion, 46))
    naming = (_DESCRIBED_THEN_NAMED, _HALF_NAMED, _QUOTED_INTRO, _AT_THE_DESK)
    for m in [m for pattern in naming for m in pattern.finditer(text)]:
        if m.group("n").casefold() in CALENDAR:
            continue  # « c'est Noël bientôt »
        if m.re is _AT_THE_DESK and re.search(r"[A-ZÀ-Ý][\w'’-]*\s$", text[: m.start("n")]):
            continue  # "his partner Crystal Thompson at the front desk": a full name, read whole
        if m.group("n").casefold() in lex.given and not _never_a_name(m.group("n")):
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), suggestion, 46))
    for m in _SELF_INTRODUCED.finditer(text):
        if _introduces_self(text, m):
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), suggestion, 46))
    for m in _CHILD_OF.finditer(text):
        a, b = m.group("a").casefold(), m.group("b").casefold()
        parent = b in lex.given or not (lex.is_common(b) or b in lex.never_single)
        parent = parent and b not in lex.given_places and b not in STOPWORDS
        if (a.startswith(("ti-", "p'tit", "p’tit")) or a in lex.given) and parent:
            out.append(Candidate(Kind.NAME, m.start("b"), m.end("b"), suggestion, 45))
    for m in _NICK_BETWEEN.finditer(text):
        group = "n" if m.group("n") else "n2"
        given = (m.group("g") or m.group("g2")).casefold()
        if given in lex.given and given not in STOPWORDS:
            out.append(Candidate(Kind.NAME, m.start(group), m.end(group), suggestion, 46))
    for m in _SIGN_OFF.finditer(text):
        first = m.group("n").split()[0].casefold()
        if first in STOPWORDS or (first in lex.never_single and not lex.is_name(first)):
            continue  # "Thanks, CMHA"
        if lex.is_name(first) or not lex.is_common(first) or len(first) <= 3:
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), suggestion, 47))
    for m in _INTRODUCED.finditer(text):
        word = m.group("n").casefold()
        if word in STOPWORDS or word in lex.given_places or ("-" in word and len(word) < 5):
            continue  # "it's Paris, Ontario": a town
        if word.rstrip(".") in TITLES:
            continue  # "this is Cst. Rajan from…": the title and the name, read by the titles
        # "its crystal from the band office": a word is a name only if a list holds it and
        # where the caller is from follows; "this is urgent, call back" is no one
        said_from = lex.is_name(word) and m.group("after").strip() in ("from", "de", "du")
        if (lex.is_common(word) or word in lex.never_single) and not said_from:
            continue
        out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), suggestion, 47))
    for m in _PAIR_OF_SIBLINGS.finditer(text):
        pair = [m.group("a"), m.group("b")]
        if all(_sibling_name(w) for w in pair):
            out.extend(Candidate(Kind.NAME, m.start(g), m.end(g), suggestion, 46) for g in "ab")
    for m in _CASELOAD.finditer(text):
        word = m.group("n").casefold()
        if (
            word not in STOPWORDS
            and word not in lex.never_single
            and not (lex.is_common(word) and not lex.is_name(word))
        ):
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), suggestion, 46))
    return out


_LABEL = re.compile(
    r"\b(?:names?|first\s+names|noms|prénoms|prenoms)\b[^.:\n]{0,30}?:[ \t]*", re.IGNORECASE
)
_PEOPLE = re.compile(
    r"prénoms|prenoms|first|kids|kid's|children|enfants|youth|siblings|girls|boys|twins"
    r"|fratrie|jumeaux|jumelles|filles|garçons",
    re.IGNORECASE,
)
_ITEM = re.compile(
    r"(?P<n>[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?)"
    r"(?P<sep>[ \t]*,[ \t]*(?:and[ \t]+|et[ \t]+)?|[ \t]+(?:and|et|&)[ \t]+|(?=[ \t]*(?:[.;)]|$)))"
)


# "Little, Strong, Fox — those are the 3 surnames": a list, then what its words are
_NAMED_AFTER = re.compile(
    r"(?:^|(?<=[.!?:]\s))(?P<list>(?:[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?"
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:and|et|&)[ \t]+))+[A-ZÀ-Ý][^\W\d_]+)[ \t]*[—–:-]?[ \t]*"
    r"(?:those|these|ce\s+sont|c['’]est)\s+(?:are\s+)?(?:the\s+|their\s+|les\s+|leurs\s+)?"
    r"(?:\d+\s+|two\s+|three\s+|four\s+|deux\s+|trois\s+|quatre\s+)?"
    r"(?:sur)?(?:names|noms|prénoms)\b",
    re.IGNORECASE | re.MULTILINE,
)


def _person_and_agency(m: re.Match[str]) -> bool:
    """ "Nicole CMHA:", not "Vic ER:", "Sunday ED:" or "Brandon SD:"."""
    lex, word = lexicon(), m.group("n").casefold()
    if m.group("a") in _UNITS_AND_SCHOOLS or word in lex.never_single:
        return False  # a hospital's department, a day
    return (
        word in lex.given
        and not (lex.is_common(word) or _never_a_name(m.group("n")))
        and word not in lex.given_places  # a town's school division
    )


def _introduces_self(text: str, m: re.Match[str]) -> bool:
    """ "Okafor here —", "Dale from Peace Wapiti —", « Marjolaine de la Maison… »."""
    lex, word = lexicon(), m.group("n").casefold()
    if word in lex.never_single or word in lex.given_places or word in _NOTICES:
        return False  # "Regina from the …", « Avis du TAL reçu »
    if _never_a_name(m.group("n")):
        return False  # "Update from Shared Health"
    if m.group("here"):
        return m.group("n")[0].isupper() and (lex.is_name(word) or not lex.is_common(word))
    says = _SAYS_AFTER.match(text, m.end()) is not None
    if m.group("n")[0].islower() or len(word) < 3 or m.group("a").islower():
        return says and lex.is_name(word) and not lex.is_common(word) and word not in KIN
    # "Bill from SaskPower is $1,940 behind": a word, unless a dash sets the sender off
    signed = word not in lex.english or _DASH_AFTER.match(text, m.end()) is not None or says
    # "Kawennahente from AFW will come to the door": a name no list holds, too (not « du
    # CHU », not a relative: "Kokum from the Elders' lodge")
    unlisted = len(word) >= 5 and not (word in lex.common or lex.is_name(word))
    unlisted = unlisted and text[m.end("n") :].lstrip().startswith("from ")
    unlisted = unlisted and word not in KIN
    return (word in lex.given or unlisted) and signed


def _listed(text: str, suggestion: str | None) -> list[Candidate]:
    out: list[Candidate] = []
    for named in _NAMED_AFTER.finditer(text):
        for item in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)?", named.group("list")):
            if item.group(0).casefold() not in ("and", "et") and not _never_a_name(item.group(0)):
                start = named.start("list") + item.start()
                out.append(Candidate(Kind.NAME, start, start + len(item.group(0)), suggestion, 47))
    for label in _LABEL.finditer(text):
        items: list[re.Match[str]] = []
        pos = label.end()
        while (m := _ITEM.match(text, pos)) is not None:
            items.append(m)
            pos = m.end()
            if not m.group("sep"):
                break
        if len(items) < 2 or items[-1].group("sep"):
            continue  # one word is a label's value, read elsewhere; a list must end
        people = _PEOPLE.search(label.group(0)) is not None  # "Kids' names", "Prénoms"
        if not all(_may_be_a_name(m.group("n"), people) for m in items):
            continue  # "Agencies' names: OPS, CAS and CMHA", "Program names: Compass and Journey"
        out.extend(Candidate(Kind.NAME, m.start("n"), m.end("n"), suggestion, 47) for m in items)
    return out


def _may_be_a_name(word: str, people: bool) -> bool:
    lex = lexicon()
    w = word.casefold()
    if _never_a_name(word):
        return False
    return people or lex.is_name(w) or not lex.is_common(w)


def _sibling_name(word: str) -> bool:
    lex = lexicon()
    return not _never_a_name(word) and (word[:1].isupper() or lex.is_name(word.casefold()))


def _never_a_name(word: str) -> bool:
    """An acronym, a function word, or a word the lists shield and hold as no name."""
    lex = lexicon()
    w = word.casefold()
    return word.isupper() or w in STOPWORDS or (w in lex.never_single and not lex.is_name(w))

"""Names said some words after their cue: "Nickname in the group chat is 'Lil Bear'", "un gars
qu'elle appelle Papi", "listed as j. desjardins", "Nom : St-Pierre", 'she signs her work
"Kimi" — her real name's Kimberly'. Read on the whole text with regular expressions, since
the words between the cue and the name may be anything."""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import CALENDAR, KIN, PERSON_VERBS
from commands.privacy.recognizers.naming_phrases import UNSAID


def named_far(text: str, suggestion: str | None) -> list[Candidate]:
    """A name said some words after its cue: "Nickname in the group chat is 'Lil Bear'", "un
    gars qu'elle appelle Papi", "Le gars qu'on appelle Lundi": whatever word it is; an
    initial and a surname after "listed as" ("listed as j. desjardins on the sheet")."""
    out = []
    patterns = (_NICKNAME_FAR, _CALLED_BY_THEM, _LISTED_AS, _THE_ONE_CALLED, _SAINT_IN_FORM)
    named = (
        _QUOTED_BEFORE_REAL_NAME,
        _USED_AS_A_NAME,
        _ON_THE_STREET,
        _CHILD_OF,
        _IS_THE_NAME,
        _QUOTED_THEN_WHO,
        _QUOTED_KIN,
        _QUOTED_NICKNAME,
        _CALLED_THE,
        _NAMED_THEN_KIN,
        _QUOTED_IN_BRACKETS,
        _NAME_ON_RECORD,
        _SEEN_QUOTED,
        _NAMED_AFTER_HOME,
        _REGISTERED_TO,
        _WORN_NAME,
        _INKED_NAME,
    )
    for pattern in (*patterns, *named):
        for m in pattern.finditer(text):
            group = "n" if m.group("n") is not None else "m"
            whole = m.group(group).casefold()
            if pattern is _NAMED_THEN_KIN and (
                whole in _NOT_NAMED_BY_KIN or any(c.isdigit() for c in whole)
            ):
                continue  # "Mom (her aunt) …", "S-14 (aînée, 80 ans)": no name
            cue = m.group("cue") if "cue" in m.re.groupindex else None
            if group == "m" and cue is not None and cue.casefold().startswith("street"):
                continue  # "Street name is Main": the street of an address, not a nickname
            if pattern is _THE_ONE_CALLED and m.group("n").casefold() in _CALL_OBJECTS:
                continue  # "the one they call back"
            if pattern in (_QUOTED_KIN, _QUOTED_NICKNAME, _INKED_NAME) and whole in KIN:
                continue  # 'the Tamil "Amma" (mother)': the word for the relative
            said = m.group(group).casefold().split()[-1]
            if pattern is _CALLED_THE and (said in CALENDAR or said in _CALL_OBJECTS):
                continue  # "they'll call him Monday": when, not what
            phoned = _NICKNAMED.search(m.group(0)) is None
            if pattern is _CALLED_THE and phoned and said in lexicon().never_single:
                continue  # "They called Dilico, not CFS": an agency phoned
            if pattern is _NAMED_AFTER_HOME and not _verb_at(text, m.end()):
                continue  # "the youth from Listuguj, Gesgapegiag, Gaspé": a list of places
            if pattern is _USED_AS_A_NAME and lexicon().everyday(whole):
                continue  # 'gave "Hospital" as her last name': a word, no one's name
            if pattern is _REGISTERED_TO and not _owner_named(whole):
                continue  # "registered to Cypress Health", "leased to Sask Housing": an agency
            if pattern is _NAME_ON_RECORD and all(map(lexicon().everyday, whole.split())):
                continue  # "the name on the program is Healthy Minds"
            quoted = pattern in (_QUOTED_NICKNAME, _QUOTED_IN_BRACKETS, _SEEN_QUOTED, _INKED_NAME)
            if quoted and m.group(group).casefold() in lexicon().never_single:
                continue  # 'new scam: "CRA" texts asking seniors…': an agency, not a nickname
            if quoted and _A_THING_BEFORE.search(text, 0, m.start()):
                continue  # 'the program "Healthy Minds" says it has room'

            if m.group(group).casefold() not in STOPWORDS | UNSAID:
                out.append(Candidate(Kind.NAME, m.start(group), m.end(group), suggestion, 47))
    return out


def _owner_named(whole: str) -> bool:
    """A given name first, no agency or place the lists know: "Dale Highway"."""
    first = whole.split()[0]
    return first in lexicon().given and first not in lexicon().never_single


# "the truck is registered to Dale Highway", "the unit is leased to Kevin Pine": who owns it
_REGISTERED_TO = re.compile(
    r"\b(?:registered|leased|rented|titled)\s+to\s+"
    r"(?P<n>(?-i:[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+))(?![\w'’-])(?!\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)

# The name a uniform or a badge carries: "w/ nametape DESJARDINS", « Nom brodé : Simard »,
# « nom sur la bande : BOUDREAU »
_WORN_NAME = re.compile(
    r"\b(?:name\s?tape|name\s?tag|name\s+badge|nom\s+brod[ée]|nom\s+sur\s+(?:la\s+bande|le\s+badge"
    r"|l['’]uniforme|la\s+chemise))\s*[:,]?\s*[\"“«]?\s*"
    r"(?P<n>(?-i:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?))(?![\w'’-])",
    re.IGNORECASE,
)
# A name inked on someone, quoted: 'the "TRAVIS" neck tattoo', 'wanted "RORY" covered', 'the
# "Tommy" cover-up client', « le tatouage « Kevin » »
_INKED_NAME = re.compile(
    r"[\"“«]\s*(?P<n>(?-i:[A-ZÀ-Ý][\w'’-]+))\s*[\"”»]\s+(?:[a-z]+\s+){0,2}?"
    r"(?:tattoo|tat|tatouage|cover-up|coverup|covered|cover)\b"
    r"|\b(?:tattoo|tatouage)\s+(?:of|that\s+says|reading|de|qui\s+dit)\s+[\"“«]\s*"
    r"(?P<m>(?-i:[A-ZÀ-Ý][\w'’-]+))\s*[\"”»]",
    re.IGNORECASE,
)


def _verb_at(text: str, pos: int) -> bool:
    word = re.match(r"\s*([\w'’]+)", text[pos:])
    return word is not None and word.group(1).casefold() in PERSON_VERBS


# "le jeune de Gesgapegiag, Dakota, veut parler…", "the girl from Sandy Bay, Paris, says": who,
# where they are from, then their name set off by commas before what they do
_NAMED_AFTER_HOME = re.compile(
    r"\b(?:le|la|l['’]|the|un|une|a)\s+(?:jeune|youth|teen|ado|girl|boy|kid|fille|gars|garçon|"
    r"femme|homme|woman|man|élève|student)\s+(?:de|du|des|from|in|à)\s+(?:(?:la|le|les|the)\s+)?"
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?\s*,\s+"
    r"(?!(?:Québec|Quebec|Ontario|Manitoba|Saskatchewan|Alberta|Nunavut|Yukon|Canada)\b)"
    r"(?P<n>(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]{2,})),"
)


_NOT_NAMED_BY_KIN = (
    KIN
    | STOPWORDS
    | words("update note notes fyi info suivi rappel reminder question correction urgent contact")
)
# Whose relative, how ranked, and which, as a bracket after a name says it: "(her cousin)",
# "(older brother, 22)", "(la grand-mère)"
_WHOSE = r"(?:the\s+|her\s+|his\s+|their\s+|my\s+|la\s+|le\s+|sa\s+|son\s+|ma\s+|mon\s+|l['’])?"
_RANKED = (
    r"(?:older\s+|younger\s+|big\s+|little\s+|grand\s+|petit\s+|petite\s+|maternal\s+|paternal\s+"
    r"|great\s+)?"  # "Grace (maternal aunt)"
)
_RELATIVE = (
    r"(?:grand-m[èe]re|grand-p[èe]re|grandma|grandpa|grandmother|grandfather|m[èe]re|p[èe]re|"
    r"mom|dad|mother|father|aunt|auntie|uncle|tante|oncle|cousine?|sister|brother|s(?:œ|oe)ur|"
    r"fr[èe]re|boyfriend|girlfriend|chum|blonde|stepdad|stepmom|beau-p[èe]re|belle-m[èe]re|"
    r"kokum|kookum|son|daughter|fils|fille)"
)
# '« Grace » (la petite de 4 ans)', '"Bug" (the youngest)': which child
_BIRTH_RANK = r"(?:youngest|eldest|oldest|cadette?|a[îi]n[ée]e?)"
_CHILD = r"(?:petite?|b[ée]b[ée]|baby|" + _BIRTH_RANK + r"|plus\s+jeune)\b"
_WHO_IN_BRACKETS = _WHOSE + "(?:" + _RANKED + _RELATIVE + "|" + _CHILD + ")"
# "Tee (her cousin) posts", "Boots (older brother, 22)", "JJ and AJ (twins, 12)", "Paris
# (youngest)": a word, then in brackets the relative it names
_NAMED_THEN_KIN = re.compile(
    r"(?<![\w-])(?<![^\W\d_]\s)"  # not "Princess Bautista (aunt)": the whole name reads there
    r"(?P<n>(?-i:[A-ZÀ-Ý][\w.'’-]{0,20}))\s*\(\s*"
    + _WHOSE
    + _RANKED
    # not a parent: "Family (mom 31, kids 9, 6 and 2)", "S-43 (mom w/ 3 kids)"; not "MSS (SIS)";
    # "Grace (maternal grandma)"
    + r"(?:brother|sister|(?-i:bro|sis)|cousin|s(?:œ|oe)ur|fr[èe]re|uncle|aunt|oncle|tante|"
    r"boyfriend|girlfriend|twins?|jumeaux|jumelles|(?:" + _BIRTH_RANK + r"|grandma|grandmother|"
    r"grandpa|grandfather|kokum|kookum|grand-m[èe]re|grand-p[èe]re)(?=\s*[),]))\b"
    r"|(?<![\w-])(?P<m>(?-i:[A-Z]{2}\s+(?:and|et|&)\s+[A-Z]{2}))\s*\(\s*(?:twins?|jumeaux)\b",
    re.IGNORECASE,
)
_NICKNAME_FAR = re.compile(
    r"\b(?P<cue>nickname|street\s+name|surnom|nom\s+de\s+rue|pr[ée]nom|first\s+name"
    # "le prénom sur la carte est Kristelle", 'the name he uses, "Dale"'
    r"|name\s+(?:he|she|they)\s+(?:uses|used|goes\s+by|gave)|nom\s+qu['’](?:il|elle)\s+utilise)"
    r"\b[^.!?\n'\"«“‘:/]{0,40}?"  # no other label between: "Prénom : XXXX / DDN : XXXX)"
    r"(?:\b(?:is|was|est|était)|\bc['’]est|:|,(?=\s*[«“\"‘]))\s*"
    r"(?:[«“\"'‘]\s*(?P<n>[^»”\"'’\n]{1,30}?)\s*[»”\"'’]"
    # "Nickname on the street is Bones.": one capitalised word that ends the clause
    r"|(?P<m>(?-i:[A-ZÀ-Ý][\w'’-]+))(?=\s*(?:[.,;!?)]|$)))",
    re.IGNORECASE,
)
# 'she signs her work "Kimi" — her real name's Kimberly': the name used, then the real one
_QUOTED_BEFORE_REAL_NAME = re.compile(
    r"[«“\"‘]\s*(?P<n>(?-i:[A-ZÀ-Ý][\w'’-]{1,20}))\s*[»”\"’]"
    r"(?=[\s,;:(—–-]*(?:(?:but|mais|and|et)\s+)?(?:(?:her|his|their|son|sa)\s+)?"
    r"(?:real|legal|actual|full|vrai)\s+(?:name|nom)\b)",
    re.IGNORECASE,
)
# "« La Grande Lulu », c'est Lucie Dumont": a quoted name, then the person's full name
_QUOTED_THEN_WHO = re.compile(
    r"[«“\"‘]\s*(?P<n>(?-i:[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}))\s*[»”\"’]\s*,?\s*"
    r"(?:c['’]est|is|was|=|[ée]tait)\s+(?!(?:the|le|la|les|un|une|a|an)\s)"
    r"(?-i:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)\b"
    r"(?!\s+(?:Centre|Center|Street|Society|Services?|House|Maison|Project|Program))",
    re.IGNORECASE,
)
# 'the program "Healthy Minds"', 'le projet (« Bouge »)': a thing's name in quotes
_A_THING_BEFORE = re.compile(
    r"\b(?:program|programme|group|groupe|app|show|event|campaign|project|projet|club|team|"
    r"[ée]quipe|game|jeu|song|chanson|page|chat)\s*\(?\s*$",
    re.IGNORECASE,
)
# A quoted name where only a person fits: '"CJ" (13) ran', '« Caramel », c'est le surnom',
# '"Mama Tee" lets kids crash', 'Le gars du 3e, « Pitou », vend', 'Appel de « Choupette »'
_QUOTED_NICKNAME = re.compile(
    r"[«“\"]\s*(?P<n>(?-i:(?:la\s+|le\s+|l['’]|the\s+)?[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’-]*){0,2}))"
    r"\s*[»”\"](?=\s*[(=]\s*(?:\d{1,2}\b|" + _WHO_IN_BRACKETS + ")"  # '« Chase » = le cousin'
    r"|\s*,?\s*c['’]est\s+(?:le\s+surnom|comme\s+ça\s+qu)"
    r"|\s*[—–-]\s*(?:surnom|nickname|street\s+name)\b"  # '« Tit-Gus » — surnom du monsieur'
    r"|\s*,\s+(?:sa|son|his|her)\s+\w+\s*(?:[,.]|$)"  # '« la Grosse », sa fille, au 306…'
    r"|\s*,\s+(?:she|he|il|elle)\b"  # '"Tank", she doesn't know his last name'
    r"|\s*,?\s+(?:lets|gave|gives|texted|texts|posts|posted|says|said|told|called|calls|sells|"
    r"drives|hangs|lives|works|sleeps|stays|"
    r"vend|dit|crie|attend|a\s+publi[ée]|traîne|appelle|menace|frappe)\b"
    r"|\s+is\s+what\s+(?:\S+\s+){1,5}?call(?:s|ed)?\b"  # '"Ms. D" is what the kids … call'
    r"|\s+au\s+\d{3}|\s+at\s+\d{3})",  # "Appel de « Choupette » au 819 555-0148"
    re.IGNORECASE,
)
# "Jean-Philippe Houle (« JP »), 22 ans": the name, then in brackets what they are called
# Someone seen or met by the name in quotes: 'la travailleuse de rue a vu « Fumée » au parc'
_SEEN_QUOTED = re.compile(
    r"\b(?:vu|vue|croisé|croisée|rencontré|rencontrée|saw|seen|met|spotted|talked\s+to|"
    # « connu des patrouilleurs comme « Bouboule » »: known by a quoted name
    r"spoke\s+(?:to|with)|connue?\s+(?:[\w'’]+\s+){0,3}?comme)\s+[«“\"]\s*(?P<n>(?!(?-i:The|Le|La|Les)\s)"
    r"(?-i:[A-ZÀ-Ý][\w'’-]*(?:\s[A-ZÀ-Ý][\w'’-]*){0,2}))\s*[»”\"](?!\s+(?:team|program|équipe))"
)
_QUOTED_IN_BRACKETS = re.compile(
    r"(?<=[a-zà-ÿ] \()\s?[«“\"]\s*(?P<n>(?-i:[A-ZÀ-Ý][\w'’.-]*(?:\s[A-ZÀ-Ý][\w'’-]*){0,2}))"
    r"\s*[»”\"]\s?\)"
)
# "the others call Bruiser", "calls him the Kid", "known mom's partner as the General": who
# they call something, never what they call (not "called CAS", "will call Monday")
_CALLED_THE = re.compile(
    r"(?:\b(?:they|everyone|everybody|people|others|kids|guys|we)\s+(?:just\s+|all\s+)?"
    r"call(?:s|ed)?\s+(?:(?:him|her|them)\s+)?"
    r"|\bcall(?:s|ed)?\s+(?:him|her)\s+(?:just\s+)?"
    r"|\bknows?\s+\S+(?:\s+\S+){0,2}\s+as\s+|\bknown\s+(?:around|in|at|on)\s+\S+(?:\s+\S+)?\s+as\s+|\brefers\s+to\s+\S+(?:\s+\S+){0,2}\s+(?:only\s+)?as\s+"
    r"|\bqu['’]on\s+(?:surnomme|appelle)\s+|\bsurnomm(?:e|ent)\s+(?:l['’])?"
    # « le barbier connaît le gars juste comme « Boss » »
    r"|\bconna[iî]t\s+\S+(?:\s+\S+){0,2}\s+(?:juste\s+|seulement\s+)?(?:comme|sous)\s+(?=[«“\"]))"
    r"[«“\"]?\s*"
    r"(?P<n>(?-i:(?:the\s+|la\s+|le\s+|l['’])?[A-ZÀ-Ý][a-zà-ÿ'’-]+))\s*[»”\"]?"
    r"(?=\s*(?:[.,;:!?)]|$|\s+(?:at|on|in|but|who|au|à|traîne)\b))",
    re.IGNORECASE,
)
# "« Blanche » (la grand-mère) habite au 6": a quoted name, then in brackets who it is
_QUOTED_KIN = re.compile(
    r"[«“\"‘]\s*(?P<n>(?-i:[A-ZÀ-Ý][\w'’-]{1,20}))\s*[»”\"’]\s*\(\s*" + _WHOSE + _RELATIVE + r"\b",
    re.IGNORECASE,
)
# "shes angel on the street but her real name is Destiny": the street name, the real one after
_ON_THE_STREET = re.compile(
    r"\b(?:she|he|they)['’]?(?:s|re)?\s+(?:known\s+as\s+|called\s+)?[«“\"‘]?"
    r"(?!(?:out|back|alone|homeless|still|now|again|always|often|safe|living|sleeping|staying|"
    r"working|known|also|just|been|not|all|by|up|down|well|ok|okay|fine|new|only|usually|mostly|"
    r"probably|maybe|even|lost|seen|right|there|here|somewhere|everywhere)\b)"
    r"(?P<n>[^\W\d_][\w'’-]{1,20})[»”\"’]?\s+on\s+the\s+(?:streets?|strip|stroll)\b"
    r"(?=[^.!?\n]{0,30}\b(?:real|legal|actual)\s+name)",
    re.IGNORECASE,
)
# "harpreet kaur d/o baldev singh": daughter or son of, as South Asian papers write it (not
# "w/o", which chat uses for "without")
_CHILD_OF = re.compile(
    r"\b(?:d|s)/o\s+(?P<n>[^\W\d_][\w'’-]+(?:\s+(?:singh|kaur|(?-i:[A-Z])[\w'’-]+))?)",
    re.IGNORECASE,
)
# "chen is the boyfriend's surname", "Kowalski is her last name": a word, then what it is
_IS_THE_NAME = re.compile(
    r"(?:^|(?<=[\s(,;:]))(?P<n>[^\W\d_][\w'’-]{1,20})\s+(?:is|was|c['’]est)\s+"
    r"(?:the\s+|her\s+|his\s+|their\s+|son\s+|sa\s+|le\s+|la\s+)?(?:[^\W\d_]+['’]s\s+)?"
    r"(?:surname|last\s+name|family\s+name|first\s+name|given\s+name|nickname|street\s+name|"
    r"nom\s+de\s+famille|pr[ée]nom|surnom)\b",
    re.IGNORECASE,
)
# "the kid's name on it is Kavin", "the youth's alias in the system is Dee-Money", "the lease is
# under Yogarajah": a name or alias said where it is written, then the capitalised word
_NAME_ON_RECORD = re.compile(
    r"\b(?:(?:name|alias)\s+(?:on|in|at|for)\s+(?:the\s+|it\b|that\b|his\s+|her\s+)?(?:\w+\s+){0,2}?"
    r"(?:is|was)|(?:lease|file|account|apartment|unit|phone|car|truck)(?:\s+for\s+the\s+\w+)?"
    r"\s+is\s+(?:under|in\s+the\s+name\s+of)"  # 'account for the family is under "Mikkelsen"'
    # « le nom sur la boîte aux lettres c'est Champagne », « le nom au bail est Roy »
    r"|\bnom\s+(?:sur|dans|au|à)\s+(?:le\s+|la\s+|les\s+|l['’])?(?:\w+\s+){0,3}?(?:c['’]est|est))"
    r"\s+[\"“«]?(?P<n>(?-i:(?![A-Z]{2,}\b)[A-ZÀ-Ý][\w'’-]{1,20}(?:\s[A-ZÀ-Ý][\w'’-]{1,20}){0,2}))"
    r"(?![\w'’-])",  # not "under OCH"; "le nom au dossier est Mohamed Bouzid": the whole name
    re.IGNORECASE,
)
# "she's using Destiny as a street name", "utilise le nom de Jade sur les sites"
_USED_AS_A_NAME = re.compile(
    r"\b(?:using|uses|used|use|utilise|utilisait|gave|gives|give|donne|donné)"  # "gave Tisdale as…"
    r"\s+(?:the\s+name\s+|le\s+nom\s+(?:de\s+)?)?"
    r"[«“\"‘]?(?P<n>(?-i:[A-ZÀ-Ý][\w'’-]{1,20}))[»”\"’]?\s+(?:as|comme)\s+(?:an?\s+|her\s+|his\s+"
    r"|their\s+|son\s+|sa\s+|nom\s+)?"
    r"(?:street\s+|fake\s+|work\s+|de\s+rue\s+|last\s+|first\s+|family\s+|maiden\s+|de\s+famille\s+)?"
    r"(?:name|alias|nickname|surnom|nom|pseudo)\b",
    re.IGNORECASE,
)
# "Nom : St-Pierre / Prénom : Karine": a form's name field holds a family name, saints too
_SAINT_IN_FORM = re.compile(
    # "le nom de famille c'est St-Amand avec un trait d'union"
    r"\b(?:nom(?:\s+de\s+famille)?|(?:last\s+|family\s+)?name|surname)\s*(?::|c['’]est|est|is)\s*"
    r"(?P<n>(?-i:(?:St|Ste|Saint|Sainte)(?:\.\s?|-)[A-ZÀ-Ý][\w'’]+(?:-[A-ZÀ-Ý][\w'’]+)*))",
    re.IGNORECASE,
)
# "call him Bear", "qu'on appelle « le Chinois »": a nickname, not an agency phoned
_NICKNAMED = re.compile(r"\b(?:him|her|them)\s|[«“\"]|\s(?:the|la|le)\s", re.IGNORECASE)
_CALL_OBJECTS = words("back later first again today tomorrow tonight police cops 911 about when if")
# "the one they call boogie", "celle qu'on appelle ti-noire": whoever is called that
_THE_ONE_CALLED = re.compile(
    r"\b(?:the\s+(?:one|guy|girl|kid|lady|man|woman|dude)|celui|celle|le\s+gars|la\s+fille)\s+"
    r"(?:they|everyone|people|we|u|you|qu['’](?:on|ils|elles))\s+(?:l['’])?"
    r"(?:call|calls|appelle|appellent)\s+(?P<n>[^\W\d_][\w'’-]+)",
    re.IGNORECASE,
)
_CALLED_BY_THEM = re.compile(
    r"(?:\bqu['’](?:on|il|elle|ils|elles)\s+(?:l['’])?|\b(?:they|everyone|people)\s+)"
    r"(?:appelle|appellent|surnomme|surnomment|call|calls)\s+"
    r"(?P<n>(?-i:[A-ZÀ-Ý][\w'’-]+))",
    re.IGNORECASE,
)
_LISTED_AS = re.compile(
    r"\b(?:listed|registered|enrolled|signed\s+in|booked|inscrite?|enregistrée?)\s+"
    r"(?:as|under|comme|sous(?:\s+le\s+nom\s+de)?)\s+"
    r"(?P<n>[^\W\d_]\.\s?[^\W\d_][\w'’-]{2,})",
    re.IGNORECASE,
)

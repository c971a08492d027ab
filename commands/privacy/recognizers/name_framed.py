"""A word framed by the phrase around it, which only a person fits: "chez lafrenière", "la
petite Merveille", "Les Côté ont…", "C'est Odjick qui a la garde", "it was Crystal who called",
"le cell de layal", "brother of Raven", "les jeunes Papatie", "dont Nerlande", "the 3 kids:
Tagak, Uluriaq, Kaviq", "la Grande est r'venue", "mom is a Wolfhead from Mistissini", "says
Blacksmith hasn't", "Autumn from Thunderchild,", "don't type Keesick in here". Many of these
frames are French."""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS, lexicon, unaccented, words
from commands.privacy.recognizers.cues import (
    CALENDAR,
    CONTACT_THINGS,
    CREWS,
    INSTITUTION,
    PERSON_VERBS,
    SAYS,
)
from commands.privacy.recognizers.name_chat import said_of_money
from commands.privacy.recognizers.name_forms import RANKED, age_follows, born_after, in_age_list
from commands.privacy.recognizers.name_from_agency import from_agency
from commands.privacy.recognizers.name_little_ones import little_one
from commands.privacy.recognizers.name_talk import talked_of
from commands.privacy.recognizers.name_tokens import Tok


def framed(text: str, toks: Sequence[Tok], i: int) -> bool:
    """``toks[i]`` is a person by the phrase it stands in (see the module's docstring)."""
    t = toks[i]
    if (
        t.cap
        and (t.given or t.surname or t.unknown)
        and (not t.protected or t.listed_word)
        and any(
            _LOG_LABEL.search(text, max(0, start - 40), start)
            for start in (t.start, *_first_of_two(text, toks, i))
        )
    ):
        return True  # "… in the 2nd floor washroom. Person: Tanner Sutherland.": a log's label
    # a town that is only a family name ("Leblanc"), shielded alone, is the family after "chez"
    town_surname = t.protected and t.listed_word and t.surname and not t.given
    if (
        i > 0
        and toks[i - 1].lower == "chez"
        and not (t.common or (t.protected and not town_surname) or t.possessive)
        and t.lower not in STOPWORDS
        and t.text.replace("-", "").isalpha()
    ):
        return True  # "chu allée cogner chez lafrenière hier": at someone's place
    if (
        town_surname
        and i + 2 < len(toks)
        and toks[i + 1].lower in ("de", "du", "from")
        # "Leblanc from the Dieppe salon called back": a workplace named by its town
        and (
            from_agency(text, toks, i + 1)
            or any(x.lower in INSTITUTION for x in toks[i + 3 : i + 5])
        )
        and any(x.lower in SAYS for x in toks[i + 2 : i + 6])
    ):
        return True  # "Leblanc de la polyvalente dit que…": a family name, where they work
    if (
        t.cap
        and (t.surname or t.unknown)
        and not (t.common or t.protected or t.possessive)
        and _ONE_OF_THE_FAMILY.search(text, max(0, t.start - 14), t.start)
        and re.match(r"\s*(?:[.,;!?)]|$)", text[t.end :])
    ):
        return True  # "je pense que c'est un Haché", "she's a Gallant, from Shediac"
    if (
        (t.cap or (t.given and not t.common))
        and (t.given or t.unknown or t.surname)
        and (not t.protected or t.listed_word)
        and t.text.replace("-", "").isalpha()
        and t.lower not in STOPWORDS
        and (
            _AGED_ONE_IS.search(text, max(0, t.start - 50), t.start)  # "the 7 y/o is Sutton"
            or _DOB_NEXT.match(text, t.end)  # "Gr 12 girl at Sheldon-Williams, Kinslee, DOB…"
        )
    ):
        return True
    if little_one(text, toks, i):
        return True  # "La petite Merveille a dit à son enseignante", "la tite rose a parlé"
    # "it was Crystal who called", not "it was Regina who hosted"
    shielded_given = (
        t.protected and t.listed_word and t.given and t.lower not in lexicon().given_places
    )
    young = i >= 1 and toks[i - 1].lower in _YOUNG_ONES  # "les trois enfants Leblanc": a town's
    if (
        i >= 1
        and t.cap
        and (not t.protected or shielded_given or (town_surname and young))
        and not t.text.isupper()
        and t.lower not in STOPWORDS
    ):
        before = toks[i - 2].lower if i >= 2 else ""
        if t.protected and toks[i - 1].lower not in ("was", "is", "était", "est") and not young:
            return False
        les = before == "les" or (before in _HOW_MANY and i >= 3 and toks[i - 3].lower == "les")
        if (t.name or t.unknown) and young and les:
            return True  # "Les jeunes Papatie (les 2 frères)", "les trois enfants Leblanc"
        if toks[i - 1].lower == "les" and before == "chez" and not t.lower.endswith("s"):
            return True  # "elle reste chez les Jourdain à Mani-utenam"
        cleft = (toks[i - 1].lower == "est" and toks[i - 1].elided) or (
            toks[i - 1].lower in ("was", "is", "était") and before in ("it", "ça", "")
        )  # "que ce soit Uapukun qui fasse le suivi"
        cleft = cleft or (toks[i - 1].lower in ("soit", "sera", "serait") and before == "ce")
        if (t.name or t.unknown) and cleft and _WHO_DOES.match(text, t.end):
            return True  # "C'est Odjick qui a la garde", "it was Crystal who called"
    if (
        i >= 2
        and toks[i - 1].lower in ("de", "à", "of", "for")  # "phone for Rebelo: 204-…"
        and t.lower not in STOPWORDS
        and not t.possessive
        and not (t.protected and not t.listed_word)
        and t.text.replace("-", "").isalpha()
        and (t.cap or not t.common)
        and unaccented(t.lower) not in lexicon().given_places  # "sa fille de Régina": her town
    ):
        thing = toks[i - 2].lower
        if thing in CONTACT_THINGS and (t.given or t.surname or t.unknown):
            # "On a le cell de layal", "le numéro à Jessica"; not "le numéro de réévaluer"
            return not (t.unknown and t.lower.endswith(("er", "ir", "é", "ée")))
        town = toks[i - 1].lower == "à" and t.lower in lexicon().never_single  # "tante à Hull"
        crowd = thing in CREWS and toks[i - 1].lower == "à"  # not "le bureau de bande de Pasqua"
        if (thing in _WHOSE_KIN or crowd) and (t.given or t.surname) and not town:
            return True  # "brother of Raven from the last sit", "la sœur de Gabrielle"
    if (
        i >= 2
        and t.cap
        and t.unknown
        and toks[i - 1].lower == "les"
        and toks[i - 2].lower in ("sont", "est")
    ):
        return True  # "Les élèves sont les Annahatak, deux soeurs"
    if (
        i >= 1
        and t.cap
        and t.unknown
        and toks[i - 1].lower in ("sont", "are")
        and i + 2 < len(toks)
        and toks[i + 1].lower in ("et", "and")
        and toks[i + 2].cap
        and (toks[i + 2].unknown or toks[i + 2].name)
    ):
        return True  # "Les deux jeunes retrouvés sont Salamiva et Elijassie."
    if (
        t.cap
        and (t.unknown or t.name)
        and not t.protected
        and _LISTED_AFTER_LABEL.search(text, max(0, t.start - 60), t.start)
    ):
        return True  # "the 3 kids: Tagak, Uluriaq, Kaviq —"
    if (
        i >= 1
        and toks[i - 1].lower in _ONE_WHO
        and not toks[i - 1].possessive
        and text[toks[i - 1].end : t.start] == " "  # not "Teen, 16, Gitxsan, in Hazelton"
        and t.cap
        and t.unknown
        and not t.protected
        and not t.text.isupper()
        and text[t.end : t.end + 1] in (",", "(")
    ):
        return True  # "student Tharshika, gr 10 at Lester B. Pearson CI"
    if (
        i >= 1
        and toks[i - 1].lower in ("youth", "client", "jeune", "kid", "teen", "girl", "boy")
        and t.text.islower()
        and t.unknown
        and t.text.isalpha()
        and len(t.text) >= 4
        and (
            age_follows(text, t.end)
            or (
                i + 1 < len(toks)
                and toks[i + 1].lower in ("is", "was", "est", "has", "had")
                and not toks[i - 1].possessive  # not "the youth's 18th bday is in 3 wks"
                and text[toks[i - 1].end : t.start] == " "
            )
        )
    ):
        return True  # "Ottawa: youth tiisi (15) missing since Sunday", "the boy kaïs is in care"
    if (
        i >= 1
        and t.text.islower()
        and t.given
        and not t.protected
        and t.lower != "line"  # "LAO's client line is the one to give out", "the youth line"
        and (
            (toks[i - 1].lower in ("youth", "client", "teen") and not toks[i - 1].possessive)
            or (i >= 2 and toks[i - 1].lower == "one" and toks[i - 2].lower in RANKED)
        )
        and text[toks[i - 1].end : t.start] == " "  # not "youth (15) made a threat"
        and i + 1 < len(toks)
        and toks[i + 1].lower in PERSON_VERBS
    ):
        return True  # "youth faith moved back in w/ her dad", "the little one sky has a burn"
    if talked_of(text, toks, i) or in_age_list(text, toks, i):
        return True
    if (
        i >= 1
        and toks[i - 1].lower == "baby"
        and t.cap
        and (not t.protected or t.listed_word)
        and t.lower not in CALENDAR
        and (age_follows(text, t.end) or born_after(text, t.end) or _AGED_NEXT.match(text, t.end))
    ):
        return True  # "baby Blue 8 mo.", "baby Reign DOB 2025/06/15"
    if (
        i >= 1
        and toks[i - 1].text.lower() in ("dont", "including", "incl", "notamment")
        and t.cap
        and (t.name or t.unknown)
        and not t.protected
        and not t.text.isupper()
    ):
        return True  # "trois jeunes au parc Jarry, dont Nerlande"
    if (
        i >= 1
        and toks[i - 1].lower in ("la", "le")
        and not toks[i - 1].cap
        and t.cap
        and t.lower in _STREET_NICKNAMES
        and i + 1 < len(toks)
        and (toks[i + 1].lower in PERSON_VERBS or toks[i + 1].lower in _AND_OR_SAYS)
    ):
        return True  # "la Grande est r'venue au parc", "la Grande pis Pitou squattent"
    if (
        i >= 1
        and toks[i - 1].lower in _WRITE
        and (t.capped_name or (t.unknown and len(t.lower) >= 4))
        and not t.protected
        and not t.text.isupper()
        and _IN_THE_CHAT.match(text, t.end)
    ):
        return True  # "pls don't type Keesick in here lol": the name not to post
    if (
        t.cap
        and not t.text.isupper()
        and (not t.protected or (t.listed_word and not t.common))  # not "a Métis from"
        and t.lower not in STOPWORDS
        and t.lower not in INSTITUTION  # "RPS says Housing hasn't called"
        and _ONE_OF_A_FAMILY.search(text, max(0, t.start - 24), t.start)
        and _FROM_PLACE.match(text, t.end)
    ):
        # "mom is a Wolfhead from Mistissini", "c'est une Awashish, de Wemotaci", "the dad is a
        # Moosomin, from Red Pheasant": one of a family, whatever else the word names
        return True
    if (
        t.cap
        and not t.protected
        and not t.text.isupper()
        and t.lower not in STOPWORDS
        and (t.name or t.unknown or t.common)
        and t.lower not in INSTITUTION  # "RPS says Housing hasn't called"
    ):
        before = text[max(0, t.start - 24) : t.start]
        if _REPORTED_BY.search(before) and _DID_NOT.match(text, t.end):
            return True  # "Friendship Centre says Blacksmith hasn't picked up his mail"
        if (t.name or t.unknown) and born_after(text, t.end):
            return True  # "Sheshatshiu: Antuan born 12 Jan 1999"
    if t.cap and t.given and (not t.protected or t.listed_word) and _GOES_BY.match(text, t.end):
        return True  # "River goes by Riv at school"
    if (
        t.cap
        and t.given
        and not t.protected
        and not t.text.isupper()  # "CAS has her in care since 2023"
        and t.lower not in CALENDAR
        and i + 2 < len(toks)
        and not t.possessive
        and not said_of_money(t.lower, text, t.end)  # "Bill from SaskPower is $1,940 behind"
    ):
        nxt, then = toks[i + 1], toks[i + 2]
        if nxt.lower == "from" and then.cap and then.protected and t.sentence_start:
            # "Lloydminster: Autumn from Thunderchild, ph 780-...", "Sunny from Muskowekwan
            # texting the worker": a given name, then the community the person is from
            money = _MONEY_SOON.match(text, then.end) is not None  # "Bill from SaskPower is $1,940"
            return not money and _AFTER_COMMUNITY.match(text, then.end) is not None
        if nxt.lower in PERSON_VERBS and then.lower in _POSSESSIVES:
            return True  # "Hunter got his hunter safety cert lol"
    if (
        t.cap
        and not t.protected
        and not t.text.isupper()
        and t.lower not in lexicon().english
        and _IS_AGED.match(text, t.end) is not None
    ):
        return True  # "Lune is 15, Moncton": a word only French has, then an age
    if (
        t.cap
        and t.given
        and (not t.protected or t.listed_word)
        and not t.text.isupper()
        and _HAS_AGE.match(text, t.end) is not None
    ):
        return True  # "Dakota a 13 ans, elle vit avec sa kokum": a given name, then her age
    if (
        t.cap
        and (t.given or t.unknown)
        and (not t.protected or (t.listed_word and t.given))
        and not t.text.isupper()
        and t.lower not in lexicon().given_places
        and _RANK_ASIDE.match(text, t.end) is not None
    ):
        return True  # "Kanatan (le plus vieux) se fait appeler Kan", "Grace (the Ilunga girl, 16)"
    # "Les Côté ont encore eu la visite de la police", "Les Lafortune ont…"
    return (
        i > 0
        and toks[i - 1].lower == "les"
        and t.cap
        and (t.name or t.unknown or (t.common and not t.protected))
        and (t.name or not t.lower.endswith("s"))  # not "Les Oilers ont perdu"
        and i + 1 < len(toks)
        and (
            toks[i + 1].lower in _THEY_VERBS
            # "les Belcourt de Duck Lake": a family and the place it is from
            or (
                (t.name or t.unknown)
                and toks[i + 1].lower in ("de", "du")
                and i + 2 < len(toks)
                and toks[i + 2].cap
                and toks[i + 2].protected
            )
        )
    )


_ONE_WHO = words("student youth client patient jeune élève eleve kid teen girl boy daughter son")
_RANK_ASIDE = re.compile(
    r"\s*\((?:[^()]{0,30}?\s)?(?:plus\s+)?(?:vieux|vieille|jeune|eldest|oldest|youngest|older|"
    r"younger|middle|aîné|aînée|cadet|cadette|benjamine?|girl|boy|daughter|son|fille|garçon|fils)"
    r"\b[^()]{0,20}\)",
    re.IGNORECASE,
)
_HAS_AGE = re.compile(r"\s+a\s+\d{1,2}\s+ans\b")
_IS_AGED = re.compile(r"\s+is\s+\d{1,2}\s*(?:y/?o\b|years?\b|[,.;]|$)")
_AGED_NEXT = re.compile(
    r"\s+\d{1,2}\s*(?:mo|months?|mois)\b|,?\s*(?:dob|ddn|d\.o\.b\.)[\s:]", re.IGNORECASE
)

# A list of people after its label: "the 3 kids: Tagak, Uluriaq, Kaviq", "enfants : A, B et C"
_LISTED_AFTER_LABEL = re.compile(
    r"\b(?:kids|children|siblings|youth|girls|boys|enfants|jeunes|frères|soeurs|sœurs)\s*:\s*"
    r"(?:(?-i:[A-Z])[\w'’-]+\s*(?:,|\band\b|\bet\b|&)\s*)*$",
    re.IGNORECASE,
)


def _first_of_two(text: str, toks: Sequence[Tok], i: int) -> tuple[int, ...]:
    """Where the capitalised word just before ``toks[i]`` starts: the name's first word."""
    prev = toks[i - 1] if i > 0 else None
    return (prev.start,) if prev and prev.cap and text[prev.end : toks[i].start] == " " else ()


_LOG_LABEL = re.compile(
    r"(?:^|[.;!?\n•|—–]\s*)(?:person|persons?\s+involved|individual|personne\s+concern[ée]e|"
    r"individu)\s*:\s*$",
    re.IGNORECASE,
)
_STREET_NICKNAMES = words(
    "grande grand petite petit blonde rousse noire noir kid boss tite frisé frisée gros "
    "grosse vieux vieille puce bébé"
)
_AND_OR_SAYS = words("pis et a est fait dit était avait squatte squattent")
_WHOSE_KIN = words(
    """
    blonde chum mère père frère soeur sœur fille fils tante oncle cousin cousine brother sister
    son daughter mother father aunt uncle girlfriend boyfriend gf bf
    """
)
_HOW_MANY = words("deux trois quatre cinq six 2 3 4 5 6")
_YOUNG_ONES = words(
    "jeunes enfants frères soeurs sœurs petits filles gars cousins cousines parents grands-parents"
)
_WHO_DOES = re.compile(r"\s+(?:qui|who)\s+(?!est\b|sont\b|is\b|are\b)")
_THEY_VERBS = words("ont sont avaient étaient vivent habitent refusent demandent viennent")
_WRITE = words(
    "type typed typing write writing put post posting use using écris écrire tape taper mets mettre"
)
_IN_THE_CHAT = re.compile(
    r"\s+(?:in\s+here|here|in\s+(?:the\s+|this\s+)?(?:chat|channel|thread)|ici"
    r"|dans\s+(?:le\s+|ce\s+)?(?:chat|canal|fil))\b",
    re.IGNORECASE,
)
# "mom is a Wolfhead": one of a family; not "it's a Ford", "that was a Honda"
_ONE_OF_A_FAMILY = re.compile(
    r"(?<!\bit\s)(?<!\bthat\s)(?<!\bthis\s)\b(?:is|was|est|c['’]est|était)\s+(?:a|an|un|une)\s+$",
    re.IGNORECASE,
)
_FROM_PLACE = re.compile(r",?\s+(?:from|de|d['’])\s*(?-i:[A-ZÀ-Ý])")
_REPORTED_BY = re.compile(r"\b(?:says|said|reports|reported|confirms|confirmed|dit|confirme)\s+$")
_DID_NOT = re.compile(
    r"\s+(?:hasn't|hasnt|hadn't|didn't|didnt|isn't|wasn't|won't|n'a\s+pas|n'est\s+pas)\b"
)
_POSSESSIVES = words("his her their sa son ses leur")
# What follows the community a person is from: a comma, their phone, what they do
_AFTER_COMMUNITY = re.compile(
    r"(?:\s(?-i:[A-Z])[\w'’-]+)?\s*(?:,|\(|$|\s+(?:is|was|has|had|called|texting|texted|says|"
    r"said|wants|needs|came|went|left|got|moved)\b)"
)
_MONEY_SOON = re.compile(r"[^.;\n]{0,20}\$\s?\d")
_GOES_BY = re.compile(r"\s+(?:goes|went|prefers)\s+(?:by|to\s+be\s+called)\b", re.IGNORECASE)
# "c'est un Haché", "she's a Gallant": one of a family, named by its family name
_ONE_OF_THE_FAMILY = re.compile(
    r"(?:c['’]est|cest|he['’]s|she['’]s|he\s+is|she\s+is)\s+(?:un|une|a)\s+$", re.IGNORECASE
)
# "The 10 y/o is Oakley", "the 3 y/o at Tiny Hoppers is Bentlee", "la jeune de 12 ans, c'est Mila"
_AGED_ONE_IS = re.compile(
    r"\b(?:the|le|la|l['’])\s*(?:\d{1,2}\s*(?:y/?o|yo|yr\s+old|year[- ]old)"
    r"|(?:jeune|petite?|enfant)\s+de\s+\d{1,2}\s+ans)\b[^.;!?]{0,30}?"
    r"(?:\s+is|\s+was|,?\s+c['’]est|\s+est)\s+$",
    re.IGNORECASE,
)
_DOB_NEXT = re.compile(r",?\s*(?:DOB|DDN|d\.o\.b\.?|born|née?\s+le)\b", re.IGNORECASE)

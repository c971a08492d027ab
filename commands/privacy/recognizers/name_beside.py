"""Who someone is, said right beside a word: "Rahaf, a classmate,", "May is the one who called
it in", "(widlande, 16 ans)", "smitty is the uncle", "me and Tay"; the phrases a word stands
in ("chez lafrenière", "c'est Odjick qui…") are read in ``name_framed``. Each says a person,
whatever the word lists hold."""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers.cues import INSTITUTION, KIN, RELATIVES, ROLES
from commands.privacy.recognizers.name_chat import chat_word, typed_in_lower_case
from commands.privacy.recognizers.name_forms import age_follows, age_said
from commands.privacy.recognizers.name_framed import framed
from commands.privacy.recognizers.name_kin_is import said_to_be_kin
from commands.privacy.recognizers.name_predicates import only_a_person_did
from commands.privacy.recognizers.name_spans import FRENCH_CALENDAR
from commands.privacy.recognizers.name_tokens import Tok


def said_beside(text: str, toks: Sequence[Tok], i: int) -> bool:
    """``toks[i]`` is a person by what is said right beside it."""
    t = toks[i]
    if t.text.isupper() and len(t.text) > 1 and t.protected:
        return False  # "NOK is a sister in Prince Albert": an acronym the lists know
    rules = (framed, _set_off, _in_chat, _said_to_be, _full_name_said, _french_calendar_name)
    return any(rule(text, toks, i) for rule in rules)


def _french_calendar_name(text: str, toks: Sequence[Tok], i: int) -> bool:
    """French writes its months and days in lower case, so one capitalised inside a sentence,
    with no date or time after it and no article or preposition before it, is a name: "On a
    vu Avril près du métro", "le chum de la mère, dit Dimanche, vend"."""
    t = toks[i]
    if not t.cap or t.sentence_start or t.lower not in FRENCH_CALENDAR or t.possessive:
        return False
    prev = toks[i - 1] if i > 0 else None
    if prev is None or prev.lower in _BEFORE_A_DATE or prev.lower in FRENCH_CALENDAR:
        return False
    if t.lower in _DAYS and prev.lower not in _WHO_FRAMES:
        return False  # "Il viendra Mercredi": some write the day with a capital
    return _DATE_AFTER.match(text, t.end) is None


_DAYS = words("lundi mardi mercredi jeudi vendredi samedi dimanche")
_WHO_FRAMES = words("dit vu vue avec chez appelé appelée parlé alias surnommé surnommée texté")


_BEFORE_A_DATE = words(
    """
    le la les ce cette chaque en au aux du des de d dès depuis jusqu jusqu'à avant après entre
    et ou à pour par sur vers rencontre réunion table prochaine prochain dernier dernière
    """
)
_DATE_AFTER = re.compile(
    r"\s*(?:\d|[-/–]|(?:prochaine?|derni[eè]re?|matin|soir|midi|après-midi|am|pm|et|ou|au)\b)",
    re.IGNORECASE,
)


def _full_name_said(text: str, toks: Sequence[Tok], i: int) -> bool:
    """A capitalised word and a listed surname opening a sentence, then an age or what only a
    person does: "Blue Sauvé is the 19 y/o…", "Désiré Léger est sorti de l'hôpital"."""
    t = toks[i]
    return (
        i > 0
        and t.cap
        and t.surname
        and not t.protected
        and toks[i - 1].cap
        and toks[i - 1].sentence_start
        and not toks[i - 1].protected
        and toks[i - 1].lower not in STOPWORDS
        and text[toks[i - 1].end : t.start] == " "
        and (age_said(text, t.end) or only_a_person_did(text, t.end))
    )


_OF_A_FAMILY = re.compile(
    r",?\s+(?:from|of)\s+the\s+(?:[A-Z][\w-]+\s+)?(?:family|household)\b(?![ -](?:[a-z]+\s+)?"
    r"(?:shelter|services?|centre|center|court|resources?|violence|support|programs?|unit|"
    r"doctor|physician|practice|health|clinic|law|room|home|house)\b)"
    r"|,?\s+de\s+la\s+famille\s+(?-i:[a-zé]+)\b"  # "Mbuyi de la famille congolaise"
)


def _set_off(text: str, toks: Sequence[Tok], i: int) -> bool:
    """Set off by commas, brackets or a dash: "Rahaf, a classmate,", "(Jacinthe)"."""
    t = toks[i]
    apposed = _APPOSED_KIN.match(text, t.end)
    who = apposed.group(2).lower() if apposed else ""
    if (
        (who in KIN or who in _CLASSMATES)
        and t.cap
        and (t.unknown or t.given or t.surname)
        and (
            not t.protected
            or (t.surname and t.listed_word)  # "Boulanger, le voisin, a vu"
            # "Regina, the mother, says…", "Crystal, the grandmother,": a relative, whatever
            # else the word names
            or (apposed is not None and apposed.group("det") and who in KIN and t.listed_word)
        )
        # without "the", "a", "her": "Patience, mom of the 2 little ones,", not "pendant le
        # Ramadan, père au chômage,"
        and (apposed is None or apposed.group("det") or not t.protected)
    ):  # "because Rahaf, a classmate, told her", "Tshibola, la cadette, est hospitalisée"
        return True  # "Désiré, le grand frère, serait"
    kin_next = _KIN_SENTENCE.match(text, t.end)
    if (
        t.cap
        and not t.text.isupper()
        and (t.unknown or t.name or t.common)
        and (not t.protected or t.listed_word)
        and kin_next is not None
        and kin_next.group(1).lower() in KIN
    ):
        return True  # "who was at the door — Fox. The ex.", "Ty. The cousin. He's worried"
    if (
        t.cap
        and (t.unknown or t.given)
        and not t.protected
        and text[t.end : t.end + 1] == ","
        and _AGED_BEFORE.search(text, max(0, t.start - 24), t.start)
    ):
        return True  # "fille de 13 ans, Ziigwan, arrivée de Kitigan Zibi": named after an age
    if (
        t.cap
        and (t.given or t.unknown or t.listed_word)
        and not t.possessive
        and _WHO_IS.search(text, max(0, t.start - 14), t.start)
        and _AGAIN.match(text, t.end)
    ):
        return True  # "who is Dakota again?", "c'est qui Noah déjà?"
    if (
        t.cap
        and (t.given or t.unknown)
        and not t.protected
        and re.search(r"\d\s*\($", text[max(0, t.start - 3) : t.start])
        and text[t.end : t.end + 1] == ")"
    ):
        return True  # "le numéro : 2291-476-803 (Jacinthe)": whose number it is
    if t.cap and (t.name or t.unknown) and not t.protected and _WHOSE_CLIENT.match(text, t.end):
        return True  # "Clifford (PAGC client), HSN …": an agency's client
    if t.cap and (t.given or t.unknown) and not t.protected and _DASH_DATE.match(text, t.end):
        return True  # "Hunter – 2010-02-11 / Willow – 2013-07-30"
    if (t.unknown or (t.cap and t.name)) and _FORMERLY.search(text, max(0, t.start - 16), t.start):
        return True  # "Mme Kataquapit (avant, Mattinas)", "(née Bird)", "(formerly Ratt)"
    if t.cap and (t.unknown or t.name) and not t.protected and _OF_A_FAMILY.match(text, t.end):
        return True  # "Mbuyi from the Congolese family on 20th St": one of a family
    # "la plus vieille (widlande, 16 ans)": a word in no list, then an age
    return t.unknown and text[t.start - 1 : t.start] == "(" and age_follows(text, t.end)


def _heads_a_service(t: Tok) -> bool:
    return t.lower in INSTITUTION or t.text in ("Y", "YMCA", "YWCA")


def _in_chat(text: str, toks: Sequence[Tok], i: int) -> bool:
    """Chat and notes: "little Nibi", "me and Tay", "Per Janvier", "the halkett kid"."""
    t = toks[i]
    twice = re.fullmatch(r"([^\W\d_]{2,5})-\1", t.lower)
    if twice and t.lower not in _DOUBLED_WORDS:
        return True  # "its ray-ray again lol", "Jun-jun": a nickname said twice
    if (
        i > 0
        and toks[i - 1].text in ("little", "lil", "baby")
        and t.cap
        and not (t.protected or t.sentence_start or t.possessive)
        and (t.unknown or (t.given and not t.common))
        and text[toks[i - 1].end : t.start] == " "
    ):
        return True  # "any update on little Nibi?"
    if (
        (t.given or t.unknown or t.surname)
        and not (t.protected and not t.listed_word)
        and t.lower not in STOPWORDS
        and t.lower not in KIN  # "Healthy Start for Mom & Me"
        and not t.text.isupper()  # "ready NOW and I don't want"
        and (_ME_AND.search(text, max(0, t.start - 12), t.start) or _AND_ME.match(text, t.end))
    ):
        return True  # '"me and Tay are gonna get him"', "moi pis Kevin"
    if (
        i > 0
        and toks[i - 1].lower in ("per", "selon")
        and t.cap
        and t.text[1:].islower()  # not "per ToR section 4.2"
        and (t.given or t.surname or t.unknown)
        and not (t.protected and not t.listed_word)
        and not (i + 1 < len(toks) and toks[i + 1].cap and text[t.end : toks[i + 1].start] == " ")
    ):
        return True  # "Per Janvier at the clinic, the mom left…"
    if (
        not t.cap
        and t.possessive
        and i > 0
        and toks[i - 1].lower in ("at", "chez")
        and (t.given or t.unknown)
        and not t.protected
        and t.lower not in STOPWORDS
    ):
        return True  # "im at dre's, his place is the blue house", "she was at amber's"
    if (
        i > 2
        and toks[i - 1].lower == "the"
        and t.cap
        and t.lower.endswith("s")
        and (t.lower[:-1] in lexicon().surnames or t.unknown)
        and text[toks[i - 2].end : toks[i - 1].start] == ", "
        and (toks[i - 2].lower in KIN or toks[i - 2].lower in _KINFOLK)
    ):
        return True  # "the paternal grandparents, the Fiddlers, out at Flying Dust"
    if (
        t.cap
        and t.surname
        and not t.possessive
        and (not t.protected or t.listed_word)
        and t.lower not in INSTITUTION  # "Park kids from the north end"
        and (not t.common or t.listed_word)  # not "Young mom from…", "Foster mom says"
        and (i == 0 or re.search(r"[—–:]\s+$", text[: t.start]) is not None)
        and i + 2 < len(toks)
        and (toks[i + 1].lower in _KID_WORDS or toks[i + 1].lower in KIN)
        and text[t.end : toks[i + 1].start] == " "
        and toks[i + 2].lower in _DOES_OR_FROM
    ):
        return True  # "Unger grandpa wants to take custody", "PA — Janvier kid from Canoe Lake"
    # "the halkett kid from sturgeon lake", "the Okemaw boy", "the LaRocque grandparents"
    return (
        i > 0
        and toks[i - 1].lower in ("the", "that")
        and i + 1 < len(toks)
        and (
            toks[i + 1].lower in _KID_WORDS
            or (
                (toks[i + 1].lower in _KINFOLK or toks[i + 1].lower in RELATIVES)
                and t.cap
                # not "the Anishnawbek family support worker"
                and (
                    i + 2 == len(toks)
                    # not "the Caldwell Family Centre", "the Taggart Family Y"
                    or (toks[i + 2].cap and not _heads_a_service(toks[i + 2]))
                    or toks[i + 2].lower in STOPWORDS
                    or text[toks[i + 1].end : toks[i + 2].start].strip() != ""
                )
            )
        )
        and text[t.end : toks[i + 1].start] == " "
        and (t.unknown or (t.surname and not t.common))
        and not t.possessive
        and (t.cap or not t.lower.endswith("ed"))  # "the homeschooled girls": a participle
    )


def _said_to_be(text: str, toks: Sequence[Tok], i: int) -> bool:
    """Said to be someone: "j-rock is Jordan Roy", "May is the one who", "smitty is the uncle"."""
    t = toks[i]
    if (
        t.cap
        and (t.name or t.unknown or (len(t.text) <= 4 and t.text.isalpha()))
        and (not t.common or t.lower not in lexicon().english)  # "the man is Black, about 40"
        and not t.protected
        and not t.text.isupper()
        and _THE_MAN_IS.search(text, max(0, t.start - 40), t.start) is not None
    ):
        return True  # "the girl told a counsellor the man is Dre", "le gars c'est Ti-Loup"
    if (
        t.cap
        and (t.name or t.unknown)
        and not t.protected
        and _RANKED_KIN.search(text, max(0, t.start - 40), t.start) is not None
        and re.match(r"\s*[,)]", text[t.end : t.end + 2])
    ):
        return True  # "la mort de son fils aîné, Wensley, tué par balle"
    if (
        i + 3 < len(toks)
        and toks[i + 1].lower in ("is", "was")
        and (
            t.unknown
            or (t.given and not t.cap)
            or re.match(r"[a-z]-[a-z]{2,}$", t.lower) is not None  # "j-rock", not "là-bas"
        )
        and t.lower not in KIN
        and not t.protected
        and _full_name_at(text, toks, i + 2)
    ):
        return True  # "j-rock is Jordan Roy from Île-à-la-Crosse": a nickname, then who it is
    if (
        t.text.isalpha()
        and not t.protected
        and t.lower not in _NOT_A_NICKNAME
        and _WHAT_THEY_CALL.match(text, t.end)
    ):
        return True  # "honey is what the older guys call her": a street name
    if _THE_ONE_WHO.match(text, t.end) and (
        t.given or (t.cap and not t.protected and t.lower not in _NOT_A_NICKNAME)
    ):  # "Bunny is the one who's been selling pills"
        return True  # "May is the one who called it in", "storm is the one who posted"
    if (
        t.cap
        and t.sentence_start
        and not t.protected
        and t.lower not in _NOT_A_NICKNAME
        and t.text.isalpha()
        # not "Driver was mom's partner", "Household is mom, two kids…"
        and not t.lower.endswith(("er", "or", "ee", "ant", "ent", "hold", "ist"))
        and said_to_be_kin(toks, i + 1)
    ):
        return True  # "Bunny is the moms sister", "Honey is the youths older sister"
    if (
        t.cap
        and not t.sentence_start
        and not t.protected
        and t.text.isalpha()
        and len(t.lower) >= 3  # not "Jeune A et Jeune B sont frère et sœur"
        and t.lower not in INSTITUTION
        and t.lower not in _NOT_A_NICKNAME
        and said_to_be_kin(toks, i + 1)
    ):
        return True  # "Cardinal is the bio dad, Falcon is the stepdad": capitalised mid-sentence
    if _opening_word(text, toks, i) and (
        said_to_be_kin(toks, i + 1)  # "crow is eli's older brother"
        or _THE_ONE_WHO.match(text, t.end)
        or (t.possessive and _ONE_WHO_AFTER_IS.match(text, t.end + 2))  # "ghost's the one who"
        or (t.possessive and _KIN_AFTER_IS.match(text, t.end + 2))  # "sky's the older sister"
    ):
        return True  # an everyday word opening a chat line, said to be someone
    # "smitty is the uncle": a word in no list, said to be kin; "Janvier is the dad", "Aimé est
    # le petit frère": a capitalised name, whatever else the lists hold it for
    return (
        (t.unknown or (t.cap and (t.given or t.surname or t.listed_word)))
        and not (t.protected and not t.listed_word)  # "@Luc c'était le plus jeune"
        and t.text.replace("-", "").isalpha()
        and len(t.lower) >= 3
        and said_to_be_kin(toks, i + 1)
    )


# "Rahaf, a classmate,", "Bill, the super at her building,", "Désiré, le grand frère,"
_APPOSED_KIN = re.compile(
    # "Rahaf, a classmate,", "Patience, mom of the 2 little ones, texted"
    r"(?:,|\s[—–-])\s+(?P<det>(?:a|an|the|her|his|their|une?|sa|son|la|le)\s+)?(?:\w+\s+)?([\w-]+)"
    r"(?:\s+(?:at|of|from|in|on|de|du|à|au)\s+[^,()\n]{1,30})?\s*(?:[,—–]|\s-\s)",
    re.I,
)
_WHOSE_CLIENT = re.compile(
    r"\s*\((?:(?-i:[A-Z][A-Za-z&]{1,7})\s+)?(?:client|patient|student|resident|participant|youth|"
    r"tenant|cliente|usager|usagère|élève)\)",
    re.I,
)
_KIN_SENTENCE = re.compile(r"\.\s+(?:the|la|le|l['’]|his|her|sa|son)\s*([\w-]+)\s*[.!]", re.I)
_AGED_BEFORE = re.compile(r"\b\d{1,2}\s*(?:ans|y/?o|yo|yrs|years?\s+old)\s*,\s*$", re.IGNORECASE)
_WHO_IS = re.compile(r"\b(?:who\s+is|who['’]s|c['’]est\s+qui|qui\s+est|cest\s+qui)\s+$", re.I)
_AGAIN = re.compile(r"\s*(?:again\b|déjà\b|deja\b|\?)", re.I)
_ME_AND = re.compile(r"\b(?:me|moi)\s+(?:and|&|pis|et)\s+$", re.I)
_AND_ME = re.compile(r"\s+(?:and|&|pis|et)\s+(?:me|moi|i)\b", re.I)
_DASH_DATE = re.compile(r"\s*[—–-]\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\b")
_DOES_OR_FROM = words(
    "from wants wanted says said is was has had called came left took de veut a est dit"
)
_KINFOLK = words("grandparents parents cousins in-laws relatives family famille grands-parents")
_NOT_A_NICKNAME = (
    KIN
    | INSTITUTION
    | ROLES
    | STOPWORDS
    # "Concern is the grandson (19) moving back in": what the note is about, not a name
    | words("concern concerns issue problem worry risk focus priority subject question main")
)  # "Bunny is the one who…", not "Housing"
_KID_WORDS = words(
    "kid kids boy boys girl girls twins brothers sisters guy guys lady man woman dude who"
)
_THE_MAN_IS = re.compile(
    r"\b(?:the|that|this|le|ce)\s+(?:man|guy|dude|woman|lady|girl|boy|gars|homme|monsieur|"
    r"madame|femme|fille|pimp|dealer|boyfriend|girlfriend)\s+(?:is|was|c['’]est|=)\s+$",
    re.IGNORECASE,
)
_RANKED_KIN = re.compile(
    r"\b(?:fils|fille|frère|soeur|sœur|son|daughter|brother|sister|enfant|child|kid|cousin|"
    r"cousine)\s+(?:aîné|aînée|ainé|ainée|cadet|cadette|benjamin|benjamine|oldest|youngest|"
    r"eldest|older|younger)\s*,\s*$",
    re.IGNORECASE,
)
_FORMERLY = re.compile(
    r"\((?:avant|formerly|previously|née|nee|anciennement|maiden\s+name)[,:]?\s+$"
    r"|(?<=\w)\s(?:née|nee)\s+$",  # "Marie-Soleil née St-Onge, 41 ans"
    re.I,
)
_DOUBLED_WORDS = words(
    "bye-bye so-so hush-hush night-night choo-choo boo-boo tut-tut pom-pom yo-yo no-no ha-ha "
    "hee-hee na-na tsk-tsk pee-pee poo-poo mi-mi dodo-dodo can-can"
)
_CLASSMATES = words(
    """
    classmate classmates camarade coworker colleague teammate super landlord landlady neighbour
    neighbor owner manager roommate coach friend ami amie voisin voisine propriétaire concierge
    janitor caretaker boss employer patron patronne guy man woman lady dude gars homme femme
    teacher principal nurse coach counsellor counselor
    cadet cadette aîné aînée benjamin benjamine dernier dernière youngest oldest eldest
    garçon gars boy girl kid youth jeune ado teen fillette
    """
)
_WHAT_THEY_CALL = re.compile(
    r"\s+(?:is|was)\s+what\s+(?:[\w']+\s+){0,4}?(?:call|calls|called)\s+(?:her|him|them)\b"
    r"|\s+(?:c['’]est|est)\s+comme\s+ça\s+qu['’](?:[\w']+\s+){0,4}?(?:l['’]appelle\w*)\b",
    re.IGNORECASE,
)
# "May is the one who called it in", "Hope is the younger one (10)"
_THE_ONE_WHO = re.compile(
    r"\s+(?:is|was)\s+the\s+(?:one\s+(?:who|that|w/|with)(?!\w)|"
    # "Crystal is the one we talked about last week"
    r"one\s+(?:we|you|i|they)\s+(?:talked|spoke|discussed|mentioned|flagged|raised|met)\b|(?:younger|older|youngest|oldest|eldest|"
    r"middle|little|big|baby)\s+(?:one|kid|child|girl|boy|sibling)\b)"  # "summer is the middle kid"
)


_ONE_WHO_AFTER_IS = re.compile(r"\s+the\s+one\s+(?:who|that)\b")
_KIN_AFTER_IS = re.compile(
    r"\s+(?:the|her|his|their)\s+(?:(?:older|younger|little|big|baby|oldest|youngest|twin)\s+)?"
    r"(?:sister|brother|cousin|mom|dad|aunt|auntie|uncle|daughter|son|niece|nephew|boyfriend|"
    r"girlfriend|bf|gf|partner|ex|grandma|grandpa|kokum|mosom)\b"
)


def _opening_word(text: str, toks: Sequence[Tok], i: int) -> bool:
    """An everyday word opening a line of chat typed in lower case: "skinny is…"."""
    t = toks[i]
    return (
        t.sentence_start
        and not t.cap
        and not t.protected
        and t.text.isalpha()
        and len(t.lower) >= 3
        and t.lower not in _NOT_A_NICKNAME
        and not chat_word(t.lower)  # "faque c'est la plus vieille qui a fugué"
        and typed_in_lower_case(text)
    )


def _full_name_at(text: str, toks: Sequence[Tok], k: int) -> bool:
    """A capitalised given name and a capitalised surname at ``k``: "Jordan Roy"."""
    first, last = toks[k], toks[k + 1]
    return (
        first.cap
        and first.given
        and not first.sentence_start
        and last.cap
        and (last.surname or last.unknown)
        and text[first.end : last.start] == " "
    )

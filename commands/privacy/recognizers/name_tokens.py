"""Tokens as the name recognizer sees them: what each word is and whether it is shielded.

``tokenize`` reads every word once against the lexicon (listed given name or
surname, everyday word, unknown) and marks the ones that cannot be a person:
agencies and places from ``not_names.txt``, a table's own allow list, and
capitalised runs next to an institution word ("Carlton Park School", "rue Gagnon").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from commands.privacy.lexicon import STOPWORDS, TOKEN, Lexicon, words
from commands.privacy.recognizers.cues import INSTITUTION, IS_WAS, KIN, PREFIX_PLACES, TITLES
from commands.privacy.recognizers.name_chat import (
    COMBINING,
    chat_in_lower_case,
    chat_word,
    protect_mentions,
    read_lower_case_chat,
    substance,
)
from commands.privacy.recognizers.name_context import is_french
from commands.privacy.recognizers.name_forms import east_asian_given
from commands.privacy.recognizers.name_institutions import INSTITUTION_BEFORE_NAME
from commands.privacy.recognizers.name_lower_places import lower_case_place
from commands.privacy.recognizers.name_phrase_shields import (
    protect_namesakes,
    protect_placeholders,
)
from commands.privacy.recognizers.name_places import (
    accented_place,
    after_sit,
    asked_as_a_place,
    part_of_town,
    placed,
    resides_in,
)
from commands.privacy.recognizers.name_saints import read_saints, saint_surname
from commands.privacy.recognizers.name_shields import shield_places_and_organisations
from commands.privacy.recognizers.name_token_language import (
    mark_by_language,
    mark_justice,
    mark_origins,
)
from commands.privacy.recognizers.name_whereabouts import whereabouts
from commands.privacy.recognizers.name_wordforms import (
    NEGATIONS,
    accented_given,
    acronym_form,
    compound_initials,
    gaelic_surname,
    northern_form,
    spelled_out,
    surname_by_ending,
    words_run_together,
)


@dataclass(slots=True)
class Tok:
    text: str
    lower: str
    start: int
    end: int
    cap: bool
    possessive: bool
    sentence_start: bool
    protected: bool = False
    # Shielded only as a lone listed word ("Dakota", "Noël"), not by a phrase or an institution.
    listed_word: bool = False
    name: bool = False
    given: bool = False
    surname: bool = False
    common: bool = False
    elided: str = ""  # the "c'" of "c'est", the "l'" of "l'école"

    @property
    def strong(self) -> bool:
        return self.name and not self.common and not self.protected

    @property
    def unknown(self) -> bool:
        return (
            not self.name
            and not self.common
            and not self.protected
            and len(self.lower) >= 3
            and not (self.text.isupper() and len(self.text) > 1)  # "CNESST", "SPVG-CISSS"
        )

    @property
    def capped_name(self) -> bool:
        """A capitalised token that can be a name: listed, or unknown to every list."""
        return self.cap and not self.protected and (self.name or self.unknown)


# "Ferland-et-Boilleau", "Saint-Ambroise-de-Kildare": the links of a place's compound name
_DOUBLE_GIVEN = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{3,}-[A-ZÀ-Ý][a-zà-ÿ]{3,}")
_DOUBLE_WORD = re.compile(
    r"(?!(?:Long|Short|Self|High|Post|Anti|Non|Cross|Part|Full|Half)-)[A-Z][a-z]{2,}-[A-Z][a-z]{2,}"
)
_PLACE_LINKS = tuple(f"-{w}-" for w in words("à au aux du des sur en les la de le saint sainte et"))
_OF_GOD = words("jean-de-dieu marie-de-dieu")  # given names of Central African families
# "Amos : famille de 4", "Brandon - update", "Regina (north)"; not "Florence (89 ans)" or
# "Brandon (le chum de la mère)", a person with an age or a word on who they are
# "Sit 2026-115 Alma : femme de 52 ans": the table's number, then the town as a heading
_SIT_LEAD = re.compile(
    r"\s*(?:sit(?:uation)?\.?\s*#?\s*)?(?:[A-Z]{1,4}-)?(?:19|20)?\d{2}-\d{2,4}\s+", re.I
)
_HEADING = re.compile(
    r"\s*(?:[:.]|[—–](?!\s*(?:19|20)\d\d[-/.]\d)"  # not "Hunter – 2010-02-11": a birth date
    r"|-\s|\((?!\s*\d{1,2}\s*(?:ans|y/?o|yo|yrs|\)|,)|\s*\d{1,4}[-/.]\d|\s*(?:age|âge)\s+\d)"
    # not "Hope (14)", "Brandon (her boyfriend, 19)", "Brandon (yes like the city) is 12"
    r"(?!\s*(?:the|le|la|l'|her|his|their|sa|son|first\s+name|pr[ée]nom)\s)"
    r"(?![^()\d]{1,40}\)(?:\s*,\s*\d{1,2}\s*(?:ans|y/?o|yrs)|\s+(?:is|a|est)\s+\d\d?\s*(?:and|,)))"
    # not "Hope (mom) says the kids are fine", "Bertrand (custodian at the chapel) found…"
    r"(?!\s*(?:mom|dad|mother|father|mère|père|aunt|auntie|uncle|sister|brother|cousin|kokum|"
    r"grandma|grandpa|tante|oncle|custodian|janitor|worker|teacher|nurse|coach|elder|staff|"
    r"volunteer|neighbou?r|concierge|bénévole|voisine?|intervenante?|enseignante?)\b)"
    r"|,\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|f[ée]v|avr|mai|juin|juil|"
    # "Brandon, Feb 28.", "Amos, 12 mars"
    r"ao[uû]t|d[ée]c)[a-zéû]*\.?\s+\d|\d{1,2}(?:er)?\s+[a-zéû]{3,}\b|(?:19|20)\d\d-\d"
    r"|(?:secteur|sector|area|quartier|district)\b)"  # "Amos, secteur Pikogan :"
    r"|,?\s+(?:sit\s*#?\s*)?(?:19|20)?\d{2}-\d{3}\s*:"  # "Amos 26-108:", "Amos, 26-114 :"
    r"|\s+(?:hub|table|note)\b)",  # "lindsay hub youth 14" as dictated
    re.IGNORECASE,
)
_LOWER_HEADING = re.compile(r"\s*(?::|\s[-–—]\s)|\s+(?:hub|table|note)\b")  # "brandon: 14 y/o"
_CONTRACTION = re.compile(r"['’](?:d|ll|ve|re|m)$")
_COMPASS = ("-nord", "-sud", "-est", "-ouest", "-north", "-south", "-east", "-west", "-centre")
# Abbreviations whose period ends no sentence: titles, "St.", "approx.", "w/".
_ABBREVIATION = re.compile(
    r"(?:^|[\s(])(?:mr|mrs|ms|mx|dr|dre|mme|mlle|st|ste|sgt|cpl|cst|const|det|insp|supt|rev|"
    r"prof|fr|sr|approx|appt|apt|incl|vs|cf|env|ex|p\.ex|c\.-à-d|no|nº|boul|blvd|av|ch)\.$",
    re.IGNORECASE,
)
# "Stanley A. Milner", "J. Morin", "M.-A. St-Pierre" (a compound first name's initials)
_INITIAL = re.compile(r"(?:^|\s|[A-ZÀ-Ý]\.-)[A-ZÀ-Ý]\.-?$")
_ELISION = re.compile(r"^(?:[ldjnmtscy]|qu|jusqu|lorsqu|puisqu)['’](?=\w)", re.IGNORECASE)
_HONOURED = re.compile(r"\b[A-ZÀ-Ý][\w'’]+-[A-Z]\.-$")
_HONOUREE = re.compile(r"[A-ZÀ-Ý][\w'’]+-(?:[A-Z]\.|[A-ZÀ-Ý][a-zà-ÿ'’]+)-[A-ZÀ-Ý]")  # "Louis-J.-"
_LITTLE = re.compile(r"(?:p['’])?tit?-")  # "Ti-Guy", "tit-Paul", "P'tit-Louis"
_LITTLE_ONES = words("gars fille cul boutte bébé pit")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
_ACRONYM_JOINED = re.compile(r"[A-Z]{2,}-")  # "SAE-police", "CLSC-école": a joint team
_CAMEL_ORG = re.compile(r"[A-Z]{2,}[a-z]{3,}|(?:[A-Z][a-z]+){2}[A-Z]{2,}$")  # "RentSafeTO"
# a word or a title before
_MID = re.compile(r"(?:[^\W\d_]|\b(?:M|Mme|Mlle|Dr|Dre|Me|Mr|Mrs|Ms|Mx)\.?)\s+$")


def _elided_surname(word: str, lex: Lexicon) -> bool:
    """ "D'Arcy", "D'Souza", "D'Aoust": a listed name, or "D'" before a word no list holds."""
    lower = word.casefold()
    if lex.is_name(lower):
        return True
    rest = lower[2:]
    return word[0] == "D" and not (lex.is_common(rest) or lex.is_name(rest) or lex.is_common(lower))


def tokenize(text: str, lex: Lexicon, allow: tuple[tuple[str, ...], ...]) -> list[Tok]:
    toks: list[Tok] = []
    for m in TOKEN.finditer(text):
        word, start = m.group(0), m.start()
        elided = _ELISION.match(word)
        if elided and word[elided.end()].isupper() and elided.group(0)[0] == "Q":
            elided = None  # "Fort Qu'Appelle": part of a place name, not "qu'" + a verb
        if (
            elided
            and word[0] in "DL"
            and word[elided.end()].isupper()
            and (_MID.search(text, max(0, start - 8), start) or _elided_surname(word, lex))
        ):
            elided = None  # "M. D'Amours", "la famille L'Heureux": a surname, not "de" + a word
        if elided and len(word) > elided.end() + 1:
            start += elided.end()
            word = word[elided.end() :]
        else:
            elided = None
        if start > 0 and text[start - 1].isdigit():
            continue  # "40aine", "3x", "2nd": a number's suffix, never a word of its own
        possessive = bool(_POSSESSIVE.search(word)) and len(word) > 3
        if possessive:
            word = word[:-2]
        stripped = text[max(0, start - 40) : start].rstrip(" \t")  # a window: no O(n²)
        if not stripped.strip() and start > 40:
            stripped = text[:start].rstrip(" \t")
        before = stripped.rstrip("\"'“«(")
        # Speech opens a sentence: « On n'a besoin de personne », "He said: “Hope…”".
        opened = stripped[-1:] in ("«", "“") or (
            stripped[-1:] == '"' and before[-1:] in ("", " ", ":", ",")
        )
        # " / " stands for a line break in a pasted note
        sentence_start = (
            not before or before[-1:] in ".!?\n:;•*-–>|" or before[-2:] == " /" or opened
        )
        if before[-1:] in ".-" and (_ABBREVIATION.search(before) or _INITIAL.search(before)):
            sentence_start = opened  # "mr. beaulieu", "St. Paul's", "approx. Tuesday"
        tok = Tok(
            word,
            spelled_out(word.casefold()),  # "didnt": "didn't"
            start,
            start + len(word),
            word[:1].isupper(),
            possessive,
            sentence_start,
            elided=elided.group(0).casefold() if elided else "",
        )
        tok.common = (
            lex.is_common(tok.lower)
            or tok.lower in NEGATIONS
            or chat_word(tok.lower)  # "imo", "guy", "dev"
            or (not tok.cap and tok.lower in lex.unaccented)  # "sante", "appele"
            or (not tok.cap and lex.glued_elision(tok.lower))  # "linfirmiere"
        )
        tok.given = tok.lower in lex.given or (not tok.common and accented_given(tok.text, lex))
        # "Hunter MacIntosh": "Mac" after a given name, a surname; not "at McKitrick", a school
        gaelic = bool(toks) and toks[-1].given and gaelic_surname(tok.text, text, toks[-1].end)
        tok.surname = tok.lower in lex.surnames or gaelic
        tok.common = tok.common and not gaelic
        tok.name = tok.given or tok.surname or lex.is_name(tok.lower)
        if tok.cap and not tok.name and not tok.common and surname_by_ending(tok.lower):
            tok.name = tok.surname = True  # a family name no list holds: "Kowalczyk"
        if (
            tok.cap
            and not tok.name
            and not tok.common
            and tok.lower not in lex.never_single  # "à Kuujjuarapik": a community
            and northern_form(tok.text)
        ):
            tok.name = tok.surname = True  # a name no list holds: "Qajaq", "Kaapiish"
        if tok.name and not tok.given and "-" in tok.lower:
            tok.given = any(p in lex.given for p in tok.lower.split("-"))
        if (
            tok.name
            and not tok.cap
            and "-" in tok.lower
            and not all(p in lex.given or p in lex.surnames for p in tok.lower.split("-"))
            and (
                tok.lower.split("-")[0] not in lex.given  # "marie-soleil", "jean-guy"
                or tok.lower.split("-")[0] in COMBINING  # "franco-ontarienne"
            )
            # "la petite thu-trang": a Vietnamese given name whose first half ("Thu") is
            # also a weekday's abbreviation
            and not (
                tok.lower.split("-")[0] in lex.never_single
                and all(p in lex.given for p in tok.lower.split("-")[1:])
            )
        ):
            tok.name = tok.given = tok.surname = False  # "là-bas", "peut-être"
        if _CONTRACTION.search(tok.lower):
            tok.name = tok.given = tok.surname = False  # "OD'd", "Kev'll": not a name form
            tok.common = True
        honoured = _HONOURED.search(text, max(0, start - 20), start) or _HONOUREE.match(text, start)
        if words_run_together(tok.text, lex) or honoured:
            tok.protected = True  # a service's name ("HealthLine"), a school ("Louis-J.-Robichaud")
        if acronym_form(tok.text):
            tok.name = tok.given = tok.surname = False  # "DOBs", "HSNs", "ToR", "PoA"
            tok.common = True
        if (
            (tok.text.isupper() and "-" in tok.text)
            or _CAMEL_ORG.match(tok.text)
            or _ACRONYM_JOINED.match(tok.text)
        ):
            tok.name = tok.given = tok.surname = False  # "TAPP-C", "OUTSaskatoon": organisations
            tok.protected = bool(_CAMEL_ORG.match(tok.text) or _ACRONYM_JOINED.match(tok.text))
        parts = tok.lower.split("-")
        if _namesake(tok, parts, lex, toks[-1] if toks else None, text):
            tok.protected = True  # "back at Gisèle-Lalonde", "école Félix-Leclerc": a school
        if "-" in tok.lower and all(p in lex.never_single or p in lex.common for p in parts):
            tok.protected = parts[0] in lex.never_single  # "Jan-Mar", "Cree-speaking"
        if (tok.cap or tok.lower.count("-") >= 2) and any(
            link in tok.lower for link in _PLACE_LINKS if tok.lower not in _OF_GOD
        ):
            tok.protected = True  # "Moulin-à-Fleur", "Pointe-aux-Trembles", "Côte-de-Gaspé"
        if tok.cap and tok.lower.endswith(_COMPASS):
            tok.protected = True  # "Noranda-Nord", "Montréal-Nord", "Regina-East"
        if re.match(r"-(?:area|based|wide)\b", text[tok.end : tok.end + 7]):
            tok.protected = True  # "Minoru-area building", "faith-based": a place, a belief
        little = _LITTLE.match(tok.lower)
        rest = tok.lower[little.end() :] if little else ""
        if len(rest) > 1 and rest not in KIN and rest not in _LITTLE_ONES:  # not "le ti-gars"
            tok.name = tok.given = True  # Québécois nicknames: "ti-loup"
            tok.common = False
        if compound_initials(tok.text):
            tok.name = tok.given = True  # "son conjoint J-F": a compound first name's initials
            tok.common = False
        if _DOUBLE_GIVEN.fullmatch(tok.text) and all(p in lex.given for p in tok.lower.split("-")):
            tok.name = tok.given = True  # "Lily-Rose", "Fleur-Ange": two given names make one
            tok.common = False
        elif _DOUBLE_WORD.fullmatch(tok.text) and all(p in lex.english for p in parts):
            tok.name = tok.surname = True  # "Grey-Eagle", "Crow-Shoe": words a family is named
        if tok.cap and east_asian_given(tok.lower, tok.text):
            tok.name = tok.given = True  # "Ji-woo Park", "Min-jun Lee"
            tok.common = tok.protected = False
            toks.append(tok)
            continue
        if tok.lower in KIN or tok.lower in TITLES:
            tok.name = tok.given = tok.surname = False
            tok.common = True
        whole = m.group(0).casefold()  # "McDonald's" is listed with its "'s"
        if possessive and whole.replace("’", "'") in lex.never_single:
            tok.protected = True
        elif tok.lower in lex.never_single:
            tok.protected = True  # "seen Sunday": a weekday is no one, but "Iakohawi Sunday"
            tok.listed_word = not tok.lower.endswith("day") or bool(
                toks and toks[-1].cap and not toks[-1].common and toks[-1].end == start - 1
            )
        elif not tok.name and tok.cap and accented_place(tok.lower, lex):
            tok.protected = tok.listed_word = True  # "Néguac", "Shédiac": a place, accented
        elif tok.lower.startswith(PREFIX_PLACES):
            if saint_surname(toks[-1] if toks else None, tok, text):
                tok.name = tok.surname = True  # "Wideline Saint-Fleur", "Jean Saint-Pierre"
            else:
                tok.protected = True
        toks.append(tok)
    mark_by_language(toks, is_french(toks))
    _protect_phrases(toks, lex.never_phrases)
    mark_origins(toks, text)
    mark_justice(toks, text)  # "Justice is the older sister", not "youth justice"
    for tok in toks:
        if (
            (tok.sentence_start or _SIT_LEAD.fullmatch(text, 0, tok.start))
            # "brandon: 14 y/o from Waywayseecappo", not "brandon (janvier) dit"
            and (tok.cap or (tok.text.islower() and _LOWER_HEADING.match(text, tok.end)))
            and tok.lower in lex.given_places
            and _HEADING.match(text, tok.end)
            and (
                not text[: tok.start].strip(" \t\"'(*•-") or _SIT_LEAD.fullmatch(text, 0, tok.start)
            )
        ):
            tok.protected = True  # "Amos : famille de 4…", "Brandon - update": the town
    for k, tok in enumerate(toks):
        if tok.cap and tok.lower in lex.given_places and placed(text, toks, k):
            tok.protected = True  # "à Alma", "in Sydney", "between Eskasoni and Sydney"
            # "sit 26-041 (Alexandria, 16, …)": where the situation is, even before an age
            tok.listed_word = tok.listed_word and not after_sit(text, tok.start)
        elif tok.cap and asked_as_a_place(text, tok.end):
            tok.protected = True  # "Dillon? the town? no, she's in La Ronge now"
        elif tok.cap and (
            resides_in(text, toks, k) or part_of_town(text, toks, k) or whereabouts(text, toks, k)
        ):
            tok.protected = True  # "vit à Bellegarde", "lives in Beardy's", "in Keith, Hamilton"
        elif lower_case_place(text, toks, k):
            tok.protected = True  # "the mission in stanley", "emma lake"
    read_saints(toks, text)
    protect_namesakes(toks, text)
    protect_placeholders(toks, text)
    for prev, tok in itertools.pairwise(toks):
        if prev.text in ("Upper", "Lower") and tok.cap and tok.start - prev.end == 1:
            tok.protected = True  # "Upper James", "Lower Town": streets and districts
            tok.listed_word = False
        if prev.text in ("Grand", "Greater", "Grande") and tok.protected and tok.cap:
            prev.protected = True  # "le CSC du Grand Sudbury", "Greater Sudbury": the city
    for i, tok in enumerate(toks):
        if substance(toks, i):
            tok.protected = True  # "prendre de la Tina", "doing Molly": drugs, not people
            tok.listed_word = False
    if allow:
        _protect_phrases(toks, _index(allow))
    shield_places_and_organisations(toks, text)
    protect_mentions(toks, text)
    if toks and chat_in_lower_case(toks):
        read_lower_case_chat(toks, lex, text)
    elif toks:
        _opening_given(toks, 0, text, 0)
        heading = _HEADED.match(text)  # "hamilton - dawn is back at the shelter"
        after = [k for k, t in enumerate(toks[:8]) if heading and t.start == heading.end()]
        if heading and after:
            _opening_given(toks, after[0], text, heading.end())
    return toks


# "lot 22", "unit 4": a number that is no age after an everyday word
_TO_A_PLACE = words(
    "at to from attends attend attending attended au adultes bibliothèque library site pavillon"
    " scolaire secondaire primaire"  # "Centre de services scolaire Marguerite-Bourgeoys"
)
_NUMBERED = re.compile(r"\s*#?\d+(?!\s*(?:y\b|yo\b|y/o|yrs?\b|years?\b|ans\b|-year))")


def _index(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        if p:
            out.setdefault(p[0], []).append(p)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _protect_phrases(toks: list[Tok], phrases: dict[str, tuple[tuple[str, ...], ...]]) -> None:
    for i, tok in enumerate(toks):
        # "International Falls-Fort Frances": a place joined to the one before by a hyphen;
        # "L'Accueil Bonneau" kept whole where a capital "L'" may open a surname
        bare = tok.lower[2:] if tok.lower[1:2] in ("'", "’") else tok.lower
        for head in dict.fromkeys((tok.lower, tok.lower.rsplit("-", 1)[-1], bare)):
            phrase = next(
                (
                    p
                    for p in phrases.get(head, ())
                    if (head, *(t.lower for t in toks[i + 1 : i + len(p)])) == p
                ),
                None,
            )
            if phrase is not None:
                for t in toks[i : i + len(phrase)]:
                    t.protected = True
                    t.listed_word = False
                break


def _opening_given(toks: list[Tok], k: int, text: str, begins: int) -> None:
    """A lower-case given name opening the note reads as capitalised: "claire est retournée
    chez sa tante à Hull"; after a heading, an everyday word only before a person's verb
    ("hamilton - dawn is back", not "Update: faith is our main concern")."""
    tok = toks[k]
    nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
    later = toks[k + 2].lower if k + 2 < len(toks) else ""
    if begins and tok.common and not (nxt in IS_WAS and later in _WHERE_SOMEONE_IS):
        return
    if (
        not tok.cap
        and tok.given
        and tok.lower not in STOPWORDS
        and not chat_word(tok.lower)  # "guy is in his 60s"
        and not re.search(r"\w", text[begins : tok.start])  # "2nd floor of 301 …"
        and not (tok.common and _NUMBERED.match(text, tok.end))  # "lot 22, …"
    ):
        tok.cap = len(tok.lower) >= 3


_WHERE_SOMEONE_IS = words("back flown seen found missing picked taken home gone staying sleeping")
# "hamilton - dawn is back", "kenora: hope was flown out": a place or a label, then the note
_HEADED = re.compile(r"[^\W\d_][\w .'’/()-]{1,30}?(?:\s[-–—]|:)\s+")


def _namesake(tok: Tok, parts: list[str], lex: Lexicon, prev: Tok | None, text: str) -> bool:
    """ "back at Gisèle-Lalonde": a given name and a surname joined by a hyphen, where one
    goes, name a school or a street after a person ("Rose-Lyne" is a compound given name)."""
    if not 2 <= len(parts) <= 3 or not tok.cap or not tok.text.split("-")[1][:1].isupper():
        return False
    if tok.possessive:
        return False  # "back at Rose-Lyne's place"
    given, family = parts[0], parts[-1]
    if given not in lex.given or (family in lex.given and len(parts) == 2):
        return False  # "Charles-Émile-Claude" (a CLSC site) has three parts
    places = (_TO_A_PLACE, INSTITUTION, INSTITUTION_BEFORE_NAME)  # not "Rose-Lyne est allée"
    return prev is not None and any(prev.lower in p for p in places)

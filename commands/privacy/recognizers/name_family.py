"""Families named by their surname: "the Tootoosis family", "la famille Gagnon", "the
Nguyens", "chez les Bergeron", "the Santos grandmother", "Thibodeau fils"."""

from __future__ import annotations

import re

from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import (
    CALENDAR,
    INSTITUTION,
    RELATIVES,
)
from commands.privacy.recognizers.name_chat import typed_in_lower_case
from commands.privacy.recognizers.name_family_lists import (
    families_possessive,
    listed_family,
    plural_family,
)
from commands.privacy.recognizers.name_spans import cand, gap_ok
from commands.privacy.recognizers.name_token_language import PEOPLES
from commands.privacy.recognizers.name_tokens import Tok


def family_name(text: str, toks: list[Tok], i: int) -> tuple[Candidate, int] | None:
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if listed_family(text, toks, i):  # "Beaulieu, Mercredi and Piche families"
        return cand(text, toks, i, i + 1, "the family"), i + 1
    # "Leblanc family address is…": a family name a town shares, heading "family"
    # "Baptiste family (4 kids) - water still off": a given name some list shields, too
    heads_family = (
        nxt is not None
        and nxt.lower in ("family", "famille")
        # not "Guyanese-Trini family", "Brant Family and Children's"
        and (t.surname or (t.given and "-" not in t.lower and nxt.text.islower()))
    )
    if t.protected and not (
        t.listed_word
        and (t.surname or t.given)
        and ((i > 0 and toks[i - 1].lower == "the") or heads_family)
    ):
        return None  # "the Thompson home" is a family; "the Cree family" is not named
    # "the Tootoosis family", "la famille Gagnon".
    if (
        t.cap
        and t.lower not in _FAMILY_KINDS  # "Two kids under 5"
        and t.lower not in PEOPLES  # "the Cree family", "the Dene grandparents"
        and (
            ((t.name or t.unknown) and (not t.common or (t.name and not t.sentence_start)))
            # "Tremblay family (mom Julie…)", not "young families in the Hill district"
            or (t.surname and t.lower not in _FAMILY_KINDS and not (t.common and t.text.islower()))
            # "The Lightning family": an everyday word capitalised after "the" is a surname
            or (
                t.common
                and i > 0
                and toks[i - 1].lower == "the"
                and text[toks[i - 1].end : t.start] == " "  # not "on the 9th. The boys"
                and t.lower not in STOPWORDS
                and not t.text.isupper()
                and t.lower not in _FAMILY_KINDS
            )
        )
        and nxt is not None
        # "the Desjarlais' neighbour", "the Gonzedas' house": a family's, plural possessive
        and text[t.end : nxt.start] in (" ", "' ", "’ ")
        # "the Mercredi Family Services", "the Taggart Family Y"
        and not (
            i + 2 < len(toks) and (toks[i + 2].lower in _FAMILY_SERVICES or toks[i + 2].text == "Y")
        )
        and (
            nxt.lower in _FAMILY_NOUNS
            # "Amirault youth (the younger one)": a listed family name, no nation's nor place's
            or (nxt.lower in ("youth", "teen") and t.surname and not (t.common or t.protected))
            or _family_place(text, toks, i)
            # "the Santos grandmother", "Thibodeau fils s'est présenté"
            or (nxt.lower in RELATIVES and i > 0 and toks[i - 1].lower == "the" and not t.common)
            # "the Redwood grandparents": a household's elders, whatever word names them
            or (nxt.lower in _ELDERS and i > 0 and toks[i - 1].lower == "the")
            or (nxt.lower in ("fils", "père") and t.surname and not _followed_by_de(toks, i + 1))
        )
    ):
        return cand(text, toks, i, i + 1, "the family"), i + 1
    # "who has the Tootoosis file?": a family's file, by its name
    if (
        nxt is not None
        and i > 0
        and toks[i - 1].lower == "the"
        and t.cap
        and (t.unknown or (t.surname and not t.common))
        and not t.protected
        # "file # for the Benoanie sit is …", "it's the Melnyk unit again"
        and nxt.lower in ("file", "files", "case", "situation", "referral", "sit", "unit")
        and text[t.end : nxt.start] == " "
    ):
        return cand(text, toks, i, i + 1, "the family"), i + 1
    # « ds le dossier Tenasco : l'oncle refuse… »: a family's file, the name after it
    if (
        i > 0
        and toks[i - 1].lower in ("dossier", "dossiers")
        and text[toks[i - 1].end : t.start] == " "
        and t.cap
        and not t.text.isupper()
        and (t.unknown or (t.surname and not t.common))
        and not t.protected
        and not (nxt is not None and nxt.cap)
    ):
        return cand(text, toks, i, i + 1, "de la famille"), i + 1
    # "norway house - Muswagon house, lot 61", "break and enter at the Balfour place": a home
    if (
        nxt is not None
        and t.cap
        and (t.unknown or (t.surname and not t.common))
        and not t.protected
        and not t.possessive
        and nxt.lower in ("house", "place", "trailer", "residence")
        and nxt.text.islower()
        and text[t.end : nxt.start] == " "
        and (i == 0 or toks[i - 1].lower in ("the", "at", "to", "from") or _clause_start(text, t))
        and re.match(r"\s*(?:[,.;:)]|$|on\b|in\b|out\b|by\b|near\b)", text[nxt.end :])
    ):
        return cand(text, toks, i, i + 1, "the family"), i + 1
    # "the Nguyens are refusing", "the koostachins from up the river road": in the plural
    if plural_family(text, toks, i) or families_possessive(text, toks, i):
        return cand(text, toks, i, i + 1, "the family"), i + 1
    # "this is the mcleod boy, not the spence one": which family, by its name
    if (
        nxt is not None
        and nxt.lower in ("one", "ones")
        and i > 0
        and toks[i - 1].lower == "the"
        and text[t.end : nxt.start] == " "
        and t.surname
        and not t.common
        and not t.protected
        and not t.possessive
        and t.text.isalpha()
    ):
        return cand(text, toks, i, i + 1, "the family"), i + 1
    # "his auntie on the Morin side", "the desjarlais side won't talk to the caisse side"
    if (
        nxt is not None
        and nxt.lower == "side"
        and i > 0
        and toks[i - 1].lower == "the"
        and text[t.end : nxt.start] == " "
        and not t.possessive
        and (t.surname or (t.unknown and len(t.lower) >= 4))
        # "the bird side" of a family; never "the other side", "the west side"
        and (not t.common or (t.surname and t.lower not in _SIDES and t.lower not in STOPWORDS))
        and not t.protected
        and t.text.isalpha()
        and (t.cap or typed_in_lower_case(text))
    ):
        return cand(text, toks, i, i + 1, "the family"), i + 1
    if t.lower == "famille" and nxt is not None and nxt.lower == "accueil" and i + 2 < len(toks):
        host = toks[i + 2]  # "la famille d'accueil Belliveau": the foster family, by name
        if host.cap and (host.surname or host.unknown) and not host.protected:
            return cand(text, toks, i + 2, i + 3, None), i + 3
    if (
        t.lower in {"famille", "family", "familles"}
        and not (t.cap and i > 0 and toks[i - 1].cap)  # "Dilico Anishinabek Family Care."
        and not (t.text == "Family" and nxt is not None and nxt.common)  # "Family Connections."
        # "la Maison de la famille Vanier", "Centre de la famille Rideau": an organisation
        and not (
            i > 2
            and toks[i - 1].lower == "la"
            and toks[i - 2].lower == "de"
            and toks[i - 3].lower in INSTITUTION
        )
        and nxt is not None
        and nxt.cap
        # "La famille Wabano", a centre's name too; not "meet the family Monday"; "les
        # familles Saint-Fleur, Dorvilus pis Joseph"
        and (
            not nxt.protected
            or (nxt.listed_word and t.lower != "family")
            or (t.lower != "family" and nxt.lower.startswith(("saint-", "st-", "sainte-", "ste-")))
        )
        and not nxt.sentence_start
        and not nxt.text.isupper()
        and nxt.lower not in INSTITUTION
        and nxt.lower.rstrip("s") not in INSTITUTION  # "Youth and Family Centres"
        and text[t.end : nxt.start] == " "
        and (
            nxt.capped_name
            or not nxt.common
            or text[nxt.end : nxt.end + 2].strip() in _ENDS
            # "La famille Mercredi arrive de Fort Chipewyan": French days are lower case
            or (t.lower == "famille" and nxt.lower in CALENDAR)
            # « La famille Ningiuk a pas de médecin »: a capital mid-sentence, then a verb
            or (t.lower == "famille" and _VERB_AFTER.match(text, nxt.end) is not None)
        )
    ):
        return cand(text, toks, i + 1, i + 2, None), i + 2  # "famille Fournier ;"
    # "la famille desjardins", "the okimaw family": typed in lower case, a surname or a word
    # no list holds, never one that says what kind of family it is
    if t.lower == "famille" and nxt is not None and _lower_family(text, t, nxt):
        return cand(text, toks, i + 1, i + 2, None), i + 2
    if (
        nxt is not None
        and nxt.lower in ("family", "family's", "families")
        and text[t.end : nxt.start] == " "  # not "funeral at the church, family asked…"
        and i > 0
        and toks[i - 1].lower == "the"
        and _lower_family(text, toks[i - 1], t)
    ):
        return cand(text, toks, i, i + 1, "the family"), i + 1
    # "the sinclair kids", "settee boys missed court", "fox boys prob took it": a surname in
    # lower case before the family's children
    if (
        nxt is not None
        and nxt.lower in _CHILDREN
        and t.text.islower()
        # "the fleming girls", not "on facebook messaging girls": a verb's -ing form
        and (
            t.surname
            # "the homeschooled girls (10 and 12)": a participle too
            or (
                t.unknown
                and len(t.lower) >= 5
                and t.text.isalpha()
                and t.lower[-3:] != "ing"
                and not t.lower.endswith("ed")
            )
        )
        # "the janvier boy": a surname some list shields, after "the"
        and (not t.protected or (t.listed_word and i > 0 and toks[i - 1].lower == "the"))
        and len(t.lower) >= 3
        and t.lower not in STOPWORDS
        and t.lower not in _FAMILY_KINDS
        and t.lower not in _MODIFIERS
        and text[t.end : nxt.start] == " "
        # an everyday word only as the family's name: "the fox boys", "settee boys missed…",
        # never "a good kid"
        and (
            not t.common or i == 0 or toks[i - 1].lower in ("the", "les") or _clause_start(text, t)
        )
    ):
        return cand(text, toks, i, i + 1, "the family"), i + 1
    # "la famille de Sipi Flamand", "the family of Jon Rain": a full name after "de"/"of".
    if (
        t.lower in {"famille", "family"}
        and nxt is not None
        and nxt.lower in {"de", "of", "d"}
        and i + 3 < len(toks)
        and toks[i + 2].capped_name
        and toks[i + 3].cap
        and not toks[i + 3].protected
        and not toks[i + 3].sentence_start
        and gap_ok(text, toks[i + 2], toks[i + 3])
    ):
        return cand(text, toks, i + 2, i + 4, None), i + 4
    # "les enfants Gagnon", "les Tremblay": French names a family by the bare surname
    if (
        t.lower in ("enfants", "les")
        and nxt is not None
        and nxt.cap
        # "Les Hamelin déménagent": a word in no list, then what a family does, in the plural
        # (not « Les Roughriders jouent », a team in the plural)
        and (
            nxt.surname
            or (
                nxt.unknown
                and not nxt.lower.endswith(("ers", "es", "ets"))
                and _THEY_DO.match(text, nxt.end) is not None
            )
        )
        and not nxt.protected
        and not nxt.sentence_start
        and text[t.end : nxt.start] == " "
        and (t.lower == "enfants" or i == 0 or toks[i - 1].lower != "chez")
        # "l'unité Les Érables": a word in the plural names a place; a family takes no "s"
        and not (nxt.lower.endswith(("s", "x")) and lexicon().is_common(nxt.lower[:-1]))
        and not (i + 2 < len(toks) and toks[i + 2].cap and gap_ok(text, nxt, toks[i + 2]))
    ):
        return cand(text, toks, i + 1, i + 2, "la famille"), i + 2
    # "les chabot d'en bas de la côte", "le garçon des hookimaw": in French chat typed in lower
    # case, a family by its surname (which takes no plural "s")
    if (
        t.lower in ("les", "des")
        and nxt is not None
        and text[t.end : nxt.start] == " "
        and nxt.text.islower()
        and not nxt.protected
        and nxt.text.isalpha()
        and not nxt.lower.endswith(("s", "x"))
        and ((nxt.surname and not nxt.common) or (nxt.unknown and len(nxt.lower) >= 5))
        and typed_in_lower_case(text)
        # "on les fusionne?": "les" as the object of a verb, not a family
        and not (t.lower == "les" and i > 0 and toks[i - 1].lower in _SUBJECTS)
    ):
        return cand(text, toks, i + 1, i + 2, "la famille"), i + 2
    # "chez les Bergeron": a family by its surname.
    if (
        t.lower == "les"
        and i > 0
        and toks[i - 1].lower == "chez"
        and nxt is not None
        # "chez les Caldwell à New Carlisle": even a family name some place shares
        and (nxt.capped_name or (nxt.cap and nxt.listed_word and nxt.surname))
        and not nxt.sentence_start
    ):
        return cand(text, toks, i + 1, i + 2, "la famille"), i + 2
    return None


_ENDS = ("", ",", ";", ".", ":", ")", "(")


# French participles and adjectives the word lists hold only in the masculine: "relogée"
# "la famille coopère", "la famille appelée": a verb or an adjective, not a surname
_INFLECTED = re.compile(
    r"(?:ée?s?|és|(?:is|ifi)ees?|aise|oise|ienne|ique|ine|euse|ante?|ive|ale|è[lnrtvg]e(?:nt)?)$"
)


def _clause_start(text: str, t: Tok) -> bool:
    before = text[: t.start].rstrip()
    return not before or before[-1] in ",:;-–—.!?("


def _lower_family(text: str, before: Tok, word: Tok) -> bool:
    return (
        word.text[:1].islower()
        and text[before.end : word.start] == " "
        and (word.surname or (word.unknown and typed_in_lower_case(text)))  # chat only
        and not (_INFLECTED.search(word.lower) and (word.unknown or word.common))
        and (not word.protected or word.listed_word)  # "la famille desjardins" (a bank too)
        and len(word.lower) >= 3
        and word.lower not in STOPWORDS
        and word.lower not in _FAMILY_KINDS
        and word.lower not in _HOW_MUCH  # "famille bien accrochée au CLSC"
        and not (word.common and not word.surname)
        and not (word.common and _OBJECT_AFTER.match(text, word.end))  # "la famille garde le suivi"
    )


def _family_place(text: str, toks: list[Tok], i: int) -> bool:
    """ "at the Thompson home tues", "the Bouchard situation —": not "the Hub situation number",
    "Oilers home game", "the Journey Home drop-in"."""
    k = i + 1  # the noun; after "foster" in "the Ebel foster home in Radville"
    if (
        toks[k].lower == "foster"
        and k + 1 < len(toks)
        and text[toks[k].end : toks[k + 1].start] == " "
    ):
        k += 1
    noun = toks[k]
    if noun.cap or noun.lower not in _FAMILY_PLACES or i == 0 or toks[i - 1].lower != "the":
        return False
    owner = toks[i]
    if noun.lower in _HOLDINGS and (owner.common or owner.protected or not owner.surname):
        return False  # "the Cypress ranch", "the Beardmore cabin"; not "the Bergstrom ranch"
    if noun.lower == "name" and (toks[i].protected or toks[i].common):
        return False  # "the Tremblay name in the minutes"; not "the Cree name for it"
    if k + 1 >= len(toks) or text[noun.end : toks[k + 1].start].strip():
        return True
    return toks[k + 1].lower in STOPWORDS or toks[k + 1].lower in _TIME_OR_HOW


# after "the" only: "the Hiebert couple", not "Young couple (18 and 20)"
_ELDERS = words("grandparents parents couple")
_HOW_MUCH = words("bien très trop plus moins encore toujours déjà vraiment assez peu")
# Land a family holds: "the Bergstrom ranch", read after a listed family name only
_HOLDINGS = words("ranch homestead acreage cabin cottage quarter")
_FAMILY_PLACES = (
    words("situation home house residence place apartment farm trailer name bungalow") | _HOLDINGS
)
_THEY_DO = re.compile(
    r"\s+(?:ne\s+|n['’])?(?:se\s+|s['’])?(?:[a-zéèêàâîôûç]{3,}ent|ont|sont|vont)\b"
)
_VERB_AFTER = re.compile(r"\s+(?:a|ont|est|sont|vit|habite|reste|demande|refuse|n['’])\s")
_OBJECT_AFTER = re.compile(r"\s+(?:le|la|les|un|une|des|du|son|sa|ses|leur|leurs|l['’])\b")
_TIME_AFTER = words("tues tue mon wed thurs thu fri sat sun yesterday today tonight last")
_TIME_OR_HOW = _TIME_AFTER | words("alone twice again anymore")  # "the Okemow place alone"


def _followed_by_de(toks: list[Tok], k: int) -> bool:
    return k + 1 < len(toks) and toks[k + 1].lower in ("de", "d", "du")


# "the Tootoosis family", "one of the Kakegamic boys"
_FAMILY_NOUNS = words(
    """
    family family's families household kids children boys girls brothers sisters twins fam
    grandkids grandchildren cousins siblings triplets
    kid boy girl neighbour neighbours neighbor neighbors
    """
)
# "the Anishnawbek family support worker": a service for families, not a family's name
_SIDES = words(
    """
    other dark bright flip far near wrong right left west east north south front back river
    lake road street mom's dad's moms dads mother's father's maternal paternal same safe
    good bad best worst upside inside outside bridge creek hill park town city rez reserve
    school church highway hwy track tracks trail bay point water bush camp field mountain
    """
)
_FAMILY_SERVICES = words(
    """
    support services service worker workers program programme centre center court doctor
    physician resource resources violence health therapy therapist liaison wellness
    shelter shelters clinic ymca ywca night day event picnic dinner room rooms lounge suite
    """
)
_CHILDREN = words("kids kid boys girls twins girl boy family family's")
# Words that say what kind of children, not whose: "street kids", "school boys"
_MODIFIERS = words(
    """
    street school grade bus group home camp day night young little big older younger local
    white black native city town country farm band rez foster step god grand twin baby
    youth teen church summer hockey ball party gang house small tiny smaller
    """
)
_FAMILY_KINDS = words(
    """
    host foster adoptive kinship extended immediate birth biological blended step whole
    entire same other new receiving placement care resource first second third proche
    one two three four five six seven eight nine ten both all some many several few
    élargie immédiate monoparentale reconstituée recomposée nombreuse entière biologique
    adoptive naturelle accueil complète d'accueil franco anglo allo franco anglo allo
    """
)


_SUBJECTS = words("on je j tu il elle nous vous ils elles ne n qui")

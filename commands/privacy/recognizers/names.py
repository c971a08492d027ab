"""Person names, from context cues and shipped name lists, in English and French.

A name list alone cannot decide: "Will", "Grace", "Hunter" and "Prince Albert" are words or
places as often as people, and many names of Indigenous, African or Asian origin are in no
list. So a token is judged by what it is (a listed name, an everyday word, an unknown
capitalised word, a known agency or place) *and* by what surrounds it: titles (Mr, Mme),
kinship ("her son", "sa fille"), naming verbs ("goes by", "aka", "dit"), possessives
("Tyler's mom") and verbs that follow a person ("was seen", "a été vue").
"""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers import (
    Candidate,
    name_echoes,
    name_everyday_words,
    name_positions,
    name_set_places,
)
from commands.privacy.recognizers.cues import (
    CALENDAR,
    FAMILY,
    INSTITUTION,
    KIN,
    KIN_SIZES,
    NATIONALITY_ENDINGS,
    PERSON_VERBS,
    RELATIVES,
    TITLES,
)
from commands.privacy.recognizers.name_chat import short_name
from commands.privacy.recognizers.name_context import generic as _generic
from commands.privacy.recognizers.name_context import is_french as _is_french
from commands.privacy.recognizers.name_context import mentions_youth as _mentions_youth
from commands.privacy.recognizers.name_family import family_name
from commands.privacy.recognizers.name_forms import surname_first
from commands.privacy.recognizers.name_kin import (
    KIN_TITLES,
    everyday_name_said,
    joint_not_spouse,
    kin_aside,
    kin_gap,
    kin_is,
    kin_owner,
    lower_kin_subject,
    named_after_kin,
    named_kin,
    named_pair,
    titled_kin_says,
    two_word_name,
)
from commands.privacy.recognizers.name_lists import from_lists
from commands.privacy.recognizers.name_named_far import named_far
from commands.privacy.recognizers.name_named_pairs import named_conjunct
from commands.privacy.recognizers.name_naming import named_by_verb
from commands.privacy.recognizers.name_nicknames import (
    alias_holder,
    nickname_between,
    street_nickname,
)
from commands.privacy.recognizers.name_predicates import WORKERS
from commands.privacy.recognizers.name_reported import kin_pair
from commands.privacy.recognizers.name_shapes import full_name_by_shape, lone_reply, vietnamese_name
from commands.privacy.recognizers.name_shielded_given import shielded_given
from commands.privacy.recognizers.name_spans import cand, extend, given_before
from commands.privacy.recognizers.name_titles import by_title
from commands.privacy.recognizers.name_tokens import Tok, tokenize
from commands.privacy.recognizers.naming_phrases import UNSAID


def find(text: str, allow: tuple[tuple[str, ...], ...] = ()) -> list[Candidate]:
    lex = lexicon()
    toks = tokenize(text, lex, allow)
    youth = _mentions_youth(text)
    french = _is_french(toks)
    spans: list[Candidate] = []
    i = 0
    while i < len(toks):
        span = _match_at(text, toks, i, youth, french)
        if span is not None:
            spans.append(span[0])
            held = alias_holder(text, toks, i, spans)  # "Kevens Guerrier dit K-Guerre"
            if held is not None:
                spans.append(held)
            second = named_conjunct(text, toks, i, span[1])  # "the kids go by Bean and Bug"
            if second is not None:
                spans.append(cand(text, toks, second, second + 1, None))
            i = max(span[1] if second is None else second + 1, i + 1)
        else:
            i += 1
    taken = {
        k for k, t in enumerate(toks) if any(c.start < t.end and t.start < c.end for c in spans)
    }
    generic = _generic(youth, french)
    for k in name_positions.find(text, toks, taken):
        first = given_before(text, toks, k, taken)  # "Désiré Léger est sorti": the whole name
        spans.append(Candidate(Kind.NAME, toks[first].start, toks[k].end, generic, 44))
        taken.update((first, k))
    spans.extend(name_everyday_words.find(text, toks, taken))  # "sunny and brook are both"
    spans.extend(named_far(text, generic))  # "Nickname in the group chat is 'Lil Bear'"
    spans.extend(nickname_between(text))  # 'Kyle "Tank" Morrissette'
    spans.extend(name_set_places.find(text, generic))  # "Kids' names: Noël, Céleste", "cheers, Mo"
    spans.extend(name_echoes.find(text, toks, taken, spans, generic))
    if not spans and lone_reply(text, toks):
        spans.append(cand(text, toks, 0, len(toks), generic))  # "Tremblay."
    return spans


_INNER_CAPITAL = re.compile(r"(?:Mc|Mac|Le|La|De|Di|Du|Des)[A-Z][a-z]{2,}")


def _match_at(
    text: str, toks: list[Tok], i: int, youth: bool, french: bool
) -> tuple[Candidate, int] | None:
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    # Naming verbs: "goes by Jay", "aka Smokey", "dit « Ti-Loup »", "named tyler".
    named = named_by_verb(text, toks, i)
    if named is not None:
        return named or None  # () is quoted speech after the verb: nothing is named here
    end = full_name_by_shape(text, toks, i)  # "Will will call", "Sipi Flamand, 45 ans"
    if end:
        return cand(text, toks, i, end, None), end
    if street_nickname(text, toks, i):  # "big mike is back", "Lil Jay", "petit Kevin"
        return cand(text, toks, i, i + 2, None), i + 2
    if vietnamese_name(text, toks, i):  # "Nguyen Van Duc", "Tran Thi Mai"
        return cand(text, toks, i, i + 3, None), i + 3
    titled = by_title(text, toks, i, french)  # "Mr Okafor", "Mme Tremblay", "M. Gagnon"
    if titled is not None:
        return titled or None
    # Kinship: "her son Tyler", "sa fille, Chloé,", "son chum Kevin" (French "son" is "his").
    initial = (  # "Uncle T", not "Youth B" or "Youth (M, 13)", the table's own labels
        nxt is not None
        and nxt.text.isupper()
        and (
            (t.cap and len(nxt.text) == 1) or (len(nxt.text) == 2 and short_name(nxt.lower))
        )  # "her brother DJ"
        and text[t.end : nxt.start] == " "
        and t.lower in RELATIVES
    )
    equated = (
        nxt is not None
        and nxt.cap
        and not nxt.protected
        and text[t.end : nxt.start].strip() == "="
        and len(nxt.text) > 1
        and not nxt.text.isupper()
        and nxt.lower not in UNSAID  # "dad = Unknown"
        and nxt.lower not in STOPWORDS
    )
    if (
        t.cap
        and t.lower in RELATIVES
        and nxt is not None
        and nxt.cap
        and nxt.given
        and nxt.possessive
        and text[t.end : nxt.start] == " "
    ):
        return cand(text, toks, i + 1, i + 2, None), i + 2  # "go to Aunt Wendy's anymore"
    if paired := kin_pair(text, toks, i + 1):  # "cousins destiny and raven both on the…"
        return cand(text, toks, i + 1, paired, None), paired
    kin_says = titled_kin_says(text, toks, i)  # "kokum Kitchen says the boy sleeps…"
    if (
        t.lower in KIN
        and not (french and t.lower == "son")
        and not joint_not_spouse(toks, i)  # "Réunion conjointe Hamilton–Niagara"
        and not (t.text.isupper() and len(t.text) > 2)  # "SIS appt booked": an acronym
        and nxt is not None
        # "Centre for Youth, Elgin Street Mission": the kin word ends an organisation's name
        and not (t.cap and t.protected and text[t.end : nxt.start].strip() == ",")
        and kin_gap(text, t, nxt)  # "her son Tyler", "sis. beverly at the church"
        # "Revenu de la mère : ACE + …", not "son conjoint J-F"
        and not (nxt.text.isupper() and len(nxt.text) > 1 and "-" not in nxt.text and not initial)
        and (
            nxt.capped_name
            or (not nxt.cap and nxt.strong)
            # "a vu le jeune LeBlanc avec des bleus": a family name in its own capitals, no town
            or (nxt.surname and nxt.listed_word and _INNER_CAPITAL.fullmatch(nxt.text) is not None)
            # "the youngest, baby waaseyaa, had her follow-up": a word no list holds
            or (
                not nxt.cap
                and nxt.unknown
                and nxt.text.isalpha()
                and len(nxt.lower) >= (3 if t.lower in ("gf", "bf") else 4)  # "his gf tay"
                # "his grandfather (trapline on weekends)": an aside, not a name in brackets
                and ("(" not in text[t.end : nxt.start] or text[nxt.end : nxt.end + 1] in ",)")
                # not "mom messaged", "mère monoparentale", "dad facetiming", "dad unknown"
                and not nxt.lower.endswith(_WORD_ENDS)
                and not (french and nxt.lower.endswith("ent"))  # « A.L. pis sa blonde couchent »
                and nxt.lower not in UNSAID
                # set off by commas on both sides or none: not "partner, daycare attendance"
                and ("," not in text[t.end : nxt.start] or text[nxt.end : nxt.end + 1] == ",")
                and (
                    t.lower in FAMILY
                    # "landlord marv changed the locks": who, then what they did
                    or (
                        t.lower in _AROUND_A_PERSON
                        and i + 2 < len(toks)
                        and (toks[i + 2].lower in PERSON_VERBS or toks[i + 2].lower.endswith("ed"))
                    )
                )
            )
            # "la mère claire, faque…", "sa fille marjolaine qui a la procuration"
            or (
                nxt.given
                and nxt.text[:1].islower()
                and nxt.lower not in PERSON_VERBS  # "mom said."
                and nxt.lower not in UNSAID  # "dad unknown,"
                and (not nxt.protected or nxt.listed_word)
                and t.lower in FAMILY
                and (
                    _CLAUSE_AFTER.match(text, nxt.end) is not None
                    # "mom amber doesn't want police involved", "sa tante espérance veut"
                    or (
                        i + 2 < len(toks)
                        and toks[i + 2].lower in PERSON_VERBS
                        and toks[i + 2].lower not in _LINKING_VERBS  # "Mom (early 30s) was"
                        and text[nxt.end : toks[i + 2].start] == " "
                        and nxt.lower not in _KIN_ADJECTIVES  # "sa fille unique vit"
                    )
                )
                and not (t.cap and t.sentence_start and nxt.lower == "rose")  # "Father rose from"
            )
            or kin_aside(text, toks, i + 1)
            or two_word_name(text, toks, i + 1)
            # "mom Crystal and three kids": a given name the lists also hold as a word
            or (
                nxt.cap
                and nxt.listed_word
                and nxt.given
                and t.lower in FAMILY
                and nxt.lower not in CALENDAR  # "meet mom Mar 6"
            )
            or named_kin(text, toks, i)
            or ((t.lower in FAMILY or t.cap) and named_after_kin(text, toks, i + 1))
            or lower_kin_subject(text, toks, i + 1)
            or initial  # '"Uncle T" makes her stay up': a relative known by an initial
            or equated  # "stepdad = Bong", "Mom = Favour"
            or kin_says
            # "auntie rose on reserve", "kokum grace": kin said as a title before a name
            or (
                t.lower in KIN_TITLES
                and not nxt.cap
                and nxt.given
                and len(nxt.lower) >= 3
                and nxt.lower not in STOPWORDS
                and nxt.lower not in PERSON_VERBS
                and nxt.lower not in _AUXILIARY_VERBS  # "his uncle will drive"
                and text[t.end : nxt.start] == " "
            )
        )
        and nxt.lower not in KIN
        and nxt.lower not in TITLES  # "my neighbour Mr. Olafsson": the title's name, read next
        and not _AGENCY_AFTER.match(text, nxt.end)  # "with an aunt, Brant family services"
        and nxt.lower not in UNSAID  # "Mom: Unknown", "dad = Deceased"
        and (nxt.cap or nxt.lower not in PERSON_VERBS)  # "mom said storm came through"
        # "Le propriétaire (Immeubles Desrosiers)": a company, not "Grandpa Rivière"
        and not (nxt.lower in INSTITUTION and "(" in text[t.end : nxt.start])
        # "propos inquiétants sur son beau-père, marques au cou": a French word, not Marques
        and not (
            french
            and nxt.common
            and not nxt.cap
            and "," in text[t.end : nxt.start]
            and not re.match(r"\s*[,)]", text[nxt.end :])  # "sa mère, rose, est venue"
        )
        and (
            not (nxt.cap and nxt.common and not nxt.name)
            or initial
            or equated
            or kin_says
            or two_word_name(text, toks, i + 1)
            or named_kin(text, toks, i)
            or named_after_kin(text, toks, i + 1)
        )
    ):
        end = extend(text, toks, i + 1, True)
        if two_word_name(text, toks, i + 1):
            end = max(end, i + 3)  # "sa tante Julienne Petiquay", "Victoria Sock"
        return cand(text, toks, i + 1, end, None), end
    # "Dad is Kevin Le, mom is Thuy Le", "Dad in Kenora is Lance Swain": a relative, "is", a name
    k = kin_is(toks, i)
    if (
        k
        and not toks[k].text.isupper()
        and not (toks[k].unknown and toks[k].lower.endswith(NATIONALITY_ENDINGS))
        and (
            (toks[k].capped_name and (toks[k].unknown or not toks[k].common))
            or named_pair(text, toks, k)  # "Mom is Crystal Pelletier.", "… is Lance Swain"
            or everyday_name_said(text, toks[k])  # "Mom is Crystal.", "the kid is Legend, 8"
            # 'said his mom is "Crystal"', 'stepdad is "Chase"': quoted, whatever else it names
            or (
                toks[k].cap
                and text[toks[k].start - 1 : toks[k].start] in ('"', "“", "«")
                and toks[k].lower not in UNSAID  # 'mom is "Unknown"'
            )
        )
    ):
        end = max(extend(text, toks, k, False), k + 2 if named_pair(text, toks, k) else 0)
        return cand(text, toks, k, end, None), end
    # "brandon cardinal's dad": a lower-case full name before kin.
    if (
        t.possessive
        and nxt is not None
        and nxt.lower in KIN
        and t.surname
        and i > 0
        and toks[i - 1].given
        and not (toks[i - 1].cap and t.cap)
        and text[toks[i - 1].end : t.start] == " "
    ):
        return cand(text, toks, i - 1, i + 1, _generic(youth, french)), i + 1
    # Possessive kin: "Tyler's mom", "jay's gf", "Tanner's little sister".
    if (
        t.possessive
        and t.lower not in INSTITUTION  # "the tribal council's youth home"
        and nxt is not None
        and (
            nxt.lower in KIN
            or (nxt.lower in KIN_SIZES and i + 2 < len(toks) and toks[i + 2].lower in KIN)
        )
        and kin_owner(t, nxt.lower)
    ):
        return cand(text, toks, i, i + 1, _generic(youth, french)), i + 1
    if surname_first(text, toks, i):  # "SMITH, Tyler" as in police notes, "HADDAD J"
        return cand(text, toks, i, i + 2, _generic(youth, french)), i + 2
    # "fatimas mom", "rivers kokum", "destinys mom", "maries worker": a possessive typed
    # without its apostrophe
    if (
        not t.cap
        and t.lower.endswith("s")
        and t.lower[:-1] in lexicon().given
        and len(t.lower) >= 5
        and not t.protected  # "clares law disclosure"
        and nxt is not None
        and (
            (
                not t.common  # "this youth", "2 jobs, father", "dans la"
                and not lexicon().is_common(t.lower[:-1])
                and (nxt.lower in KIN or nxt.lower in WORKERS)
            )
            or (nxt.lower in RELATIVES and t.lower.endswith("ys"))  # "destinys mom"
            or (nxt.lower in WORKERS and not t.common)
        )
    ):
        return cand(text, toks, i, i + 1, _generic(youth, french)), i + 1
    # French "la mère de Tyler", "le fils d'Amina", and the spoken "la mère à Maélie".
    if (
        # "le petit à Tremblay", « le ti-cul à Marchand », « le gars à Bouchard »
        (t.lower in KIN or t.lower in _WHOSE_YOUNG)
        and i > 0
        and toks[i - 1].lower in {"la", "le", "les"}  # not "sa tante à Régina" (a place)
        and nxt is not None
        and nxt.lower in {"a", "à"}
        and french
        and text[t.end : nxt.start] == " "  # not "pour la mère, à réévaluer pour…"
        and i + 2 < len(toks)
        and text[nxt.end : toks[i + 2].start] == " "  # not "a l'Alzheimer"
        and (not toks[i + 2].protected or (toks[i + 2].surname and toks[i + 2].cap))
        and toks[i + 2].lower not in STOPWORDS
        and (toks[i + 2].name or toks[i + 2].unknown or toks[i + 2].cap)
        and not (i + 3 < len(toks) and toks[i + 3].lower == "terme")  # "le jeune à long terme"
        # "parlé à la mère à travers la porte": an everyday word in lower case, no one's name
        and not (toks[i + 2].common and not toks[i + 2].cap and not toks[i + 2].given)
        # "le jeune a désiré rencontrer", "le jeune a réintégré l'école": "a", an
        # auxiliary, then a participle
        and not (
            nxt.lower == "a"
            and not toks[i + 2].cap
            and (toks[i + 2].common or toks[i + 2].lower.endswith(_PARTICIPLE_ENDS))
            # "cest la fille a claire, pas…": a given name that ends the clause
            and not (toks[i + 2].given and _CLAUSE_END.match(text, toks[i + 2].end))
        )
    ):
        end = extend(text, toks, i + 2, False)  # "la fille à Patricia Côté"
        return cand(text, toks, i + 2, end, None), end
    if t.lower in KIN and nxt is not None and nxt.lower in {"de", "d"} and i + 2 < len(toks):
        target = toks[i + 2]
        if not re.search(r"\d", text[nxt.end : target.start]) and (  # not "bébé de 6 sem."
            (target.capped_name and target.name)
            or (
                not target.cap
                and target.given
                and len(target.lower) > 2
                # "le frère de désiré, junior, vend…": a given name that ends the clause
                and (not target.common or _CLAUSE_END.match(text, target.end) is not None)
            )
            # "la tante de Mikwan": a capitalised word in no list, after a relative; "la mère
            # de cédrik": one typed in lower case
            or (
                target.unknown
                and (target.cap or (target.lower.isalpha() and t.lower in _RELATIVES_OF))
            )
        ):
            end = extend(text, toks, i + 2, False)
            return cand(text, toks, i + 2, end, None), end
    family = family_name(text, toks, i)
    if family is not None:
        return family
    if t.protected:
        past = shielded_given(text, toks, i)
        return (cand(text, toks, i, past, _generic(youth, french)), past) if past > i else None
    return from_lists(text, toks, i, youth, french)


_AROUND_A_PERSON = words(
    "landlord landlady roommate neighbour neighbor super boss coworker proprio voisin voisine coloc"
    " youth client student jeune ado"  # "youth ahanu told the EA": a word no list holds
)
_LINKING_VERBS = words("a est is was has had")
# "la mère de cédrik": a family's words, whose "de" names a person even in lower case; not
# "victime de moqueries"
_RELATIVES_OF = FAMILY | words("copain copine enfant frere")
_WHOSE_YOUNG = words("petit petite p'tit ptit p'tite ptite ti-cul tit-cul ti-gars gars")
_KIN_ADJECTIVES = words("unique aînée aîné cadette cadet biologique adoptive naturelle seule seul")
_WORD_ENDS = ("ed", "ing", "ale", "al", "if", "ive", "ée", "é", "age", "ait", "ise", "ophone",
    "aire", "eux", "euse", "ment", "ique", "ointe", "einte", "mane", "ées", "és", "lant", "çant",
    "eant")  # fmt: skip
# "le conjoint a comparu", "la mère a dit": "a", an auxiliary, then a participle. Narrower
# than name_predicates' list on purpose: chat writes "la fille a sophie" for "à sophie".
_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "u", "ue", "us", "it", "is")
_CLAUSE_END = re.compile(r"\s*(?:[,.;!?)]|$)")
_CLAUSE_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$|(?:qui|who|pis|et|and|at|from|with|chez|au|were|was|is|has|got)\b|w/"
    r"|(?:lui|leur|ne|se|nous|vous|me|te)\s)"  # "sa fille claire lui vole ses chèques"
)
_AGENCY_AFTER = re.compile(
    r"\s+(?:family|families|children['’]s|child)\s+(?:and\s+)?(?:services|service|support|aid)\b",
    re.IGNORECASE,
)
_AUXILIARY_VERBS = words("will would can could should may might must shall did does do had have")

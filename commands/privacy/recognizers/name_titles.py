"""Names after a title: "Mr Okafor", "Mme Tremblay", "M. Gagnon", "Dr Patel", "Me St-Onge".

A title is the clearest cue there is, so a lower-case or everyday word after it is a name
too ("mr. beaulieu", "Mme Le"); what it must not take is an institution named after someone
("Dr. Martin LeBoldus Catholic High School"), an office ("Chief Coroner") or a street
("Idylwyld Dr N").
"""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import (
    CALENDAR,
    INSTITUTION,
    KIN,
    KINDS_OF_CARE,
    PERSON_VERBS,
    ROLES,
    SHORT_SURNAMES,
    TITLES,
)
from commands.privacy.recognizers.name_forms import age_follows, particle_end
from commands.privacy.recognizers.name_phrase_shields import placeholder
from commands.privacy.recognizers.name_spans import SHORT_TITLES, extend, gap_ok
from commands.privacy.recognizers.name_tokens import Tok

_PARTNERS = frozenset(
    ("bf", "boyfriend", "gf", "girlfriend", "chum", "partner", "ex", "cousin", "brother", "bro")
)


def by_title(
    text: str, toks: list[Tok], i: int, french: bool
) -> tuple[Candidate, int] | tuple[()] | None:
    """The name a title at ``i`` introduces and where it ends; ``()`` when the word at ``i``
    is a title that names no one here ("M." of a school's name), ``None`` when it is no title."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if (
        t.text in ("Baby", "Bébé")
        and nxt is not None
        and nxt.text in ("Girl", "Boy", "Fille", "Garçon")
        and i + 2 < len(toks)
        and toks[i + 2].cap
        and not toks[i + 2].text.isupper()
        and text[nxt.end : toks[i + 2].start] == " "
    ):
        # "new CNCFS file for Baby Girl Lathlin": a newborn is filed under the family name
        return Candidate(Kind.NAME, toks[i + 2].start, toks[i + 2].end, None, 46), i + 3
    title = TITLES.get(t.lower.rstrip("."))
    if t.text == "Me" and nxt is not None and nxt.cap and french:
        title = ("the lawyer", "l'avocat")  # Québec's "Me St-Onge" (maître)
    after = nxt is not None and (
        nxt.text in _COMPASS
        or (nxt.common and text[nxt.end : nxt.end + 1] == ":")
        or (nxt.lower in CALENDAR and re.match(r" \d{1,2}\b", text[nxt.end :]) is not None)
        or nxt.lower in ROLES  # "down Veterans Dr. Coach says no concerns"
    )
    if t.lower in ("dr", "st") and after and i > 0 and toks[i - 1].cap:
        title = None  # "on Idylwyld Dr N", "on Forest Dr. Agencies: GSPS", "Alta Vista Dr. Mar 2"
    if nxt is not None and nxt.lower in ("chair", "chairperson", "vice-chair", "speaker"):
        return ()  # "Mr. Chair noted that…", "Madam Vice-Chair": the minutes address the seat
    partner = i > 0 and toks[i - 1].lower in _PARTNERS
    saint = nxt is not None and nxt.lower.startswith(("saint-", "sainte-", "st-", "ste-"))
    chart = t.text == "Pt" or (  # "pt Okwuosa, first name unknown", "Clt Tyrell Bonaparte"
        t.lower in ("pt", "ptn", "clt")
        and nxt is not None
        and not nxt.protected
        and nxt.lower not in CALENDAR
        and not nxt.text.isupper()
    )
    if (
        chart
        and nxt is not None
        and text[t.end : nxt.start] == " "  # not "Pt: Waboose, Crystal", a row of a form
        and nxt.cap
        and (nxt.name or nxt.unknown)
    ):
        end = i + 2  # "Pt River Assiniboine (they/them), 18": a chart names the patient in full
        while (
            end < len(toks)
            and end < i + 4
            and toks[end].cap
            and not toks[end].text.isupper()  # "pt Saali Kanayuk DOB 04/11/2009"
            and gap_ok(text, toks[end - 1], toks[end], " ")
        ):
            end += 1
        said = TITLES[t.lower][1 if french else 0]
        return Candidate(Kind.NAME, nxt.start, toks[end - 1].end, said, 46), end
    if (
        t.text == "Fr"
        and nxt is not None
        and text[t.end : nxt.start] == ". "
        and nxt.cap
        and not nxt.common  # not "Fr. Porte has a breakfast program", a place
        and not nxt.protected
        and not nxt.text.isupper()
    ):
        # "Fr. Laurin at the church has been letting him sleep in the hall": a priest
        end = extend(text, toks, i + 1, False)  # "Fr. Youhanna Putrus"
        return Candidate(Kind.NAME, nxt.start, toks[end - 1].end, None, 46), end
    if t.lower == "dre" and partner and text[t.end : t.end + 1] != ".":
        # "her bf Dre has the kids' passports": Dre (André) the boyfriend, not a doctor
        return Candidate(Kind.NAME, t.start, t.end, None, 46), i + 1
    if (
        title is not None
        and not t.protected  # "Fondation du Dr Julien"
        # "le monsieur de Limoilou" is a man, not Mr. Limoilou; "le Dr Beaulieu" is a name
        and not (t.lower in ("monsieur", "madame") and i > 0 and toks[i - 1].lower in _DETS)
        and nxt is not None
        and gap_ok(text, t, nxt, " \t." if t.lower in SHORT_TITLES else " \t")
        and (
            (nxt.cap and nxt.lower not in KIN and nxt.lower not in STOPWORDS)
            # "Mr. D from the corner store says": an initial, not French's "d'"
            or (len(nxt.text) == 1 and nxt.cap and t.lower in SHORT_TITLES and not nxt.elided)
            # "his PO mister k told him": dictation writes the initial in lower case
            or (
                len(nxt.text) == 1
                and nxt.text.isalpha()
                and nxt.lower not in ("i", "a", "y")  # "sry miss i was at the hospital"
                and t.lower in ("mister", "mr", "mrs", "ms", "miss")
                and not nxt.elided
                and i + 2 < len(toks)
                and toks[i + 2].lower in PERSON_VERBS
            )
            or (nxt.strong and t.lower != "m")
            # "mr. beaulieu", "mme tremblay", "sgt dumont": a lower-case name after a clear title
            or (
                (
                    nxt.name
                    or (
                        nxt.unknown
                        and nxt.lower not in _NOT_AFTER_TITLE
                        and (t.cap or t.lower in SHORT_TITLES)  # not "madame minimise"
                    )
                )
                # not "madame garde l'appart"; "madame constance 74 ans": a name, by her age
                and (
                    not nxt.common
                    or t.lower in SHORT_TITLES
                    or (nxt.given and age_follows(text, nxt.end))
                )
                and (title[0] != "the person" or t.lower in SHORT_TITLES)
                and t.lower != "m"
                and len(nxt.lower) > 2
                and nxt.lower not in STOPWORDS
            )
            or particle_end(text, toks, i + 1, after_title=True) > i + 1  # "Mr. van der Berg"
            or (saint and t.lower in SHORT_TITLES and t.lower != "m")  # "mme st-fleur"
            # "Mme Le ne parle ni français ni anglais", not "Monsieur Le Maire"
            or (nxt.text in SHORT_SURNAMES and not _office_after(toks, i + 2))
        )
        and not (title[0] == "the person" and nxt.lower in INSTITUTION)  # "Justice Centre"
        # "her sister Thursday", not "her sister June" or "M. Janvier"
        and not (nxt.lower in CALENDAR and not nxt.given and t.lower not in SHORT_TITLES)
        # "Elder Abuse section", "Chief Coroner": a title of office before an everyday word;
        # "advanced MS. Police were called": any title before an agency
        and not (
            title[0] == "the person"
            and nxt.common
            and not nxt.name
            and len(nxt.text) > 1
            # "Sgt. Mercredi from RCMP", not "Det. Sgt. Roy"
            and not (t.lower in SHORT_TITLES and nxt.cap and nxt.lower not in TITLES)
            and not (saint and t.lower in SHORT_TITLES)
            # "Agent Kitchen de l'EEPF a raccompagné la jeune": an officer of an agency
            and not (
                t.lower in _OFFICERS
                and nxt.cap
                and nxt.lower not in _OFFICER_KINDS  # "Agent Liaison de la SQ": a role
                and _AGENCY_AFTER.match(text, nxt.end)
            )
        )
        and not (t.text.isupper() and len(t.text) > 1 and nxt.protected)  # "MS. Police"
        # "l'agente SRO demande": a role after the title, not "Mme LEBLANC"
        and not (nxt.text.isupper() and len(nxt.text) > 1 and nxt.protected and not nxt.name)
        and not _names_an_institution(
            text, toks, i + 1
        )  # "Dr. Martin LeBoldus Catholic High School"
        # "hôpital Dr. F.H. Wigmore"; not "in the unit. Ms Ouellet reported"
        and not (
            i > 0 and toks[i - 1].lower in INSTITUTION and text[toks[i - 1].end : t.start] == " "
        )
        and nxt.lower not in PERSON_VERBS  # "sgt said"
        and not (t.lower == "deputy" and nxt.lower in _DEPUTY_OF)  # "Deputy Mayor asked"
        and not placeholder(nxt.text)  # "Mr. XXXX": redacted
        # "lifted at 1300 CST. Families can travel": Central time after a clock time
        and not (t.text == "CST" and re.search(r"\d\s*(?:[ap]\.?m\.?\s*)?$", text[: t.start]))
        and text[nxt.end : nxt.end + 2] != ".-"  # "Dr. Georges-L.-Dumont": the hospital's name
        # "Whoop-Up Dr bridge": a drive, after its capitalised name, before a word in lower case
        and not (
            t.lower == "dr"
            and not nxt.cap
            and i > 0
            and toks[i - 1].cap
            and toks[i - 1].protected  # a place's name
            and nxt.common  # an everyday word: not "Saw Dr patel today"
            and text[toks[i - 1].end : t.start] == " "
        )
    ):
        lower_m_ok = nxt.cap and french and text[t.start - 1 : t.start] in ("", " ", "(", "\n")
        if t.lower == "m" and not ((t.cap or lower_m_ok) and text[t.end : t.end + 1] == "."):
            return ()
        if t.lower == "m" and nxt.text.isupper() and nxt.common and len(nxt.text) > 3:
            return ()  # "AGE/GENDER: 13, M. HOUSEHOLD: lives with mom": a form's next field
        if (
            t.lower == "m"
            and nxt.protected
            and not nxt.listed_word
            and not nxt.lower.startswith(("saint-", "st-", "ste-", "sainte-"))  # "M. Saint-Fleur"
        ):
            return ()  # "M. Gagnon", "M. Janvier", not "Marion M. Graham Collegiate"
        if nxt.text.isupper() and 3 <= len(nxt.text) <= 5 and not nxt.name:
            return ()  # "Agente SPAL : 2 interventions": an officer of the service, unnamed
        end = extend(text, toks, i + 1, True)
        if (
            end == i + 2
            and end < len(toks)
            and toks[end].lower in _PERSON_NOUNS
            and text[toks[end - 1].end : toks[end].start] == " "  # not "Dr. Achebe (family doc)"
        ):
            return ()  # "elder Cree woman, 80s": a people's name describing the person
        if (
            i > 0
            and toks[i - 1].lower == "the"
            and toks[end - 1].possessive
            and end < len(toks)
            and toks[end].lower in _RESIDENCES
        ):
            return ()  # "anything at the Sister Margaret's residence?": a house named so
        # "her brother Tyler", "the older brother tj": kin, not a title
        if (i > 0 and toks[i - 1].lower in _OWNERS) or (t.lower in KIN and not t.cap):
            return Candidate(Kind.NAME, nxt.start, toks[end - 1].end, None, 46), end
        return Candidate(Kind.NAME, t.start, toks[end - 1].end, title[1 if french else 0], 46), end
    return None


_OWNERS = words("her his my their our your")


def _office_after(toks: list[Tok], k: int) -> bool:
    return k < len(toks) and toks[k].cap and toks[k].common and not toks[k].name


def _names_an_institution(text: str, toks: list[Tok], k: int) -> bool:
    """The capitalised run from ``k`` ends in an institution word: a school named after
    someone, not the person."""
    for n, t in enumerate(toks[k : k + 6]):
        prev = toks[k + n - 1]
        # "Dr. H. Bliss Murphy Cancer Centre": an initial's full stop goes on with the run
        initial = n > 0 and len(prev.text) == 1 and text[prev.end : t.start] == ". "
        if n and t.start - prev.end > 1 and not initial:
            return False  # "Mrs. Fiddler, 4-1310 1st Ave W": the run ends at the comma
        if t.lower in _INSTITUTION_LOWER and n >= 2 and not t.cap:
            return True  # "Dr. Everett Chalmers hospital is transferring her": typed lower
        after = toks[k + n + 1] if k + n + 1 < len(toks) else None
        if n >= 2 and t.lower in _KINDS_OF_CENTRE and after and after.lower in _INSTITUTION_LOWER:
            return True  # "the Dr. Duncan Murray rec centre": what kind of centre, then centre
        if not t.cap or (t.sentence_start and not initial):
            return False
        if t.lower in INSTITUTION and t is not toks[k]:
            return True
        if t.text == "Care" and n >= 2 and prev.lower in KINDS_OF_CARE:
            return True  # "Dr. Cooke Extended Care"
    return False


_RESIDENCES = words("residence résidence house home lodge manor place shelter centre center")
_PERSON_NOUNS = words("woman women man men lady couple family families femme homme dame gentleman")
# an institution word typed in lower case after a person's name: "Dr. Everett Chalmers hospital"
_INSTITUTION_LOWER = words(
    "hospital hôpital school école clinic clinique centre center library arena"
)


_OFFICERS = words("agent agente officer constable const cst sergent caporal")
_OFFICER_KINDS = words(
    """
    liaison jeunesse communautaire terrain social sociale probation relations milieu scolaire
    désigné désignée responsable pivot sénior senior principal principale patrol patrouille
    """
)
_AGENCY_AFTER = re.compile(
    r"\s+(?:de\s+l['’]|du\s+|de\s+la\s+|from\s+(?:the\s+)?|with\s+(?:the\s+)?)[A-Z]{2,}\b"
)
_KINDS_OF_CENTRE = words("rec recreation community health medical public high elementary")
_DETS = words("le la un une the a ce")
_COMPASS = frozenset(("N", "S", "E", "W", "NE", "NW", "SE", "SW"))
# the offices a deputy stands in for: "Deputy Mayor", "Deputy Minister", "Deputy Warden"
_DEPUTY_OF = words(
    "mayor minister chief director warden reeve commissioner superintendent registrar head"
    " clerk sheriff premier governor manager secretary speaker chair"
)
_NOT_AFTER_TITLE = words("appt appts apt rdv visit visits note notes office order orders letter")

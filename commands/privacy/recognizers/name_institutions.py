"""Capitalised runs that name a place or an organisation, not a person.

"Carlton Park School", "rue Gagnon", "Kinsmen Arena", "école secondaire Louis-Riel": the
head word beside a run shows it is an institution (often named after someone), so
``tokenize`` shields its tokens from the name rules. A run shielded this way stays shielded
where the note repeats it ("Carmichael Outreach … Carmichael says"). Phrases whose shape
alone says so ("Sir John A. Macdonald", "the Royal Alexandra") are in name_phrase_shields.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from commands.privacy.lexicon import lexicon, words
from commands.privacy.recognizers.cues import (
    INSTITUTION,
    KIN,
    KINDS_OF_CARE,
    ROLES,
    STREET_ABBREVIATIONS,
    TITLES,
)
from commands.privacy.recognizers.name_forms import east_asian_given
from commands.privacy.recognizers.name_typed_venues import TYPED_VENUES, typed_namesake

if TYPE_CHECKING:
    from commands.privacy.recognizers.name_tokens import Tok


_JOINED = re.compile(r"(?:['’]s)?\.? |-")
_NUMBER_BETWEEN = re.compile(r" \d{1,3} ")  # "Pier 4 Park"
# "école secondaire Louis-Riel", "Hôpital général Juif": adjectives before the place's name
_PLACE_ADJECTIVES = words(
    """
    secondaire primaire élémentaire publique privée communautaire régional régionale dentaire
    général générale universitaire psychiatrique secondary elementary public middle high
    junior senior catholic catholique community general regional memorial habitation
    culturel culturelle sportif sportive municipal municipale paroissial paroissiale
    communautaires récréatif récréative récréatifs francophone fransaskoise franco-ontarienne
    acadienne anglophone
    """
)


def protect_institutions(toks: list[Tok], text: str) -> None:
    """ "Carlton Park School", "Kinsmen Arena", "rue Gagnon": names of places, not people."""
    named: set[tuple[str, ...]] = set()  # "Carmichael Outreach … Carmichael says": again
    towns = lexicon().given_places
    for i, tok in enumerate(toks):
        if (
            tok.elided in ("d'", "d’")
            and tok.lower in towns
            and any(k.cap and k.lower in INSTITUTION for k in toks[max(0, i - 4) : i])
        ):
            tok.protected = True  # "la Maison de la famille d'Alma", "Service incendie d'Alma"
        town = i > 0 and toks[i - 1].lower in towns and toks[i - 1].cap
        if town and text[toks[i - 1].end : tok.start] == " " and _town_unit(text, tok):
            toks[i - 1].protected = True  # "Sydney Y: older woman here", "Lindsay coach:"
            tok.protected = tok.protected or tok.lower in _TOWN_VENUES  # "Regina Sportplex"
        if tok.text in ("Est", "Ouest", "East") and i > 0 and toks[i - 1].cap:
            toks[i - 1].protected = True  # "hébergée à l'hôtel sur King Est": a street's side
        if tok.cap and i > 1 and toks[i - 1].lower == "de" and toks[i - 2].lower in _RANGS:
            tok.protected = True  # "vit seul dans un rang de Compton": the parish it runs in
        if (
            tok.cap
            and i > 0
            and toks[i - 1].lower in _CARRIERS
            and text[toks[i - 1].end : tok.start] == " ("
            and not (i > 1 and toks[i - 2].lower in ("mail", "letter", "route"))  # a postie
        ):
            tok.protected = True  # "the Dryden bus (Kasper) runs twice a week": a carrier
        if tok.lower in TYPED_VENUES and not tok.cap:  # "goes to arthur voaden secondary"
            for t in toks[typed_namesake(toks, text, i) : i]:
                t.protected = True  # "dave smith centre waitlist"
        group_home = tok.lower == "home" and i > 1 and toks[i - 1].lower == "group"
        # "Cardinal Carter catholic school", "Jean Vanier secondary school" in lower case
        school = tok.lower == "school" and i > 1 and toks[i - 1].lower in _SCHOOL_KINDS
        # "Vuntut Gwitchin health office informed": a nation's or a town's service office
        office = not tok.cap and tok.lower in _OFFICES and i > 1 and toks[i - 1].lower in _SERVICES
        # "near Jane stn", "Windsor Regional Ouellette campus"
        station = not tok.cap and tok.lower in ("stn", "station", "stations", "campus")
        # "to Weston rd", "on Jane st": chat types the street's type in lower case
        station = station or (
            not tok.cap
            and tok.lower in STREET_ABBREVIATIONS
            and i > 0
            and toks[i - 1].cap
            and not (i + 1 < len(toks) and toks[i + 1].cap)  # "Kayla st. Pierre": a saint
        )
        # "near the Mackenzie King bridge": English puts no article before a person
        landmark = not tok.cap and (
            (tok.lower in _LANDMARKS | _BUILDINGS and _the_before_run(toks, text, i))
            # "Brandon detox has a wait list": a town that is also a given name, then its service
            or (
                tok.lower in _TOWN_SERVICES
                and i > 0
                and toks[i - 1].lower in towns
                and toks[i - 1].cap
            )
            # "Khalid bin al-Walid mosque imam says", "just out of Barton jail": no one is a jail
            or (
                tok.lower in _BUILDINGS
                and i > 1
                and _capital(toks[i - 1])
                and not toks[i - 1].possessive
                # not "Tyler jail time": a given name alone may be the person
                and (
                    not toks[i - 1].given
                    or _capital(toks[i - 2])
                    or toks[i - 2].lower in _PARTICLES
                )
            )
        )
        helpline = tok.text == "Phone" and i > 0 and toks[i - 1].text == "Help"  # Kids Help Phone
        # "Dr. Cooke Extended Care has a respite bed": a care home named after its founder
        care_home = (
            tok.text == "Care" and i > 0 and toks[i - 1].lower in KINDS_OF_CARE and toks[i - 1].cap
        )
        # "Delores D. Echum school rep", "Charles S. Curtis hospital": a name before "school"
        # or "hospital" with no possessive is the place's (not "her son Tyler Smith school …")
        landmark = landmark or (
            tok.lower in ("school", "hospital")
            and i > 1
            and _capital(toks[i - 1])
            and _capital(toks[i - 2])
            and not toks[i - 1].possessive
            and not (i > 2 and toks[i - 3].lower in KIN)
        )
        headed = group_home or school or office or station or landmark or helpline or care_home
        if not headed and (
            tok.lower not in INSTITUTION or not (tok.cap or tok.lower in INSTITUTION_BEFORE_NAME)
        ):
            continue
        if i > 0 and tok.text == "Park" and east_asian_given(toks[i - 1].lower):
            continue  # "Ji-woo Park": the surname Park after a Korean given name
        if (
            tok.lower == "rue"
            and i > 1
            and toks[i - 1].lower == "de"
            and toks[i - 2].lower in _OF_THE_STREET
        ):
            continue  # « la travailleuse de rue Audrey l'a croisé »: a worker, not a street
        if (
            not tok.cap
            and not tok.elided  # not "près de l'école Jonas Samson": the school, with its article
            and i > 1
            and toks[i - 1].lower == "de"
            and toks[i - 2].text.islower()
            and toks[i - 2].common
            and toks[i - 2].lower not in INSTITUTION
            and i + 1 < len(toks)
            and toks[i + 1].cap
            and toks[i + 1].given
            and "-" not in toks[i + 1].text
        ):
            continue  # "le guide de pourvoirie Réjean Beaudry": a trade, then the person
        if tok.text == "Chu" and i > 0 and toks[i - 1].given and toks[i - 1].cap:
            continue  # "social worker Annie Chu asked": the surname, not a CHU hospital
        if tok.text.isupper() and i > 0 and toks[i - 1].lower in ROLES:
            continue  # "Intervenant CLSC Samuel Dion fait le suivi": the worker's name next
        if (
            tok.text.isupper()
            and i > 1
            and toks[i - 1].lower in ("de", "du")
            and (toks[i - 2].lower in ROLES or toks[i - 2].lower in ("agent", "agente"))
            and i + 1 < len(toks)
            and toks[i + 1].given
            and "-" not in toks[i + 1].text
            and text[tok.end : toks[i + 1].start] == " "
        ):
            continue  # "L'agent de l'OMH Patrick dit": the worker, not "CLSC Lucille-Teasdale"
        prev = toks[i - 1] if i > 0 else None
        if (
            tok.cap
            and prev is not None
            and prev.cap
            # not "Per SRO, River (14)"; "Pier 4 Park": a numbered place
            and (
                _JOINED.fullmatch(text, prev.end, tok.start)
                or _NUMBER_BETWEEN.fullmatch(text, prev.end, tok.start)
            )
            # "Hunter River relatives", "Faith Lutheran's drop-in"
            # "CRAB Park: encampment…": an acronym's place opens the note
            and (
                not prev.sentence_start
                or tok.lower in _LAND
                or tok.lower in _CHURCHES
                or (prev.text.isupper() and len(prev.text) > 2)
                # "Legend Park skate area is where…": a part of the place follows
                or (i + 1 < len(toks) and toks[i + 1].lower in _PARTS_OF_A_PLACE)
            )
            and not tok.sentence_start
            and prev.lower not in ROLES
            and prev.lower not in KIN
            and tok.lower not in TITLES  # "CMHA Dr Smith"
            and prev.lower.rstrip(".") not in TITLES  # "camp, Const. Hall will go by"
        ):
            tok.protected = True  # "St. Joseph's Villa", "Providence Care": the head itself
        if (
            tok.cap
            and i > 0
            and toks[i - 1].listed_word
            and toks[i - 1].cap
            and _JOINED.fullmatch(text, toks[i - 1].end, tok.start)
        ):
            tok.protected = tok.lower not in TITLES  # "Victoria Park", not "CMHA Dr Smith"
        j = i - 1 if tok.cap or station else -1
        if (
            not tok.cap
            and i > 1
            and (toks[i - 1].lower in _FACILITY_WORDS or school or office)
            and toks[i - 2].cap
            and not toks[i - 2].possessive  # "Marcus's group home"
        ):
            j = i - 2  # "Bob MacQuarrie rec centre", "the Gerry McCrory sports complex"
        elif landmark:
            j = i - 1
        if j >= 0 and toks[j].lower.rstrip(".") in TITLES:
            j = -1  # "Ms Park", "Mr. Hall": a person; "Dr. Everett Chalmers Hospital" is not
        run_end = j
        while (
            j >= 0
            and i - j <= 5  # "Jane Paul Indigenous Women's Resource Centre"
            and (_capital(toks[j]) or (j < run_end and toks[j].lower in _PARTICLES))
            and not (j < run_end and toks[j].lower in _PARENTS)  # "Mom Rhonda Point is talking"
            # "Mary J.L. Black library": initials end no sentence
            and not (toks[j + 1].sentence_start and not (len(toks[j].text) == 1 and toks[j].cap))
        ):
            gap = text[toks[j].end : toks[j + 1].start]
            if toks[j].possessive and toks[j].lower in _PEOPLE_OF:  # "Jane Paul Women's Centre"
                gap = " "
            numbered = _NUMBER_BETWEEN.fullmatch(gap) and tok.lower not in _STREETS
            if (  # "Brandon Smith 9 Main St": a civic number ends the street's name
                gap not in (" ", "-", " & ", " of ", " de ")
                and not numbered
                and not (
                    gap in (". ", ".") and len(toks[j].text) == 1  # "Stanley A. Milner Library"
                )
            ):
                break  # "Kofi Mensah (Centre …)", "Lajoie, 19, rue …": punctuation ends it
            j -= 1
        run = toks[j + 1 : run_end + 1] if run_end >= 0 else []
        # "a dad, Théo Rivière, who moved", "Georgia Lac, DOB": a surname that is a place word
        # "CO Sheldon Ward met…": a role's acronym before the given name
        core = run[1:] if len(run) == 2 and run[0].text.isupper() and len(run[0].text) <= 3 else run
        person = len(core) == 1 and core[0].given and tok.lower in _SURNAME_PLACE_WORDS
        acts = bool(_PERSON_AFTER.match(text, tok.end))
        acts = acts or (j >= 0 and toks[j].lower in ROLES)  # "MCFD worker Owen Park doing a…"
        # "Worker is Shauna Hall from Listuguj Family Services": a role, then who fills it
        acts = acts or (j >= 1 and toks[j].lower in ("is", "est") and toks[j - 1].lower in ROLES)
        # "gave us the name on the registration, Corinne Ward": a name, said to be one
        acts = acts or bool(
            run and _NAME_SAID.search(text, max(0, run[0].start - 60), run[0].start)
        )
        person = person and core[0].lower not in towns and acts
        if run and (person or _named_relative(text, toks, j + 1, tok)):
            tok.protected = not tok.surname and not person
            continue
        for t in run:
            t.protected = True
            t.listed_word = False
        if len(run) > 1 and run[0].given and tok.lower not in _STREETS and j > 0:  # two founders:
            founder = toks[j - 1]  # "Walter and Gladys Hill School"; not "Joseph Giles and …"
            founder.protected = founder.protected or (
                toks[j].lower in ("and", "et")
                and _capital(founder)
                and founder.given
                and not (j > 1 and toks[j - 2].cap)
            )
        if run and tok.lower not in _STREETS and (len(run) > 1 or not run[0].given):
            named.add(tuple(t.lower for t in run))  # not "Hope Mission … his name is Hope"
            if len(run) > 1 and not run[0].name:
                named.add((run[0].lower,))  # "Quint Development Corporation … STC and Quint"
        k = i + 1
        if k < len(toks) and re.search(r"[:;,!?()]", text[tok.end : toks[k].start]):
            continue  # "Elliot Lake: senior Dorothy Matthews": punctuation ends the place
        while k < len(toks) and k - i <= 2 and toks[k].lower in _PLACE_ADJECTIVES:
            k += 1  # "école secondaire Louis-Riel"
        la = int(k + 2 < len(toks) and toks[k + 1].lower == "la")  # "Maison de la famille X"
        if k + 1 + la < len(toks) and toks[k].lower == "de" and toks[k + 1 + la].lower in _OF_WHAT:
            k += 2 + la  # "Centre de santé Tulattavik", "centre de jour Marcelle-Ferron"
            k += int(k < len(toks) and toks[k].lower in _PLACE_ADJECTIVES)  # "… communautaires"
        elif tok.lower in _STREETS and k + 1 < len(toks) and toks[k].lower in ("des", "du", "de"):
            k += 2 if toks[k + 1].lower == "la" else 1  # "boulevard des Récollets"
        first = k
        if not tok.cap and tok.lower in _LOWER_HEADS and k < len(toks) and not toks[k].cap:
            toks[k].protected = True  # "sur la rue paris", "école secondaire pierre-savard"
        while k < len(toks) and k - first < 4 and toks[k].cap and not toks[k].sentence_start:
            if toks[k].lower.rstrip(".") in TITLES and tok.text.isupper():
                break  # "GMF Dre Hamel": someone at the clinic; "Centre Dr Edgar Leclair" is one
            gap = text[toks[k - 1].end : toks[k].start].strip()
            # "l'école Robert E. Wilson", "salle J.-Antonio-Thompson"
            initial = gap in (".", ".-") and len(toks[k - 1].text) == 1
            if gap not in ("", "«", '"', "“") and not (gap == "." and k - 1 == i) and not initial:
                break  # "Maison Sophie, Laurence Béliveau": punctuation ends the place name
            if tok.lower in INSTITUTION_BEFORE_NAME or toks[k].lower in INSTITUTION:
                toks[k].protected = True
                toks[k].listed_word = False
            k += 1
        if tok.lower == "rues" and k + 1 < len(toks) and toks[k].lower == "et" and toks[k + 1].cap:
            toks[k + 1].protected, toks[k + 1].listed_word = True, False  # "rues Hill et Rice"
    for lowers in named:
        for k in range(len(toks) - len(lowers) + 1):
            said = toks[k : k + len(lowers)]
            if tuple(t.lower for t in said) != lowers or not all(t.cap for t in said):
                continue
            if k > 0 and toks[k - 1].lower.rstrip(".") in TITLES:
                continue  # "Mme Gagnon" is a person whatever the school is called
            for t in said:
                t.protected = True
                t.listed_word = False


def _town_unit(text: str, tok: Tok) -> bool:
    """ "Sydney Y:", "Bedford rec:", "Regina Sportplex lifeguard": a town's Y, rink or
    recreation centre, or who works there, heading a note."""
    if tok.lower in _TOWN_VENUES:
        return tok.text != "y"  # not "Paris (16 y/o, …)"
    return tok.lower in _TOWN_STAFF and text[tok.end : tok.end + 1] == ":"


_TOWN_VENUES = words("y ymca ywca sportplex rec arena rink pool library")
_TOWN_STAFF = words("coach coaches staff lifeguard desk front")


def _named_relative(text: str, toks: list[Tok], first: int, head: Tok) -> bool:
    """A relative named just before: "a dad, Théo Rivière," where the head word is a
    surname and the text goes on after it."""
    kin = toks[first - 1] if first > 0 else None
    if kin is None or kin.lower not in KIN or kin.protected or not toks[first].given:
        return False  # not "Action Centre for Youth, Elgin Street Mission"
    gap = text[toks[first - 1].end : toks[first].start]
    return gap in (", ", " ", " (") and text[head.end : head.end + 1] in (",", ")", " ")


# Land and water: "Hunter River", "Georgina Lake" name a place even at a sentence start.
_LAND = words("river lake creek bay falls narrows point lagoon island rapids landing line sideroad")
_OF_WHAT = words("santé jour services ressources crise détention réadaptation répit famille")
# Churches named by a saint's or a founder's name and their denomination: "Knox United"
_CHURCHES = words("united lutheran presbyterian anglican baptist pentecostal")
_LOWER_HEADS = words("rue boulevard boul avenue chemin école ecole polyvalente")
_VENUES = words("arena arenas pool pools rink rinks library skatepark complex sportsplex")
_LANDMARKS = words("bridge overpass underpass park trail school branch airport") | _VENUES
_BUILDINGS = words("jail prison mosque masjid gurdwara church mall detention")
# Relatives no place is named after (unlike "Sister Margaret Smith Centre", "Father Henry Carr")
_RANGS = words("rang rangs")
_PARENTS = words("mom dad mum mommy daddy aunt auntie uncle grandma grandpa stepdad stepmom bf gf")
_NAME_SAID = re.compile(r"\bname\b[^.;!?()]{0,40}?(?:,|:|\bis|\bwas)\s*$", re.IGNORECASE)
_SURNAME_PLACE_WORDS = words("rivière riviere lac lake river hall park church field lane ward")
_PERSON_AFTER = re.compile(  # "Madison Ward, 15,", "is Kayla Hall, she ran", "Tyler Church ran"
    r",\s*(?:\d{1,2}\s*(?:,|y/?o|ans\b)|DOB\b|DDN\b|DL\b|n[ée]e?\s+le\b|(?:she|he|elle|il)\b)"
    r"|\s*\(\s*\d{1,2}s?\s*\)"  # "Evelyn Park (80s) signed out of her retirement home"
    r"|\)\s*:"  # "Outcome 26-004 (Keanu Ward): engaged w/ AMH youth worker"
    # "RCMP say Jesse Ward breached conditions", "CO Sheldon Ward met a 16 y/o"
    r"|\s+(?:ran|fled|left|said|says|told|texted|refused|overdosed|breached|met|called|came|"
    r"showed|threatened|assaulted|stole|punched|walked|drove|phoned|messaged|disclosed)\b"
)
_TOWN_SERVICES = words(
    "detox shelter jail hospital court courthouse detachment clinic cfs rcmp police"
)
_OPENS_A_PLACE = words("the at to from attends attend attending attended of near outside behind")
_PARTICLES = words("bin ibn bint abu van von der")  # "Khalid bin al-Walid": Arabic, Dutch


def _capital(tok: Tok) -> bool:
    """A capitalised word, "al-Walid" included."""
    return tok.cap or re.fullmatch(r"(?:al|el)-[A-Z][\w'-]*", tok.text) is not None


def _the_before_run(toks: list[Tok], text: str, i: int) -> bool:
    """ "near the Mackenzie King bridge", "both at Agnew H. Johnston school", "(Brodie
    branch)": English puts no article or place word before a person."""
    k = i - 1
    while k > 0 and i - k < 5 and toks[k].cap and not toks[k].possessive:
        k -= 1
    if k == i - 1:
        return False
    if toks[i].lower in _VENUES and i > 1 and toks[i - 2].cap:
        return True  # "John Rhodes arena is open", "John Rhodes & McMeeken arenas"
    return toks[k].lower in _OPENS_A_PLACE or "(" in text[toks[k].end : toks[k + 1].start]


_PEOPLE_OF = words("women men children people veterans seniors youth family families")
_FACILITY_WORDS = words("rec recreation community sports seniors youth leisure aquatic group")
_SCHOOL_KINDS = words("catholic public secondary elementary separate middle high immersion")
_PARTS_OF_A_PLACE = words(
    "skate area playground parking lot washrooms entrance field pavilion bench benches trail"
)
_OFFICES = words("office centre center clinic program programme committee hall station")
_SERVICES = words("health wellness band housing education treatment healing fire town")


# Streets named after people keep no hold on the name elsewhere in the note.
_OF_THE_STREET = words(
    "travailleur travailleuse travailleurs travailleuses intervenant intervenante"
)
_STREETS = words(
    """
    street st avenue ave road rd drive dr crescent cres lane trail blvd boulevard way place
    court ct rue chemin boul
    """
)


INSTITUTION_BEFORE_NAME = words(
    """
    auberge avenue boulevard boul camp carrefour center centre chemin clinique college collège
    rivière ecole fort foyer hopital hôpital lhopital lac lake maison mission mont mount parc
    pavillon coop polyvalente refuge résidence résidences rue station école mrc clsc cisss ciusss
    chsld secteur papetière papeterie usine scierie fonderie moulin pourvoirie pourvoiries véloroute
    complexe cpe css csss omh hlm cégep cegep autoroute métro metro pont rang montée promenade baie
    chu ft académie terrasse comptoir gmf place usine coopérative rues mine chantier ééc éép ésc ésp
    chenal point pointe marché market salle île ile église eglise paroisse chapelle mosquée temple
    édifice aréna arena bibliothèque piscine stade gymnase plage masjid gurdwara mandir darbar
    programme traversier manoir établissement détention pénitencier prison aumônerie bain écoles
    biblio érablière funéraire funeraire colisée amphithéâtre
"""
)


_CARRIERS = words("bus buses shuttle coach airline airlines carrier flight flights taxi cab ferry")

# ruff: noqa: E501  (sentence templates and fillers read better unwrapped)
"""Generate the labelled corpus in ``corpus/`` (run: python tests/commands/privacy/make_corpus.py).

Every person, number and address here is invented: names are recombined from
common given names and surnames, phones use 555, SINs are random Luhn-valid
numbers. Sentences are written the way reps write (abbreviations, agencies,
meeting dates). Slots record their offsets, so labels are exact. The hand-written
records in ``corpus/hand_*.jsonl`` are kept as they are.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

HERE = Path(__file__).parent / "corpus"
R = random.Random(20261122)


def words(text: str) -> list[str]:
    return text.split()


GIVEN = words("""Tyler Brittany Kayden Shania Destiny Jaxon Aiyana Cheyenne Dakota Tristen Kwabena
Amara Chidi Fatoumata Mamadou Hodan Abdirahman Yonas Selam Farid Zahra Harpreet Gurpreet
Navjot Simran Priya Arjun Rohan Ananya Mei Wei Jun Minjun Seoyeon Linh Thanh Quynh Oksana
Taras Iryna Bohdan Olena Mykola Jean-Philippe Marie-Ève Mathis Océane Noémie Félix Zoé
Gabriel Maxime Frédérique Rosalie Xavier Chloé Émile Laurie-Anne Kevin Jordan Brandon Ashley
Jessica Cody Colton Kaylee Nevaeh Ryker Maverick Jolene Sierra Tanisha Deshawn Tyrell Malik
Omar Layla Rania Bilal Yasmin Nour Hamid Maryam Widlene Mackenson Fabienne Jericho Rowena
Marivic Arnel Cole Logan Wyatt Hailey Madison Rylee Skylar Raven Storm Autumn Talon Keenan""")
WEAK_GIVEN = words("Grace Hunter Will Mark Rose Hope Faith Dawn Sky Bill Pat Jay")
SURNAMES = words("""Bear Cardinal Ratt McKay Ballantyne Sanderson Laliberte Morin Desjarlais Bellegarde
Starblanket Tootoosis Merasty Custer Halcrow Umpherville Sinclair Settee Flett Linklater
Fiddler Moonias Sakanee Kakegamic Janvier Lafferty Mantla Greyeyes Whitehead Wolfe Iron
Okonkwo Mensah Asante Osei Diallo Traoré Ndiaye Warsame Abdi Farah Tesfaye Haile Ahmadi
Rahimi Sandhu Dhillon Grewal Sidhu Sharma Patel Singh Nguyen Tran Pham Chen Wang Liu Kim Park
Kovalenko Shevchenko Melnyk Boyko Kowalchuk Tremblay Gagnon Bouchard Côté Lévesque Bergeron
Pelletier Ouellet Lapointe Paquette St-Pierre Thériault Lalonde Séguin Chénier Haddad Khoury
Hussein Ibrahim Mansour Jean-Baptiste Dorvil Toussaint Reyes Santos Bautista Villanueva
Smith Johnson MacDonald Campbell Anderson Thompson Fraser Wilson Henderson Robertson""")
NICKS = words("Smokey Ti-Loup Lil Dre Bones Kiki Shorty Trigger Princess Beans Ghost Tiny")

EN_AGENCY = """CFS|PAPS|RCMP|SPS|MH&A|SHA|SA Health|Mobile Crisis|Probation|Victim Services|
Social Services|Sask Housing|ICFS|the school division|Sask Rivers|Income Assistance|
CMHA|Ottawa Police|OPP|Ontario Works|ODSP|Children's Aid Society|Greater Sudbury Police|
Health Sciences North|John Howard Society|Elizabeth Fry Society|the Friendship Centre|
PAGC|Métis Nation–Saskatchewan|Addictions|Public Health|KidsFirst|Family Services|
Catholic Family Services|Ranch Ehrlo|YWCA|the Salvation Army|Shepherds of Good Hope|
Wabano|Minwaashin Lodge|the SRO|Brief Detox|Youth Probation""".replace("\n", "").split("|")
FR_AGENCY = """le CISSS|le CIUSSS|la DPJ|le CLSC|le SPVM|la police|le SPVG|la SQ|l'équipe mobile|
le centre de crise|l'OMH|l'école|le CAVAC|l'aide sociale|la probation|la GRC|
le Service de police du Grand Sudbury|Santé publique|les Services aux victimes|le CEPEO|
le CECCE|la Maison d'hébergement|l'Office municipal d'habitation|Dans la rue|
le Centre de santé communautaire|Mission Old Brewery|la Société de l'aide à l'enfance""".replace(
    "\n", ""
).split("|")
PLACES = """Prince Albert|Saskatoon|Regina|Sudbury|Ottawa|Montréal|La Ronge|Meadow Lake|
North Battleford|Nipawin|Melfort|Gatineau|Vanier|Hochelaga|Riversdale|Pleasant Hill|
the West Flat|the East Flat|Midtown|Lowertown|Sandy Hill|New Sudbury|the Flour Mill|
Chelmsford|Cumberland House|Pelican Narrows|Île-à-la-Crosse|Buffalo Narrows|
Montreal Lake|Ahtahkakoop|Beauval|Moose Jaw|Yorkton|North Central|Verdun|Montréal-Nord|
Côte-des-Neiges|Parc-Extension|Kanata|Orléans|Val Caron|the north end|downtown""".replace(
    "\n", ""
).split("|")
RISKS_EN = """hx of self-harm|suicidal ideation|chronic absenteeism|IPV in the home|DV|
meth use|alcohol misuse|fentanyl use|unstable housing|couch surfing|NFA|missing from care|
gang affiliation|negative peers|food insecurity|elder abuse|FASD|untreated MH|
cognitive delays|threats to staff|runaway x3|school refusal|sexual exploitation concerns|
hoarding|eviction notice|no food in the home|parenting concerns|exploitation risk""".replace(
    "\n", ""
).split("|")
RISKS_FR = """idées suicidaires|automutilation|absentéisme scolaire|violence conjugale|
consommation de meth|consommation d'alcool|itinérance|hébergement instable|fugue|
pairs négatifs|insécurité alimentaire|maltraitance envers un aîné|problèmes de santé mentale|
menaces envers le personnel|décrochage scolaire|exploitation sexuelle|avis d'éviction|
négligence|conflits familiaux|risque de gang""".replace("\n", "").split("|")
MONTHS_EN = words("Jan Feb March April May June July Aug Sept Oct Nov Dec")
MONTHS_FR = words(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
)


def pick(seq: list[str]) -> str:
    return R.choice(seq)


# ---------------------------------------------------------------- identifiers
def name(lower: bool = False) -> str:
    form = R.random()
    if form < 0.45:
        s = f"{pick(GIVEN)} {pick(SURNAMES)}"
    elif form < 0.85:
        s = pick(GIVEN)
    else:
        s = f"{pick(WEAK_GIVEN)} {pick(SURNAMES)}"
    return s.lower() if lower else s


def phone() -> str:
    a, b = R.choice(["306", "639", "705", "249", "613", "343", "514", "438", "819", "204"]), "555"
    c = f"01{R.randint(0, 99):02d}"
    form = R.choice(
        [
            f"{a}-{b}-{c}",
            f"({a}) {b}-{c}",
            f"{a}.{b}.{c}",
            f"{a} {b} {c}",
            f"+1 {a} {b} {c}",
            f"1-{a}-{b}-{c}",
            f"{a}{b}{c}",
            f"{b}-{c}",
            f"{a}-{b}-{c} ext. {R.randint(10, 999)}",
            f"({a}){b}-{c}",
            f"+1-{a}-{b}-{c}",
            f"{a}-{b}-{c} x{R.randint(1, 99)}",
            f"{a} {b}-{c} poste {R.randint(100, 999)}",
        ]
    )
    return form


def email() -> str:
    g, s = pick(GIVEN).lower().replace("é", "e").replace("è", "e"), pick(SURNAMES).lower()
    s = re.sub(r"[^a-z]", "", s)
    g = re.sub(r"[^a-z]", "", g)
    user = R.choice([f"{g}.{s}", f"{g}{R.randint(1, 99)}", f"{g[0]}{s}", f"{s}_{g}", f"xx{g}xx"])
    dom = R.choice(
        [
            "gmail.com",
            "hotmail.com",
            "outlook.com",
            "yahoo.ca",
            "sasktel.net",
            "videotron.ca",
            "icloud.com",
            "live.ca",
            "example.org",
        ]
    )
    return f"{user}@{dom}"


def address(fr: bool) -> str:
    n = R.randint(2, 2999)
    if fr:
        return R.choice(
            [
                f"{n}, rue {pick(['Principale', 'Notre-Dame', 'Saint-Denis', 'des Érables', 'Champlain', 'Wellington'])}",
                f"{n} rue {pick(['Ontario', 'Sherbrooke', 'Beaubien', 'King'])} Est, app. {R.randint(1, 30)}",
                f"{n}, boul. {pick(['René-Lévesque', 'Saint-Joseph', 'Lasalle', 'Gréber'])}",
                f"{n} avenue {pick(['du Parc', 'Papineau', 'Laurier', 'des Pins'])}",
                f"{n}, chemin {pick(['Sainte-Foy', 'du Lac', 'Bélanger'])}",
                f"app. {R.randint(1, 12)}, {n} rue {pick(['Dupuis', 'Montcalm', 'Salaberry'])}",
                f"au coin des rues {pick(['Ontario', 'Davidson', 'Rideau'])} et {pick(['Pie-IX', 'Nelson', 'King-Edward'])}",
                f"{n}, rang {pick(['Saint-Michel', 'Double', '4'])}",
            ]
        )
    street = pick(
        [
            "Main",
            "Elm",
            "River",
            "Queen",
            "Central",
            "Sherbrooke",
            "Dewdney",
            "Lorne",
            "Kenderdine",
            "Notre Dame",
            "Riverside",
            "Bank",
            "Somerset",
            "Lasalle",
        ]
    )
    return R.choice(
        [
            f"{n} {street} St",
            f"{n} {street} Street W",
            f"{n} {R.randint(1, 30)}th St E",
            f"{n} {R.randint(1, 15)}th Ave W",
            f"{n} Avenue {pick(list('ABCDHIPQ'))} South",
            f"Apt {R.randint(1, 30)}, {n} {street} Ave",
            f"unit {R.randint(1, 20)} - {n} {street} Rd",
            f"{n} {street} Cres.",
            f"#{R.randint(1, 40)}-{n} {street} Drive",
            f"{n} {street} Blvd, basement",
            f"corner of {street} and {R.randint(1, 25)}th St",
            f"RR {R.randint(1, 6)}",
            f"Box {R.randint(10, 999)}",
            f"{n} {street} Way",
            f"{n} Highway {R.randint(2, 120)}",
            f"{n} {street.lower()} street",
        ]
    )


def postal() -> str:
    L = "ABCEGHJKLMNPRSTVXY"
    first = pick(list("SKPHJ"))
    code = f"{first}{R.randint(0, 9)}{pick(list(L))}"
    tail = f"{R.randint(0, 9)}{pick(list(L))}{R.randint(0, 9)}"
    return R.choice(
        [
            f"{code} {tail}",
            f"{code}{tail}",
            f"{code.lower()} {tail.lower()}",
            f"MN {R.randint(55001, 56999)}",
            f"ZIP {R.randint(10001, 99999)}",
        ]
    )


def dob(fr: bool) -> str:
    y, m, d = R.randint(1950, 2020), R.randint(1, 12), R.randint(1, 28)
    if fr:
        return R.choice(
            [
                f"né le {d} {MONTHS_FR[m - 1]} {y}",
                f"née le {d:02d}/{m:02d}/{y}",
                f"date de naissance : {y}-{m:02d}-{d:02d}",
                f"DDN {d:02d}-{m:02d}-{y}",
                f"né(e) le {d} {MONTHS_FR[m - 1]} {y}",
            ]
        )
    return R.choice(
        [
            f"DOB {y}-{m:02d}-{d:02d}",
            f"DOB: {m:02d}/{d:02d}/{y % 100:02d}",
            f"born {MONTHS_EN[m - 1]} {d}, {y}",
            f"b. {d:02d}/{m:02d}/{y}",
            f"d.o.b. {d} {MONTHS_EN[m - 1]} {y}",
            f"date of birth {y}/{m:02d}/{d:02d}",
            f"born on {y}-{m:02d}-{d:02d}",
            f"birthday is {MONTHS_EN[m - 1]} {d}",
        ]
    )


def luhn_sin() -> str:
    while True:
        digits = [R.randint(1, 7)] + [R.randint(0, 9) for _ in range(7)]
        for check in range(10):
            ds = [*digits, check]
            total = sum(
                (x * 2 - 9 if x * 2 > 9 else x * 2) if i % 2 else x for i, x in enumerate(ds)
            )
            if total % 10 == 0:
                s = "".join(map(str, ds))
                return R.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s])


def health(fr: bool) -> str:
    nine = "".join(str(R.randint(0, 9)) for _ in range(9))
    ten = "".join(str(R.randint(0, 9)) for _ in range(10))
    if fr:
        return R.choice(
            [
                f"{pick(['TREM', 'GAGM', 'BOUC'])} {R.randint(1000, 9999)} {R.randint(1000, 9999)}",
                f"{ten[:4]}-{ten[4:7]}-{ten[7:]}",
                f"{ten[:4]} {ten[4:7]} {ten[7:]} {pick(['AB', 'XY', 'KL'])}",
            ]
        )
    return R.choice(
        [
            nine,
            f"{nine[:3]} {nine[3:6]} {nine[6:]}",
            f"{ten[:4]}-{ten[4:7]}-{ten[7:]}",
            f"{ten[:4]} {ten[4:7]} {ten[7:]} {pick(['AB', 'XY', 'KL'])}",
            ten,
        ]
    )


def licence() -> str:
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return R.choice(
        [
            f"{R.randint(100, 999)} {''.join(R.choice(L) for _ in range(3))}",
            f"{''.join(R.choice(L) for _ in range(3))} {R.randint(100, 999)}",
            f"{''.join(R.choice(L) for _ in range(4))}{R.randint(100, 999)}",
            f"{R.choice(L)}{R.randint(1000, 9999)}-{R.randint(10000, 99999)}-{R.randint(10000, 99999)}",
            f"{R.randint(10000000, 99999999)}",
        ]
    )


def handle() -> str:
    g = re.sub(r"[^a-z]", "", pick(GIVEN).lower())
    h = R.choice(
        [f"{g}_{R.randint(1, 99)}", f"lil{g}", f"{g}.x", f"{g}{R.randint(2000, 2012)}", f"xo{g}xo"]
    )
    return R.choice(
        [
            f"@{h}",
            f"instagram.com/{h}",
            f"https://www.facebook.com/{h}",
            f"tiktok.com/@{h}",
            f"snapchat.com/add/{h}",
        ]
    )


def case_no() -> str:
    return R.choice(
        [
            f"2026-{R.randint(1000, 999999):06d}",
            f"26-{R.randint(10000, 99999)}",
            f"{R.randint(2024, 2026)}-{R.randint(10000, 99999)}",
            f"SK{R.randint(2024, 2026)}{R.randint(10000, 99999)}",
            f"{R.randint(100000, 9999999)}",
        ]
    )


# ---------------------------------------------------------------- templates
# {X} slots: identifiers (labelled), lower-case {x} slots: clean fillers.
EN_ID = {
    "name": [
        "her son {NAME} was picked up by {agency} on {meet}.",
        "{NAME} was seen at the shelter twice this week.",
        "Mom ({NAME}) is asking for help with {risk}.",
        "{agency} spoke with {NAME} re: {risk}.",
        "Client goes by {NICK} on the street.",
        "youth aka {NICK} is known to {agency}.",
        "Mr. {SURNAME} has refused services x2.",
        "Ms {SURNAME} reported {risk}.",
        "{NAME}'s mom called {agency} on {meet}.",
        "bf is {NAME}, hx of {risk}.",
        "staying with her auntie {GIVEN} in {place}.",
        "older brother {NAME} was also present.",
        "School says {NAME} has missed {count} days.",
        "Dr. {SURNAME} at the clinic is worried.",
        "{LNAME} was at the house when {agency} attended.",
        "grandmother {NAME} is the main caregiver.",
        "youth named {NAME}, {age}, is couch surfing.",
        "met w/ {NAME} and worker from {agency}.",
    ],
    "phone": [
        "Mom can be reached at {PHONE}.",
        "cell {PHONE} (texts only)",
        "contact: {PHONE}",
        "call grandma at {PHONE} before {time}.",
        "best # is {PHONE}",
    ],
    "email": ["mom's email is {EMAIL}", "reach worker via {EMAIL}", "e-mail: {EMAIL}"],
    "address": [
        "lives at {ADDRESS} with {count} other adults.",
        "staying at {ADDRESS} in {place}.",
        "door knock at {ADDRESS} planned for {meet}.",
        "address on file: {ADDRESS}",
        "moved to {ADDRESS} last month.",
    ],
    "postal_code": [
        "postal code {POSTAL}",
        "lives near {place}, {POSTAL}.",
        "mail goes to {POSTAL}",
    ],
    "date_of_birth": [
        "youth ({DOB}) is in {agency} care.",
        "{DOB}, {risk}.",
        "Female, {DOB}, NFA.",
    ],
    "health_number": [
        "HSN {HEALTH} on file with {agency}.",
        "health card # {HEALTH}",
        "OHIP {HEALTH}",
        "Sask Health card {HEALTH}",
    ],
    "sin": [
        "SIN {SIN} provided to Income Assistance.",
        "social insurance number: {SIN}",
        "SIN# {SIN}",
    ],
    "licence": [
        "driving a grey Civic, SK plate {LICENCE}.",
        "plate {LICENCE} seen at the house",
        "DL {LICENCE} suspended",
        "driver's licence {LICENCE}",
    ],
    "social_handle": [
        "posting threats on {HANDLE}",
        "IG is {HANDLE}",
        "youth's profile {HANDLE} shows weapons",
        "messaging older males from {HANDLE}",
    ],
    "case_number": [
        "PAPS occurrence {CASE}.",
        "CFS file #{CASE}",
        "see RCMP file {CASE}",
        "{agency} case # {CASE}",
        "occ {CASE} re: {risk}",
    ],
}
FR_ID = {
    "name": [
        "son fils {NAME} a été vu par {agency_fr} le {meet_fr}.",
        "{NAME} fréquente le refuge depuis {count} semaines.",
        "Mme {SURNAME} demande de l'aide pour {risk_fr}.",
        "M. {SURNAME} refuse les services.",
        "sa fille {NAME}, {age_fr}, ne va plus à l'école.",
        "le jeune dit {NICK} est connu de {agency_fr}.",
        "surnommé {NICK}, il traîne à {place}.",
        "la mère de {GIVEN} a appelé {agency_fr}.",
        "{NAME} habite chez sa tante.",
        "son chum {NAME} a des antécédents de {risk_fr}.",
        "l'intervenante a rencontré {NAME} le {meet_fr}.",
        "sa grand-mère {NAME} s'en occupe.",
        "le conjoint, {NAME}, consomme de la meth.",
        "{LNAME} est hébergée chez une amie.",
    ],
    "phone": [
        "joindre la mère au {PHONE}.",
        "cell : {PHONE}",
        "téléphone {PHONE} (textos seulement)",
        "numéro de la grand-mère : {PHONE}",
    ],
    "email": ["courriel : {EMAIL}", "écrire à {EMAIL}", "la mère a donné son courriel {EMAIL}"],
    "address": [
        "habite au {ADDRESS} avec sa mère.",
        "visite à domicile au {ADDRESS} le {meet_fr}.",
        "adresse : {ADDRESS}",
        "hébergé {ADDRESS} depuis l'été.",
    ],
    "postal_code": ["code postal {POSTAL}", "réside à {place} ({POSTAL}).", "courrier : {POSTAL}"],
    "date_of_birth": [
        "jeune {DOB}, suivi par {agency_fr}.",
        "femme, {DOB}, sans domicile fixe.",
        "{DOB}, {risk_fr}.",
    ],
    "health_number": [
        "carte d'assurance maladie {HEALTH}",
        "RAMQ {HEALTH}",
        "no de carte santé {HEALTH}",
    ],
    "sin": ["NAS {SIN} transmis à l'aide sociale.", "numéro d'assurance sociale : {SIN}"],
    "licence": [
        "conduit une Civic grise, plaque {LICENCE}.",
        "permis de conduire {LICENCE} suspendu",
        "véhicule immatriculé {LICENCE}",
    ],
    "social_handle": [
        "publie des menaces sur {HANDLE}",
        "son compte {HANDLE} montre des armes",
        "Insta : {HANDLE}",
    ],
    "case_number": [
        "dossier no {CASE} à {agency_fr}.",
        "numéro d'événement {CASE}",
        "rapport de police {CASE}",
        "SPVM événement {CASE}",
    ],
}
EN_CLEAN = [
    "{age} y/o {sex}, {risk}, {risk}.",
    "Raised by {agency} on {meet}.",
    "{agency} to lead, {agency} assisting.",
    "Door knock planned for {meet} at {time}.",
    "Family of {count} in {place}, {risk}.",
    "Youth {age} y/o, hx of {risk}; {agency} involved since {month} 2025.",
    "Update {meet}: {agency} connected youth to {agency}.",
    "Seen {iso} by {agency}, declined services.",
    "Mom in her {decade}s, {risk}.",
    "{count} calls to {agency} in the last {count} weeks.",
    "Meeting of {meet}: AER met, lead {agency}.",
    "Re: {risk} - {agency} will follow up by {meet}.",
    "Grandmother (60+) is primary caregiver in {place}.",
    "Location: a rooming house in {place}, {risk}.",
    "Will bring back to the table on {meet}.",
    "May need {agency} referral; risk of {risk}.",
    "{agency} and {agency} met w/ family at {time}.",
    "Hope to close on {meet} if risk lowered.",
    "Youth in grade {grade} at a {place} school, {risk}.",
    "SRO reports {count} incidents since Sept.",
    "Risk lowered - connected to services. Closed {iso}.",
    "Mark as overdue; lead is {agency}.",
    "Male, 40-59, NFA, seen near {place} most nights.",
    "{count} adults and {count} kids in the unit.",
    "Intervention done {iso} {time}, {agency} present.",
    "Rental arrears of ${money}; eviction hearing {meet}.",
    "Bill for hydro unpaid since {month}.",
    "Dad works nights; {risk}.",
    "Prince Albert table, {count} new situations.",
]
FR_CLEAN = [
    "Jeune de {age} ans, {risk_fr}, {risk_fr}.",
    "Présenté par {agency_fr} le {meet_fr}.",
    "{agency_fr} en tête, {agency_fr} en soutien.",
    "Visite conjointe prévue le {meet_fr} à {time_fr}.",
    "Famille de {count} personnes à {place}, {risk_fr}.",
    "Mère dans la quarantaine, {risk_fr}.",
    "Suivi {meet_fr} : {agency_fr} a référé la famille à {agency_fr}.",
    "Vu le {iso} par {agency_fr}, refus de services.",
    "{count} appels à {agency_fr} depuis {month_fr}.",
    "Réunion du {meet_fr} : risque élevé confirmé.",
    "Objet : {risk_fr}. {agency_fr} fera le suivi d'ici le {meet_fr}.",
    "La grand-mère (60 ans et plus) s'occupe des enfants.",
    "Logement : maison de chambres à {place}.",
    "Retour à la table le {meet_fr}.",
    "Élève de {grade}e année, {risk_fr}.",
    "Risque diminué - lié aux services. Fermé le {iso}.",
    "Homme, 40-59 ans, sans domicile fixe, vu près de {place}.",
    "Intervention faite le {iso} à {time_fr}, {agency_fr} présent.",
    "Arriérés de loyer de {money} $; audience le {meet_fr}.",
    "Le père travaille de nuit; {risk_fr}.",
    "Table de Sudbury, {count} nouvelles situations.",
    "{agency_fr} et {agency_fr} ont rencontré la famille.",
    "Mai sera plus calme selon l'école.",
]


def clean_fill(slot: str) -> str:
    v = {
        "age": lambda: str(R.randint(8, 79)),
        "sex": lambda: pick(["female", "male", "F", "M", "non-binary"]),
        "risk": lambda: pick(RISKS_EN),
        "risk_fr": lambda: pick(RISKS_FR),
        "agency": lambda: pick(EN_AGENCY),
        "agency_fr": lambda: pick(FR_AGENCY),
        "place": lambda: pick(PLACES),
        "count": lambda: str(R.randint(2, 14)),
        "meet": lambda: f"{pick(MONTHS_EN)} {R.randint(1, 28)}",
        "meet_fr": lambda: f"{R.randint(1, 28)} {pick(MONTHS_FR)}",
        "time": lambda: f"{R.randint(8, 16)}:{pick(['00', '30'])}",
        "time_fr": lambda: f"{R.randint(8, 16)} h {pick(['00', '30'])}",
        "iso": lambda: f"2026-{R.randint(1, 11):02d}-{R.randint(1, 28):02d}",
        "month": lambda: pick(MONTHS_EN),
        "month_fr": lambda: pick(MONTHS_FR),
        "decade": lambda: pick(["20", "30", "40", "50"]),
        "grade": lambda: str(R.randint(3, 12)),
        "money": lambda: str(R.randint(300, 4000)),
        "age_fr": lambda: f"{R.randint(12, 17)} ans",
    }[slot]
    return v()


def id_fill(slot: str, fr: bool) -> tuple[str, str]:
    table = {
        "NAME": (lambda: name(R.random() < 0.15), "name"),
        "LNAME": (lambda: name(True), "name"),
        "GIVEN": (lambda: pick(GIVEN), "name"),
        "SURNAME": (lambda: pick(SURNAMES), "name"),
        "NICK": (lambda: pick(NICKS), "name"),
        "PHONE": (phone, "phone"),
        "EMAIL": (email, "email"),
        "ADDRESS": (lambda: address(fr), "address"),
        "POSTAL": (postal, "postal_code"),
        "DOB": (lambda: dob(fr), "date_of_birth"),
        "HEALTH": (lambda: health(fr), "health_number"),
        "SIN": (luhn_sin, "sin"),
        "LICENCE": (licence, "licence"),
        "HANDLE": (handle, "social_handle"),
        "CASE": (case_no, "case_number"),
    }
    fn, kind = table[slot]
    return fn(), kind


SLOT = re.compile(r"\{(\w+)\}")


def render(template: str, fr: bool) -> tuple[str, list[dict[str, object]]]:
    out, spans, pos = "", [], 0
    for m in SLOT.finditer(template):
        out += template[pos : m.start()]
        slot = m.group(1)
        if slot.isupper():
            value, kind = id_fill(slot, fr)
            if slot in {"SURNAME"} and out.rstrip().endswith(("Mr.", "Ms", "Mme", "M.", "Dr.")):
                title = re.search(r"(Mr\.|Ms|Mme|M\.|Dr\.)\s*$", out)
                assert title
                spans.append({"start": title.start(), "end": len(out) + len(value), "kind": kind})
            else:
                spans.append({"start": len(out), "end": len(out) + len(value), "kind": kind})
            out += value
        else:
            out += clean_fill(slot)
        pos = m.end()
    out += template[pos:]
    return out, spans


def record(fr: bool, flagged: bool, kind: str | None) -> tuple[str, list[dict[str, object]]]:
    clean = FR_CLEAN if fr else EN_CLEAN
    parts: list[tuple[str, bool]] = [(pick(clean), False) for _ in range(R.randint(1, 3))]
    if flagged and kind:
        ids = FR_ID if fr else EN_ID
        parts.insert(R.randint(0, len(parts)), (pick(ids[kind]), True))
        if R.random() < 0.25:
            other = pick(list(ids))
            parts.insert(R.randint(0, len(parts)), (pick(ids[other]), True))
    text, spans = "", []
    for template, _ in parts:
        piece, sp = render(template, fr)
        piece = (
            piece[0].upper() + piece[1:] if R.random() < 0.7 and not piece[0].isupper() else piece
        )
        sep = " " if text else ""
        for s in sp:
            s["start"] = int(s["start"]) + len(text) + len(sep)  # type: ignore[call-overload]
            s["end"] = int(s["end"]) + len(text) + len(sep)  # type: ignore[call-overload]
        text += sep + piece
        spans.extend(sp)
    return text, spans


MARK = re.compile(r"\[\[(\w+):(.+?)\]\]")


def hand_records() -> list[dict[str, object]]:
    """Parse ``hand.txt``: ``lang|text`` with identifiers marked ``[[kind:text]]``."""
    rows: list[dict[str, object]] = []
    lines = (HERE / "hand.txt").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(x for x in lines if x.strip() and not x.startswith("#")):
        lang, _, marked = line.partition("|")
        text, spans, pos = "", [], 0
        for m in MARK.finditer(marked):
            text += marked[pos : m.start()]
            spans.append(
                {"start": len(text), "end": len(text) + len(m.group(2)), "kind": m.group(1)}
            )
            text += m.group(2)
            pos = m.end()
        text += marked[pos:]
        kind = "flagged" if spans else "clean"
        rows.append(
            {"id": f"{lang}-hand-{kind[0]}{n:03d}", "lang": lang, "text": text, "spans": spans}
        )
    return rows


def main() -> None:
    hand = hand_records()
    (HERE / "hand.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in hand), encoding="utf-8"
    )
    kinds = list(EN_ID)
    for lang in ("en", "fr"):
        fr = lang == "fr"
        flagged, clean = [], []
        for i in range(130):
            kind = kinds[i % len(kinds)] if i >= 26 else "name"
            text, spans = record(fr, True, kind)
            flagged.append(
                {"id": f"{lang}-gen-f{i:03d}", "lang": lang, "text": text, "spans": spans}
            )
        for i in range(120):
            text, _ = record(fr, False, None)
            clean.append({"id": f"{lang}-gen-c{i:03d}", "lang": lang, "text": text, "spans": []})
        for suffix, rows in (("flagged", flagged), ("clean", clean)):
            path = HERE / f"{lang}_{suffix}.jsonl"
            path.write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
            )


if __name__ == "__main__":
    main()

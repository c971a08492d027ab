"""Words around a name that say a person is meant, in English and French."""

from __future__ import annotations

import re

from commands.privacy.lexicon import words as _words

# title -> (English suggestion, French suggestion)
TITLES: dict[str, tuple[str, str]] = {
    **{t: ("the man", "l'homme") for t in ("mr", "mister", "monsieur", "m")},
    **{
        t: ("the woman", "la femme")
        for t in ("mrs", "ms", "miss", "mme", "mmes", "mlle", "madame", "mademoiselle", "mrs.")
    },
    **{t: ("the doctor", "le médecin") for t in ("dr", "dre", "doctor", "docteur", "docteure")},
    "pt": ("the patient", "le patient"),  # a chart's "Pt Tyrell Bonaparte 20M"
    "ptn": ("the patient", "le patient"),  # "Ptn is ernest blackbird, 81"
    "clt": ("the client", "le client"),  # "clt agreed to the safety plan"
    **{
        t: ("the person", "la personne")
        for t in (
            "mx",
            "sgt",
            "cpl",  # "go to Cpl. Lachance while he's on leave": a corporal
            "councillor",  # "Councillor Bird asked if the table can share info"
            "councilor",
            "caporal",
            "cst",
            "const",
            "det",
            "officer",
            "constable",
            "pastor",
            "rev",
            "father",
            "elder",
            "kokum",
            "kookum",
            "mosom",
            "moshum",
            "sister",
            "brother",
            "nurse",
            "coach",
            "agent",
            "agente",
            "sergent",
            "aîné",
            "aînée",
            "chief",
            "deputy",  # "Deputy Boucher said we hold the belongings 72 hrs": a sheriff's deputy
            "sheriff",
            "capt",  # "Capt. Delorme at Station 3 flagged a resident": a fire captain
            "captain",
            "insp",  # "Fire Prev (Insp. Haldane) confirmed alarms installed"
            "inspector",
            "judge",
            "justice",
            "juge",
            "pan",  # Polish: "Pan Kowalski from the 3rd floor"
            "pani",
            "señor",
            "señora",
            "sra",  # "l'école utilise Sra. Morales comme interprète"
            "srta",
            "pasteur",  # "c'est Pasteur Dieujuste"
            "pasteure",
            "rabbi",  # "from Rabbi Feldman: congregant…", "Reverend Okafor called": clergy
            "reverend",
            "senhor",
            "senhora",
            "signor",
            "signora",
            "sensei",  # "Sensei Nakamura (Steveston) says…": a martial-arts teacher
        )
    },
}

# Kinship and role words: the next capitalised word is a person ("law": "brother in law rod
# bear").
KIN = _words(
    """
    accused accusé accusée ado adolescent adolescente ami amie aunt auntie aunty baby
    babysitter beau-père bebe belle-mère bestie bf blonde boyfriend brother bébé
    caregiver child chum client cliente coloc colocataire conjoint conjointe copain
    copine cousin cousine dad daddy daughter demi-frère demi-soeur demi-sœur enfant ex
    ex-boyfriend ex-girlfriend ex-husband ex-partner ex-wife father fiance fiancee
    fiancé fiancée fille filleul filleule fils frere friend frère gf girlfriend grand-maman
    grand-mère grand-papa grand-père granddaughter grandfather grandma grandmother
    grandpa grandson granny guardian husband infant jeune kid kokum kookum landlady
    landlord mama marraine mere mom mommy moshum mosom mother mum mère nan nana neighbor
    neighbour nephew niece oncle papa parrain partner patient patiente pere petit-fils
    petite-fille propriétaire père roommate sibling sister soeur son spouse stepbrother
    stepdad stepdaughter stepfather stepmom stepmother stepsister stepson suspect sœur
    tante toddler tuteur tutrice twin uncle usager usagère victim victime voisin voisine
    wife youth grand-maman grand-papa grand-maman's bro sis cuz baba
    neveu nièce petit-neveu petite-nièce beau-frère belle-sœur belle-soeur gendre bru belle-fille
    beau-fils arrière-grand-mère arrière-grand-père mari épouse époux femme ex-conjoint
    ex-conjointe grand-oncle grand-tante brother-in-law sister-in-law son-in-law daughter-in-law
    mother-in-law father-in-law godmother godfather half-brother half-sister pimp dealer
    trafficker proxénète pusher tenant locataire proprio subject tita kuya manong manang caller
    hooyo aabo habaryar abti yemma biji bapu chuuchum chimushum setsuné ataatattiaq nimis nistes
    mẹ resident
    mémère memere pépère pepere mamie papi tatie tonton moshom mooshum nokom matante mononcle
    common-law great-aunt great-uncle great-grandma great-grandmother great-grandpa great-granny
    mononc gars bonhomme pop twins triplets
    grand-mere grand-pere belle-mere beau-pere demi-frere beau-frere niece arriere-grand-mere
    law maman gma gpa gramps bà ông abuela abuelo tía tío nonna nonno oma opa babcia dido
    ataata anaana ataatatsiaq anaanatsiaq nookomis mishomis kokomis kokom
    mzee hajja hajjah hajji ayeeyo awoowe babusia babusya
    chapan kohkom kookom mushum moosum nohkom nohkum nokum
    step-dad step-mom step-father step-mother step-son step-daughter step-sister step-brother
    ningiuq ningiuk panik irniq sauniq nuliaq angajuk nukaq aippaq ittuq gramma grampa
    amma appa ammi abbu ammu khala khalto khalti khaleh ammo amo tayta teta taita jiddo
    jadda sitto lola mamu mami nani dadi chacha chachi bhabhi didi bhaiya bhai
    masi mausi masiji veerji paji bhaji beta beti akka thambi thangachi
    babushka dedushka dziadek halmeoni harabeoji eomma
    aîné aînée ainé ainée cadet cadette benjamine
    thatha thaatha paati ammamma appachi avó avô vovó vovô nanay tatay abuelita abuelito
    acc accd vict compl subj susp
"""
)

# A family's word for a relative that is also a given name, and what it means: "Ate (older
# sister, 24)" is the sister, "Anna (older brother in Tamil)" the brother; "Anna (sister, 19)"
# names the sister.
_KIN_MEANS = {
    "ate": r"\bsister|s(?:œ|oe)ur",
    "anna": r"\bbrother|fr[èe]re",
    "tito": r"\buncle|oncle",
    "tita": r"\baunt|tante",
    "lolo": r"\bgrand",
    "lola": r"\bgrand",
}


def glossed_kin(word: str, gloss: str) -> bool:
    """Whether a bracketed gloss says a word is the relative the family's language means."""
    meaning = _KIN_MEANS.get(word.casefold())
    return meaning is not None and re.search(meaning, gloss, re.IGNORECASE) is not None


# Family members a name can stand beside: "Uncle T", "the Santos grandmother". Narrower than
# KIN, which also holds "youth", "client" and "victim" (the table's own labels: "Youth B").
RELATIVES = _words(
    """
    aunt auntie aunty bro brother cousin cousine cuz dad daughter father frère
    grandfather grandma grandmother grandpa granny kokum mom mosom mother mum nephew niece
    oncle sis sister soeur son stepdad stepmom sœur tante uncle mémère memere pépère pepere
    moshom mooshum nokom matante mononcle mononc
    kuya tita bà ông abuela abuelo tía tío nonna nonno oma opa babcia dido
    neveu nièce tatie tonton mamie papi ataata anaana ataatatsiaq anaanatsiaq nookomis
    mishomis granddaughter grandson stepson stepdaughter stepsister stepbrother
    chapan kohkom kookom mushum moosum nohkom nohkum nokum
    step-dad step-mom step-father step-mother step-son step-daughter step-sister step-brother
    ningiuq ningiuk panik irniq sauniq nuliaq angajuk nukaq aippaq ittuq gramma grampa
    """
)

# Family and partners in both languages, without the table's labels that KIN also holds
# ("youth", "client"): "la mère claire", "baby waaseyaa", "c'est aimé le grand-père".
FAMILY = RELATIVES | _words(
    """
    baby bébé chum blonde boyfriend girlfriend bf gf conjoint conjointe partner ex mère mere
    père pere fille fils grand-mère grand-père grand-maman grand-papa belle-mère beau-père
    demi-frère demi-soeur demi-sœur marraine parrain grand-mere grand-pere belle-mere
    beau-pere demi-frere common-law
    """
)

# A street's type as chat abbreviates it ("on Jane st"), and spelled out ("Prince Street")
STREET_ABBREVIATIONS = _words("st rd ave blvd cres dr")
STREET_TYPES = STREET_ABBREVIATIONS | _words("street avenue road drive way hwy")

# What is done to a will, the document: "Will was signed last year".
TESTAMENT = _words("signed drafted read contested probated changed updated witnessed notarized")
# "is"/"was"/"est": what joins a name to who the person is ("dad is rocky").
IS_WAS = _words("is was est")
# Words between a name's possessive and the relative: "Tanner's little sister",
# "Misty's new worker".
KIN_SIZES = _words(
    "little big older younger baby oldest youngest twin new old ex late current former foster"
    " bio biological birth"
)

# Verbs that follow a person.
PERSON_VERBS = _words(
    """
    a admits admitted agreed agrees allait and's appeared appears arrived arrives owes breached
    assaulted attended attends aurait avait called calls came can can't cannot comes identifies
    consomme continues could declined declines demeure denied denies didn't disclosed
    discloses dit doesn't drank drinks est etait frequente fréquente gets goes got
    habitait habite had has hasn't is isn't left lived lives missed misses moved moves
    n'a n'est needed needs presented presents ran refusait refuse refused refuses
    remains reported reports restait reste returned returns runs s'est said says se sera
    serait should showed shows skipped spends spent stated states stayed stays takes
    tells texted threatened told took used uses va vit vivait wanted wants was wasn't
    went will won't would était veut voulait
    appelle texte mange parle crie pleure fugue boit travaille menace frappe vole vend
    prefers thinks feels knows sent sends reached reaches messaged checked emailed emails
    turned walked phoned answered asked asks tried tries keeps kept fled disappeared
    overdosed slept stole punched yelled screamed cried rôde rôdait
    gives gave sells sold brings brought buys bought drives parks parked
    roule conduit arrêté arrêtée libéré libérée relâché relâchée hospitalisé
    hospitalisée incarcéré incarcérée disparu disparue
"""
)

# Verbs that after an everyday-word name ("Grace", "Hunter") still mean a person.
SUBJECT_VERBS = _words(
    """
    admitted agreed attended consomme declined demande denied disclosed dit frequente identifies
    fréquente habite lived lives refuse refused reported said says stated states tells
    texted threatened told took takes stole punched came went showed turned kicked threw
    grabbed yelled broke picked dropped brought drove wanted sent assaulted checked posted
    shared messaged hits beats hurts slapped choked pushed shoved drinks sells deals breached gave
"""
)

# Words that make a capitalised run the name of a place or organisation.
# "Dr. Cooke Extended Care": "Care" heads a care home's name after one of these
KINDS_OF_CARE = _words("extended continuing palliative respite personal long-term")
INSTITUTION = _words(
    """
    academy accueil agency apartments apts arena association auberge authority ave avenue
    campground campgrounds funéraire funeraire
    band bar bay carrefour mission chemin haven cvi holdings properties property rentals twp
    management realty stadium
    immeubles immobilier immobilière gestion habitations
    blvd boul boulevard bridge building bureau center centre centre-ville church clinic
    clinique club coalition college collegiate collège commission community conseil
    council court court's creek crescent daycare dam department dept dr drive ecole elementary field
    primary fields foods foundation foyer gardens grounds hall heights high hopital lhopital
    hospital hotel house hub hôpital inn institute lac lake lane library lodge maison mall manor
    manoir
    yoh gamik kamik way complexe biblio érablière
    garderie market ministry motel municipalité nation nations network office parc park
    pavillon place plaza polyvalente pool preschool program programme project pub quartier
    rd refuge reserve
    residence residences restaurant rink river rivière road rue régie résidence school
    schools secondary secteur service services shelter society st station store street
    table tavern team tower towers trail unit university valley villa village ville ward wing room
    établissement détention pénitencier aumônerie
    école église
    haven homes cafe café bakery boulangerie pharmacy pharmacie dépanneur garage salon
    shop boutique taxi cabs transport transports construction inc ltd ltée enr corp
    ministries outreach friendship institut clsc cégep cegep chapel chapelle temple mosque
    mosquée synagogue gym aréna sd division district board mrc cisss ciusss chsld cpe css
    csss omh hlm rpa fort ft children general line baie health point pointe marché autoroute
    métro metro stn pizza pizzeria diner grill bistro deli variety laundromat cantine sportsplex
    stade piscine rues mine mont settlement véloroute sentier mikan home édifice edifice chenal
    correctional institution penitentiary detention remand jail prison healing police housing
    complex arena square ps ss ci hs es catholic state coop coopérative mountain cres rec
    bibliothèque library colisée coliseum amphithéâtre dental dentaire smiles physio chiro
    headquarters detachment courthouse memorial works chu campus académie
    pont rang montée aéroport carré connection connections traversier
    promenade terrasse canal pier wharf quai plage hospice esplanade boardwalk courts airport
    salle gymnase legion lutheran presbyterian anglican baptist pentecostal united branch
    ilinniarvik
    harbour harbor cove brook pond island falls bight plains mount consolidated intermediate
    papetière papeterie usine scierie fonderie moulin pourvoirie pourvoiries véloroute
    county comté township île ile isle corporation federation fédération chc pkwy parkway expy
    wellness campus cc darbar gurdwara masjid mandir beach plage
    hwy casino elem festival pilgrimage usine comptoir gmf
    fellowship tabernacle parish paroisse middle ymca ywca chantier museum musée gallery galerie
    forum pavilion
"""
)

PREFIX_PLACES = (
    "saint-",
    "sainte-",
    "st-",
    "ste-",
    "st.",
    "mont-",
    "lac-",
    "pointe-",
    "rivière-",
    "notre-",
    "val-",
    "port-",
    "fort-",
    "île-",
    "ile-",
    "baie-",
    "cap-",
    "anse-",
    "pont-",
    "havre-",  # "Havre-Aubert", "Havre-Saint-Pierre"
    "grande-",  # "Grande-Entrée", "Grande-Rivière"
)

# People are named after a role word, never after "the Royal", "la Maison", "le Café".
ROLES = _words(
    """
    worker teacher principal counsellor counselor student youth intervenant intervenante
    enseignant enseignante directeur directrice élève travailleur travailleuse parent
    parents guardian staff manager supervisor caseworker landlord tenant neighbour doc nurse
    coach elder elders prescriber pharmacist pharmacien pharmacienne
    carrier courier clerk postie facteur factrice commis guard brigadier brigadière girl boy
    realtor courtier courtière plumber plombier locksmith serrurier groomer barber barbier
    coiffeuse coiffeur teller server serveur serveuse steward bartender waiter waitress
    dentist dentiste denturist denturologiste hygienist hygiéniste receptionist réceptionniste
    physio chiro couturière couturier tailleur tailor tatoueur tatoueuse contractor electrician
    électricien électricienne roofer technician technicien technicienne installer installateur
    exterminator exterminateur
    lawyer avocat avocate notary notaire paralegal bailiff huissier huissière sheriff shérif
    mover déménageur conseillère conseillere
    """
)

# A person's crowd: "la gang à Poirier", "Tyson's crew"
CREWS = _words(
    "crew gang homies buddies boys friends associates bande chums ones babies gars clique"
)

# What a person has that a note asks for: "le cell de layal", "le numéro à Steeve"
CONTACT_THINGS = _words(
    "cell cellulaire numéro téléphone courriel snap insta compte phone number email address"
)

# Words that join two names: "Will and Grace", "Prudence et Patience".
# "pis": the "and" of Québécois speech; "n": chat's ("pudgy n his cousin raven")
CONJUNCTIONS = _words("and et & pis n")
# The four directions, in English and French: "up north", "le Nord", "south of Eston"
# Where someone is or goes by a name: "the girl in the video", "Shorty on the street and jp
# at home", "dans la rue"
WHERE = _words("on at in online from with near behind outside inside by à au sur dans chez avec")
COMPASS = _words("north south east west nord sud est ouest")

# Where a chat message names its addressee: at its start, after a greeting or "cc".
ADDRESSING = re.compile(
    r"(?:^|[\n.!?]\s*|\b(?:cc|thx|thanks|thank you|ty|tysm|tyvm|merci|hi|hey|bonjour|salut|lol|"
    r"ok|oui|yes|no|non|nope|yep|re|hbu|wbu|fyi|pls|please|sorry|allo|hello|morning)[\s,:]*"
    # "@Amir @Chantal whichever of you", "@amy.tbdss + @rob.nnec - can one of you"
    r"|(?:^|[\n.!?]\s*)(?:@[\w.-]+(?:[\s,]+|\s*[+&/]\s*|\s+(?:and|et)\s+))+)\s*[\"'“(]?$",
    re.IGNORECASE,
)

# "her", "son", "leurs": whose something is, in the third person
POSSESSIVES = _words("his her their sa son ses leur leurs")

# The days of the week, which are given names too ("Sunday", "Monday"): "the Thursday draw"
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
# Months, weekdays and holidays: never the name after a title ("her sister Thursday")
CALENDAR = _words(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays
    mon tue tues wed thu thur thurs fri sat sun janvier février mars
    avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi
    jeudi vendredi samedi dimanche noël christmas easter pâques halloween thanksgiving
    """
)

# Words before a noun: after one, an everyday word that is also a name is the word.
DETERMINERS = _words(
    """
    a an the this that these those our their its my your every each some any no
    le la les l un une des du au aux ce cet cette ces mon ma mes ton ta leur leurs
    notre votre chaque
"""
)

# Verbs of coming from somewhere: "arrivé de France", "moved from Pelican Narrows"
CAME_FROM = _words(
    """
    venue venu venus venues arrivé arrivée arrivés arrivées originaire originally moved
    relocated déménagé déménagée appelé appelée called calling phoned vient viennent venait
    venaient arrive arrivent revient revenu revenue arrivant venant provenant revenant
    """
)

# How the adjectives of peoples and languages end ("Irish", "French", "Somalian").
NATIONALITY_ENDINGS = ("ish", "ian", "ese", "ean", "an", "ic", "ch", "ais", "aise", "ien", "ienne")

# Modal verbs, which open a question before a name ("Will Little Bear come?")
MODALS = _words("will may can would could should might must shall did")
# Telling someone something, and what comes after the person told: "told benonie we'd call
# him", "dont tell chase where im staying".
TOLD = _words("told tell tells reminded asked ask texted")
TOLD_WHAT = _words(
    """
    we we'd we'll i i'd i'll i'm im he he'd she she'd they they'd you that to not about where
    when what how
    """
)

# Vietnamese surnames that are French or English words ("Mme Le", "Nguyen, Tran, Le"): only
# capitalised, after a title or among other names.
SHORT_SURNAMES = frozenset(("Le", "Lê", "Ly", "Lý", "Do", "Đỗ", "Ha", "Hà", "To", "Tô", "Ma"))

# Dene and Métis family names that are French month and weekday names: "Janvier said"
CALENDAR_SURNAMES = _words("janvier mercredi")

# What someone says or asks: "kokum Kitchen says", "Janvier said he'd be there"
SAYS = _words("says said told tells asked asks wants called texted dit disait veut")

# Chains whose stores reps name by a corner or a street: "the Shoppers at Broadway & Main",
# "the Tims on Lasalle" (a regex fragment, matched ignoring case; not a bare "Tim", a name)
CHAINS = (
    r"tim\s+hortons|tims|timmies|mcdonald['’]?s|mcdo|shoppers|couche-tard|jean\s+coutu|"
    r"dollarama|walmart|provigo|maxi|iga"
)

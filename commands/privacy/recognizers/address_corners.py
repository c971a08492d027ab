"""Street corners that pin no one. A corner is an address when it says where a person lives,
sleeps or is found ("lives at the corner of Bank and Walkley", "dort coin Ontario et
Pie-IX", "at ave p & 20th st w most nights"). The same corner is a public spot when the note
says it is nobody's of ours ("assault at the corner of Red River Rd and Algoma, victim not our
person", "aucun de nos jeunes reste là"), names it as where patrols go ("extra patrols on
Mountdale Ave and Edward St"), or heads a line about the place with no one in sight: no home,
no one person, no one's age ("Ave P and 22nd St W shelter count: 38", « coin Racine et Bégin :
rassemblement de jeunes »). A corner said alone, or only with what it is by, stays an address."""

from __future__ import annotations

import re

from commands.privacy.recognizers.cues import CHAINS

# Words more than one test below shares: where a person lives or sleeps, the shelters at a
# bus stop, and the harms outreach counts
_HOME_WORDS = (
    r"lives?|living|stay\w*|sleep(?!ing\s+bags?)\w*|slept|rents?|renting|home|house|apartment|"
    r"apt|unit|basement|habite|reste|dort|logement|chez"
)
_BUS_SHELTERS = r"bus\s+shelters?|abribus"
_HARMS = r"needles?|ods?|overdoses?|surdoses?|seringues?"  # "2 OD reversals overnight near …"

# Said in the corner's own sentence: the people there are not the table's, or do not live there
_NOT_OURS = re.compile(
    r"\b(?:not\s+(?:our|one\s+of\s+our|related\s+to\s+(?:our|the|any))\s+(?:\w+\s+)?"
    r"(?:person|people|youth|client|kid|sits?|situations?|family)"
    r"|none\s+(?:\w+\s+){0,2}as\s+our|no\s+sits?\s+affected"
    r"|(?:doesn['’]?t|does\s+not|don['’]?t|do\s+not|didn['’]?t)\s+live\s+(?:there|here)"
    r"|not\s+where\s+(?:she|he|they|anyone|anybody|someone)\s+lives?"
    r"|not\s+(?:a|her|his|their)\s+(?:home|residence)"
    r"|aucun(?:e)?\s+de\s+nos|(?:reste|restent|habite|habitent)\s+pas\s+là"
    r"|pas\s+(?:notre|nos|un\s+de\s+nos|une\s+de\s+nos)\s+"
    r"(?:jeunes?|clients?|personnes?|usagers?|gens)"
    r"|not\s+ours\b(?!\s+to\b)|pas\s+(?:le|la|les)\s+n[ôo]tres?\b"  # "… fire inspection, not ours"
    r"|unrelated\s+to|none\s+identified|no\s+one\s+identified|(?:aucun|pas\s+de)\s+lien\s+avec"
    r"|pas\s+li[ée]e?s?\s+[àa]\s+(?:nos|notre)|not\s+(?:linked|tied|connected)\s+to\s+(?:our|any)"
    r"|not\s+a\s+sit(?:uation)?\b|pas\s+une\s+sit(?:uation)?\b"
    r"|not\s+a\s+residence|pas\s+une\s+r[ée]sidence|public\s+(?:areas?|spaces?|spots?|places?))",
    re.IGNORECASE,
)
# Someone a corner heading its sentence could pin, said there or in the sentence before: a
# person, or where one lives, sleeps or was found. Without one the corner is where something
# happened ("Ave P and 22nd St W shelter count: 38", "Idylwyld Dr & 20th St W is the busy spot").
_SOMEONE = re.compile(
    r"\b(?:she|he|her|him|his|they|them|their|youth|kid|kids|teen|girl|boy|client|mom|dad|mother|"
    r"father|family|son|daughter|brother|sister|girls|boys|teens|youths|women|men|ados|herself|"
    r"female|male|guys|himself|maison|floor|[ée]tage|door|porte|dorm\w+|aunt|auntie|uncle|"
    r"grand\w+|kokum|cousin|friend|"
    r"partner|bf|gf|guy|man|woman|lady|person|people|victim|suspect|il|elle|lui|ils|elles|sa|son|"
    r"ses|leur|jeune|jeunes|ado|client\w*|m[èe]re|p[èe]re|famille|fille|fils|gars|dame|monsieur|"
    r"madame|homme|femme|usag\w+|seen|found|spotted|picked|dropped|hang\w*|camp\w*|moved|met|"
    r"restent|vu|vue|trouv[ée]\w*|tra[îi]n\w*|vit|demeure|install[ée]\w*|appart\w*|"
    r"(?<!point\sde\s)rencontr\w+|s['’]?tien\w*|\w+['’]s|" + _HOME_WORDS + r")\b",
    re.IGNORECASE,
)
_PATROLLED = re.compile(
    r"\b(?:patrols?|patrouilles?|foot\s+patrol|sweeps?)\s+(?:\w+\s+)?(?:on|along|at|near|sur|au|"
    r"coin)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Le dépanneur au coin de …", "the Shoppers at Broadway & Main", "the bus shelter at …"
_SHOP_AT = re.compile(
    r"\b(?:d[ée]panneur|stores?|shops?|pharmac\w+|restaurant|caf[ée]|gas\s+station|garage|"
    r"[ée]picerie|station-service|"
    + CHAINS
    + "|"
    + _BUS_SHELTERS
    + r")\s+(?:(?:du|au|at\s+the|on\s+the|on|at)\s+)?$",
    re.IGNORECASE,
)
# Where the writer's own workplace stands: "on peut recevoir un intervenant au salon, on est au
# coin de Saint-Denis et Jean-Talon", "we're at Main and Higgins, open till 6"
_WE_ARE_AT = re.compile(
    r"\b(?:on\s+est|nous\s+sommes|we['’]re|we\s+are|(?:our|notre)\s+(?:salon|shop|store|office|"
    r"clinic|bureau|boutique)\s+(?:is|est))\s+(?:located\s+|situ[ée]s?\s+)?(?:at\s+(?:the\s+)?)?$"
    # "Crossing guard at 22nd St and Avenue W flagged…", « La brigadière au coin de … »: a post
    r"|\b(?:crossing\s+guard\s+(?:at|on)\s+(?:the\s+)?|brigadi[eè]re?(?:\s+scolaire)?\s+(?:au\s+|à\s+)?)$",
    re.IGNORECASE,
)
# a corner: two streets joined, and no civic number ("22nd" and "6th" are streets)
_JOINED = re.compile(r"\s(?:and|&|et|pis|n|@|at)\s|/|\b(?:corner|intersection|coin|angle)\b", re.I)
_CIVIC_NUMBER = re.compile(  # not "100 St and 100 Ave": numbered streets
    r"(?<![\w-])\d{1,6}(?:-\d{1,6})?[A-Za-z]?(?:\s|,)(?!\s*(?:St|Ave|Street|Avenue|Rd|Road)\b)"
)
# what may stand before a corner that heads its sentence: a bullet, "Corner of", "coin de"
_LEAD = re.compile(
    r"^[\s•*>#-]*(?:(?-i:[A-Z][\w'’.-]*)(?:\s(?-i:[A-Z][\w'’.-]*)){0,2}\s*:\s*)?"  # "Glace Bay: "
    r"(?:(?:at\s+the\s+|the\s+)?(?:corner|intersection)\s+of"
    r"|(?:au\s+|le\s+)?coin(?:\s+des\s+rues|\s+de)?|le|the)?"
    r"\s*$",
    re.IGNORECASE,
)
# what happens at a public spot: calls, counts, patrols, a hot spot
_HAPPENED = re.compile(
    r"\b(?:calls?|count|hot\s?spots?|busy|fights?|point\s+de\s+rencontre|proximit[ée]|walk|"
    r"patrols?|shelter|incidents?|complaints?|shootings?|"
    r"collisions?|crash\w*|strikes?|traffic|construction|closure|appels?|plaintes?|point\s+chaud|"
    r"achaland\w*|patrouilles?|main\s+drags?|drags?|" + _HARMS + "|"
    # public works and what a town owns there: "snow clearing", "streetlights are out"
    r"snow|plow\w*|clearing|streetlights?|potholes?|crosswalks?|sidewalks?|rentals|repairs?|"
    r"check\s?stops?|d[ée]neigement|lampadaires?|travaux|"
    # "on the new transit route", "closed for water main work", "merchants asked", "needle sweep"
    r"transit|routes?|detours?|closed|water\s+main|merchants|businesses|panhandling|"
    r"fires?|vans?|stops?|stopping|enforc\w*|landmarks?|public|cluster|loitering|speeding|"
    r"vitesse|brigadier|crossing\s+guard|drive-?bys?|break-?ins?|thefts?|vandal\w*|"
    r"tourn[ée]es?\s+de\s+rue|outreach\s+walks?)\b",
    re.IGNORECASE,
)
_HOT_SPOT = re.compile(
    r"\s+(?:is|was|are|est|sont|reste|remains)\s+(?:the|a|le|un|les)\s+(?:\d+\s+)?"
    r"(?:new\s+|nouveaux?\s+)?(?:hot\s?spots?|busy\s+spots?|points?\s+chauds?)"
    # "Jerry Potts Blvd & Whoop-Up Dr - that's the bus stop where…": a stop, no one's home
    r"|\s*[-–—,:]?\s*(?:that['’]?s|it['’]?s|c['’]est)\s+(?:the|l['’]|un|a)\s*(?:bus\s+stop|arr[êe]t)",
    re.IGNORECASE,
)
# "2 people sleeping in the bus shelter at Brock & Division, outreach notified": a count of
# people at a public structure, where outreach goes; nobody's home
_GROUP = re.compile(
    r"\b\d+\s+(?:people|persons|men|women|youths?|adults|folks|individuals|personnes|jeunes|"
    r"hommes|femmes|gens)\b",
    re.IGNORECASE,
)
_OUT_IN_PUBLIC = re.compile(
    r"\b(?:outreach|proximit[ée]|stairwells?|[ée]dicules?|m[ée]tro|cages?\s+d['’]escaliers?|"
    + _BUS_SHELTERS
    + r")\b",
    re.IGNORECASE,
)
# An outreach log's tally or where its van parks: "42 visits, 3 ODs", "warming bus parked at
# Main & Higgins", "the van stops at …"; with no home said in the sentence
_TALLY = re.compile(
    r"\b(?:\d+|two|three|four|five|six|deux|trois|quatre|cinq)\s+"  # "Trois surdoses"
    r"(?:contacts?|visits?|kits?|naloxone|doses?|tents?|mats?|meals?|referrals?|"
    r"sandwiches|pipes?|" + _HARMS + r")\b"
    r"|\b(?:warming\s+bus|mobile\s+ops)\b"
    r"|\bvans?\s+(?:\w+\s+){0,2}?(?:parks?|parked|parking|stops?|stopping|goes)\b",
    re.IGNORECASE,
)
# Where a service sets up: "mobile clinic parking at the corner of Main and Queen", « la
# clinique mobile sera au coin de … », "outreach van will be at …"; nobody's whereabouts
_SERVICE_AT = re.compile(
    r"\b(?:(?:mobile|pop-?up)\s+(?:clinic|van|unit)s?|clinique\s+mobile|unit[ée]\s+mobile"
    r"|(?:outreach|warming|harm\s+reduction)\s+(?:van|bus)\s+will"
    r"|navette|shuttle|arr[êe]t\s+le\s+plus\s+proche|nearest\s+stop)\b",  # where a bus stops
    re.IGNORECASE,
)
# Who a corner heading its sentence could pin, said there or just before: one person ("that's
# where she panhandles", « c'est là que Junior deale », "y'a un gars qui vend", "a female
# 20s"), people by their age ("2 girls approx 13-14"), sleeping or camped there, or there
# "most nights"; the youth of a place in general are no one
_SINGLED_OUT = re.compile(
    r"\b(?:she|he|her|him|his|they|them|their|shes|hes|il|elle|lui|qu['’](?:il|elle|a)|dorm\w*"
    r"|approx\w*\s+\d{1,2}|\d{1,2}\s*(?:-\s*\d{1,2}\s*)?(?:y/?o|yo|ans|years?\s+old)"
    r"|c['’]est\s+là\s+que|tents?|tentes?|most\s+nights|every\s+night|female|male|le\s+jeune"
    r"|la\s+jeune|(?:un|une|a|an)\s+(?:gars|fille|guy|girl|woman|man|femme|homme|dame|lady))\b",
    re.IGNORECASE,
)
# What follows a corner when it only says where: "corner of Ave H and 20th St, by the laundromat"
_WHERE_ONLY = re.compile(
    r"\s*,?\s*(?:by|near|behind|under|beside|outside|across\s+from|in\s+front\s+of|derri[èe]re"
    r"|pr[èe]s\s+d[eu]|à\s+côté\s+d[eu])\s+(?:the\s+|le\s+|la\s+|l['’])?[\w'’-]+(?:\s+[\w'’-]+){0,2}"
    r"[\s.!]*$",
    re.IGNORECASE,
)
_ADDRESS_LABEL = re.compile(r"\b(?:adresse|address|addr)\b", re.IGNORECASE)
_HOME_SAID = re.compile(r"\b(?:" + _HOME_WORDS + r")\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;\n](?=\s|$)")
_CHAINED_AFTER = re.compile(r"\s*/\s*(?![\w ]+:)[A-Z0-9]")  # not " / Subject: …", a new line
_CHAINED_BEFORE = re.compile(r"[\w.]\s*/\s*$")

# "at Main/Higgins", "at Main & Higgins", "au Ste-Catherine/Papineau": two street names
# joined by a slash or an ampersand; not "a building near Jane & Finch", a neighbourhood
SLASH_CORNER = (
    r"(?:(?<=\bat\s)|(?<=\bau\s)|(?<=\bcoin\s)|(?<=\bon\s)|(?<=@\s))"
    r"(?!(?i:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)[a-z]*\b)"  # "on Tues/Thurs"
    r"(?!(?i:snap|insta|tiktok|facebook|discord|twitter|youtube|messenger|whatsapp)[a-z]*\b)"
    r"(?-i:(?:Ste?-)?[A-Z][a-zà-ÿ'’.]+(?:-[A-Z][a-zà-ÿ]+)*(?:/|\s&\s)(?:Ste?-)?[A-Z][a-zà-ÿ'’.]+"
    r"(?:-[A-Z][a-zà-ÿ]+)*)"
)
# Two numbered streets where they meet: "118 Ave and 95 St", "50th St & 49th Ave"
_NUMBERED = (
    r"\d{1,3}(?:st|nd|rd|th)?\s(?:St|Ave)\.?\s(?:and|&)\s\d{1,3}(?:st|nd|rd|th)?\s(?:St|Ave)\b"
)
# A numbered street typed in lower case or with its side, then a named or numbered one:
# "5th ave n and Broadway"; Saskatoon's lettered avenues: "Ave R S and 20th"
_NUMBERED_SIDED = (
    r"\d{1,3}(?:st|nd|rd|th)\s(?i:st|ave)\.?(?:\s(?i:[nsew]))?\s(?:and|&)\s"
    r"(?:[A-Z][a-z]{3,}|\d{1,3}(?:st|nd|rd|th))"
    r"|(?i:ave|avenue)\s[A-Z](?:\s[NSEW])?\s(?:and|&)\s\d{1,3}(?:st|nd|rd|th)(?:\s(?i:st|street))?"
)
# A typed street, then the one it meets: "Red River Rd and Algoma", "Division St at Concession"
_TYPED_AT = (
    # "La Ronge Ave and Hwy 2": a short particle first, a highway second
    r"(?-i:(?:(?:La|Le|De|St)\s)?[A-Z][A-Za-z]{2,}(?:\s[A-Z][a-z]+)?\s(?:St|Rd|Ave|Dr|Blvd|Trail)\.?"
    r"\s(?:and|&|at)\s"
    r"(?:(?:Hwy|Highway)\s?\d{1,3}\b|[A-Z][A-Za-z]{2,}|\d{1,3}(?:st|nd|rd|th))"
    r"(?:\s(?:St|Rd|Ave|Dr|Blvd)\b\.?)?)"
)
# "hanging out at Selkirk and McGregor most nights": two bare street names joined by "and",
# where someone is found again and again, or lives
AND_CORNER = (
    r"(?:(?:(?<=\bat\s)|(?<=\bnear\s))(?-i:[A-Z][A-Za-z]{2,}\s+and\s+[A-Z][A-Za-z]{2,})"
    # "a ride from Sunnybrae and Hwy 1 where she's been staying": a highway second
    r"|(?:(?<=\bat\s)|(?<=\bnear\s)|(?<=\bfrom\s))(?-i:[A-Z][A-Za-z]{2,}\s+(?:and|&)\s+"
    r"(?:Hwy|Highway)\s?\d{1,3})(?=,?\s+where\s)"
    # "the bus shelter at Victoria and 2nd Ave where he sleeps": an ordinal street second,
    # only before where someone sleeps (not "hangs out at … Victoria and 3rd most evenings")
    r"|(?:(?<=\bat\s)|(?<=\bnear\s))(?-i:[A-Z][A-Za-z]{2,}\s+and\s+\d{1,3}(?:st|nd|rd|th)"
    r"(?:\s(?:St|Ave)\b\.?)?)(?=,?\s+where\s)"
    # "the fridge on McGee St at Ness where the woman sleeps"; not "on Discord and Twitch"
    # "gets on at the Cedar Valley Rd and 7th stop where she stays": a bus stop there
    r"|(?:(?<=\bat\s)|(?<=\bnear\s)|(?<=\bon\s)|(?<=\bat\sthe\s))" + _TYPED_AT + r")(?!['’\w])"
    # "at Broadway and Bay by the liquor store most afternoons", "at Front and Fourth these days"
    r"(?=,?\s+(?:by|behind|near)\s+the\s+(?:[\w-]+\s+){1,2}?with\b"  # "…behind the Foodland with"
    r"|,?\s+(?:(?:by|behind|near)\s+the\s+(?:[\w-]+\s+){1,2}?)?(?:most|every|around|after|late"
    r"|overnight|nightly|daily|at\s+night|these\s+days|all\s+day|all\s+night"
    r"|in\s+the\s+(?:mornings|evenings|afternoons|nights))\b"  # "usually at … in the mornings"
    # "ping near Ouellette and Giles where she used to stay": where someone lived, said next
    # "at Hastings and Main where he's been sleeping"
    # "taxi drop-off at Pitt and Second (where she hangs out most nights)"
    r"|(?:\s+(?:bus\s+)?stop)?,?\s+\(?where\s+(?:she|he|they|\w+)(?:['’](?:s|re|d))?\s+"
    r"(?:\w+\s+){0,3}?(?:lived|lives|stay\w*|sle[ep]\w*|crash\w*|hangs\s+out)\b"
    # "stays with Big Mike at Simcoe and Athol, the green house": the home, said next
    # "mom at Walker and Young (the upstairs over the laundromat)"
    r"|(?:,\s+|\s+\(\s*)the\s+(?:\w+\s+)?(?:house|home|place|building|apartment|duplex|trailer|"
    r"upstairs|downstairs|basement)\b"
    # "wellness check at Pim and Wellington — he lives in the walk-up on that corner"
    r"|\s*[,;—–-]\s*(?:he|she|they)\s+(?:lives|stays|sleeps)\s+(?:in|at)\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:on|at)\s+(?:that|the)\s+corner\b"
    # "the man at Dundas and Ontario — he's sleeping in the shelter there every night now"
    r"|\s*[;—–-]\s*(?:he|she|they)(?:['’]s|\s+is|\s+are|['’]re)\s+(?:sleeping|staying|living)"
    r"\s+(?:in|at|under)\s+the\s+(?:[\w-]+\s+){0,2}?there\b)"
)

# « reparti vers Ontario et Pie-IX, où il couche chez des amis »: the corner where someone sleeps
WHERE_SLEEPS_CORNER_FR = (
    r"(?:(?<=\bvers\s)|(?<=\bau\s)|(?<=\bà\s)|(?<=\bcoin\s)|(?<=\bprès\sde\s))"
    r"[A-ZÀ-Ý][\w'’-]{2,}\s+et\s+[A-ZÀ-Ý][\w'’-]{2,}(?![\w'’-])"
    r"(?=\s*,?\s+(?:là\s+)?où\s+(?:il|elle|ils|elles)\s+(?:\w+\s+){0,2}?"
    r"(?:dort|dorment|couche|couchent|reste|restent|habite|habitent|vit|vivent|squatte)\b)"
)

# « le locataire de Jarry et Pie-IX », "the tenant at Elm and Victoria": a tenant's home
TENANT_CORNER = (
    r"\b(?i:locataires?|tenants?)\s+(?i:de|du|at|on)\s+(?P<addr>[A-ZÀ-Ý][\w'’-]{2,}\s+"
    r"(?:et|and|&)\s+[A-ZÀ-Ý][\w'’-]{2,})(?![\w'’-])"
)

# "gave Spadina and Queens Quay as where we could find him": a corner given as where to find
# someone
GIVEN_CORNER = (
    r"(?<=\bgave\s)(?-i:[A-Z][A-Za-z]{2,}(?:\s[A-Z][a-z]+)?\s+(?:and|&)\s+[A-Z][A-Za-z]{2,}"
    r"(?:\s[A-Z][a-z]+)?)(?=\s+as\s+(?:where|the\s+(?:place|spot|corner))\b)"
)

# "says he sleeps at Rideau and Nicholas.", "been sleeping at Dundas and Adelaide behind the
# church": two bare street names where someone sleeps or stays, the place they are found
SLEPT_CORNER = (
    r"\b(?i:sleeps?|sleeping|slept|stays?|staying|stayed|camps?|camping|camped|crashing|"
    # "found Jolene at Aberdeen and Salter at 2am", "back at his spot at Main and Higgins",
    # "couch surfing at a cousin's by Selkirk and McGregor", "lives w his grandma at Burrows
    # and McGregor", "he's probably at his brother's at Mountjoy and Tenth"
    r"crashes|found|spotted|seen|located|surfing|(?:his|her|their|usual)\s+spot|lives|living|"
    r"sitting|hangs(?=\s+around\s)|"  # "he's sitting at Queen and Peel now"
    r"(?:he|she|they)['’](?:s|re)\s+usually(?=\s+around\s)|"
    r"(?:his|her|their|the)\s+(?:tent|camper)(?=\s+(?:at|by|off)\s)|"  # "still in the tent off …"
    r"last(?=\s+(?:at|by)\s)|"  # "kicked out by roommate. last at Prince and Queen"
    r"resides|(?:his|her|their)\s+[a-z]+['’]s(?=\s+(?:place\s+|house\s+)?(?:at|by|on)\s)|"
    # "couchsurfing at his uncle Wayne's at Robinson and 5th"
    r"(?:his|her|their)\s+[a-z]+\s+[A-Z][a-z]+['’]s(?=\s+(?:place\s+|house\s+)?(?:at|by|on)\s))"
    # "sleeping around Main and Hastings"; not "last seen around Simcoe & Bond", an area
    # "sleeping in a tent in the trees off 92 St and 100 Ave": "off" the corner too
    # "he's usually around Rideau and Nelson", "staying around Main and Higgins"
    # "sleeping at her cousin's near Pembina and Chancellor tonight": "near" a relative's place
    # or where someone sleeps; not "lives near Gerrard and Broadview", a neighbourhood
    r"\b[^.\n;:,]{0,50}?\b(?:at|by|off"
    r"|near(?:(?<=['’]s\snear)|(?<=sleeping\snear)|(?<=sleeps\snear))"
    r"|around(?:(?<=sleeping\saround)|(?<=sleeps\saround)"
    r"|(?<=staying\saround)|(?<=usually\saround)|(?<=hangs\saround))"
    # "on Division St at Concession", "at her mom's on 4 Ave and 54 St"; not "on Discord and …"
    r"|on(?=\s(?:" + _TYPED_AT + "|" + _NUMBERED + "|" + _NUMBERED_SIDED + r")))\s+"
    r"(?P<addr>[A-ZÀ-Ý][A-Za-zà-ÿ]{2,}\s+(?:and|&)\s+[A-ZÀ-Ý][A-Za-zà-ÿ]{2,}|"
    r"(?<=['’]s\sat\s)[A-Z][A-Za-z]{2,}\s+and\s+\d{1,3}(?:st|nd|rd|th)\b|"  # "Wayne's at … and 5th"
    # "staying at Red River Rd and Algoma in a doorway": one street typed
    + _TYPED_AT
    # "sleeping in the vestibule … at 118 Ave and 95 St": Edmonton's numbered streets
    + "|"
    + _NUMBERED
    + "|"
    + _NUMBERED_SIDED
    + ")"
    r"(?![\w'’-])(?!\s+(?-i:[A-Z]))"
)

# "Cedar and Fifth - that's where he sleeps", « Racine et Bégin, c'est là qu'elle dort »: a
# corner opening its sentence, then said to be where someone lives or sleeps
WHERE_CORNER = (
    r"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?P<addr>[A-ZÀ-Ý][A-Za-zà-ÿ'’-]{2,}\s+(?:and|&|et)\s+"
    r"[A-ZÀ-Ý][A-Za-zà-ÿ'’-]{2,})\s*[-–—,:]\s*(?i:that['’]?s|it['’]?s|c['’]est)\s+"
    r"(?i:where|là\s+(?:où|que|qu['’]))\s*(?:\w+\s+){0,2}?"
    r"(?i:lives|sleeps|stays|crashes|camps|dort|habite|reste|couche|vit)\b"
)

# "back in the cells overnight. same corner, 50 Ave & 50 St", "found him at his usual spot,
# Kingsway Ave and Dunmore Rd": the corner where someone is found again and again
SPOT_CORNER = (
    r"\b(?i:same|usual|regular)\s+(?i:corner|spot)\s*[,:—–-]\s*(?P<addr>"
    + _NUMBERED
    + "|"
    + _TYPED_AT
    + r"|(?-i:[A-Z][A-Za-z]{2,}\s+(?:and|&)\s+[A-Z][A-Za-z]{2,}))(?!['’\w])"
)

# "sleeps near the Murdoch/Perreault corner most nights": where someone lives or sleeps,
# two street names, then the word for where they meet (not "the Cumberland & Rideau corner
# has cameras now", a landmark)
NAMED_CORNER = (
    r"\b(?i:lives?|living|stays?|staying|stayed|sleeps?|sleeping|slept|camps?|camping|"
    r"squatting|crashing|hanging|hangs)\s+(?:\w+\s+){0,2}?(?i:at|near|by|on|off|around)\s+the\s+"
    # "hanging around the Main and 1st Ave corner": a numbered avenue second
    r"(?P<addr>[A-Z][\w'’-]+\s*(?:/|&|and)\s*(?:[A-Z][\w'’-]+|\d{1,3}(?:st|nd|rd|th)\s(?:St|Ave)\b))"
    r"(?=\s+(?i:corner|intersection)\b)"
)


def public_corner(text: str, start: int, end: int) -> bool:
    """Whether an address found at ``start:end`` is a corner, and a public spot no one's."""
    value = text[start:end]
    if not _JOINED.search(value) or _CIVIC_NUMBER.search(value):
        return False  # a home's civic number, a lot, a house number: no corner
    if _PATROLLED.search(text, max(0, start - 40), start):
        return True
    chained = _CHAINED_AFTER.match(text, end) or _CHAINED_BEFORE.search(text, start - 4, start)
    if "/" in value and chained:
        return True  # "Water St / Duckworth St / George St": three streets or more, an area
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    opens = before[-1] if before else 0
    closes = after.start() if after else len(text)
    if _SHOP_AT.search(text, opens, start) and not _SOMEONE.search(text, opens, closes):
        return True  # "Le dépanneur du coin de Saint-Pierre et Frontenac signale des vols"
    if _WE_ARE_AT.search(text, opens, start):
        return True  # "on est au coin de Saint-Denis et Jean-Talon": the writer's workplace
    if _NOT_OURS.search(text, opens, closes) or _HOT_SPOT.match(text, end):
        return True  # "… pas nos gens", "Nicol and Terminal is the new hot spot for calls"
    if _GROUP.search(text, opens, closes) and _OUT_IN_PUBLIC.search(text, opens, closes):
        return True  # "coin Saint-Denis et Ontario : 4 personnes dorment dans l'édicule du métro"
    if _TALLY.search(text, opens, closes) and not _HOME_SAID.search(text, opens, closes):
        return True  # "PHS mobile OPS at Hastings & Columbia, 42 visits, 3 ODs"
    if _SERVICE_AT.search(text, opens, start) and not _SOMEONE.search(text, opens, closes):
        return True  # "la clinique mobile sera au coin de Laurier et Saint-Laurent, 9h à midi"
    if _LEAD.sub("", text[opens:start]):
        return False  # "Truck parked overnight at Main/Higgins": where, said mid-sentence
    if not text[end:closes].strip(" \t,;:—–-"):
        return False  # "corner of Ouellette and Wyandotte": the corner alone answers "where?"
    window = before[-2] if len(before) > 1 else 0
    if not (
        _HOME_SAID.search(text, opens, closes)
        or _SINGLED_OUT.search(text, window, closes)
        or _ADDRESS_LABEL.search(text, opens, start)
        or _WHERE_ONLY.match(text[end:closes])
    ):
        return True  # "coin Racine et Bégin : rassemblement de jeunes": a topic, no one's home
    if not _HAPPENED.search(text, opens, closes):
        return False  # "Corner of Ave H and 20th St, by the laundromat": where, not what
    return not (_SOMEONE.search(text, window, start) or _SOMEONE.search(text, end, closes))

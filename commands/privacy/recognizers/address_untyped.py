"""Street addresses written without their type, or with it first: "au 2245 Bélanger", "she's
at 4-210 Elm now", "241 Elm W #4", "1450 Kingsway, unit 3", "lives at 55 Maple", "18 Via
Borghese", "1720 H St". A bare civic number and a capitalised word are an address only beside
what makes them one: "au", a unit, a compass letter, a residence cue. ``addresses`` compiles
these with its own patterns."""

from __future__ import annotations

# "Il reste au 2245 Bélanger", "rendue au 1345 Côte-Vertu": in French "au" before a civic
# number and a capitalised name is a street address, written without its type
AU_CIVIC = (
    # not "au 811 Info-Social", "au 911": a help line's number
    r"(?<![\w'’])(?:au|aux)\s+(?![2-9]11\b|988\b)(?P<addr>\d{1,5}(?![eE]\b)[A-Za-z]?\s+"
    # not "au 4 Ouest", "au 6e Nord": a hospital's wing
    r"(?!(?:Nord|Sud|Est|Ouest|North|South|East|West|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|"
    r"Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche|Ans?|Jours?|Mois|Heures?|Fois)\b)"
    r"[A-ZÀ-Ý][a-zà-ÿ'’]{2,}(?:-[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ'’]+)*)(?![\w'’-])"
)
# "18 Via Borghese, Woodbridge": Vaughan's Italian street names put the type first
VIA_STREET = (
    r"(?<![\w$.,/:-])\d{1,5}[A-Za-z]?\s+(?-i:Via|Viale)\s+(?-i:[A-Z][a-zà-ÿ'’]+)"
    r"(?:\s+(?-i:[A-Z][a-zà-ÿ'’]+))?"
)
# "staying at 1720 H St, Blaine WA": a lettered street
LETTER_STREET = r"(?<![\w$.,/:-])\d{1,6}\s+(?-i:[A-Z])\s+(?i:st|street|ave|avenue)\b\.?"
# "she's at 4-210 Elm now", "apt 5-340 Kingsway": a unit and a civic number joined by a
# hyphen, then a street
UNIT_CIVIC_BARE = (
    r"(?:(?<=\bat\s)|(?<=\bau\s)|(?<=\b[Aa]pt\s)|(?<=\b[Aa]pt\.\s)|(?<=\b[Uu]nit\s)"
    r"|(?<=\b[Aa]pp\.\s)|(?<=\b[Ss]uite\s))\d{1,4}(?:-|\s-\s)\d{1,6}\s+"  # "Suite 12 - 88 Donald"
    r"(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Lun|Mar|"
    r"Mer|Jeu|Ven|Sam|Dim)[a-z]*\b)(?-i:[A-Z][a-z]{2,})\b"
)
# "241 Elm W #4", "55 King E, apt 4": a street written without its type, then a compass
# letter and a unit
COMPASS_UNIT = (
    r"(?<![\w$.,/:-])\d{1,5}[A-Za-z]?\s+(?-i:[A-Z][a-zà-ÿ'’]{2,}(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*"
    r"(?:\s+[A-Z][a-zà-ÿ'’]{2,})?)\s+"  # "412 Notre-Dame E., #3"
    r"(?-i:N|S|E|W|NE|NW|SE|SW)\.?"
    r"(?:,?\s*#\s*\d{1,5}[A-Za-z]?|,?\s*(?:unit|apt|app|suite)\.?\s*#?\s*\d{1,5}[A-Za-z]?)\b"
)
# "picked her up at 1055 Wellington W outside the Dollarama": the compass letter closes it
COMPASS_END = (
    r"(?<![\w$.,/:-])\d{1,5}[A-Za-z]?\s+[A-Z][a-zà-ÿ'’]{2,}(?:\s+[A-Z][a-zà-ÿ'’]{2,})?\s+"
    r"(?:N|S|E|W)\b(?![.'’-]?\w)(?=\s+[a-z]|\s*[,.;)]|\s*$)"
)
# "1450 Kingsway, unit 3": a one- or two-word street without its type, then a unit; « au
# 1600, The Kingsway, chambre 14 »: French puts a comma after the civic number
UNIT_AFTER = (
    r"(?<![\w$.,/:-])(?:\d{1,6}|(?<=\bau\s)\d{1,6},)\s+(?-i:(?:The\s+)?[A-ZÀ-Ý][a-zà-ÿ'’]+"
    r"(?:-[A-ZÀ-Ý]?[a-zà-ÿ'’]+)*(?:\s[A-Z][a-zà-ÿ'’]+)?),?\s+"  # "4520 Saint-Denis, apt 6"
    r"(?:unit|apt|suite|app\.?|appartement|logement|chambre|#)\s*#?\s*\d{1,5}[A-Za-z]?\b"
)
# "its 2nd floor at 417 kingsway, apt 12": chat types the street in lower case, then the unit
LOWER_UNIT_AFTER = (
    r"(?:(?<=\bat\s)|(?<=\bau\s))\d{1,5}[a-z]?\s+(?!(?:étage|etage|floor|flr|niveau|level)\b)"
    r"[a-zà-ÿ]{3,}(?:\s[a-zà-ÿ]{3,})?,?\s+"  # not "au 3e étage, suite 300": a floor
    r"(?:unit|apt|suite|app\.?|appartement|#)\s*#?\s*\d{1,5}[a-z]?\b"
)
# "lives at 55 Maple", "moving to 77B Dufferin", "habite au 45 Principale": a residence
# cue, a civic number and a street written without its type
# "the unit over the pizza place, 1214B Kingsway": a street whose name is its type; not "2
# Janeway admissions", a count of stays at a hospital
WAY_STREET = (
    r"(?<![\w$.,/:-])\d{1,5}[A-Za-z]?\s+(?-i:[A-Z][a-z]{2,}way)\b(?!['’])"
    r"(?!\s+(?:admissions?|visits?|stays?|transfers?|presentations?)\b)"
)
# "302-1515 Kingsway": a unit joined to the civic number, not a seven-digit phone
UNIT_WAY_STREET = r"(?<![\w$.,/:-])\d{1,4}-\d{1,5}[A-Za-z]?\s+(?-i:[A-Z][a-z]{2,}way)\b(?!['’])"
CUED_BARE = (
    r"\b(?:lives|living|live|staying|stays|resides|residing|moved|moving|move|"
    # "address as 1203-55 Lisgar", "adresse pour la visite: 45 Principale"
    r"address(?:\s+is|\s+as|\s+for\s+(?:the\s+)?\w+)?|"
    r"adresse\s+(?:pour|de|du)\s+(?:(?:la|le|sa|son|ses|leur)\s+|l['’])?\w+,?|"  # "de sa mère, 63"
    # « Adresse de la tante à Listuguj : 22 Riverside West »: and the town
    r"adresse\s+(?:de|du)\s+(?:(?:la|le|sa|son|ses|leur)\s+|l['’])?\w+\s+à\s+(?-i:[A-ZÀ-Ý])[\w'’-]+|"
    # "the house at 1422 Kingsway"
    r"(?:the|a|her|his|their)\s+(?:(?:second|new|other|old)\s+)?(?:house|home|place|apartment|trailer)|"
    r"habites?|demeures?|vit|vis|restes?|d[ée]m[ée]nag[ée]e?|adresse(?:\s+est)?|"
    r"super|concierge|landlord|building|immeuble|"  # "Marcel here, super at 880 Dufferin"
    # "lady at 91 Spence gave me her son's card": the person who lives there
    r"(?:lady|guy|man|woman|family|couple|tenants?|residents?|occupants?|folks)(?=\s+at\s)|"
    r"(?:the|that)\s+one|"  # "sorry which one? the one at 55 Maple or the one on Spruce"
    r"(?:basement|upstairs|downstairs|attic|garage|back\s+unit)\s+of|"  # "the basement of 44 Elm"
    # "send the letter to her sister's, 4 Ptarmigan", "shes at her bf's, 12 Elm i think"
    r"(?:at|to)\s+(?:her|his|their|my|our|the|a)\s+[^\W\d_]+['’]s\s*,)"
    # "staying w/ her cousin at 41 Birchwood": with whom, then where
    r"(?:\s+(?:w/|with|chez)\s+(?:(?:her|his|their|the|a|my|sa|son)\s+)?[^\W\d_]+)?"
    r"\s*(?:at|to|is|:|au|à|(?<=of)|(?<=,)|(?<=\sas))\s*"
    r"(?!(?:[01]?\d|2[0-3])[0-5]\d\s?(?-i:h)\b)"  # "meeting moved to 1530h Weds": a time
    r"(?P<addr>(?:\d{1,5}-)?\d{1,6}[A-Za-z]?\s+"
    r"(?!(?:North|South|East|West|Nord|Sud|Est|Ouest|Hour|Hours|Heures?|Plex|Noon|Midnight|"
    r"Eleven|Below|Above|Plus|"  # "the guy at 7 Eleven", "40 Below": a store, the cold
    r"(?:Mon|Tues?|Weds?|Wednes|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|Jan|Feb|Mar|Apr|May|Jun|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|"
    r"October|November|December)\b)"
    r"(?-i:(?:[NSEW]|NE|NW|SE|SW)\.?\s+)?"  # "Address is 612 W Broadway"
    # "living at 5210 Côte-des-Neiges, apt 8": a Montréal street written without its type
    r"(?-i:[A-ZÀ-Ý][a-zà-ÿ'’]{2,}(?:-(?:de|des|du|la|le|aux|sur|en))?(?:[\s-][A-ZÀ-Ý][a-zà-ÿ'’]{2,})?)"
    r"(?:,?\s+(?:unit|apt|suite|app\.?|#)\s*#?\s*\d{1,5}[A-Za-z]?)?)(?![\w'’-])"
)

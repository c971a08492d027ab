"""Homes that have no street address: rural routes, post-office boxes, land locations,
reserve house and lot numbers ("house 47 out by the point", "lot 22, block C"), trailer-park
lots and camps by a road's kilometre marker. The patterns are compiled in ``addresses``."""

from __future__ import annotations

import re

_MONTH_OR_DAY = (
    r"(?-i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
    r"Janv|Févr|Avr|Mai|Juin|Juil|Août|Sept|Déc|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|"
    r"Dimanche)[a-zé]*\b)"
)
RURAL = (
    # "R.R. no 3, Sturgeon Falls", "route rurale n° 2"
    # "Range Rd 2242, Twp Rd 122": the prairie grid's two roads, where they meet
    r"\b(?:(?:range|rge)\s+r(?:oa)?d\.?\s*\d{3,4}\s*(?:,|&|and|/)?\s*(?:township|twp)\s+r(?:oa)?d\.?\s*\d{2,4}"
    r"|(?:township|twp)\s+r(?:oa)?d\.?\s*\d{2,4}\s*(?:,|&|and|/)?\s*(?:range|rge)\s+r(?:oa)?d\.?\s*\d{3,4}"
    # "a camper at Hwy 335 and Twp Rd 460": a highway meeting a grid road, either way round
    r"|(?:hwy|highway)\s*#?\s*\d{1,3}\s*(?:&|and|/|at)\s*(?:range|rge|township|twp)\s+r(?:oa)?d\.?\s*\d{2,4}"
    r"|(?:range|rge|township|twp)\s+r(?:oa)?d\.?\s*\d{2,4}\s*(?:&|and|/|at)\s*(?:hwy|highway)\s*#?\s*\d{1,3}"
    r"|(?:R\.?\s?R\.?|rural route|route rurale)\s*(?:#|no\.?(?=\s*\d)|n°|nº)?\s*\d{1,3}"
    r"|(?:P\.?\s?O\.?\s*box|post office box|box|C\.?\s?P\.?|case postale|bo[îi]te(?: postale)?"
    r"|B\.?P\.?)"
    r"\s*#?\s*\d{1,6}+(?!\s*/\s*\d)"  # not "BP 92/58 sitting": a blood pressure
    r"|P\.?\s?O\.?\s*box\s+(?-i:[A-Z])\b"  # "PO Box D, Fort Yates ND": a lettered box
    r"|site\s*\d{1,4}\s*,?\s*(?:comp|compartment|box)\s*\d{1,4}"
    r"|(?:NE|NW|SE|SW|NO|SO|LSD\s*\d{1,2})[\s-]*\d{1,2}[\s-]+\d{1,3}[\s-]+\d{1,2}[\s-]*"
    # "NE 22-15-3 EPM", "NE 14-8-6 E": Manitoba's; "NE 14-15-18W": the meridian left out
    r"(?:[WO]\s?\d(?:M\b|\b)|[EW]PM\b|[EWO]\b)"
    # "lot 6, Fraser Road", "lot 22, Kokomis Rd", "Campsite 112, Dawson Trail": a lot and its road
    r"|(?<!parking\s)(?:lot|site|campsite)\s*#?\s*\d{1,4}[A-Za-z]?\s*,\s*(?-i:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s"
    r"(?-i:Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Lane|Ln|Trail|Line|Sideroad|Crescent|Cres|Village)"
    r"\b\.?"
    # a house or a lot on a reserve: "House 214", "maison no 214", "Lot 14"
    # "at lot 12, Conc 4, Tay Twp": an Ontario lot and its concession
    r"|(?:(?-i:Lot)\s*#?\s*\d{1,4}(?-i:[A-Z])?\b|lot\s*#\s*\d{1,4}\b"  # "Lot 22A, Kapawe'no"
    r"|(?:(?<=\bau\s)|(?<=\bat\s)|(?<=\bon\s))lot\s*\d{1,4}\b)"  # "au lot 219 à Lac La Ronge"
    r"(?:,?\s*conc(?:ession)?\.?\s*\d{1,2}\b)?"
    # not "bed count at Shelter House 117/120": beds taken of beds
    r"|(?-i:House)\s*#?\s*\d{1,4}\b(?!\s*(?:nights?|days?|weeks?|times|x)\b|\s*/\s*\d)"
    r"|house\s*(?:#|no\.?|number)\s*\d{1,4}\b"
    # « au chemin du Lac-Noir, camp no 14 »: a camp by its number on the road
    r"|(?:maison|camp)\s*(?:no\.?|#|n°|nº|numéro)\s*\d{1,4}\b|(?-i:Maison)\s\d{1,4}\b"
    # "à la maison 37 dans la communauté", "house 512 on the rez", « site 31 sur la réserve »
    r"|(?:maison|house|site|terrain)\s*#?\s*\d{1,4}(?=\s+(?:dans\s+la\s+communaut[ée]|sur\s+la\s+r[ée]serve|"
    r"on\s+(?:the\s+)?(?:rez|reserve)|in\s+the\s+community)\b"
    r"|\s+(?:à|in)\s+(?!"
    + _MONTH_OR_DAY
    + r")(?-i:[A-Z])(?!\w*\s+\d))"  # "maison 214 à Kitigan Zibi"
    # a farm by its concession and lot: "au rang 4, lot 112", "lot 12, con. 4", "lot 7 du 3e rang"
    r"|(?:rang|concession|con\.?)\s*\d{1,2}(?:\s+(?:Ouest|Est|Nord|Sud|West|East|North|South))?"
    r"\s*,\s*lot\s*#?\s*\d{1,4}\b"  # "rang 4 Ouest, lot 17"
    r"|lot\s*#?\s*\d{1,4}\s*,?\s*(?:(?:du|of)\s+(?:the\s+)?)?(?:(?:rang|concession|con\.?)\s*\d{1,2}\b"
    r"|\d{1,2}(?:e|th|st|nd|rd)\s+(?:rang|concession)\b)"
    # Iqaluit and other northern towns number buildings: "bldg 1087 unit 4"
    r"|(?:bldg|building|bâtiment|immeuble)\s*#?\s*\d{1,5}\s*,?\s*"
    r"(?:unit|apt|app|apartment|appartement|suite|#)\.?\s*\d{1,4}"  # « Building 1921, app. 3 »
    r"|bldg\s*#?\s*\d{3,5}"
    # "address is lot 27 in fort chip": a lot, then where it is
    r"|(?<!parking\s)lot\s*#?\s*\d{1,4}(?=\s+(?:in|à|on)\s+(?!the\b|la\b|le\b|a\b|my\b|our\b)[^\W\d_])"
    # "lives in lot 48 by the nursing station", "she lives lot 7 on cote": a home's lot
    r"|(?:(?<=\blives\s)|(?<=\blives\sin\s)|(?<=\blives\son\s))lot\s*#?\s*\d{1,4}\b"
    # "drives them from lot 6", "their place is lot 22" (after the farm forms: "is lot 12, con. 4")
    r"|(?:(?<=\bfrom\s)|(?<=\bis\s))lot\s*\d{1,4}\b)"
)
# "living with his kokum in house 311 across from the Northern store": a house on a reserve
HOUSE_NUMBER = (
    r"(?:(?:\b(?:in|at|to|à\s+la|dans\s+la)\s+|:\s*)(?P<addr>(?:house|maison)\s*#?\s*\d{1,4})\b"
    # "sleeping at camp 9 on the Moose": a numbered camp someone lives in
    r"|\b(?:sleeping|staying|living|lives|stays|dort|reste|vit|habite|tent|trailer|camper)"
    r"\s+(?:at|in|au|à|dans)\s+"  # "Last known: tent at campsite 31, Pinery Provincial Park"
    # "living at site 42 in the River Park campground": a campsite someone lives on
    r"(?:the\s+|le\s+)?(?P<camp>(?:camp|site|campsite|space|pad)\s*#?\s*\d{1,4})\b"
    r"(?!\s*(?:weeks?|days?|nights?|jours?))"
    # "house number H-218 on the main road", "staying with kokum at H#112, Thunderchild";
    # on reserve a house number is the address: "her kokum's place, house 47 out by the
    # point", "moved from hse 9", "Le père reste au H#67"
    r"|\b(?P<numbered>(?:house|maison)\s*(?:#|number|no\.?|numéro)\s*(?-i:H\s?[#-]?\s?)?\d{1,4}"
    r"|(?:house|hse|maison)\s+\d{1,4}(?=\s*(?:[,.;:)]|$|out|by|near|across|behind|and|on|"
    r"with|where|since|sur|près|à|au|pis|et|now|maintenant|to|before|after|for|again|tonight"
    r"|avec|chez|depuis|\((?-i:S)-?\d))"  # "habite maison 8 avec sa kokum", "maison 8 (S-25)"
    r"|(?:house|hse|maison)\s+\d{2,4}(?=\s+at\s+\d)"  # "attended house 113 at 2210h"
    r"|(?<![\w#-])(?-i:[Hh])#\s?\d{1,4}(?![\s-]?\d)"  # not "H# 113 482 907", a health number
    # "lives in H-212 behind the arena", "Dad's place is H-118 in Taloyoak"
    r"|(?:(?<=\bat\s)|(?<=\bin\s)|(?<=\bau\s)|(?<=\bplace\sis\s)|(?<=\bhouse\sis\s)"
    r"|(?<=\bhome\sis\s))(?-i:H)\s?-\s?\d{2,4})\b)"
    r"(?!\s*(?:times|nights|days|weeks|x|fois|jours|nuits)\b)"
)
# "living in a camper on his cousin's lot at Hwy 11 km 4": a home by a highway marker
# "au chemin 583 Nord, km 14", "Hwy 11 North, km 22": a camp by a road's kilometre marker
ROAD_KM = (
    r"\b(?:camp|cabin|cabane|chalet|roulotte|trailer|shack|home|maison|house|place|lives?|living|"
    r"staying|reste|habite)\b[^.;\n]{0,40}?"  # a home, not "Accident on Hwy 17 km 230"
    r"(?P<addr>\b(?:chemin|route|rte|hwy|highway|road|rd)\s*#?\s*\d{1,4}"
    r"(?:\s+(?:nord|sud|est|ouest|north|south|east|west|[NSEO]))?\s*,?\s*km\s*\d{1,3}"
    # "son chalet au lac, chemin du Lac-Dufault, km 12": a named road, then the marker
    r"|(?:chemin|ch\.|rang)\s+(?:du|de\s+la|des|de\s+l['’]|de|d['’])\s*(?-i:[A-ZÀ-Ý][\w'’-]+)"
    r"(?:\s+(?-i:[A-ZÀ-Ý][\w'’-]+))?\s*,?\s*km\s*\d{1,3}"
    # « la cabane près de Mile 143, Alaska Hwy »: the Alaska Highway's mileposts
    r"|mile\s*\d{1,4}\s*,?\s*(?:of\s+(?:the\s+)?)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:hwy|highway)"
    # "Grandma's place is Km 4.2 Tagish Rd": the marker on a named road
    r"|km\s*\d{1,4}(?:\.\d)?\s+(?:[A-Z][a-z]+\s+){1,2}(?:rd|road|hwy|highway)"
    # "staying in the camp at km 22, Hwy 144": the marker, then the numbered road
    r"|km\s*\d{1,4}(?:\.\d)?\s*(?:,|of|on|de\s+la|du)\s*(?:the\s+)?(?:hwy|highway|route|rte)\s*#?\s*\d{1,4}"
    # « un camp au km 27 du chemin principal de la ZEC Lesueur »: a forest road and its ZEC
    r"|km\s*\d{1,4}(?:\.\d)?\s+(?:du|de\s+la)\s+(?:chemin|route)(?:\s+(?:principal|forestier))?"
    r"\s+(?:de\s+la|du|de|des|d['’])\s*(?:(?-i:ZEC|zec|Zec)\s+)?(?-i:[A-ZÀ-Ý][\w'’-]+))\b"
)
KM_HOME = (
    r"\b(?:lot|camp|camper|trailer|cabin|chalet|roulotte|shack|place)\s+(?:at|on|au|sur)\s+"
    r"(?P<addr>(?:hwy|highway|route)\s*\d{1,3}\s*,?\s*km\s*\d{1,3})\b"
)
# "he's in unit 112", "living in apt 4 above a store", "she's still in unit 7": the unit
# someone lives in, said without its building
UNIT_LIVED_IN = (
    r"(?:['’]s|\bis|\bwas|\blives|\bliving|\bstaying|\bstays|\bmoved)\s+(?:still\s+|now\s+)?"
    r"(?:in|into)\s+(?P<addr>(?:unit|apt|apartment|suite)\.?\s*#?\s*\d{1,4}[A-Za-z]?)\b"
    r"(?!\s*(?:of|at|,\s*\d|-\d|\s\d{1,5}\s))"  # "unit 4 of 211 Elm", "unit 2, 1018 Athabasca"
    r"|\b(?:habite|vit|reste|demeure)\s+(?:dans\s+l['’]|à\s+l['’]|au\s+)"
    r"(?P<fr>(?:appartement|app\.?|appart|logement)\s*#?\s*\d{1,4}[A-Za-z]?)\b(?!\s*(?:du|au|,)\s*\d)"
)
# "lot 22, Lakeview Trailer Park": a lot in a trailer or mobile-home park
TRAILER_LOT = (
    r"(?<!parking\s)\b(?:lot|site|pad|terrain|slip|berth)\s*#?\s*\d{1,4}[A-Za-z]?\s*"
    r"(?:,|at|in|of|au|du)?\s+(?:the\s+)?"  # "dealing out of lot 31 at the Lakeside trailer park"
    r"(?:(?-i:(?:[A-Z][\w'’-]*\s+){0,3})(?:(?:trailer|mobile\s*home|RV)\s+(?:park|court|village)"
    # "site 22, Pine Park MHP", "site 41, Ferry Island campground", "slip 14, Big Sound Marina",
    # « terrain 12 du camping du lac »
    r"|(?-i:MHP)|campground|marina|camping(?=\s+du\s+(?-i:lac)\b(?!-)))"
    # « terrain 42 du Camping du Lac-Pontbriand »: the campground, then its name
    r"|camping\s+(?:(?:du\s+|de\s+la\s+|des\s+|de\s+l['’]|de\s+)?(?-i:[A-ZÀ-Ý][\w'’-]+)"
    # « du camping municipal de Havre-… », « site 17 du camping municipal »
    r"|municipal\b(?:\s+(?:de|d['’])\s*(?-i:[A-ZÀ-Ý][\w'’-]+))?))"
    # "the green trailer lot 11 on the airport road", "la roulotte sur le lot 14": a home on
    # a numbered lot
    r"|\b(?:trailer|camper|cabin|roulotte)\b[^.;\n\d]{0,20}?\b(?P<addr>lot\s*#?\s*\d{1,4})\b"
    # on reserve a lot and its block, or a lot said of a home: "lot 22, block C", "shes Trudy
    # Michel, lot 14 behind the school"
    r"|\blot\s*#?\s*\d{1,4}\s*,?\s*block\s*[A-Z0-9]{1,3}\b"
    # "a tent at the Duley Lake campground, site 14", « au camping du lac Daviault, site 23 »,
    # « dans le parc de maisons mobiles à Saint-Omer, terrain 17 »
    r"|\b(?:campground|camping|maisons\s+mobiles|roulottes|trailer\s+(?:park|court))\b[^.;\n\d]{0,30}?,"
    r"\s*(?P<camp>(?:site|lot|pad|terrain)\s*#?\s*\d{1,4})\b"
    r"|(?<=,\s)lot\s*#?\s*\d{1,4}(?=\s+(?:behind|by|near|across|past|beside|on\s+the)\b)"
    # « une maison mobile au parc des Bouleaux, lot 17 »: a mobile-home park, then the lot
    r"|\bparc\s+(?:des|du|de\s+la|de\s+l['’]|de)\s*(?-i:[A-ZÀ-Ý][\w'’-]+)\s*,\s*"
    r"(?:lot|terrain|emplacement)\s*#?\s*\d{1,4}\b"
)
# "Unit 2, 5-plex 211", "4-plex 229, unit B", « immeuble 2489, logement 2 »: where the North's
# houses are numbered by building, not by street
PLEX = (
    r"(?P<addr>(?:\b(?:unit|apt|logement|app\.?)\s*#?\s*[A-Za-z0-9]{1,3},?\s+)?"
    r"(?:\b\d{1,2}-?plex|\bimmeuble)\s*#?\s*\d{2,4}"
    r"(?:,?\s+(?:unit|apt|logement|app\.?)\s*#?\s*[A-Za-z0-9]{1,3}\b)?)"
)
# A farm on a rang or a concession known by its lot: "rang Saint-Pierre, lot 3-12",
# "lot 14, 3e Rang", "Concession 4, lot 22"
RANG_LOT = (
    r"\b(?:rang|chemin|route|concession|conc\.?)\s+(?:(?-i:[A-Z][\w'’-]+)|\d{1,2})"
    r"(?:\s+(?-i:[A-Z][\w'’-]+))?\s*,\s*lot\s*#?\s*\d{1,4}(?:-\d{1,4})?\b"
    r"|\blot\s*#?\s*\d{1,4}(?:-\d{1,4})?\s*,\s*(?:\d{1,2}(?:e|er)\s+rang|rang\s+(?-i:[A-Z][\w'’-]+)"
    r"|concession\s+\d{1,2})\b"
)
# "the trailer on site 14", "the guy at site 41", "Hank on site 26", « le monsieur du site 8 »,
# « le bonhomme du lot 44 »: a campsite said of who lives on it; read only in a note about a
# campground or a marina (``at_a_campground``), since "site 2" is also a work site
CAMP_SITE = (
    r"\b(?:trailer|camper|tent|rv|motorhome|roulotte|tente|guy|man|woman|lady|girl|boy|kid|couple|"
    r"family|monsieur|madame|dame|bonhomme|gars|fille|famille|(?-i:[A-Z][a-z]{2,}))"
    r"\s+(?:on|at|in|du|au|sur|dans|de\s+la)\s+(?:the\s+|le\s+)?"
    r"(?P<site>(?:site|campsite|lot|terrain|emplacement)\s*#?\s*\d{1,4}[A-Za-z]?)\b"
    r"(?!\s*(?:weeks?|days?|nights?|jours?|times|x|fois|hours?|hrs?|h|mornings?|afternoons?)\b)"
)
# "the houseboat in slip C-14", "the liveaboard at B dock, slip 6", "dock D, berth 11",
# « il vit au quai B, emplacement 14 »: a boat someone lives on, by its mooring
MOORING = (
    r"(?P<site>\b(?:(?:dock|quai|pier|ponton)\s+[A-Z]\s*,\s*|(?-i:[A-Z])\s+dock\s*,\s*)?"
    r"(?:slip|berth|emplacement)\s*#?\s*(?:(?-i:[A-Z])-?)?\d{1,3}[A-Za-z]?)\b"
)
_CAMP_WORDS = (
    r"\b(?:campground|campgrounds|camping|campsite|trailer|camper|tent|tente|roulotte|rv|host|"
    r"marina|dock|quai|houseboat|liveaboard|boat|bateau|voilier|pourvoirie|outfitter)\b"
)


def at_a_campground(text: str) -> bool:
    """The note is about a campground or a marina, where a site or a slip is a home."""
    return re.search(_CAMP_WORDS, text, re.IGNORECASE) is not None

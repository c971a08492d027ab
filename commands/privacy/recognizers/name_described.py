"""Names told by what is said around them: a role and what it is of ("l'agent de probation
Gagné", "l'intervenante de la DPJ Mme…"), or a nickname in quotes described as someone
('"Stretch", who we think is older', « P'tit Chef » vend à partir du logement)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers.cues import (
    DETERMINERS,
    INSTITUTION,
    KIN,
    PERSON_VERBS,
    ROLES,
    TITLES,
)
from commands.privacy.recognizers.name_chat import short_name

if TYPE_CHECKING:  # name_tokens' shields read ROLE_OF_PLACE from here
    from commands.privacy.recognizers.name_tokens import Tok

_ROLE_OF = words(
    """
    agent agente officer worker intervenant intervenante travailleur travailleuse conseiller
    conseillère agent.e ts éducateur éducatrice infirmier infirmière
    """
)


# A worker or the person named in apposition: "the social worker from Mashteuiatsh,
# Uapishka, asked", "La personne, Aube, s'identifie comme non-binaire": the roles above as
# chat types them, and the people a worker speaks of
_SET_OFF = (_ROLE_OF - {"agent.e"}) | words(
    """
    counselor counsellor conseillere infirmiere nurse personne person youth jeune client
    cliente usager usagère usagere patient patiente victim victime
    """
)
_ROLE_WORDS = (
    r"\b(?:" + "|".join(sorted(_SET_OFF, key=lambda w: (-len(w), w))) + r")"
    r"(?:\s+(?:sociale?|social|de\s+probation|de\s+liaison))?"
)
_OF = r"\s+(?:de|du|from|of|at|à)\s+(?:la\s+|l['’]|the\s+)?"
_ROLE_HEAD = _ROLE_WORDS + r"(?:" + _OF + r"[\w'’-]+)?"
# "Intervenante de Kanesatake (Kawennate)": whose worker, before the place the person is from
ROLE_OF_PLACE = re.compile(_ROLE_WORDS + _OF + "$", re.IGNORECASE)
_ROLE_SET_OFF = re.compile(_ROLE_HEAD + r",\s$", re.IGNORECASE)
_ROLE_BRACKETED = re.compile(_ROLE_HEAD + r"\s\($", re.IGNORECASE)  # "Intervenante (Kawennate)"
# "The guy at the elevator, Reg, thinks…", « le gars du dépanneur, Réal, dit… »: a person
# pointed at by where they are, then the name; not "41 y/o man, Balmertown, recent layoff"
_PERSON_SET_OFF = re.compile(
    r"\b(?:the|that|this|le|la|ce|cette)\s+(?:[\w'’-]+\s+)?(?:guy|man|woman|lady|dude|gars|homme|"
    r"femme|dame|monsieur)\s+(?:at|from|in|on|near|by|du|de|d['’]|au|à|who|qui)\s*"
    r"[^,()\n]{1,30},\s$",  # "the lady who hired him, Crystal, swore she owned it"
    re.IGNORECASE,
)
_CARE_STAFF = words("psw pca rn rpn lpn cw sw nurse aide")


def role_of(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "L'agent de probation Gagné", "l'intervenante de la DPJ Mme…", "worker from the
    school Ms…": a role, what it is of, then the name."""
    t = toks[i]
    if (
        t.cap
        and t.given
        and not t.text.isupper()  # "l'intervenante SAD refuse": a service's acronym
        and i > 0
        and toks[i - 1].lower in ROLES
        and not toks[i - 1].cap  # "Youth Haven has a bed": an organisation's name
        and text[toks[i - 1].end : t.start] == " "
        and i + 1 < len(toks)
        and toks[i + 1].lower in PERSON_VERBS
        and text[t.end : toks[i + 1].start] == " "
    ):
        return True  # "the home support worker Crystal is great": even a word the lists shield
    if (
        t.cap
        and t.given
        and t.protected
        and t.listed_word
        and text[t.end : t.end + 1] == ","
        and _PERSON_SET_OFF.search(text, max(0, t.start - 60), t.start)
    ):
        return True  # "the lady who hired him, Crystal, swore": a word the lists shield
    if not t.cap or t.protected or t.possessive or t.text.isupper() or len(t.lower) < 3:
        return False
    if not (t.name or t.unknown) or t.lower in STOPWORDS or t.lower in ROLES:
        return False
    if toks[i - 1].lower in ("du", "de", "des", "of") and toks[i - 2].lower in INSTITUTION:
        return False  # "l'intervenante de l'école du Triolet": the school's name
    if (
        toks[i - 1].lower in _CARE_STAFF
        and text[toks[i - 1].end : t.start] == " "
        and i + 1 < len(toks)
        and toks[i + 1].lower.endswith("ed")
        and not toks[i + 1].cap
    ):
        return True  # "PSW Nimo documented bruising": the worker, by name
    if text[t.end : t.end + 1] == "," and (
        _ROLE_SET_OFF.search(text, max(0, t.start - 50), t.start)
        or _PERSON_SET_OFF.search(text, max(0, t.start - 60), t.start)
    ):
        return True  # "la travailleuse sociale de Mashteuiatsh, Uapishka, demande…"
    if (
        text[t.end : t.end + 1] == ")"
        and _ROLE_BRACKETED.search(text, max(0, t.start - 50), t.start)
        and i + 1 < len(toks)
        and (toks[i + 1].lower in PERSON_VERBS or toks[i + 1].lower in ("demande", "asks"))
        and text[t.end + 1 : toks[i + 1].start] == " "
    ):
        return True  # "Intervenante de Kanesatake (Kawennate) demande qu'on passe par elle"
    for k in range(i - 2, max(-1, i - 5), -1):
        if toks[k].lower in _ROLE_OF:
            between = toks[k + 1 : i]
            return (
                bool(between)
                # "l'agent de probation Gagné", not "l'intervenante de Mikisiw": an agency
                and (len(between) > 1 or not t.unknown)
                and between[0].lower in ("de", "du", "of", "des")
                and all(not b.cap or b.text.isupper() for b in between)
                and not text[toks[k].end : t.start].strip(" '’").count(",")
                and not t.sentence_start  # "…l'intervenant de l'école. Petit pas."
            )
        if toks[k].cap and not toks[k].text.isupper():
            return False
    return False


_KIN_SAYS = re.compile(
    r"\b(?:pimp|dealer|boyfriend|bf|girlfriend|gf|partner|chum|blonde|copain|copine|trafficker|"
    r"guy|dude|gars|man|male|female|girl|boy)"  # 'the older guy is "Bishop" per the kids'
    r"\s+(?:is|was|est|c'est|=)\s*[«“\"'‘]\s*$",
    re.IGNORECASE,
)
_QUOTED_PERSON = re.compile(
    r"\s*[»”\"]\s*(?:,\s*(?:who|whom|qui|un|une|a|an|the|le|la|l'|his|her|son|sa)\b"
    r"|(?:aka|a\.k\.a\.?|alias)\s"  # '"Tay" aka Taylor Poitras'
    # '"Smokey" again — real name Darryl Ahenakew'
    r"|(?:again\s*)?[,—–-]?\s*(?:real|legal|full|birth)\s+(?:first\s+|last\s+)?name\b"
    # '"T-Bone" (20s, male)', 'the man at the camp, "Smokey", 50s,': an age after the quote
    r"|(?:,|\()\s*(?:early\s+|mid[-\s]?|late\s+|approx\.?\s+|~\s*)?"
    r"(?:[1-9]0s|\d{1,2}\s*(?:y/?o|yo|ans|yrs)?)(?:\s*[,)]|\s+(?:male|female|man|woman)\b)"
    # '"Tiny", big guy, 30s': the kind of person the nickname is
    r"|,\s*(?:(?:big|little|older|younger|tall|short|skinny|young|old)\s+)?"
    r"(?:guy|man|woman|girl|boy|male|female|dude|gars|homme|femme|fille)\b)",
    re.IGNORECASE,
)


_PERSON_NOUN = re.compile(
    r"\b(?:male|female|man|woman|guy|dude|gars|homme|femme|lady|boy|girl|kid|teen|youth|guest|"
    r"customer|client|(described\s+as|décrite?\s+comme))"
    r"\s+[«“\"]\s*$",  # not '"hot girl" DMs': the quote that closes
    re.IGNORECASE,
)
_ON_THE_STREET = re.compile(
    r"\s*[»”\"]\s+(?:on|in|sur|dans)\s+(?:the|la)\s+(?:street|streets|rue)\b", re.IGNORECASE
)
# « Bouboule » s'est encore fait sortir: a pronoun elided before the verb
_QUOTED_ACTS = re.compile(r"(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}\s*[»”\"]\s+(?:[smlt]['’])?([^\W\d_]+)")


def quoted_person(text: str, toks: Sequence[Tok], i: int) -> bool:
    """A nickname in quotes described as someone: '"Stretch", who we think is older',
    « Bouboule », un gars plus vieux."""
    t = toks[i]
    if not t.cap or t.protected or t.lower in STOPWORDS or len(t.lower) < 2:
        return False
    opening = text[max(0, t.start - 3) : t.start].replace(" ", "")
    if opening[-1:] in ("'", "‘", '"', "“", "«") and _KIN_SAYS.search(
        text, max(0, t.start - 30), t.start
    ):
        return True  # "says her pimp is 'Mo'"
    quoted = text[t.start - 1 : t.start] in ('"', "“") or text[t.start - 2 : t.start] == "« "
    if quoted and i > 0 and toks[i - 1].lower in KIN and text[toks[i - 1].end] == " ":
        return True  # 'uncle "Boots" picks him up': a relative by the name the family uses
    said = _PERSON_NOUN.search(text, max(0, t.start - 20), t.start)
    if opening[-1:] in ("«", '"', "“") and said is not None:
        # 'older male "TJ" driving': what the person is, then what they are called; after
        # 'described as' only a name ('described as "Hunter"', not '"Agitated"')
        return said.group(1) is None or t.name or t.unknown
    if opening[-1:] in ("«", '"', "“") and _ON_THE_STREET.match(text, t.end):
        return True  # 'he\'s "KB" on the street': a street name, even two letters
    if len(t.lower) < 3 or opening[-1:] not in ("«", '"', "“"):
        return False
    if opening[-2:-1] == "(":  # 'Oluwaseun Adebayo ("Seun")': a nickname after a name
        return i > 0 and toks[i - 1].cap and (toks[i - 1].name or toks[i - 1].unknown)
    if _QUOTED_PERSON.match(text, t.end) is not None:
        return True
    if (
        (t.name or t.unknown)
        and _APPOSED_QUOTE.search(text, max(0, t.start - 50), t.start)
        and re.match(r"(?:\s[A-Z][\w'’-]*)?\s*[\"”»]\s*,", text[t.end :])
    ):
        return True  # 'the guy who called him in, "Moose", claimed he was the tenant'
    acts = _QUOTED_ACTS.match(text, t.end)  # « P'tit Chef » vend à partir du logement
    return acts is not None and acts.group(1).casefold() in PERSON_VERBS | _COMES_BACK


# 'the guy who called him in, "': a person, then what they are called between commas
_APPOSED_QUOTE = re.compile(
    r"\b(?:guy|man|woman|lady|dude|girl|boy|kid|tenant|gars|homme|femme|dame|monsieur)\b"
    r"[^.;:!?\"“”«»()]{0,40},\s*[\"“«]\s*$",
    re.IGNORECASE,
)
_COMES_BACK = words("revient revenu revenue dort couche")  # « Coco » revient chaque nuit

# A bracketed aside that says who a person is: "(the uncle not the kid)", "(la plus jeune)",
# "(the big one lol)", "(that's actually what they call him)".
_PERSON_ASIDE = re.compile(
    r"\s*\((?:(?:the|la|le)\s+(?:[\w'-]+\s+){0,2}(?:one|uncle|aunt|auntie|dad|mom|kid|cousin|"
    r"brother|sister|grandpa|grandma|boy|girl|oldest|youngest|older|younger|"
    r"jeune|vieux|vieille|oncle|tante|père|mère|gars|fille|cousin|cousine|"
    # "Jo (la serveuse du casse-croûte) dit que…", "Fleur (la bénévole du jeudi) m'a dit",
    # "aube (la petite de 4 ans) a des bleus"
    r"serveuse|serveur|waitress|cashier|caissière|caissier|commis|clerk|chef|guide|"
    r"teen|ado|volunteer|bénévole|student|élève|petite?|grande?|plus\s+jeune|contremaître|"
    r"foreman|boss|patron|gérante?|superviseure?|"  # « Hernández (le contremaître) aurait »
    r"blonde|chum|copine|copain|girlfriend|boyfriend|wife|husband|femme|mari|ex)\b"
    r"(?!\s+(?:program|programme|group|groupe|centre|center|drop-in|night|room|clinic|shelter)\b)"
    # "boots (older guy, always in the same work boots) sleeps behind the shop"
    r"|(?P<sized>(?:older|younger|old|young|big|little|tall|short)\s+(?:guy|man|woman|lady|girl|"
    r"boy|dude|gars|homme|femme|fille)\b)"
    # "Bob (furnace guy) will come to the table": the trade the person is known by;
    # "Lorraine (housekeeper) saw", "Bruno (TS CISSS) s'occupe du suivi", « Lavoie (agent SQ) »
    r"|(?P<trade>[\w-]+\s+(?:guy|lady)(?=\))|(?:bus\s+|school\s+)?(?:housekeeper|ts|préposée?|"
    r"guide|cook|agente?|custodian|concierge|driver|chauffeur|chauffeuse|brigadière?|"
    r"surveillante?)\b)"
    # "Tiny (about 300 lb, works at the car wash on Victoria) says": where the person works
    r"|[^()\n]{0,30}?\b(?:works|worked|lives|travaille|vit)\s+(?:at|in|on|à|au|chez)\b"
    # "Feng (dad) runs the restaurant", "Ray (mom's boyfriend) is back": kin, no article
    r"|(?P<kin>(?:(?:mom|dad|her|his|their)['’]?s?\s+)?(?:dad|mom|father|mother|uncle|aunt|"
    r"auntie|brother|sister|grandpa|grandma|boyfriend|girlfriend|stepdad|stepmom|son|daughter)"
    r"(?=\)))"
    r"|(?:that['’]?s|c['’]?est)\s+(?:\w+\s+)?(?:what|comme\s+ça\s+que)\s+(?:\w+\s+){0,2}"
    r"(?:calls?|appell?ent)\b)[^()\n]{0,40}\)\s+",
    re.IGNORECASE,
)
_FAMILY_ASIDE = re.compile(
    r"\s*\((?:the|les)\s+(?:grands-parents|grandparents|parents|cousins|cousines)\)", re.I
)
_ASIDE_THEN_AGE = re.compile(
    r"\s*\((?:the|la|le)\s+(?:girl|boy|kid|youth|jeune|fille|gars|one)\b[^()\n]{0,40}\)\s*,\s*"
    r"\d{1,2}\b(?!\s*%)",
    re.IGNORECASE,
)
# Which one of the family a word is, said right after it
_THE_ONE = re.compile(
    r",?\s+the\s+(?:older|oldest|younger|youngest|tall|taller|short|shorter|big|bigger|little|"
    r"skinny|quiet|loud|middle|other)\s+(?:one|brother|sister|cousin|boy|girl|guy|son|daughter)\b",
    re.IGNORECASE,
)
# "Chase (comme la banque)", "Paris (yes that's her real name)": a name told apart from the
# thing it also names, which is said only of a name
_HOMONYM_ASIDE = re.compile(
    r"\s*\(\s*(?:(?:yes|oui|yep|yeah|ya)\s*,?\s+)?(?:(?:just\s+)?(?:like|comme|as\s+in|genre)\s+"
    r"(?:the|la|le|l['’]|les)\s*[^()\n]{1,30}|(?:that['’]?s|c['’]est)\s+(?:her|his|their|son|sa)\s+"
    r"(?:real|actual|legal|vrai|vrais)\s+(?:first\s+)?(?:name|nom|prénom))\)\s*,?\s*",
    re.IGNORECASE,
)
_AFTER_ASIDE = re.compile(
    r"(?:m['’]a\s+)?(?:is|was|are|were|has|have|got|says|said|est|sont|a|dit|went|came|texted|"
    r"sleeps|slept|lives|stays|saw|dort|vit|reste|s['’]occupe|confirme|confirms|confirmed|"
    r"aurait)\b"
)


def everyday_word_aside(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "tiny (the big one lol) got picked up", "happy (the uncle not the kid) says…",
    "minou (la plus jeune) est pas revenue": an everyday word, an aside saying who the
    person is, then what they did — the word is what the person is called."""
    t = toks[i]
    if (
        t.given
        and t.cap
        and (not t.protected or t.listed_word)
        and _ASIDE_THEN_AGE.match(text, t.end)
    ):
        return True  # "Dakota (the girl, not the nation lol), 13, Standing Buffalo"
    homonym = _HOMONYM_ASIDE.match(text, t.end) if t.given and t.cap else None
    if homonym is not None and _AFTER_ASIDE.match(text, homonym.end()) is not None:
        return True  # "Chase (comme la banque) est le chum actuel", "Paris (yes…) is 13"
    if t.protected or t.possessive or not t.text.isalpha():
        return False
    # "Jo (la serveuse…) dit", "jo (la blonde à Marco) dit que" typed in lower case
    if len(t.lower) < 3 and not (t.given and (t.cap or short_name(t.lower))):
        return False
    if t.lower in STOPWORDS or t.lower in ROLES or t.lower in INSTITUTION or t.lower in TITLES:
        return False  # not "Mme (86 ans) a encore perdu ses clés": the title, nobody named
    if t.lower in KIN:
        return False  # "Mom (dad's sister) is here"
    plural = i > 0 and toks[i - 1].lower in ("les", "the") and t.cap and t.lower.endswith("s")
    if plural and _FAMILY_ASIDE.match(text, t.end):
        return True  # « Les Labillois (les grands-parents) peuvent héberger »: a family
    if i > 0 and (toks[i - 1].lower in DETERMINERS or toks[i - 1].possessive):
        return False  # "the meeting (the one on tuesday) was fine": a thing
    if not t.cap and i > 0 and toks[i - 1].lower in _WHERE_ONE_IS:
        return False  # "youth in care (15) has been sending pics": a state, not a nickname
    m = _PERSON_ASIDE.match(text, t.end)
    # "Feng (dad) runs the restaurant": kin said without an article, after a capital only
    # (not "screened-in kin (aunt) came over"); not "passenger (the one we discussed) admitted"
    if (
        m is not None
        and (m.group("kin") is None or t.cap)
        and not (m.group("trade") and t.common and not t.name)  # not "Breakfast (lunch lady)"
        # "says boots (older guy…) sleeps", not "taxi regular (older woman) has": a noun's
        # adjective
        and not (
            m.group("sized")
            and not t.cap
            and i > 0
            and toks[i - 1].common
            and toks[i - 1].lower not in PERSON_VERBS
        )
        and (
            _AFTER_ASIDE.match(text, m.end()) is not None
            or (
                text[m.end() :].split(" ", 1)[0].casefold() in PERSON_VERBS
                and (t.given or t.unknown or not t.lower.endswith(_AGENT_ENDINGS))
            )
        )
    ):
        return True
    if (
        (t.given or t.unknown or (t.cap and t.name))
        and not t.text.isupper()  # "FYI the older brother…"
        and _THE_ONE.match(text, t.end)
        and t.lower not in KIN
        and t.lower not in PERSON_VERBS  # "she said the older one left"
    ):
        return True  # "youth is hunter the tall one from PN", "wabano the older one not the kid"
    # "Squirrel (10) keeps climbing on the school roof", "Mouche (15 ans) fugue encore"; not
    # "the girl from the maker space (14) disclosed", « du labo créatif (14 ans) »: a noun's
    # second word after its article
    if (
        not t.cap
        and i >= 2
        and toks[i - 2].lower in DETERMINERS
        and toks[i - 1].common
        and toks[i - 1].lower not in KIN  # "my cousin squirrel (10) keeps climbing"
    ):
        return False
    aged = _AGE_ASIDE.match(text, t.end)
    return (
        aged is not None
        and aged.group(1).casefold() in PERSON_VERBS
        and t.lower not in _GRADES
        and t.lower not in KIN
        and t.lower not in _SAID_OF_ANYONE
        and not t.lower.endswith(_AGENT_ENDINGS)  # "Driver (40s)", "Youngest (12)", "Client"
        # "la dame âgée (82 ans) a été vue": an adjective after who the person is
        and not (i > 0 and toks[i - 1].lower in _SAID_OF_ANYONE and not t.cap)
        # "youth at TISS (14) disclosed vaping": a school's acronym, the youth's age after
        and not (t.text.isupper() and i > 0 and toks[i - 1].lower in ("at", "à", "au", "from"))
    )


_WHERE_ONE_IS = words("in at on into dans en au aux sur")
_AGENT_ENDINGS = ("er", "or", "est", "ent", "ant", "ing", "ee", "hold", "ist")
_SAID_OF_ANYONE = words(
    """
    teen kiddo youth baby infant toddler adult senior man woman boy girl male female person
    individual patient ado jeune enfant homme femme garçon fille aîné aînée cadet cadette
    personne personnes
    family families famille familles household couple group groupe fratrie siblings kids
    vieux vieille monsieur madame dame adulte adultes adults mineur mineure
    """
)
_AGE_ASIDE = re.compile(r"\s*\(\s*\d{1,2}\s*(?:ans|y/?o|yo|yrs)?\s*\)\s+([^\W\d_][\w'’]*)")
_GRADES = words("grade grades gr niveau level room bed unit age âge")


def apposed_person(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "Snoop, the young guy on the Ellice walk, is going through the CMBs", « Lapointe, le
    facteur de Rockland, dit que… »: a word, who the person is between commas, then what they
    do — even an everyday word is what that person is called."""
    t = toks[i]
    # "Tremblay le prof d'éduc a remarqué", "gagnon le concierge dit": a surname, then, with
    # no commas, the worker it is and what they did
    # not "rain or shine the worker will", "a texté l'intervenante a": lower case, a surname only
    family = (t.text[0].isupper() and (t.surname or t.unknown)) or (t.surname and not t.common)
    bare = _BARE_APPOSED.match(text, t.end) if family else None
    if not (t.cap or bare) or t.possessive or t.text.isupper() or not t.text.isalpha():
        return False
    if len(t.lower) < 3 or (t.protected and not (t.surname and t.listed_word)):
        return False
    if t.lower in STOPWORDS or t.lower in ROLES or t.lower in KIN or t.lower in INSTITUTION:
        return False
    if t.lower.endswith("ly") or t.lower in TITLES:
        return False  # "Apparently, the neighbour on Elm, says…": an adverb before the clause
    m = _APPOSED_PERSON.match(text, t.end) or bare
    return m is not None and m.group("verb").lower() in _APPOSED_VERBS


_APPOSED_WHO = words(
    """
    guy man woman lady girl boy kid teen youth dude gars homme femme fille garçon jeune ado
    aîné aînée cadet cadette
    facteur factrice carrier courier clerk commis neighbour neighbor voisin voisine owner
    landlord super concierge tenant locataire
    """
)
_APPOSED_PERSON = re.compile(
    r",\s+(?:the|le|la|l['’])\s*(?:[\w'’-]+\s+){0,2}(?:"
    + "|".join(sorted(_APPOSED_WHO, key=lambda w: (-len(w), w)))
    + r")\b[^,()\n]{0,40},\s+(?:n['’])?(?P<verb>[\w'’]+)",
    re.IGNORECASE,
)
_APPOSED_VERBS = PERSON_VERBS | words(
    "is was has had est a dit says said keeps kept goes went comes came lives vit reste"
    " noticed saw found called remarqué remarquée trouvé trouvée vu vue appelé appelée"
)
# the workers a surname is said with, with no commas: "Smith the gym teacher noticed…"
_BARE_ROLES = words(
    """
    prof teacher enseignant enseignante coach nurse infirmier infirmière ts sw worker
    intervenant intervenante driver chauffeur chauffeuse cashier caissier caissière postier
    postière postmaster concierge janitor custodian principal directeur directrice secretary
    secrétaire facteur factrice clerk commis landlord proprio propriétaire neighbour neighbor
    voisin voisine
    """
)
_BARE_APPOSED = re.compile(
    r"\s(?:the|le|la|l['’])\s*(?:[\w'’-]+\s+)?(?:"
    + "|".join(sorted(_BARE_ROLES, key=lambda w: (-len(w), w)))
    + r")(?:\s+(?:d['’]|de\s+|du\s+|des\s+|at\s+|from\s+|of\s+|à\s+|au\s+)(?:la\s+|l['’]|the\s+)?"
    r"[\w'’-]+){0,2}\s+(?:n['’])?(?P<verb>[\w'’]+)",
    re.IGNORECASE,
)

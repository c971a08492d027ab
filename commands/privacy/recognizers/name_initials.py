"""Initials that stand for a person: "J.B., 16,", "T.J. (older brother, 19)", "J.P.
Sutherland aged out of care", "c. ballantyne" typed in lower case, "(initials K.M.)". Initials
of places and everyday abbreviations ("P.E.I.", "A.M.", « un 2 c.c. ») are left alone, and so
are those a school or an agency is named by ("école secondaire E.J. Lajeunesse")."""

from __future__ import annotations

import itertools
import re

from commands.privacy.findings import Kind
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import INSTITUTION, TITLES
from commands.privacy.recognizers.name_tokens import Tok

# "D.L. (mom's boyfriend) is on a no contact order", "N.B. (youth) told his teacher": who
# the initials are, in brackets
_PERSON_AFTER = (
    r"\s*\((?:youth|teen|kid|dad|mom|father|mother|uncle|aunt|boyfriend|girlfriend|"
    r"(?:mom|mum|dad|her|his|their)['’]?s?\s+(?:boyfriend|girlfriend|partner|friend|ex|brother|"
    r"sister|cousin|uncle|aunt))\)"
    # "A.M. at the rectory in Sussex said": where the person works, then what they said
    r"|\s+(?:at|from)\s+the\s+[a-z]+(?:\s+(?:in|at)\s+[A-Z][\w'’-]+)?\s+(?:said|says|told|called)\b"
)
# "J.B., 16,", "T.J. (older brother, 19)", "J.-S. (le plus vieux)", "MJ (the 16 y/o)":
# initials said of a person; "J.P. Sutherland": initials and a surname
_INITIALS = re.compile(
    r"(?<![\w.])(?:(?:[A-ZÀ-Ý]\.-?){2,3}|[A-Z]{2}(?=\s*\((?:the\s+)?\d{1,2}\s*(?:y/?o|yo|ans)"
    r"|\s*\(the\s+(?:older|younger|oldest|youngest)\s+one\))"  # "LD (the older one) told"
    r"|[A-Z]\.(?=\s*\((?:older|younger|oldest|youngest)\b))"  # "K. (older sister)"
    r"(?=\s*,\s*\d{1,2}\b(?!\s*%)|\s*,\s*(?:early|mid|late)[\s-]+\d0s\b"  # "T.W., early 20s"
    # « A.B. 14 ans, K.B. 9 ans », "J.M. and C.W., both 15": an age or "both" after them
    r"|(?<=\.)\s+\d{1,2}\s*(?:ans|y/?o|yo|yrs?)\b|\s*,\s*(?:both|all|les\s+deux|tous)\b"
    r"|\s*\((?:the|le|la|l'|older|younger|oldest|youngest|both|"
    r"les\s+deux)\b|\s+(?:and|et|&)\s+[A-Z]\.[A-Z]\."  # "T.B. and K.W. (both 14)"
    r"|\s+(?:and|et|&|pis)\s+(?:his|her|their|son|sa|ses)\s"  # "D.M. and his cousin"
    r"|\s*\((?:the\s+)?\d{1,2}\s*(?:y/?o|yo|ans|,|\))|\s[A-Z][a-z]"
    r"|\s(?:got|gave|is|was|are|were|has|had|said|told|says|went|came|left|a|est|dit|moved|lives|needs|"
    r"who['’]?s|who|[a-z]{3,}ed\s+(?:him|her|them|me|us))\b"  # "T.J. got a bed", "J.P. dared him"
    # "D.W. disclosed to the nurse", "J.P. hasn't been seen": initials and what they did
    r"|(?<=\.)\s(?:[a-z]{4,}ed|(?:has|is|was|does|did)n['’]?t)\b"
    r"|(?<=\.)\s(?:revient|vient|reste|dort|parle|refuse|fugue)\b"  # « S.B. revient au dîner »
    r"|(?<=\.)\s(?:l['’]a|l['’]avait|lui\s+a|m['’]a)\s"  # « D.B. l'a frappée devant les enfants »
    r"|(?<=\.)['’]s\s"  # "had T.B.'s OHIP card": whose it is
    # "M.K. and R.K. (siblings, 9 and 11)", "J.B. (owner of the two huskies)", "L.M., the
    # neighbour": who they are, said next
    r"|\s*\((?:siblings|twins|brothers|sisters|cousins|frères|sœurs|jumeaux|jumelles|owner|"
    r"initials|initiales|"  # "T.R. (initials used in the police report)"
    r"caller|neighbou?r|tenant|landlord|landlady|proprio|voisine?)\b"
    + r"|"
    + _PERSON_AFTER
    + r"|\s*,\s*(?:the|her|his|their|la|le|sa|son)\s+(?:neighbou?r|owner|caller|landlord|landlady|"
    r"tenant|mother|father|mom|dad|aunt|uncle|voisine?|mère|père|proprio)\b"
    r"|\?\s|\s[—–]\s"  # a reply: "T.J.? the older bro", "T.J. — short for Thomas James"
    # "door answered by J.R., who's maybe 13", "it's D.M. again": who, said next
    r"|\s*,\s*who(?:['’]s)?\b|\s+again\b|\s+from\s+housekeeping\b"
    r"|(?<=\.)\s(?:back\s+(?:home|from|at|in)|can\s+stay|turned\s+up)\b"  # "L.N. back home"
    r"|(?<=\.)\s(?:ne\s|n['’](?:a|est)\s)"  # « T.B. ne s'est pas présenté à la cour »
    # "J.T. (bowling alley youth) told", "D.M. (male, ~16)", "P.L. (mom's initials on the form)"
    r"|\s*\((?:(?:[\w-]+\s+){1,3}(?:youth|teen|kid)\)|(?:male|female|boy|girl)\s*,"
    r"|(?:mom|dad|mum|her|his)['’]s\s)"
    r"|\s*,\s*[A-Z][a-z]+\s*(?:,|(?:and|et|&)\s+[A-Z])|\s+(?:and|et|&)\s+[A-Z][a-z])"  # lists
)
# "(initials K.M.)", 'ID'd only as "D.W."' (dotted: not "the program known as SNAP")
_SAID_INITIALS = re.compile(
    r"\b(?:(?:initials?|initiales?)\s*[:,]?\s*((?-i:(?:[A-Z]\.-?){1,3}|[A-Z]{2,3}\b))"
    # 'client is "K.M.", won't give more': dotted initials in quotes
    r"|(?:(?:only|known)\s+as\s+[\"“«]?\s*|\s*[\"“«]\s*(?=(?-i:(?:[A-Z]\.){2,3})\s*[\"”»]))"
    r"((?-i:(?:[A-Z]\.-?){2,3})))",
    re.IGNORECASE,
)
# "J.-F.", "M.-È. L.": a Québécois compound given name's initials, dotted and hyphenated as
# only those are (and the provinces'), maybe with the family name's; not "école J.-F.-Perrault"
_QC_DOTTED = re.compile(r"(?<![\w.-])((?-i:[A-ZÀ-Ý]\.-[A-ZÀ-Ý]\.))(?:\s[A-ZÀ-Ý]\.)?(?![\w-])")
_PROVINCE_INITIALS = frozenset(
    ("N.-B.", "C.-B.", "N.-É.", "T.-N.", "P.-É.", "N.-E.", "A.-T.", "C.-N.", "N.-D.")
)  # the provinces, Abitibi-Témiscamingue, la Côte-Nord, Notre-Dame
# "Le client R.B. accepte", "the mom (A.M.) declined": dotted initials right after the word
# for who the person is, in brackets or not
_WHO_INITIALS = re.compile(
    r"\b(?:client|cliente|patient|patiente|patron|youth|jeune|usager|usagère|resident|tenant|"
    r"locataire|mom|dad|mother|father|mère|père|son|daughter|fils|fille|aunt|uncle|grandma|"
    r"grandpa|brother|sister|frère|sœur|partner|conjoint|conjointe|seller|buyer|guest|customer|"
    r"boyfriend|girlfriend|bf|gf|"  # "Crystal's boyfriend (T.J.) takes the bags at the door"
    r"boys?|girls?|kids?|teens?|students?)\s+\(?"  # "one of the boys (J.K.) comes in late"
    r"(?:(?:was|is)\s+)?"  # "the seller was J.R., a regular"
    r"((?-i:[A-ZÀ-Ý]\.-?[A-ZÀ-Ý]\.(?:-?[A-ZÀ-Ý]\.)?))(?=\)|\s|,|$)",
    re.IGNORECASE,
)
# "The boyfriend (JT) is dealing out of lot 31": a partner's initials, undotted, in brackets
_PARTNER_INITIALS = re.compile(
    r"\b(?:boyfriend|girlfriend|bf|gf|partner|ex|chum|blonde|conjoint|conjointe)\s+"
    r"\(((?-i:[A-Z]{2}))\)",
    re.IGNORECASE,
)
# Two letters in brackets after "partner" that are not a person's: an agency or a state
_NOT_PARTNER_INITIALS = frozenset(("OW", "MH", "DV", "PO", "SW", "NA", "AA", "ER", "ID", "OK"))
# "the man sleeping at the Husky is A.K., no full name given": who someone is, said by initials
_IS_INITIALS = re.compile(
    r"\b(?:man|woman|guy|lady|girl|boy|kid|teen|youth|person|customer|regular|one|tenant|owner)\b"
    r"[^.;:!?()\n]{0,40}?\s(?:is|was)\s+((?-i:[A-ZÀ-Ý]\.[A-ZÀ-Ý]\.(?:[A-ZÀ-Ý]\.)?))(?=[,;).\s]|$)",
    re.IGNORECASE,
)
# "Msg texte de C.L. à 3h du matin", "text from J.B. last night": who wrote, by initials
_FROM_INITIALS = re.compile(
    r"\b(?:(?:texte?|texto|msg|message|appel|call|text|email|courriel|snap)\s+(?:de|from|d['’])"
    r"|updates?\s+(?:on|re:?|about)|nouvelles\s+de"  # "Update on J.R.: the gym gave us…"
    # "Reached J.T. by text": whom a worker got hold of
    r"|reached|contacted|texted|phoned|met\s+with|spoke\s+(?:to|with)|talked\s+to"
    # "she has the referral for D.L.": whose paperwork it is
    r"|(?:referral|intake|consent|paperwork|application|appt|appointment|référence|dossier)"
    r"\s+(?:for|pour|de)"
    r")\s*((?-i:[A-ZÀ-Ý]\.[A-ZÀ-Ý]\.(?:[A-ZÀ-Ý]\.)?))(?=[,;:).\s]|$)",
    re.IGNORECASE,
)
# Initials of places and everyday abbreviations, never a person in a list
_NOT_INITIALS = frozenset(
    (
        "U.S.",
        "U.K.",
        "P.E.I.",
        "B.C.",
        "N.W.T.",
        "P.A.",
        "A.M.",
        "P.M.",
        "O.K.",
        "D.C.",
        "N.B.",
        "N.S.",
        "Y.T.",
        "N.L.",
        "Q.C.",
        "O.P.P.",
        "P.S.",
        "N.-B.",
        "N.-É.",
        "C.-B.",
        "Î.-P.-É.",
        "T.-N.-L.",
        "T.N.-O.",
        "A.K.A.",
        "E.T.A.",
        "C.C.",  # « un 2 c.c. » : two bedrooms (chambres à coucher)
        "E.R.",  # "E.R. discharged her at 4": the emergency room
        "O.R.",
    )
)


# "c. ballantyne", "t.j. whitecalf": initials typed in lower case before a surname
_LOWER_INITIALS = re.compile(r"(?<![\w.@])(?:[a-z]\.){1,2}\s?(?=[a-z]{3,})")


# "t.j. is back in the picture": initials typed in lower case, then what the person does;
# "un gars de Campbellton (T.J.)", "for Landon (L.M.)": initials alone in brackets
_LOWER_DOTTED_DOES = re.compile(
    r"(?<![\w.@])(?:[a-z]\.){2}(?=\s(?:is|was|has|had|said|says|got|went|came|left)\b)"
    r"|(?<=\()(?-i:[A-Z]\.){2,3}(?=\))"
)
_TRADES_AND_LATIN = frozenset(
    ("R.N.", "M.D.", "L.P.N.", "R.P.N.", "R.S.W.", "M.S.W.", "B.S.W.", "E.G.", "I.E.", "N.D.")
)


# "p-o (le cousin)", "J-F (le guide) a appelé": a compound given name's initials, said of a
# relative or a worker in brackets
_LOWER_DASHED = re.compile(
    r"(?<![\w.@/-])[a-zà-ýA-ZÀ-Ý]-[a-zà-ýA-ZÀ-Ý](?![\w-])(?=\s*\((?:le|la|the|son|sa|her|his)\s+"
    r"(?:cousin|cousine|frère|soeur|sœur|chum|blonde|père|mère|oncle|tante|voisin|voisine|brother|"
    r"sister|dad|mom|uncle|aunt|boyfriend|girlfriend|neighbou?r|guide|chef)\b)"
)


def _after_full_name(text: str, before: list[Tok], start: int) -> bool:
    """ "Kyle Nepoose and T.J. Moosomin": initials and a family name listed after a person's
    full name, though the family name is a town's too; not "Mildred Hall and N.J. Macpherson"
    nor "Walkerville Collegiate and W.F. Herman", schools."""
    if len(before) < 3 or before[-1].lower not in ("and", "et", "&"):
        return False
    given, family = before[-3], before[-2]
    return (
        given.cap
        and given.given
        and family.cap
        and not (family.common or family.protected or family.lower in INSTITUTION)
        and text[given.end : family.start] == " "
        and start - before[-1].end == 1
    )


def initials_of_people(text: str, toks: list[Tok], generic: str | None) -> list[Candidate]:
    """Initials said of a person: "J.B., 16,", "T.J. got a bed", "c. ballantyne"."""
    out = []
    for m in _LOWER_INITIALS.finditer(text):
        if re.match(r"[\w.]*@", text[m.start() :]) or m.group(0).strip().upper() in _NOT_INITIALS:
            continue  # "c.desjardins@ecolefictive.ca" is an e-mail address; « un 2 c.c. »
        nxt = next((t for t in toks if t.start >= m.end()), None)
        if nxt is None or nxt.start - m.end() > 1:
            continue
        # "j. mcleod is the one who called it in": a surname that is a place too, not "e. hastings"
        if nxt.protected and not (nxt.listed_word and nxt.surname and m.group(0)[0] not in "nsewo"):
            continue
        if (nxt.surname and not nxt.common) or nxt.unknown:
            out.append(Candidate(Kind.NAME, m.start(), nxt.end, generic, 46))
    for m in _WHO_INITIALS.finditer(text):
        if m.group(1) not in ("P.E.I.", "B.C.", "U.S.", "N.B.", "N.S.", "O.K."):
            out.append(Candidate(Kind.NAME, m.start(1), m.end(1), generic, 43))
    for m in _PARTNER_INITIALS.finditer(text):
        if m.group(1) not in _NOT_PARTNER_INITIALS:
            out.append(Candidate(Kind.NAME, m.start(1), m.end(1), generic, 43))
    for m in itertools.chain(_IS_INITIALS.finditer(text), _FROM_INITIALS.finditer(text)):
        if m.group(1) not in _NOT_INITIALS and m.group(1) not in _TRADES_AND_LATIN:
            out.append(Candidate(Kind.NAME, m.start(1), m.end(1), generic, 43))
    for m in _LOWER_DOTTED_DOES.finditer(text):
        upper = m.group(0).upper()
        if upper not in _NOT_INITIALS and upper not in _TRADES_AND_LATIN:
            out.append(Candidate(Kind.NAME, m.start(), m.end(), generic, 43))
    for m in _LOWER_DASHED.finditer(text):  # "p-o (le cousin) a un compte facebook"
        out.append(Candidate(Kind.NAME, m.start(), m.end(), generic, 43))
    for m in _QC_DOTTED.finditer(text):
        if m.group(1) not in _PROVINCE_INITIALS:  # "J.-F. appelle du Tim", "J.-F. L. a été vu"
            out.append(Candidate(Kind.NAME, m.start(), m.end(), generic, 43))
    for m in _SAID_INITIALS.finditer(text):
        g = 1 if m.group(1) else 2
        if m.group(g) not in ("OK", "OR", "ON", "IN"):  # not "initials OK in the minutes"
            out.append(Candidate(Kind.NAME, m.start(g), m.end(g), generic, 43))  # "(initials K.M.)"
    for m in _INITIALS.finditer(text):
        if m.group(0).upper() in _NOT_INITIALS and (
            not re.match(_PERSON_AFTER, text[m.end() :]) or re.search(r"\d\s*$", text[: m.start()])
        ):
            continue  # "N.B." is New Brunswick, but not "N.B. (youth) told his teacher"
        before = [t for t in toks if t.end <= m.start()]
        if (
            before
            and (before[-1].lower in INSTITUTION or (before[-1].protected and before[-1].common))
            and before[-1].lower.rstrip(".") not in TITLES  # "our pt T.J. Moosomin"
            and m.start() - before[-1].end <= 1
        ):
            continue  # "école secondaire E.J. Lajeunesse": a school named after someone
        if before and before[-1].lower in ("la", "le") and m.start() - before[-1].end == 1:
            continue  # « La T.S. l'a rencontrée »: a role written short after its article
        end = m.end()
        after = [t for t in toks if t.start == end + 1]
        titled = bool(before) and before[-1].lower.rstrip(".") in TITLES
        if text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
            nxt = after[0] if after else None
            if (
                nxt is None
                # "our pt T.J. Moosomin": after a title, a family name that is a place's too;
                # not "L.T. Westlake and W.R. Myers both have programs", schools
                or (
                    nxt.protected
                    and not (nxt.listed_word and (nxt.surname or titled))
                    and not _after_full_name(text, before, m.start())
                )
                or nxt.common
                or nxt.lower in INSTITUTION
            ):
                continue  # "U.S. Customs", "P.A. Police": initials of a place or a body
            end = nxt.end  # "J.P. Sutherland aged out of care"
        out.append(Candidate(Kind.NAME, m.start(), end, generic, 43))
    return out

"""Contacts that belong to no person: public help lines, an agency's fax, main line or
crisis line, its shared inboxes (intake@, info@, accueil@), and the public accounts of police
services, health agencies and governments ("@SPVM", "@OPPCommunity", "@sureteduquebec") that
reps quote when they share a campaign. ``contact`` leaves them, as it leaves a colleague's
@-mention. A worker's direct line or own e-mail, and a client's, stay identifiers; so does a
main line with the worker's extension."""

from __future__ import annotations

import re

from commands.privacy.lexicon import lexicon, words


def organisation_account(body: str) -> bool:
    """A public account of a police service, a health agency or a government: "@SPVM",
    "@OPPCentralRegion", "@SaskatoonPolice", "@sureteduquebec", "@CMHAOntario"; not
    "@tyler.police99", a person's handle whatever word it holds."""
    if re.search(r"[\d._]", body):
        return False
    parts = re.findall(r"[A-Z]{2,}(?=[A-Z][a-z]|$)|[A-Z]?[a-z]+", body)
    words_of_an_agency = any(p.casefold() in _ORGANISATION_WORDS for p in parts)
    if len(parts) > 1 and "".join(parts) == body and words_of_an_agency:
        return True  # "@OPPCommunity", "@SaskatoonPolice"
    if (body.isupper() or body.islower()) and body.casefold() in _ORGANISATION_WORDS:
        return True  # "per @SRO", "@CFS please confirm", "Réponse à @SPO", "@school": a seat
    if body.isupper() and body.casefold() in lexicon().never_single:
        return True  # "Owner | @SHA": an agency the lists know, mentioned in capitals
    capitals = sum(c.isupper() for c in body)
    if body.isalpha() and len(body) <= 6 and capitals >= max(2, len(body) - 1):
        # "@YSB outreach", "@OPH and @housing", "@OHaH": an agency's seat; not "@KAYLA"
        return not lexicon().is_name(body.casefold())
    # "@SPVM", "@RCMPSK", "@policelongueuil", "@sureteduquebec": the service, then where
    m = _ORGANISATION_FIRST.match(body.casefold())
    if m is None:
        return False
    rest = body.casefold()[m.end() :].removeprefix("du").removeprefix("de")
    return not rest or rest in _PROVINCE_CODES or rest in lexicon().never_single


_ORGANISATION_WORDS = words(
    """
    police rcmp grc opp spvm sq tps sps rps wps ops cmha acsm cyber crime community region
    central health sante santé gov gouv ville city ministry ministere ministère dpj cas
    sro spo lps cfs fcss victim services school chair housing probation coordinator
    """
)
_ORGANISATION_FIRST = re.compile(r"police|surete|sûreté|rcmp|grc|spvm|cmha|acsm|opp|tps")
_PROVINCE_CODES = words("sk mb ab bc on qc nb ns pe nl nt nu yt")


# Public help lines reps hand out ("Talk Suicide Canada (1-833-456-4566)"): they reach a
# service, never the person. A table adds its local lines to its allow-list.
_PUBLIC_LINES = frozenset(
    (
        "8334564566",  # Talk Suicide Canada
        "8006686868",  # Kids Help Phone
        "8552423310",  # Hope for Wellness
        "8669254419",  # Indian Residential Schools Crisis Line
        "8662773553",  # 1-866-APPELLE (Québec suicide prevention)
        "8002632266",  # Tel-jeunes
        "8003639010",  # SOS violence conjugale
        "8888938333",  # Fem'aide
        "8668630511",  # Assaulted Women's Helpline (Ontario)
        "8665312600",  # ConnexOntario
        "8773306366",  # Trans Lifeline
        "8005888717",  # KUU-US Crisis Line (Indigenous, BC)
        "8005630808",  # VictimLink BC
        "8884892287",  # Ligne Aide Abus Aînés (Québec)
        "8662991011",  # Seniors Safety Line (Ontario)
        "8889339007",  # Info-aide violence sexuelle (Québec)
        "8002652626",  # Drogue : aide et référence (Québec)
        "8004610140",  # Jeu : aide et référence (Québec)
        "8885051010",  # Interligne (Québec)
        "8669255454",  # Good2Talk (Ontario)
        "8339001010",  # Canadian Human Trafficking Hotline
        "8007842433",  # 1-800-SUICIDE (BC)
        "8883223019",  # Klinic Crisis Line (Manitoba)
        "8774357170",  # Manitoba Suicide Prevention and Support Line
    )
)


def public_line(digits: str, before: str) -> bool:
    """A listed help line, or a number right after a fax or a service's name."""
    listed = digits[-10:] in _PUBLIC_LINES
    # "the crisis line is 24/7 — 1-888-737-4668": a toll-free number a help line was said of
    listed = listed or (digits[-10:-7] in _TOLL_FREE and _LINE_SAID.search(before) is not None)
    # "1-866-APPELLE (277-3553)": the letters' digits in brackets after a spelled line
    listed = listed or re.search(r"\b(?:1[-\s]?)?8\d\d[-\s][A-Z]{4,}\s*\($", before) is not None
    fax = _FAX.search(before)
    if fax is not None and _TO_SOMEONE.search(fax.group(0)):
        fax = None  # "fax the consent to mom at work, 204-555-0193": her own fax
    return listed or bool(fax or _SERVICE_BEFORE.search(before))


_TOLL_FREE = frozenset(("800", "833", "844", "855", "866", "877", "888"))
_LINE_SAID = re.compile(
    r"\b(?:crisis|help|distress|support|warm|hot)\s?line\b(?:[^\d\n]|24/7){0,25}$"
    # « la ligne de crise en santé mentale c'est le 1-888-… »
    r"|\bligne\s+(?:de\s+crise|d['’][ée]coute|d['’]aide|de\s+soutien|de\s+pr[ée]vention)\b"
    r"(?:[^\d\n]|24/7){0,40}$",
    re.IGNORECASE,
)
# "fax signed consents to CAS intake at", "télécopieur de l'équipe jeunesse du CISSS :"
_FAX = re.compile(r"\b(?:fax|faxed|télécopieur|telecopieur|téléc)\b[^.;\n\d]{0,45}$", re.I)
_TO_SOMEONE = re.compile(
    r"\b(?:to|for|à|pour|chez)\s+(?:the\s+|la\s+|le\s+|sa\s+|son\s+|her\s+|his\s+|their\s+)?"
    r"(?:mom|mother|dad|father|grand\w*|aunt\w*|uncle|sister|brother|m[èe]re|p[èe]re|tante|oncle|"
    r"parents?|guardian|foster|client|cliente|youth|jeune|her|him|elle|lui)\b"
    r"|\b(?:at\s+work|at\s+home|au\s+travail)\b",  # "fax the consent to her at 250.555.0131"
    re.I,
)
_SERVICE_BEFORE = re.compile(
    r"(?:(?-i:[A-Z][\w-]*\s)?(?-i:Crisis|Line|Helpline|Hotline|Warmline|Aide|Écoute|Ecoute)"
    # "la ligne Chimo (", "la Ligne Aide Abus Aînés (1 888 …)"
    r"|\b(?:[Ll]igne|line)\s+(?-i:[A-Z][\w'’-]*)(?:\s(?-i:[A-Z][\w'’-]*)){0,3})"
    r"(?:\s+(?:is|est))?\s*[:(]?\s*$"  # "the Mental Health Help Line is 1-877-…"
)


def agency_line(text: str, start: int, end: int) -> bool:
    """Whether the phone number at ``start:end`` is labelled as an agency's own line."""
    if _EXTENSION.match(text, end) or _EXTENSION.search(text, start, end):
        return False  # "main 705-555-0110 ext. 2214": the worker's desk behind the switchboard
    return _AGENCY_LINE.search(text, max(0, start - 45), start) is not None


def role_inbox(address: str) -> bool:
    """Whether an e-mail address is a shared inbox ("intake@…", "hub@…"), not a person's."""
    local = address.split("@", 1)[0].casefold().strip()
    return re.sub(r"[._-]?\d*$", "", local) in _ROLE_INBOXES


_ROLE_INBOXES = words(
    """
    intake info information hub hubtable hub.table situationtable table referrals referral
    referencement références references accueil secretariat secrétariat noreply no-reply
    donotreply reception privacy confidentialite confidentialité coordination coordo inscription
    inscriptions courrier services admin office contact contactus help support records general
    frontdesk front.desk clinic dispatch communications media bookings appointments rendezvous
    rdv mail webmaster enquiries inquiries questions feedback triage centralintake
    central.intake
    """
)
_AGENCY_LINE = re.compile(
    r"\b(?:main\s+(?:line|number|switchboard|office)|switchboard|toll[-\s]?free|sans\s+frais|"
    r"num[ée]ro\s+principal|ligne\s+principale|crisis\s+line|intake\s+line|after[-\s]hours\s+line|"
    r"non[-\s]emergency(?:\s+(?:line|number))?|"
    # "Main: 613-…", "O: 705-…", "general line", "shelter line", "Dial-in: …" (faxes: _FAX)
    r"main|(?-i:O)|general\s+(?:line|number|fax)|shelter\s+line|access\s+line|"
    r"reception|standard|dial[-\s]in|call\s+in(?:\s*\(audio\s+only\))?|"
    r"ligne\s+(?:d['’]accueil|g[ée]n[ée]rale)(?:\s+24\s*/\s*7)?|l['’]accueil|our\s+office)\b"
    # "Numéro principal du CLSC : 819-…", "switchboard (705-…)", "main line, 306-…"; not "called
    # the crisis line twice last night from 1-877-…"
    r"(?:\s+(?:du|de|of|for)\s+(?:la\s+|the\s+)?[\w-]+)?(?:\s+(?:is|est|at|au|à))?[\s:,(–—-]{0,4}$",
    re.IGNORECASE,
)
_EXTENSION = re.compile(r"\s*,?\s*(?:x|ext\.?|extension|poste|p\.)\s*\d", re.IGNORECASE)

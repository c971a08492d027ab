"""What an agency publishes names no one: its main line, switchboard, fax and toll-free
numbers ("Main: 613-555-0100", "Numéro principal du CLSC : …", "ligne d'accueil au …") and
its shared inboxes (intake@, info@, referrals@, accueil@). A worker's direct line or own
e-mail, and a client's, stay identifiers; so does a main line with the worker's extension."""

from __future__ import annotations

import re

from commands.privacy.lexicon import words


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
    # "Main: 613-…", "O: 705-…", "Fax: …", "general line", "shelter line", "Dial-in: …"
    r"main|(?-i:O)|fax|t[ée]l[ée]copieur|general\s+(?:line|number|fax)|shelter\s+line|access\s+line|"
    r"reception|standard|dial[-\s]in|call\s+in(?:\s*\(audio\s+only\))?|"
    r"ligne\s+(?:d['’]accueil|g[ée]n[ée]rale)(?:\s+24\s*/\s*7)?|l['’]accueil|our\s+office)\b"
    # "Numéro principal du CLSC : 819-…", "switchboard (705-…)", "main line, 306-…"; not "called
    # the crisis line twice last night from 1-877-…"
    r"(?:\s+(?:du|de|of|for)\s+(?:la\s+|the\s+)?[\w-]+)?(?:\s+(?:is|est|at|au|à))?[\s:,(–—-]{0,4}$",
    re.IGNORECASE,
)
_EXTENSION = re.compile(r"\s*,?\s*(?:x|ext\.?|extension|poste|p\.)\s*\d", re.IGNORECASE)

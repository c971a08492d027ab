"""Names a pasted thread carries in its own headers: an e-mail's "On Mar 6, 2026, at 11:02
PM, Crystal Sutherland <crystal.s1988@example.com> wrote:", and a text thread's sender
after the time stamp ("10:12 pm — Trev: come get ur stuff"). Reps paste these by mistake;
the header names the person as surely as the body does. So does the name a home shows on its
buzzer, mailbox or lease ('"Guerrier" on the buzzer')."""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import STOPWORDS, lexicon, words
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import KIN, ROLES
from commands.privacy.recognizers.public_contacts import role_inbox

# "Crystal Sutherland <crystal.s1988@example.com> wrote:", "From: Dale Bighead <d.b@…>"
_MAIL_FROM = re.compile(
    r"(?<![\w@.])(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*<(?P<mail>[^<>@\s]+@[^<>\s]+)>"
)
# "SMS 3/4 10:12 pm — Trev: come get ur stuff", "22:41 - Mo: t ou"
_SENDER = re.compile(
    r"(?:\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]m)\s*[—–-]\s*"
    r"(?P<n>[A-Z][a-z'’-]{1,15}):\s",
    re.IGNORECASE,
)
# 'screenshot: "kev: ur so mature for 13 lol"': a quoted message opens with who sent it
_QUOTED_SENDER = re.compile(
    r"(?:^|(?<=[\s:(/]))[\"“«](?P<n>[^\W\d_][\w'’-]{1,15}):\s+(?=\S)"  # an opening quote
)
_ON_THE_DOOR = re.compile(
    r"[\"“«]\s*(?P<n>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)\s*[\"”»]\s+"
    r"(?:on|sur)\s+(?:the|la|le)\s+(?:buzzer|mailbox|door|doorbell|intercom|lease|bell|"
    r"sonnette|porte|bo[iî]te\s+aux\s+lettres|bail|interphone)\b",
    re.IGNORECASE,
)
# '"yo its dre new # 343-…"', "c'est Kayla ici, mon nouveau num": a text's sender says who
_SELF_NAMED = re.compile(
    r"\b(?:it['’]?s|its|c['’]est|cest)\s+(?P<n>[^\W\d_][\w'’-]{1,15})\s*,?\s+"
    r"(?:here|ici|from|new\s+(?:#|number|num|cell|phone)|my\s+new|mon\s+(?:nouveau|new)|nouveau\s+num"
    r"|pls|plz|please|dont|don['’]t)",  # "'its tanner pls dont tell my dad'"
    re.IGNORECASE,
)
# "Caller ID 705-555-0190 came up as LAFORGE M": the name a phone company shows
_CALLER_ID = re.compile(
    r"\b(?:caller\s+id|call\s+display|CID)\b[^.\n]{0,40}?\b(?:came\s+up\s+as|showed|shows|"
    r"displayed|read)\s*:?\s*[\"“']?(?P<n>(?-i:[A-Z][A-Z'’-]+(?:,?\s[A-Z][A-Z'’-]*){0,2}))\b",
    re.IGNORECASE,
)
_NO_CALLER = words("private unknown blocked restricted unavailable no out toll wireless")
_NOT_SENDERS = (
    KIN
    | ROLES
    | words(
        """
    me moi client cliente staff worker youth jeune intervenant intervenante agent agente
    shelter school police unknown inconnu
    """
    )
)


def find(text: str) -> list[Candidate]:
    out = [
        Candidate(Kind.NAME, m.start("n"), m.end("n"), None, 62)
        for m in _MAIL_FROM.finditer(text)
        if not role_inbox(m.group("mail"))  # "Central Intake <intake@…>": the agency sends
    ]
    lex = lexicon()
    for m in _SENDER.finditer(text):
        name, lower = m.group("n"), m.group("n").casefold()
        if lower in _NOT_SENDERS or (lex.is_common(lower) and lower not in lex.given):
            continue  # "10:30 - Note: bring the forms": a heading, not who wrote
        if name[0].isupper():
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), None, 62))
    for m in _CALLER_ID.finditer(text):
        first = m.group("n").split()[0].casefold()
        if first not in _NOT_SENDERS and first not in _NO_CALLER:  # "showed PRIVATE NUMBER"
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), None, 62))
    for m in _ON_THE_DOOR.finditer(text):
        out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), None, 62))
    for m in _SELF_NAMED.finditer(text):
        lower = m.group("n").casefold()
        if lower in _NOT_SENDERS or lower in STOPWORDS:
            continue
        if lower in lex.given or not lex.is_common(lower):  # '"its zay my new #"'
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), None, 62))
    for m in _QUOTED_SENDER.finditer(text):
        lower = m.group("n").casefold()
        if m.group("n").isupper() or lower in _NOT_SENDERS or lower in _LABELS:
            continue  # '"Note: …"', '"mom: …"', '"CAS: are the kids home?"': not a person
        if not (lower in lex.given or lower in lex.surnames):
            continue
        out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), None, 62))
    return out


_LABELS = words(
    """
    re subject objet note notes update fyi dob ddn tel cell phone address adresse date time
    heure from to de à cc bcc message texte text reply réponse quote citation
    """
)

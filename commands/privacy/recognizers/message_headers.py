"""Names a pasted thread carries in its own headers: an e-mail's "On Mar 6, 2026, at 11:02
PM, Crystal Sutherland <crystal.s1988@example.com> wrote:", and a text thread's sender
after the time stamp ("10:12 pm — Trev: come get ur stuff"). Reps paste these by mistake;
the header names the person as surely as the body does."""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import lexicon, words
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import KIN, ROLES

# "Crystal Sutherland <crystal.s1988@example.com> wrote:", "From: Dale Bighead <d.b@…>"
_MAIL_FROM = re.compile(
    r"(?<![\w@.])(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*<[^<>@\s]+@[^<>\s]+>"
)
# "SMS 3/4 10:12 pm — Trev: come get ur stuff", "22:41 - Mo: t ou"
_SENDER = re.compile(
    r"(?:\b\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]m)\s*[—–-]\s*"
    r"(?P<n>[A-Z][a-z'’-]{1,15}):\s",
    re.IGNORECASE,
)
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
        Candidate(Kind.NAME, m.start("n"), m.end("n"), None, 62) for m in _MAIL_FROM.finditer(text)
    ]
    lex = lexicon()
    for m in _SENDER.finditer(text):
        name, lower = m.group("n"), m.group("n").casefold()
        if lower in _NOT_SENDERS or (lex.is_common(lower) and lower not in lex.given):
            continue  # "10:30 - Note: bring the forms": a heading, not who wrote
        if name[0].isupper():
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), None, 62))
    return out

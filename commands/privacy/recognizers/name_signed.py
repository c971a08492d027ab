"""Names signed at the end of a message a note quotes: '"thx for the ride ❤️ -trev"',
'he signs his texts "- mo 💯"', « à plus -jess », 'signed "TJ"'. Chat puts the sender's name
after a dash as its last word, whatever emoji follow it; the quote marks say where the
message ends. A message that opens by saying who writes ("hi, kev here from the rink") is
signed at its start."""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import STOPWORDS, lexicon
from commands.privacy.recognizers import Candidate
from commands.privacy.recognizers.cues import KIN, ROLES
from commands.privacy.recognizers.naming_phrases import UNSAID


def find(text: str) -> list[Candidate]:
    lex = lexicon()
    out = [  # 'the e-mail ends: signed "TJ"', not "signed the consent"
        Candidate(Kind.NAME, m.start("n"), m.end("n"), None, 47)
        for m in _SIGNED_AS.finditer(text)
        if m.group("n").casefold() not in STOPWORDS
    ]
    opened = _HERE.match(text)
    writer = opened.group("n").casefold() if opened is not None else ""
    if opened is not None and not (
        lex.everyday(writer) or opened.group("n").isupper() or writer in KIN or writer in ROLES
    ):  # not "hi, auntie here", "hello, housing here"
        out.append(Candidate(Kind.NAME, opened.start("n"), opened.end("n"), None, 47))
    if "-" not in text and "–" not in text:
        return out
    for m in _SIGNED.finditer(text):
        word = m.group("n").casefold()
        if word in STOPWORDS or word in _NOT_SIGNATURES or word in UNSAID:
            continue  # '"connected to services - unknown"': a status
        if not lex.everyday(word):
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), None, 47))
    return out


_SIGNED = re.compile(
    # a dash after a space or the quote's opening, then one word, then only emoji or spaces
    r"(?:(?<=\s)|(?<=[\"“«']))[-–]\s?(?P<n>[^\W\d_]{2,12})(?![\w'’-])"
    r"[^\w\"”»'.,;!?]{0,12}[\"”»']"
)
_SIGNED_AS = re.compile(
    r"\b(?:signed|signs)\s*[:,]?\s*[\"“«]\s*(?P<n>[^\W\d_][\w'’-]{0,15})\s*[\"”»]"
)
# "hi, kev here from the rink", "Hey all, jo here": a greeting, then who writes, "here"
_HERE = re.compile(
    r"\s*(?:hi|hey|hello|bonjour|salut|allo)\b[\s,!]*(?:all|everyone|team|folks)?[\s,!:-]*"
    r"(?P<n>[^\W\d_][\w'’-]{1,15})\s+here\b(?!\s+(?:is|are|was|were)\b)",
    re.IGNORECASE,
)
_NOT_SIGNATURES = frozenset(("lol", "lmao", "xoxo", "xo", "ok", "okay", "jk", "fr", "smh", "ily"))

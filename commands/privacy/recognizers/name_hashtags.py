"""Names inside the hashtags youth post after a death, an arrest or a disappearance:
"#RIPjaylen", "#FreeDJ", "#FindKayla", "#JusticeForAmara", "#LLLTre". The tag's first word
says a person follows; the rest is that person's name, written without a space."""

from __future__ import annotations

import re

from commands.privacy.findings import Kind
from commands.privacy.lexicon import lexicon
from commands.privacy.recognizers import Candidate


def find(text: str) -> list[Candidate]:
    if "#" not in text:
        return []
    lex = lexicon()
    out = []
    for m in _TAG.finditer(text):
        name = m.group("n")
        initials = name.isupper() and len(name) <= 3  # "#FreeDJ"
        if initials or name.casefold() in lex.given or name.casefold() in lex.surnames:
            out.append(Candidate(Kind.NAME, m.start("n"), m.end("n"), None, 47))
    return out


_TAG = re.compile(
    r"#(?i:rip|free|find|justice_?for|lll|long_?live|bring_?(?:him|her|them)?_?home|missing|"
    r"pray_?for|love_?you|miss_?you)_?"
    # the name, capitalised or not, and nothing after it in the tag
    r"(?P<n>[A-Z]{2,3}|[A-ZÀ-Ý]?[a-zà-ÿ]{2,15})(?![\w-])"
)

"""A nickname quoted after its naming verb, told from quoted speech.

"dit « Ti-Loup »", 'goes by "Smokey"' quote a name; « a dit « on s'en occupe » », 'ado dit
"jsuis dead"' quote what someone said. A short quote with no sentence words in it is a name."""

from __future__ import annotations

import re

from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers.cues import KIN
from commands.privacy.recognizers.name_chat import chat_word
from commands.privacy.recognizers.name_token_language import GLUED_JE
from commands.privacy.recognizers.name_tokens import Tok
from commands.privacy.recognizers.naming_phrases import NOT_GIVEN

_PARTICLES = words("la le de du des van von da di ben bin el al")
OPENING_QUOTE = re.compile(r"\s*[:,]?\s*[«“\"‘']")
_QUOTE = re.compile(
    r"\s*[:,]?\s*(?:«\s*([^»\n]{1,40}?)\s*»|“([^”\n]{1,40}?)”|\"([^\"\n]{1,40}?)\""
    r"|‘([^’\n]{1,40}?)’(?!\w)|'([^'\n]{1,40}?)'(?!\w))"
)


def words_not_a_nickname(quoted: list[Tok]) -> bool:
    """Words never a name, or a relative with its article ("la mère", not « Bébé » alone)."""
    unsaid = len(quoted) == 1 and NOT_GIVEN.fullmatch(quoted[0].text) is not None  # « personne »
    if unsaid or all((t.protected and not t.name) or t.lower in STOPWORDS for t in quoted):
        return True
    if len(quoted) > 1 and any(chat_word(t.lower) or t.lower in GLUED_JE for t in quoted):
        return True  # 'ado dit "jsuis dead"': chat speech, not a nickname
    if len(quoted) > 1 and all(t.text.islower() and not t.given for t in quoted):
        return True  # 'la jeune dit "mèsi anpil"': words of another language, said
    # « la mère », not « le Kid »: a relative in lower case, a nickname capitalised
    return quoted[0].lower in STOPWORDS and all(
        t.lower in STOPWORDS or (t.lower in KIN and t.text.islower()) for t in quoted[1:]
    )


def quoted_after(text: str, pos: int) -> tuple[int, int] | None:
    """A short quoted nickname ("dit « Ti-Loup »"), not quoted speech ("a dit « je… »")."""
    m = _QUOTE.match(text, pos)
    if m is None:
        return None
    group = next(g for g in range(1, 6) if m.group(g) is not None)
    inner = m.group(group)
    words = inner.split()
    if not re.search(r"[^\W\d_]", inner) or len(words) > 3:
        return None
    if len(words) > 1 and re.fullmatch(r"(?i:je|j['’]\w+|on|il|elle|nous|vous|i|we|you)", words[0]):
        return None  # « on s'en occupe »: speech after "dit" (says)
    if any(
        w.casefold() in STOPWORDS
        and not (w.casefold() in _PARTICLES and k + 2 < len(words) and words[k + 2][:1].isupper())
        for k, w in enumerate(words[1:])
    ):
        return None  # quoted speech, not "« Dédé la Pelle »"
    return m.start(group), m.end(group)

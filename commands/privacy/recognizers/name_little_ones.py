"""A child or a young woman framed by "la petite", "le p'tit", "les p'tits": « la petite
Merveille a dit à son enseignante », « les deux p'tits Haché », "la tite rose a parlé à son
prof". Québécois speech names the young this way; a place is never "la p'tite"."""

from __future__ import annotations

from collections.abc import Sequence

from commands.privacy.lexicon import STOPWORDS, words
from commands.privacy.recognizers.cues import PERSON_VERBS
from commands.privacy.recognizers.name_forms import age_follows
from commands.privacy.recognizers.name_tokens import Tok


def little_one(text: str, toks: Sequence[Tok], i: int) -> bool:
    """``toks[i]`` is a person named after "la petite", "le p'tit" or "les p'tits"."""
    t = toks[i]
    if (
        i >= 2
        and t.cap
        # "la p'tite mestokosho traîne au dépanneur" in chat; not "la petite Rivière"
        and (
            t.given
            or t.unknown
            or (t.surname and t.text.islower())
            # "la p'tite Léger a encore fugué": a family name that is a word, then what she did
            or (
                t.surname
                and toks[i - 1].lower in ("p'tite", "p'tit", "tite")  # chat, never a place's
                and t.lower not in _LAND  # not "la p'tite Rivière a débordé"
                and i + 1 < len(toks)
                and toks[i + 1].lower in PERSON_VERBS
            )
        )
        and not t.protected
        and toks[i - 1].lower in ("petite", "petit", "grande", "grand", "p'tite", "p'tit", "tite")
        and toks[i - 2].lower in ("la", "le", "sa", "son")
    ):
        return True  # "La petite Merveille a dit à son enseignante"
    if (
        i >= 2
        and t.cap
        and (t.surname or t.unknown)
        and not (t.common or t.protected)
        and toks[i - 1].lower in ("petits", "p'tits", "p’tits", "ptits")
        and toks[i - 2].lower in ("les", "deux", "trois", "quatre", "ses")
    ):
        return True  # « les deux p'tits Haché sont là chaque jour »: a family's children
    # "la petite rose a parlé à son prof", "le petit dieujuste, 10 ans,"
    return (
        i >= 2
        and not t.cap
        and (t.given or (t.unknown and t.text.isalpha()))
        and len(t.lower) >= 3
        and t.lower not in STOPWORDS
        and toks[i - 1].lower in ("petite", "petit", "tite", "p'tite", "p'tit")  # "la tite rose"
        and toks[i - 2].lower in ("la", "le", "sa", "son")
        and (age_follows(text, t.end) or (i + 1 < len(toks) and toks[i + 1].lower in PERSON_VERBS))
    )


# Landforms a place's name can hold: "la p'tite Rivière a débordé" is no one
_LAND = words("rivière riviere lac côte cote baie pointe anse montagne île ile")

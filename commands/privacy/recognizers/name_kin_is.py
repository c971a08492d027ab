"""Kin said of a name, or a name said of kin: "dawn was the cousin", "dad is rocky",
"grace and dawn are sisters", "mom's bf is dale"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from commands.privacy.lexicon import lexicon, words
from commands.privacy.recognizers.cues import CONJUNCTIONS, KIN, KIN_SIZES, POSSESSIVES, RELATIVES
from commands.privacy.recognizers.name_kin_said import KIN_DETERMINERS
from commands.privacy.recognizers.name_tokens import Tok

_NOT_THE = re.compile(r",?\s+not\s+(?:the|his|her|their)\s+[^\W\d_]+", re.IGNORECASE)
_CARE_ROLES = words("caregiver caregivers guardian guardians parent provider contact earner aidant")


_NOT_NAMED_AFTER_IS = frozenset(("among", "amongst", "within", "without", "against", "away"))


def kin_said(text: str, toks: Sequence[Tok], i: int) -> bool:
    """ "dawn was the cousin", "dad is rocky", "grace and dawn are sisters": a name said
    to be kin, or kin said to be the name."""
    if said_to_be_kin(toks, i + 1):
        # "the cook who lost her job is the mom": a possessed thing, not a name
        return not (i > 0 and toks[i - 1].lower in POSSESSIVES and toks[i].common)
    if (
        i >= 2
        and toks[i - 1].lower in ("is", "est", "=")
        # "mom's bf is dale": a partner named too
        and (toks[i - 2].lower in _SAID_KIN or toks[i - 2].lower in _HOUSEHOLD)
        # "Mom is French.", but "the brother is Dakota, not the uncle": a correction of who
        and (not toks[i].protected or (toks[i].listed_word and _NOT_THE.match(text, toks[i].end)))
        and text[toks[i - 1].end : toks[i].start] == " "  # not "grandpa is 81, early dementia"
        and toks[i].lower not in _NOT_NAMED_AFTER_IS  # "26-004's niece is among them"
        and re.match(r"\s+\d", text[toks[i].end :]) is None  # not "the bf is early 20s"
        # "la famille est deja connue": French typed without accents, "déjà"
        and not (not toks[i].cap and toks[i].lower in lexicon().unaccented)
        # "mom is sole caregiver": an adjective before the role
        and not (i + 1 < len(toks) and toks[i + 1].lower in _CARE_ROLES)
        # "Mom is frank about not coping": an adjective and what it is about
        and not (toks[i].common and i + 1 < len(toks) and toks[i + 1].lower in _ABOUT)
    ):
        return True
    if i + 2 < len(toks) and toks[i + 1].lower in CONJUNCTIONS and toks[i + 2].given:
        return said_to_be_kin(toks, i + 3)
    return (
        i >= 2
        and toks[i - 1].lower in CONJUNCTIONS
        and toks[i - 2].given
        and (said_to_be_kin(toks, i + 1))
    )


def text_gap(toks: Sequence[Tok], k: int) -> str:
    """The characters between token ``k - 1`` and token ``k`` (the elided "c'" of "c'est")."""
    prev, tok = toks[k - 1], toks[k]
    return " " * (tok.start - prev.end - len(tok.elided)) + tok.elided


def said_to_be_kin(toks: Sequence[Tok], k: int) -> bool:
    """ "… was the cousin", "… are sisters", "… est sa tante" from token ``k`` on."""
    if k + 1 >= len(toks) or toks[k].lower not in _BE:
        return False
    if text_gap(toks, k) not in (" ", " c'", " c’"):
        return False  # not "perdu sa job, c'est la fille qui…"
    if toks[k + 1].sentence_start:
        return False  # "Sudbury, Vallée Est. La tante confirme": two sentences
    if toks[k + 1].lower in ("la", "le") and k + 3 < len(toks) and toks[k + 2].lower == "plus":
        return toks[k + 3].lower in ("jeune", "vieux", "vieille")  # "soleil c'est la plus jeune"
    j = k + 2 if toks[k + 1].lower in KIN_DETERMINERS and k + 2 < len(toks) else k + 1
    if (
        j + 1 < len(toks)
        and text_gap(toks, j) == " "
        and (
            toks[j].possessive
            or (
                toks[j].lower.endswith("s")
                and toks[j].lower[:-1] in KIN
                and (toks[j + 1].lower in _SAID_KIN or toks[j + 1].lower in KIN_SIZES)
            )
        )
    ):
        # "crow is eli's older brother", "skinny is her cousin's boyfriend", "Bunny is the
        # moms sister" (chat drops the apostrophe)
        j += 1
    if (toks[j].lower in KIN_SIZES or toks[j].lower in _FR_SIZES) and j + 1 < len(toks):
        j += 1  # "Justice is the older sister", "Aimé est le petit frère"
    said = toks[j]
    return not said.possessive and (said.lower in _SAID_KIN or said.lower.rstrip("s") in _SAID_KIN)


_ABOUT = words("about with that to of on in at for sur avec de que")
_FR_SIZES = words("petit petite grand grande plus vieux vieille jeune cadet cadette aîné aînée")
_HOUSEHOLD = words("family famille parents")  # "family is ali and huda (parents)"
_BE = words("is was are were est sont était r")  # "hunter and hope r twins"
# Who someone is said to be: "dawn was the cousin", not "our best hope is the youth program"
_SAID_KIN = RELATIVES | words(
    "twin boyfriend girlfriend bf gf partner ex conjoint conjointe chum blonde wife husband"
    " jumelle jumelles jumeau jumeaux"
)

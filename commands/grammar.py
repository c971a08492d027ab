"""The one text grammar every platform shares.

``COMMAND [ARGS…]`` where arguments are positional words, ``key=value`` pairs (values
may be quoted, lists comma-separated) and, for ``update``/``intervened``, free text
to the end of the line. Chat clients turn quotes into curly ones, so they are
straightened first.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field

from commands.errors import BadArguments

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "«": '"', "»": '"'})
_REF = re.compile(r"^[A-Za-z][A-Za-z0-9]{0,11}-\d{4}-\d{3,}$")
LIST_KEYS = frozenset({"risks", "protective", "assist"})


@dataclass
class Parsed:
    name: str
    rest: str
    words: list[str] = field(default_factory=list)
    options: dict[str, str | list[str]] = field(default_factory=dict)


def straighten(text: str) -> str:
    return text.translate(_QUOTES)


def split_command(text: str) -> tuple[str, str]:
    """The command word (lower case, a leading ``/hub`` or mention removed) and the rest."""
    text = straighten(text).strip()
    for prefix in ("/hub", "hub"):
        if text.lower().startswith(prefix + " ") or text.lower() == prefix:
            text = text[len(prefix):].strip()
            break
    if not text:
        return "help", ""
    name, _, rest = text.partition(" ")
    return name.lower(), rest.strip()


def parse(text: str) -> Parsed:
    """Split into words and ``key=value`` options. Unbalanced quotes are an error."""
    name, rest = split_command(text)
    try:
        tokens = shlex.split(rest, posix=True)
    except ValueError:
        raise BadArguments(
            "A quotation mark is not closed.",
            hint='Put text in straight double quotes, e.g. text="…".',
        ) from None
    parsed = Parsed(name=name, rest=rest)
    for token in tokens:
        key, eq, value = token.partition("=")
        if eq and key and re.fullmatch(r"[a-z_-]+", key.lower()):
            k = key.lower().replace("-", "_")
            if k in LIST_KEYS:
                parsed.options[k] = [v.strip() for v in value.split(",") if v.strip()]
            else:
                parsed.options[k] = value
        else:
            parsed.words.append(token)
    return parsed


def looks_like_ref(word: str) -> bool:
    return bool(_REF.match(word))


def take_ref(rest: str, *, usage: str) -> tuple[str, str]:
    """The situation reference at the start of ``rest`` and the raw text after it."""
    ref, _, after = straighten(rest).strip().partition(" ")
    if not ref:
        raise BadArguments("Which situation?", hint=f"Type `{usage}`.")
    if not looks_like_ref(ref):
        raise BadArguments(
            f"`{ref}` is not a situation reference.",
            hint=f"References look like `PA-2026-014`. Type `{usage}`.",
        )
    return ref.upper(), after.strip()

"""A table's own privacy settings: words it never wants flagged, patterns it always does.

Tables differ: one table's school name is a landmark everyone knows, another's is
small enough to identify a child. The admin edits ``[privacy]`` in the table's TOML.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PrivacyPolicy:
    """``allow``: case-insensitive words/phrases never flagged; ``deny``: extra regexes."""

    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for pattern in self.deny:
            _compile(pattern)

    @classmethod
    def from_config(cls, data: Mapping[str, Any]) -> PrivacyPolicy:
        """Read ``{"privacy": {"allow": [...], "deny": [...]}}`` or the inner table."""
        if "privacy" in data:
            section = data["privacy"]
            if not isinstance(section, Mapping):
                raise ValueError("[privacy] must be a table with 'allow' and 'deny' lists")
            unknown = set(section) - {"allow", "deny"}
            if unknown:
                raise ValueError(f"[privacy] has unknown keys: {', '.join(sorted(unknown))}")
        elif "allow" in data or "deny" in data:
            section = data
        else:
            section = {}
        allow = _strings(section.get("allow", ()), "allow")
        deny = _strings(section.get("deny", ()), "deny")
        for pattern in deny:
            _compile(pattern)
        return cls(allow=tuple(a for a in allow if a.strip()), deny=deny)

    def compiled_deny(self) -> tuple[re.Pattern[str], ...]:
        return tuple(_compile(p) for p in self.deny)

    def allowed_phrases(self) -> tuple[str, ...]:
        return tuple(a.strip().casefold() for a in self.allow if a.strip())


def _strings(value: Any, key: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise ValueError(f"[privacy] {key} must be a list of strings")
    if not all(isinstance(v, str) for v in value):
        raise ValueError(f"[privacy] {key} must contain only strings")
    return tuple(value)


@functools.cache
def _compile(pattern: str) -> re.Pattern[str]:
    if not pattern:
        raise ValueError("[privacy] deny has an empty pattern")
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ValueError(
            f"[privacy] deny pattern {pattern!r} is not a valid regular expression: {exc}"
        ) from exc

"""Recognizers, one module per family of identifiers.

Each exposes ``find(text) -> list[Candidate]``; the guard merges their output,
applies the table's allow-list and resolves overlaps by priority.
"""

from __future__ import annotations

from typing import NamedTuple

from commands.privacy.findings import Kind


class Candidate(NamedTuple):
    """A span one recognizer believes identifying; higher priority wins overlaps."""

    kind: Kind
    start: int
    end: int
    suggestion: str | None = None
    priority: int = 50

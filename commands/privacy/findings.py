"""What the guard reports: the kind of identifier and exactly where it is.

Every adapter shows these to the person who typed the text, so a finding carries
enough to point at the span and to say what to write instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """Kinds of identifying details; the value is the stable name used in data files."""

    NAME = "name"
    PHONE = "phone"
    EMAIL = "email"
    ADDRESS = "address"
    POSTAL_CODE = "postal_code"
    DATE_OF_BIRTH = "date_of_birth"
    HEALTH_NUMBER = "health_number"
    SIN = "sin"
    LICENCE = "licence"
    SOCIAL_HANDLE = "social_handle"
    CASE_NUMBER = "case_number"
    DENIED = "denied"

    @property
    def label(self) -> str:
        """A human label that fits in "…: a phone number"."""
        return _LABELS[self]


_LABELS: dict[Kind, str] = {
    Kind.NAME: "a person's name",
    Kind.PHONE: "a phone number",
    Kind.EMAIL: "an e-mail address",
    Kind.ADDRESS: "a street address",
    Kind.POSTAL_CODE: "a postal or ZIP code",
    Kind.DATE_OF_BIRTH: "a date of birth",
    Kind.HEALTH_NUMBER: "a health card number",
    Kind.SIN: "a social insurance number",
    Kind.LICENCE: "a driver's licence or licence plate number",
    Kind.SOCIAL_HANDLE: "a social-media handle or profile link",
    Kind.CASE_NUMBER: "an agency file or case number",
    Kind.DENIED: "text this table does not allow",
}


@dataclass(frozen=True)
class Finding:
    """One identifying detail in one field; ``text == value[start:end]``."""

    kind: Kind
    field: str
    start: int
    end: int
    text: str
    suggestion: str | None = None

    def describe(self) -> str:
        """One line for the person: where, what, and what to do about it."""
        where = f"{self.field}, characters {self.start + 1}–{self.end}"
        advice = f'Write "{self.suggestion}" instead.' if self.suggestion else "Remove it."
        return f'{where}: {self.kind.label} ("{self.text}"). {advice}'

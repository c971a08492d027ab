"""Typed domain errors. Each adapter turns them into a user message in one place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from commands.messages import FormProblem
    from commands.privacy.findings import Finding


class HubError(Exception):
    """Base of every error a person may be told about. ``str(err)`` is the message."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def user_text(self) -> str:
        return f"{self.message}\n{self.hint}" if self.hint else self.message


class UnknownCommand(HubError):
    pass


class BadArguments(HubError):
    pass


class UnknownMember(HubError):
    """The platform user is not mapped to an agency of this table."""


class NotAuthorized(HubError):
    pass


class UnknownSituation(HubError):
    pass


class InvalidTransition(HubError):
    pass


class NotFound(HubError):
    pass


class FormInvalid(HubError):
    """A form submission with problems shown next to the fields; nothing stored."""

    def __init__(self, problems: Sequence[FormProblem]) -> None:
        self.problems = list(problems)
        text = "; ".join(f"{p.field}: {p.message}" for p in self.problems)
        super().__init__(f"Please correct the form: {text}")


class PrivacyViolation(HubError):
    """Free text contains something that could identify a person; nothing stored."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = list(findings)
        lines = [f.describe() for f in self.findings]
        super().__init__(
            "Nothing was saved: this text may identify someone.\n" + "\n".join(lines),
            hint="Remove or generalise what is listed, then try again.",
        )


class DeliveryError(Exception):
    """A platform refused or failed to take a message.

    ``retryable`` says whether trying again later makes sense; ``retry_after`` is the
    platform's own wait (Slack/Teams 429) in seconds, when it gave one.
    """

    def __init__(
        self, reason: str, *, retryable: bool = True, retry_after: float | None = None
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable
        self.retry_after = retry_after

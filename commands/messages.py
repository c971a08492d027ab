"""The neutral message model: what to say, not how to draw it.

Commands and scheduled jobs produce these values; each platform adapter renders them
(Block Kit, Adaptive Cards, terminal text). Everything here is plain data that
round-trips through JSON, because outgoing messages are persisted in the outbox
before they are sent.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any


class Visibility(StrEnum):
    """Who sees a reply to a command."""

    PRIVATE = "private"  # only the person who typed the command
    TABLE = "table"  # everyone in the conversation the command came from


class Style(StrEnum):
    DEFAULT = "default"
    PRIMARY = "primary"
    DANGER = "danger"


@dataclass(frozen=True)
class Action:
    """A button. Pressing it runs ``command`` as if the presser had typed it.

    Carrying a plain command line keeps every platform's interactivity on the one
    grammar, and permissions are checked on the command, never on the button.
    """

    label: str
    command: str
    style: Style = Style.DEFAULT


@dataclass(frozen=True)
class Fact:
    """A labelled value, e.g. ``Lead agency: Police``."""

    label: str
    value: str


@dataclass(frozen=True)
class Section:
    """One block of a message. A numbered agenda item is one section.

    ``key`` is stable across re-renders (e.g. a situation reference) so that adapters
    splitting long messages never cut a section in two.
    """

    heading: str | None = None
    text: str | None = None
    facts: tuple[Fact, ...] = ()
    items: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()
    key: str | None = None


@dataclass(frozen=True)
class Message:
    """A whole message. ``summary`` is the plain-text fallback (notifications, logs)."""

    summary: str
    title: str | None = None
    sections: tuple[Section, ...] = ()
    context: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Message:
        sections = tuple(
            Section(
                heading=s.get("heading"),
                text=s.get("text"),
                facts=tuple(Fact(**f) for f in s.get("facts", ())),
                items=tuple(s.get("items", ())),
                actions=tuple(
                    Action(a["label"], a["command"], Style(a.get("style", "default")))
                    for a in s.get("actions", ())
                ),
                key=s.get("key"),
            )
            for s in data.get("sections", ())
        )
        return cls(
            summary=data["summary"],
            title=data.get("title"),
            sections=sections,
            context=data.get("context"),
        )


def text_message(text: str, *, title: str | None = None) -> Message:
    """A one-paragraph message."""
    return Message(summary=text, title=title, sections=(Section(text=text),))


class FieldKind(StrEnum):
    SELECT = "select"  # one of options
    MULTISELECT = "multiselect"  # several of options (option groups allowed)
    TEXT = "text"  # one line
    TEXTAREA = "textarea"  # several lines
    CONFIRM = "confirm"  # a checkbox that must be ticked


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass(frozen=True)
class OptionGroup:
    label: str
    options: tuple[Option, ...]


@dataclass(frozen=True)
class FormField:
    """One input of a form. ``name`` is the key of the submitted values."""

    name: str
    label: str
    kind: FieldKind
    options: tuple[Option, ...] = ()
    groups: tuple[OptionGroup, ...] = ()
    required: bool = True
    max_length: int | None = None
    hint: str | None = None
    initial: tuple[str, ...] = ()

    def all_options(self) -> tuple[Option, ...]:
        return self.options + tuple(o for g in self.groups for o in g.options)


@dataclass(frozen=True)
class Form:
    """A form to open (Slack modal, Teams dialog, shell prompts).

    ``form_id`` names the use case that takes the submission (``raise``, ``accept``…)
    and ``subject`` what it is about (a situation reference), so a submission needs
    no other state to be understood.
    """

    form_id: str
    title: str
    fields: tuple[FormField, ...]
    submit_label: str = "Submit"
    subject: str | None = None
    intro: str | None = None


FormValues = dict[str, str | list[str]]


@dataclass(frozen=True)
class Reply:
    """What a command answers to the person who typed it."""

    message: Message
    visibility: Visibility = Visibility.PRIVATE


@dataclass(frozen=True)
class OpenForm:
    """The answer to a command that needs a form filled first."""

    form: Form


Response = Reply | OpenForm


@dataclass(frozen=True)
class FormProblem:
    """A validation error shown next to a field of a form."""

    field: str
    message: str


@dataclass
class Outgoing:
    """A message the bot posts by itself, before it is given an outbox row."""

    target_kind: str
    address: str
    platform: str
    message: Message
    key: str | None = None
    replace_key: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

"""Which words are commands, who may use them and which function handles them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from commands.context import Ctx
from commands.messages import FormValues, Response

Handler = Callable[[Ctx, str], Response]
FormHandler = Callable[[Ctx, str | None, FormValues], Response]


@dataclass(frozen=True)
class CommandSpec:
    """``roles`` is who may use it (empty: every member); ``hidden`` commands are only
    reached from buttons (snooze) and are left out of help."""

    name: str
    usage: str
    summary: str
    handler: Handler
    roles: tuple[str, ...] = ()
    hidden: bool = False
    aliases: tuple[str, ...] = ()


def all_commands() -> dict[str, CommandSpec]:
    """Every command by name and alias, imported late so modules stay independent."""
    from commands import (
        agenda,
        browse,
        decisions,
        followup,
        help,
        home,
        meetings,
        raising,
    )

    specs: list[CommandSpec] = []
    for module in (help, home, raising, agenda, browse, decisions, followup, meetings):
        specs.extend(module.COMMANDS)
    table: dict[str, CommandSpec] = {}
    for spec in specs:
        table[spec.name] = spec
        for alias in spec.aliases:
            table[alias] = spec
    return table


def all_forms() -> dict[str, FormHandler]:
    from commands import decisions, followup, raising

    forms: dict[str, FormHandler] = {}
    for module in (raising, decisions, followup):
        forms.update(module.FORMS)
    return forms

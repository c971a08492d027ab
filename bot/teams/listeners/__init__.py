"""Activity listeners, one kind per module, each with ``register(bot)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.teams.runtime import TeamsBot


def register_all(bot: TeamsBot) -> None:
    from bot.teams.listeners import dialogs, install, messages

    install.register(bot)
    messages.register(bot)
    dialogs.register(bot)

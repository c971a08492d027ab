"""Microsoft Teams adapter, on the Teams SDK for Python (``microsoft-teams-apps``).

The composition root calls ``build_teams_app(settings, hub)`` and mounts
``bot.routes()`` (``POST /api/messages``) beside Slack's; ``bot.sender()`` is the
outbox's ``teams`` sender. Imports are lazy: importing this package builds nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from starlette.routing import Route

    from bot.teams.config import TeamsConfig
    from bot.teams.runtime import TeamsBot
    from commands.context import Hub


def build_teams_app(config: TeamsConfig | Any, hub: Hub) -> TeamsBot:
    from bot.teams.runtime import build_teams_app as build

    return build(config, hub)


def teams_routes(bot: TeamsBot) -> list[Route]:
    return bot.routes()


__all__ = ["build_teams_app", "teams_routes"]

"""The Slack app manifest: paste it at api.slack.com/apps → "From a manifest" and the
app exists in one step. Scopes are the fewest that work:

- ``commands``: the ``/hub`` slash command;
- ``chat:write``: posts, updates, ephemeral replies, and direct messages (a message
  to a user id lands in the member's messages tab with the app);
- ``groups:write``: create, invite to and archive the private filter-4 channels;
- ``groups:read``: find a filter-4 channel the bot already created (a retried delivery
  must not create a second one).

The App Home tab, modals and the ``app_home_opened`` / uninstall events need no scope.
"""

from __future__ import annotations

import json
from typing import Any

import typer

BOT_SCOPES = ("commands", "chat:write", "groups:write", "groups:read")
BOT_EVENTS = ("app_home_opened", "app_uninstalled", "tokens_revoked")
EVENTS_PATH = "/slack/events"
REDIRECT_PATH = "/slack/oauth_redirect"


def manifest(url: str | None = None, *, name: str = "hubbot",
             socket_mode: bool = False) -> dict[str, Any]:
    """The manifest for an app served at ``url`` (HTTP mode) or over Socket Mode."""
    if not socket_mode and not url:
        raise ValueError("HTTP mode needs the public https URL of the bot")
    base = (url or "").rstrip("/")
    events = f"{base}{EVENTS_PATH}"
    command: dict[str, Any] = {
        "command": "/hub",
        "description": "Situation table: raise, list, show, accept, agenda…",
        "usage_hint": "help | raise | list [open|mine|new|overdue] | show REF | agenda",
        "should_escape": False,
    }
    interactivity: dict[str, Any] = {"is_enabled": True}
    subscriptions: dict[str, Any] = {"bot_events": list(BOT_EVENTS)}
    oauth: dict[str, Any] = {"scopes": {"bot": list(BOT_SCOPES)}}
    if not socket_mode:
        command["url"] = events
        interactivity.update(request_url=events, message_menu_options_url=events)
        subscriptions["request_url"] = events
        oauth["redirect_urls"] = [f"{base}{REDIRECT_PATH}"]
    return {
        "_metadata": {"major_version": 1, "minor_version": 1},
        "display_information": {
            "name": name,
            "description": "De-identified situations, agendas and reminders for a "
                           "situation table (Hub).",
            "background_color": "#1d4f73",
        },
        "features": {
            "app_home": {"home_tab_enabled": True, "messages_tab_enabled": True,
                         "messages_tab_read_only_enabled": True},
            "bot_user": {"display_name": name, "always_online": True},
            "slash_commands": [command],
        },
        "oauth_config": oauth,
        "settings": {
            "event_subscriptions": subscriptions,
            "interactivity": interactivity,
            "org_deploy_enabled": False,
            "socket_mode_enabled": socket_mode,
            "token_rotation_enabled": False,
        },
    }


slack_cli = typer.Typer(help="Slack app helpers.", no_args_is_help=True)


@slack_cli.command("manifest")
def manifest_command(
    url: str = typer.Option(None, "--url", help="Public base URL, e.g. https://hub.example.org"),
    socket_mode: bool = typer.Option(False, "--socket-mode", help="Manifest for Socket Mode"),
    name: str = typer.Option("hubbot", "--name", help="App and bot user name"),
) -> None:
    """Print the app manifest (JSON) to paste into api.slack.com/apps."""
    if not socket_mode and not url:
        raise typer.BadParameter("give --url https://HOST, or --socket-mode", param_hint="--url")
    if url and not url.startswith("https://"):
        typer.echo("warning: Slack only calls https URLs", err=True)
    typer.echo(json.dumps(manifest(url, name=name, socket_mode=socket_mode), indent=2))

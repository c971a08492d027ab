"""``hubbot serve``: every configured platform in one process, plus the scheduler.

``compose`` builds the pieces without starting anything, so tests can drive the same
wiring the service runs; ``serve`` starts them and blocks.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import typer
from starlette.applications import Starlette

from bot.app import configure_logging, open_database
from bot.settings import Settings, get_settings
from commands.context import Hub
from commands.ports import Clock, Sender, SystemClock
from commands.privacy import warm_up
from scheduler.runner import Runner

log = logging.getLogger(__name__)


@dataclass
class Server:
    hub: Hub
    asgi: Starlette
    runner: Runner
    platforms: list[str]
    socket_mode: Any = None  # slack_bolt's SocketModeHandler when Socket Mode is on
    extras: dict[str, Any] = field(default_factory=dict)


class NothingToServe(Exception):
    pass


def compose(settings: Settings, *, clock: Clock | None = None) -> Server:
    """Wire the database, the use cases, each configured platform and the scheduler."""
    from bot.slack.server import build_asgi_app

    clock = clock or SystemClock()
    engine = open_database(settings)
    hub = Hub(engine=engine, clock=clock)
    senders: dict[str, Sender] = {}
    routes: list[Any] = []
    slack_http = None
    socket_handler = None
    extras: dict[str, Any] = {}
    if settings.slack_enabled:
        from bot.slack import build_slack_app, make_sender

        slack_app = build_slack_app(settings, hub, socket_mode=settings.slack_socket_mode)
        senders["slack"] = make_sender(settings, hub)
        extras["slack_app"] = slack_app
        if settings.slack_socket_mode:
            from bot.slack.socket_mode import socket_mode_handler

            assert settings.slack_app_token is not None
            socket_handler = socket_mode_handler(slack_app, settings.slack_app_token,
                                                 settings.slack_api_url)
            if slack_app.oauth_flow is not None:
                # Events arrive over the socket, but workspaces still install over HTTP.
                from bot.slack.server import EVENTS_PATH, slack_routes

                routes.extend(r for r in slack_routes(slack_app)
                              if getattr(r, "path", "") != EVENTS_PATH)
        else:
            slack_http = slack_app
    if settings.teams_enabled:
        from bot.teams import build_teams_app, teams_routes
        from bot.teams.config import TeamsConfig

        teams = build_teams_app(TeamsConfig.from_settings(settings), hub)
        routes.extend(teams_routes(teams))
        senders["teams"] = teams.sender()
        extras["teams"] = teams
    if not senders:
        raise NothingToServe(
            "No platform is configured: set SLACK_BOT_TOKEN (and SLACK_SIGNING_SECRET or "
            "SLACK_APP_TOKEN), SLACK_CLIENT_ID/SLACK_CLIENT_SECRET, or TEAMS_CLIENT_ID/"
            "TEAMS_CLIENT_SECRET/TEAMS_TENANT_ID. To try hubbot without a chat workspace, "
            "run `hubbot shell`."
        )
    # The guard reads its word lists and patterns on first use (about a second); doing it
    # here keeps that off the first rep's form and inside Slack's 3 s.
    warm_up()
    runner = Runner(engine=engine, clock=clock, senders=senders)
    hub.wake_outbox = runner.wake
    asgi = build_asgi_app(slack_http, engine=engine, routes=routes)
    return Server(hub=hub, asgi=asgi, runner=runner, platforms=sorted(senders),
                  socket_mode=socket_handler, extras=extras)


def serve() -> None:
    """Serve Slack and/or Teams as configured, with the scheduler, on PORT."""
    from bot.slack.server import serve_http

    settings = get_settings()
    configure_logging(settings)
    try:
        server = compose(settings)
    except (NothingToServe, ValueError) as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(2) from None
    server.runner.start()
    if server.socket_mode is not None:
        server.socket_mode.connect()
    log.info("serving %s on port %s", ", ".join(server.platforms), settings.port)
    try:
        serve_http(server.asgi, port=settings.port, log_level=settings.log_level)
    finally:
        if server.socket_mode is not None:
            server.socket_mode.close()
        server.runner.shutdown()
        for sender in server.runner.senders.values():
            close = getattr(sender, "close", None)
            if callable(close):
                close()

"""The HTTP server: one ASGI (Starlette) app that other platforms can add routes to.

``/slack/events`` takes commands, interactivity, options and events; Bolt verifies
each signature. Bolt's dispatch is synchronous (it waits for ``ack()``), so it runs
in the thread pool: the event loop keeps accepting requests while listeners work.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from slack_bolt import App
from slack_bolt.adapter.starlette.handler import to_bolt_request, to_starlette_response
from sqlalchemy import text
from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from bot.slack.oauth import INSTALL_PATH, REDIRECT_PATH

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


def slack_routes(slack_app: App) -> list[BaseRoute]:
    async def events(request: Request) -> Response:
        body = await request.body()
        bolt_response = await run_in_threadpool(slack_app.dispatch,
                                                 to_bolt_request(request, body))
        return to_starlette_response(bolt_response)

    async def install(request: Request) -> Response:
        flow = slack_app.oauth_flow
        if flow is None:
            return PlainTextResponse("This hubbot serves one workspace (no OAuth).", 404)
        bolt_request = to_bolt_request(request, await request.body())
        if request.url.path == flow.install_path:
            resp = await run_in_threadpool(flow.handle_installation, bolt_request)
        else:
            resp = await run_in_threadpool(flow.handle_callback, bolt_request)
        return to_starlette_response(resp)

    return [
        Route(EVENTS_PATH, events, methods=["POST"]),
        Route(INSTALL_PATH, install, methods=["GET"]),
        Route(REDIRECT_PATH, install, methods=["GET"]),
    ]


def health_route(engine: Engine | None) -> Route:
    """For load balancers: 200 when the database answers, 503 when it does not."""

    def ping() -> bool:
        if engine is None:
            return True
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except Exception as err:
            log.warning("health check: database unreachable: %s", err)
            return False

    async def health(_request: Request) -> Response:
        ok = await run_in_threadpool(ping)
        return JSONResponse({"ok": ok, "database": "up" if ok else "down"},
                            status_code=200 if ok else 503)

    return Route(HEALTH_PATH, health, methods=["GET", "HEAD"])


def build_asgi_app(slack_app: App | None = None, *, engine: Engine | None = None,
                   routes: Sequence[BaseRoute] = ()) -> Starlette:
    """The process's HTTP app: Slack's routes (if Slack is configured), the health
    check, and any other platform's routes (Teams' ``/api/messages``)."""
    all_routes: list[BaseRoute] = [health_route(engine)]
    if slack_app is not None:
        all_routes.extend(slack_routes(slack_app))
    all_routes.extend(routes)
    return Starlette(routes=all_routes)


def add_routes(asgi: Starlette, routes: Sequence[BaseRoute]) -> None:
    """Mount more routes (another platform) on an app built already."""
    asgi.router.routes.extend(routes)


def serve_http(asgi: Starlette, *, port: int, host: str = "0.0.0.0",
               log_level: str = "info") -> None:
    """Serve until interrupted (SIGINT/SIGTERM stop uvicorn gracefully)."""
    import uvicorn

    uvicorn.run(asgi, host=host, port=port, log_level=log_level.lower(),
                proxy_headers=True, access_log=False)

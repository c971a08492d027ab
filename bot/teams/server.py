"""Serving the SDK's messaging endpoint from our own Starlette/ASGI application.

The SDK's ``HttpServer`` does the JWT validation and hands the activity to the
``App``; it only needs an adapter that registers routes. This adapter collects
them and exposes them as Starlette routes, so Teams and Slack share one server.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

if TYPE_CHECKING:
    from microsoft_teams.apps.http.adapter import HttpMethod, HttpRouteHandler

log = logging.getLogger(__name__)
# (activity body, lower-cased headers) -> None to accept, or the reason for a 401
Guard = Callable[[dict[str, Any], dict[str, str]], Awaitable[str | None]]


class StarletteAdapter:
    """``HttpServerAdapter`` whose routes are served by the composition root."""

    def __init__(self) -> None:
        self.handlers: dict[str, HttpRouteHandler] = {}

    def register_route(self, method: HttpMethod, path: str, handler: HttpRouteHandler) -> None:
        self.handlers[path] = handler

    def serve_static(self, path: str, directory: str) -> None:
        """Static tabs are not part of hubbot."""

    async def start(self, port: int) -> None:
        raise RuntimeError("hubbot serves Teams from its own server (hubbot serve)")

    async def stop(self) -> None:
        return None

    async def dispatch(self, path: str, request: Request, guard: Guard | None = None
                       ) -> Response:
        """Hand the request to the SDK's handler, after ``guard`` accepted it."""
        handler = self.handlers.get(path)
        if handler is None:
            return JSONResponse({"error": "Teams endpoint not initialised"}, status_code=503)
        try:
            body = json.loads(await request.body())
        except ValueError:
            return JSONResponse({"error": "Body is not JSON"}, status_code=400)
        if not isinstance(body, dict):
            return JSONResponse({"error": "Body is not an activity"}, status_code=400)
        headers = {k.lower(): v for k, v in request.headers.items()}
        if guard is not None:
            refusal = await guard(body, headers)
            if refusal is not None:
                log.warning("Teams activity refused (401): %s", refusal)
                return JSONResponse({"error": "Unauthorized"}, status_code=401)
        result = await handler({"body": body, "headers": headers})
        status, payload = result["status"], result["body"]
        if payload is None:
            return Response(status_code=status)
        return JSONResponse(payload, status_code=status)


def messaging_route(path: str, endpoint: object) -> Route:
    return Route(path, endpoint, methods=["POST"])  # type: ignore[arg-type]

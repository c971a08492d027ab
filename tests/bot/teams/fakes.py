"""Loopback stand-ins for Microsoft's side of the Teams protocol.

One Starlette app plays: the Bot Framework OpenID metadata and signing keys (an RSA
test key), the OAuth token service, the Bot Connector (``/v3/conversations/...``)
and the two Microsoft Graph calls hubbot makes. Every connector call is recorded;
failures (429, 412, 502, 504, 403, 404) can be programmed per path.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import jwt
import uvicorn
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

ISSUER = "https://api.botframework.com"
# The SDK reads the claims of the tokens it is given, so the fake's is a real JWT.
BOT_TOKEN = jwt.encode({"aud": "https://api.botframework.com", "iss": "fake-token-service",
                        "exp": 4102444800}, "fake-token-service-secret-of-32-bytes-or-more",
                       algorithm="HS256")
CLIENT_ID = "00000000-0000-0000-0000-0000000b0701"
TENANT = "tenant-1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Served:
    """An ASGI app on a loopback port, in a thread, for the duration of a test."""

    def __init__(self, app: Any) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("loopback server did not start")
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(5)


class Keys:
    """An RSA key pair published as a JWKS, and a signer of Bot Framework tokens."""

    def __init__(self, kid: str = "test-key-1",
                 endorsements: list[str] | None = None) -> None:
        self.kid = kid
        self.private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.endorsements = ["msteams"] if endorsements is None else endorsements

    def jwks(self) -> dict[str, Any]:
        jwk = json.loads(RSAAlgorithm.to_jwk(self.private.public_key()))
        jwk.update({"kid": self.kid, "use": "sig", "alg": "RS256"})
        if self.endorsements:
            jwk["endorsements"] = self.endorsements
        return {"keys": [jwk]}

    def token(self, service_url: str, *, audience: str = CLIENT_ID, issuer: str = ISSUER,
              lifetime: int = 3600, issued: float | None = None, not_before: int = -5,
              without: tuple[str, ...] = ()) -> str:
        """A signed token; ``without`` drops claims, ``not_before`` is relative."""
        now = int(issued if issued is not None else time.time())
        claims = {"iss": issuer, "aud": audience, "serviceurl": service_url,
                  "nbf": now + not_before, "iat": now - 5, "exp": now + lifetime}
        for name in without:
            claims.pop(name, None)
        return jwt.encode(claims, self.private, algorithm="RS256", headers={"kid": self.kid})


@dataclass
class Call:
    method: str
    path: str
    body: dict[str, Any]
    authorization: str
    status: int


@dataclass
class Failure:
    status: int
    times: int = 1
    headers: dict[str, str] = field(default_factory=dict)
    code: str = "Failure"


class FakeMicrosoft:
    """OpenID metadata, JWKS, token service, Bot Connector and a little Graph."""

    def __init__(self) -> None:
        self.keys = Keys()
        self.calls: list[Call] = []
        self.failures: list[tuple[Callable[[str, str], bool], Failure]] = []
        self.conversations: dict[str, list[dict[str, Any]]] = {}
        self.lock = threading.Lock()
        self.gate = threading.Event()  # cleared: activity posts wait until it is set
        self.gate.set()
        self.waiting = 0  # activity posts held at the gate now
        self.most_waiting = 0
        self.server = Served(Starlette(routes=[
            Route("/v1/.well-known/openidconfiguration", self.metadata),
            Route("/v1/.well-known/keys", self.jwks),
            Route("/oauth/token", self.token, methods=["POST"]),
            Route("/v3/conversations", self.create_conversation, methods=["POST"]),
            Route("/v3/conversations/{cid:path}/activities/{aid}", self.activity,
                  methods=["POST", "PUT"]),
            Route("/v3/conversations/{cid:path}/activities", self.activity, methods=["POST"]),
            Route("/graph/chats", self.graph_chat, methods=["POST"]),
            Route("/graph/chats/{cid:path}/installedApps", self.graph_install,
                  methods=["POST"]),
        ]))
        self.url = self.server.url
        self.service_url = f"{self.url}/"

    @property
    def metadata_url(self) -> str:
        return f"{self.url}/v1/.well-known/openidconfiguration"

    def fail(self, status: int, *, times: int = 1, when: str = "", method: str = "",
             retry_after: str | None = None, code: str = "Failure") -> None:
        """The next ``times`` connector calls whose path contains ``when`` fail."""
        headers = {"Retry-After": retry_after} if retry_after else {}
        self.failures.append((lambda m, p: when in p and (not method or m == method),
                              Failure(status, times, headers, code)))

    def sent(self, conversation: str | None = None, method: str | None = None) -> list[Call]:
        """Successful connector calls that carried an activity."""
        return [c for c in self.calls if c.status < 300 and "/activities" in c.path
                and (conversation is None or f"/conversations/{conversation}/" in c.path
                     or f"/conversations/{conversation};" in c.path)
                and (method is None or c.method == method)]

    # ------------------------------------------------------------------ endpoints

    async def metadata(self, request: Request) -> Response:
        return JSONResponse({"issuer": ISSUER, "jwks_uri": f"{self.url}/v1/.well-known/keys",
                             "id_token_signing_alg_values_supported": ["RS256"]})

    async def jwks(self, request: Request) -> Response:
        return JSONResponse(self.keys.jwks())

    async def token(self, request: Request) -> Response:
        form = {k: v[0] for k, v in parse_qs((await request.body()).decode()).items()}
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != "secret":
            return JSONResponse({"error": "invalid_client"}, status_code=401)
        return JSONResponse({"access_token": BOT_TOKEN, "token_type": "Bearer",
                             "expires_in": 3600})

    async def _guard(self, request: Request) -> tuple[dict[str, Any], Response | None]:
        raw = await request.body()
        body = json.loads(raw) if raw else {}
        auth = request.headers.get("authorization", "")
        path = request.url.path
        status = 200
        response: Response | None = None
        with self.lock:
            if auth != f"Bearer {BOT_TOKEN}":
                status, response = 401, JSONResponse({"error": {"code": "Unauthorized"}}, 401)
            else:
                for i, (match, failure) in enumerate(self.failures):
                    if match(request.method, path):
                        failure.times -= 1
                        if failure.times <= 0:
                            del self.failures[i]
                        status = failure.status
                        response = JSONResponse({"error": {"code": failure.code}},
                                                status_code=status, headers=failure.headers)
                        break
            self.calls.append(Call(request.method, path, body, auth, status))
        return body, response

    async def create_conversation(self, request: Request) -> Response:
        body, refused = await self._guard(request)
        if refused:
            return refused
        cid = f"a:{uuid.uuid4().hex}" if not body.get("isGroup") else \
            f"19:{uuid.uuid4().hex}@thread.tacv2"
        self.conversations.setdefault(cid, [])
        return JSONResponse({"id": cid, "activityId": None}, status_code=201)

    async def _held(self) -> None:
        """Wait at the gate (a slow Bot Connector), counting who waits."""
        if self.gate.is_set():
            return
        with self.lock:
            self.waiting += 1
            self.most_waiting = max(self.most_waiting, self.waiting)
        try:
            await asyncio.to_thread(self.gate.wait, 30)
        finally:
            with self.lock:
                self.waiting -= 1

    async def activity(self, request: Request) -> Response:
        await self._held()
        body, refused = await self._guard(request)
        if refused:
            return refused
        cid = request.path_params["cid"]
        aid = request.path_params.get("aid")
        if request.method == "PUT":
            return JSONResponse({"id": aid})
        new_id = f"{int(time.time() * 1000)}{uuid.uuid4().hex[:6]}"
        self.conversations.setdefault(cid, []).append(body)
        return JSONResponse({"id": new_id}, status_code=201)

    async def graph_chat(self, request: Request) -> Response:
        body, refused = await self._guard(request)
        if refused:
            return refused
        cid = f"19:{uuid.uuid4().hex}@thread.v2"
        self.conversations[cid] = []
        return JSONResponse({"id": cid, "chatType": "group", "topic": body.get("topic")},
                            status_code=201)

    async def graph_install(self, request: Request) -> Response:
        _body, refused = await self._guard(request)
        return refused or Response(status_code=201)

    def stop(self) -> None:
        self.gate.set()
        self.server.stop()

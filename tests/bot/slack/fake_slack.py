"""A loopback fake of Slack's Web API: a real HTTP server that records every call.

It answers the methods hubbot uses much as Slack does (form or JSON bodies, ``ok``
envelopes, ``ts`` values, private channels with taken names) and can be told to fail:
a 429 with ``Retry-After``, a 500, or an ``ok: false`` error code, for a number of calls.
``response_url`` posts land on ``/respond/<id>``.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

BOT_USER = "UBOT"
TEAM = "T0001"
SCOPES = "commands,chat:write,groups:write,groups:read"


@dataclass
class Workspace:
    """A workspace that installed the app by OAuth, as the fake knows it."""

    team_id: str
    team_name: str
    bot_token: str
    bot_user_id: str
    bot_id: str
    scope: str


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    token: str | None
    at: float


@dataclass
class Failure:
    method: str
    times: int
    status: int = 200
    error: str | None = None
    retry_after: int | None = None
    when: Callable[[dict[str, Any]], bool] | None = None


@dataclass
class FakeSlack:
    calls: list[Call] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    channels: dict[str, dict[str, Any]] = field(default_factory=dict)
    messages: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    url: str = ""
    lock: threading.Condition = field(default_factory=threading.Condition)
    oauth_client: tuple[str, str] | None = None  # (client id, secret) oauth.v2.access takes
    codes: dict[str, Workspace] = field(default_factory=dict)  # issued, not yet exchanged
    workspaces: dict[str, Workspace] = field(default_factory=dict)  # by bot token
    socket_url: Callable[[], str] | None = None  # apps.connections.open (Socket Mode)
    _ts: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    # ---------------------------------------------------------------- controls

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"{self.url}/respond/{name}"

    def fail(self, method: str, *, times: int = 1, status: int = 200, error: str | None = None,
             retry_after: int | None = None,
             when: Callable[[dict[str, Any]], bool] | None = None) -> None:
        with self.lock:
            self.failures.append(Failure(method, times, status, error, retry_after, when))

    def grant(self, team_id: str, team_name: str, *, scope: str = SCOPES) -> str:
        """What Slack does when an admin approves the install: a one-time ``code``
        that ``oauth.v2.access`` exchanges for this workspace's bot token."""
        n = next(self._ts)
        ws = Workspace(team_id, team_name, f"xoxb-{team_id}-{n}-oauth", f"UBOT{team_id}",
                       f"B{team_id}", scope)
        code = f"{n}.{team_id}.code"
        with self.lock:
            self.codes[code] = ws
        return code

    def of(self, method: str) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, check: Callable[[], bool], timeout: float = 10.0) -> None:
        """Bounded wait for asynchronous work (the bot answers after its ack)."""
        deadline = time.monotonic() + timeout
        with self.lock:
            while not check():
                left = deadline - time.monotonic()
                if left <= 0:
                    names = [c.method for c in self.calls]
                    raise AssertionError(f"condition not met in {timeout}s; calls: {names}")
                self.lock.wait(min(left, 0.05))

    def wait_calls(self, method: str, count: int = 1, timeout: float = 10.0) -> list[Call]:
        self.wait_for(lambda: len([c for c in self.calls if c.method == method]) >= count,
                      timeout)
        return self.of(method)

    def texts(self, method: str = "chat.postMessage") -> list[str]:
        """Everything drawn in those calls (fallback text and block text), for asserts."""
        return [json.dumps(c.args) for c in self.of(method)]

    # ---------------------------------------------------------------- behaviour

    def handle(self, method: str, args: dict[str, Any], token: str | None,
               ) -> tuple[int, dict[str, Any], dict[str, str]]:
        """Record the call, then answer it (or fail it as told)."""
        with self.lock:
            self.calls.append(Call(method, args, token, time.monotonic()))
            self.lock.notify_all()
            for f in self.failures:
                if f.method == method and f.times > 0 and (f.when is None or f.when(args)):
                    f.times -= 1
                    headers = {"Retry-After": str(f.retry_after)} if f.retry_after else {}
                    if f.status == 429:
                        return 429, {"ok": False, "error": "ratelimited"}, headers
                    if f.status >= 500:
                        return f.status, {"ok": False, "error": "internal_error"}, headers
                    return 200, {"ok": False, "error": f.error or "fatal_error"}, headers
            return 200, {"ok": True, **self._answer(method, args, token)}, {}

    def _answer(self, method: str, args: dict[str, Any], token: str | None,
                ) -> dict[str, Any]:
        if method == "auth.test":
            ws = self.workspaces.get(str(token))
            if ws is not None:
                return {"user_id": ws.bot_user_id, "team_id": ws.team_id, "bot_id": ws.bot_id,
                        "team": ws.team_name, "is_enterprise_install": False,
                        "url": f"https://{ws.team_name.lower()}.slack.com/"}
            return {"user_id": BOT_USER, "team_id": TEAM, "bot_id": "BBOT", "team": "Hub",
                    "url": "https://hub.slack.com/"}
        if method in ("chat.postMessage", "chat.postEphemeral"):
            ts = f"{1700000000 + next(self._ts)}.000100"
            channel = str(args.get("channel"))
            if channel.startswith("U"):
                channel = "D" + channel[1:]
            self.messages[(channel, ts)] = args
            return {"ts": ts, "channel": channel, "message_ts": ts}
        if method == "chat.update":
            self.messages[(str(args.get("channel")), str(args.get("ts")))] = args
            return {"ts": args.get("ts"), "channel": args.get("channel")}
        if method.startswith("views."):
            view = args.get("view")
            if isinstance(view, str):
                view = json.loads(view)
            return {"view": {"id": args.get("view_id") or f"V{next(self._ts)}",
                             "hash": f"h{next(self._ts)}", **(view or {})}}
        if method == "conversations.create":
            name = str(args.get("name"))
            if any(c["name"] == name for c in self.channels.values()):
                return {"ok": False, "error": "name_taken"}
            cid = f"G{next(self._ts):05d}"
            self.channels[cid] = {"id": cid, "name": name, "is_private": True,
                                  "is_member": True, "is_archived": False, "members": []}
            return {"channel": self.channels[cid]}
        if method == "conversations.invite":
            ch = self.channels.get(str(args.get("channel")))
            if ch is not None:
                ch["members"].extend(str(args.get("users", "")).split(","))
            return {"channel": ch or {}}
        if method == "conversations.archive":
            ch = self.channels.get(str(args.get("channel")))
            if ch is not None:
                ch["is_archived"] = True
            return {}
        if method == "conversations.list":
            live = [c for c in self.channels.values() if not c["is_archived"]]
            return {"channels": live, "response_metadata": {"next_cursor": ""}}
        if method == "conversations.open":
            return {"channel": {"id": "D" + str(args.get("users", "X"))[1:]}}
        if method == "users.info":
            return {"user": {"id": args.get("user"), "tz": "America/Regina"}}
        if method == "apps.connections.open":
            if not (token or "").startswith("xapp-"):  # only an app-level token will do
                return {"ok": False, "error": "not_allowed_token_type"}
            if self.socket_url is None:
                return {"ok": False, "error": "internal_error"}
            return {"url": self.socket_url()}
        if method == "oauth.v2.access":
            return self._exchange(args)
        return {}

    def _exchange(self, args: dict[str, Any]) -> dict[str, Any]:
        """``oauth.v2.access``: the app's credentials and a code used once, as Slack
        checks them; the answer is shaped like Slack's (a bot token install)."""
        if self.oauth_client is None or (args.get("client_id"), args.get("client_secret")
                                         ) != self.oauth_client:
            return {"ok": False, "error": "invalid_client_id"}
        ws = self.codes.pop(str(args.get("code")), None)
        if ws is None:
            return {"ok": False, "error": "invalid_code"}
        self.workspaces[ws.bot_token] = ws
        return {"app_id": "A0001", "authed_user": {"id": f"U{ws.team_id}ADMIN"},
                "scope": ws.scope, "token_type": "bot", "access_token": ws.bot_token,
                "bot_user_id": ws.bot_user_id, "team": {"id": ws.team_id, "name": ws.team_name},
                "enterprise": None, "is_enterprise_install": False}


def _parse(handler: BaseHTTPRequestHandler) -> dict[str, Any]:
    length = int(handler.headers.get("Content-Length") or 0)
    raw = handler.rfile.read(length).decode() if length else ""
    ctype = handler.headers.get("Content-Type") or ""
    args: dict[str, Any] = {}
    query = urlparse(handler.path).query
    for k, v in parse_qs(query).items():
        args[k] = v[0]
    if "json" in ctype and raw:
        args.update(json.loads(raw))
    elif raw:
        for k, v in parse_qs(raw, keep_blank_values=True).items():
            args[k] = v[0]
    for key in ("blocks", "view"):
        if isinstance(args.get(key), str) and args[key].startswith(("[", "{")):
            args[key] = json.loads(args[key])
    return args


def _handler(fake: FakeSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return None

        def _reply(self, status: int, body: dict[str, Any], headers: dict[str, str]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            path = urlparse(self.path).path
            args = _parse(self)
            auth = self.headers.get("Authorization") or ""
            token: str | None = None
            if auth.startswith("Basic "):  # oauth.v2.access: the app's id and secret
                client_id, _, secret = base64.b64decode(auth[6:]).decode().partition(":")
                args.setdefault("client_id", client_id)
                args.setdefault("client_secret", secret)
            else:
                token = auth.removeprefix("Bearer ") or args.get("token")
            if path.startswith("/respond/"):
                method = "response_url"
                args["_url"] = path
            elif path.startswith("/api/"):
                method = path.removeprefix("/api/")
            else:
                self._reply(404, {"ok": False}, {})
                return
            status, body, headers = fake.handle(method, args, token)
            self._reply(status, body, headers)

        do_GET = do_POST

    return Handler


class _Server(ThreadingHTTPServer):
    request_queue_size = 512  # benchmark bursts must not be reset by a short backlog


@contextmanager
def running_fake_slack() -> Iterator[FakeSlack]:
    fake = FakeSlack()
    server = _Server(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()

"""Teams benchmark: acknowledgement latency through the real HTTP path (signed JWT,
SDK validation, hubbot's token checks and handler), for a message command and a
dialog submit, beside a bare SDK app. A message command is acknowledged before its
work (command, reply to the loopback Bot Connector) runs on the work pool, so the
time until every reply was delivered is printed too; a dialog submit answers in its
HTTP response, as Teams requires.

Run: ``.venv/bin/python tests/bench/bench_teams.py`` (prints figures, asserts nothing).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
from starlette.applications import Starlette

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.teams.runtime import build_app  # noqa: E402
from bot.teams.server import StarletteAdapter  # noqa: E402
from models.db import make_engine, upgrade_database  # noqa: E402
from tests.bot.teams.conftest import (  # noqa: E402
    Harness,
    make_harness,
    teams_table,
)
from tests.bot.teams.fakes import CLIENT_ID, TENANT, FakeMicrosoft, Served  # noqa: E402
from tests.bot.teams.helpers import dialog_card, raise_values, submit_data  # noqa: E402
from tests.factories import SAFE_TEXT  # noqa: E402

CLIENTS = 20
PER_CLIENT = 15


def load(url: str, make: Callable[[int, int], dict[str, Any]], token: str) -> list[float]:
    headers = {"Authorization": f"Bearer {token}"}

    def client(n: int) -> list[float]:
        times: list[float] = []
        with httpx.Client(timeout=60) as http:
            for i in range(PER_CLIENT):
                body = make(n, i)
                started = time.perf_counter()
                response = http.post(url, json=body, headers=headers)
                times.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, response.text
        return times

    with ThreadPoolExecutor(CLIENTS) as pool:
        return [t for chunk in pool.map(client, range(CLIENTS)) for t in chunk]


def figures(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def bare_sdk(fake: FakeMicrosoft) -> Served:
    """The SDK alone: same auth, a handler that does nothing."""
    from bot.teams.config import TeamsConfig

    adapter = StarletteAdapter()
    config = TeamsConfig(client_id=CLIENT_ID, client_secret="secret", tenant_id=TENANT,
                         openid_metadata_url=fake.metadata_url,
                         token_url=f"{fake.url}/oauth/token", service_url=fake.service_url)
    app = build_app(config, adapter)

    async def nothing(ctx: Any) -> None:
        return None

    app.on_message(nothing)

    async def endpoint(request: Any) -> Any:
        if "/api/messages" not in adapter.handlers:
            await app.initialize()
        return await adapter.dispatch("/api/messages", request)

    from starlette.routing import Route

    return Served(Starlette(routes=[Route("/api/messages", endpoint, methods=["POST"])]))


def main() -> None:
    fake = FakeMicrosoft()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/bench.db")
        upgrade_database(engine)
        import models.conversation_ref  # noqa: F401  (until models/__init__ imports it)

        teams: Harness = make_harness(engine, fake, teams_table())
        token = fake.keys.token(fake.service_url)
        bare = bare_sdk(fake)
        users = ["officer", "nurse", "housing", "teacher", "caseworker"]

        def message(text: str) -> Callable[[int, int], dict[str, Any]]:
            def make(n: int, _i: int) -> dict[str, Any]:
                user = users[n % len(users)]
                return teams.message(user, text, conversation=f"a:{user}", kind="personal")
            return make

        card = dialog_card(teams.fetch("officer", "raise", conversation="a:officer",
                                       kind="personal"))
        data = {**submit_data(card), **raise_values(SAFE_TEXT)}

        def submit(n: int, _i: int) -> dict[str, Any]:
            user = users[n % len(users)]
            return teams.invoke(user, "task/submit", data, conversation=f"a:{user}",
                                kind="personal")

        load(teams.endpoint, message("help"), token)  # warm-up (keys, token, pools)
        load(f"{bare.url}/api/messages", message("help"), token)
        teams.settle(120)
        print(f"ack latency, {CLIENTS} concurrent clients x {PER_CLIENT} signed activities, "
              f"SQLite, {teams.bot.work.threads} work threads:")
        med, p99 = figures(load(f"{bare.url}/api/messages", message("help"), token))
        print(f"  bare SDK app (no-op)       median {med:6.1f} ms   p99 {p99:6.1f} ms")
        for text in ("help", "list open"):
            started = time.perf_counter()
            med, p99 = figures(load(teams.endpoint, message(text), token))
            teams.settle(120)
            done = time.perf_counter() - started
            print(f"  hubbot message {text:<10}  median {med:6.1f} ms   p99 {p99:6.1f} ms "
                  f"(all {CLIENTS * PER_CLIENT} replies delivered after {done:.1f} s)")
        med, p99 = figures(load(teams.endpoint, submit, token))
        print(f"  hubbot dialog submit raise median {med:6.1f} ms   p99 {p99:6.1f} ms "
              f"({CLIENTS * PER_CLIENT} situations raised)")
        bare.stop()
        teams.served.stop()
        teams.bot.close()
        engine.dispose()
    fake.stop()


if __name__ == "__main__":
    main()

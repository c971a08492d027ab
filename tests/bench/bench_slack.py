"""Slack benchmark: acknowledgement latency through the real HTTP path, hubbot vs a
bare Bolt app, and the time from ``accept`` to the last assignment notice.

Run: ``.venv/bin/python tests/bench/bench_slack.py`` (prints figures, asserts nothing).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from slack_bolt import Ack, App

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bot.settings import Settings  # noqa: E402
from bot.slack import build_slack_app, make_sender  # noqa: E402
from bot.slack.clients import interactive_client  # noqa: E402
from bot.slack.server import build_asgi_app  # noqa: E402
from commands.context import Hub  # noqa: E402
from commands.ports import SystemClock  # noqa: E402
from models.db import make_engine, upgrade_database  # noqa: E402
from scheduler.outbox import deliver_due  # noqa: E402
from tests.bot.slack.fake_slack import running_fake_slack  # noqa: E402
from tests.bot.slack.harness import (  # noqa: E402
    SECRET,
    Served,
    SlackWorld,
    TrackingExecutor,
    agency_channel,
    slack_table,
    user,
)
from tests.bot.slack.test_slack_flow import RAISE  # noqa: E402
from tests.factories import make_table  # noqa: E402

CLIENTS = 20
PER_CLIENT = 15
AGENCIES = ["MHA", "POL", "HOU", "SCH", "CFS", "VIC"]


def bench_table() -> dict[str, Any]:
    data = slack_table()
    data["agencies"].append({"code": "VIC", "name": "Victim Services", "sector": "victims",
                             "targets": [{"platform": "slack", "address": "CVIC"}]})
    data["members"].append({"platform": "slack", "user_id": "UVICTIMS", "name": "Val Victims",
                            "agency": "VIC", "roles": ["rep"]})
    return data


def bare_app(api_url: str) -> App:
    app = App(signing_secret=SECRET, client=interactive_client("xoxb", api_url),
              token_verification_enabled=False, process_before_response=False)

    def ack_static(ack: Ack) -> None:
        ack("ok")

    app.command("/hub")(ack_static)
    return app


def load(world: SlackWorld, served: Served, text: str) -> list[float]:
    """CLIENTS threads, each with its own connection, PER_CLIENT signed commands."""
    def client(_: int) -> list[float]:
        out = []
        with httpx.Client(base_url=served.url, timeout=30) as http:
            for _i in range(PER_CLIENT):
                body = world.command_body("officer", text)
                ts = int(time.time())
                from tests.bot.slack.harness import sign

                headers = {"Content-Type": "application/x-www-form-urlencoded",
                           "X-Slack-Request-Timestamp": str(ts),
                           "X-Slack-Signature": sign(body, ts)}
                started = time.perf_counter()
                resp = http.post("/slack/events", content=body.encode(), headers=headers)
                out.append((time.perf_counter() - started) * 1000)
                assert resp.status_code == 200, resp.text
        return out

    with ThreadPoolExecutor(CLIENTS) as pool:
        return [x for chunk in pool.map(client, range(CLIENTS)) for x in chunk]


def figures(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return statistics.median(ordered), p99


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, running_fake_slack() as fake:
        engine = make_engine(f"sqlite:///{tmp}/bench.db")
        upgrade_database(engine)
        table = make_table(engine, datetime.now(UTC), bench_table())
        assert table.id is not None
        hub = Hub(engine=engine, clock=SystemClock())
        settings = Settings(_env_file=None, slack_bot_token="xoxb-bench",
                            slack_signing_secret=SECRET, slack_api_url=fake.api_url)
        sender = make_sender(settings, hub)
        wake = threading.Event()
        hub.wake_outbox = wake.set
        stop = threading.Event()

        def dispatcher() -> None:  # what the scheduler's Runner does on wake
            while not stop.is_set():
                report = deliver_due(engine, {"slack": sender}, hub.clock.now())
                wait = 0.5
                if report.next_at is not None:
                    wait = max(0.0, (report.next_at - hub.clock.now()).total_seconds())
                wake.wait(min(wait, 0.5))
                wake.clear()

        threading.Thread(target=dispatcher, daemon=True).start()
        listeners = TrackingExecutor(32, "slack")
        work = TrackingExecutor(8, "hub-work")
        hubbot = Served(build_asgi_app(build_slack_app(
            settings, hub, listener_executor=listeners, work_executor=work), engine=engine))
        bare = Served(build_asgi_app(bare_app(fake.api_url)))
        world = SlackWorld(engine=engine, fake=fake, clock=None,  # type: ignore[arg-type]
                           hub=hub, settings=settings, served=hubbot,
                           http=httpx.Client(base_url=hubbot.url), table_id=table.id,
                           listeners=listeners, work=work)
        load(world, hubbot, "list")  # warm-up both
        load(world, bare, "list")
        print(f"ack latency, {CLIENTS} concurrent clients x {PER_CLIENT} signed requests, "
              "real HTTP path (uvicorn + Starlette + Bolt)")
        base_med, base_p99 = figures(load(world, bare, "list"))
        print(f"  bare Bolt (static ack)   median {base_med:6.1f} ms   p99 {base_p99:6.1f} ms")
        for text in ("list", "raise"):
            med, p99 = figures(load(world, hubbot, text))
            print(f"  hubbot /hub {text:<6}       median {med:6.1f} ms   p99 {p99:6.1f} ms"
                  f"   ratio median {med / base_med:4.2f}  p99 {p99 / base_p99:4.2f}")
        # Let the slow halves of the load finish before timing accept.
        fake.wait_for(lambda: len([c for c in fake.calls if c.method == "views.update"])
                      >= CLIENTS * PER_CLIENT, timeout=120)

        # accept → last assignment notice, 6 agencies (lead + 5 assisting).
        from tests.bot.slack.test_slack_flow import open_form

        view = open_form(world, "officer", "raise")
        world.submit("officer", view, RAISE)
        from sqlmodel import col, select

        from models import Situation
        from models.db import new_session

        with new_session(engine) as session:
            ref = session.exec(select(Situation.ref).order_by(col(Situation.id).desc())).first()
        form = open_form(world, "chair", f"accept {ref}")
        targets = {agency_channel(c) for c in AGENCIES if c != "SCH"} | {user("teacher")}
        start_calls = len(fake.calls)
        started = time.perf_counter()
        started_mono = time.monotonic()
        resp = world.submit("chair", form, {"lead": "MHA",
                                             "assist": [c for c in AGENCIES if c != "MHA"]})
        acked = time.perf_counter()
        assert resp.status_code == 200 and not resp.content.strip(b"{}"), resp.text

        def done() -> bool:
            seen = {c.args.get("channel") for c in fake.calls[start_calls:]
                    if c.method == "chat.postMessage"}
            return targets <= seen

        fake.wait_for(done, timeout=60)
        last = max(c.at for c in fake.calls[start_calls:] if c.method == "chat.postMessage"
                   and c.args.get("channel") in targets)
        print(f"accept with 6 agencies: acknowledged in {(acked - started) * 1000:.0f} ms; "
              f"last assignment notice at the Web API after "
              f"{(last - started_mono) * 1000:.0f} ms")
        stop.set()
        wake.set()
        hubbot.stop()
        bare.stop()


if __name__ == "__main__":
    main()

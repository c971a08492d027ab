"""``hubbot shell`` and ``hubbot demo``."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import typer

from bot.app import open_database
from bot.settings import get_settings
from bot.shell.session import ShellSession
from commands.config import apply_config
from commands.context import Hub
from commands.ports import FrozenClock
from models.db import new_session
from scheduler.sweep import table_ids

DEMO_DB = "hubbot-demo.db"
DEMO_START = datetime(2026, 11, 23, 15, 0, tzinfo=UTC)  # Monday 09:00 in Regina


def demo_table() -> dict[str, object]:
    text = resources.files("bot.shell").joinpath("data/demo-table.toml").read_text("utf-8")
    return tomllib.loads(text)


def demo_script() -> str:
    return resources.files("bot.shell").joinpath("data/demo-week.hub").read_text("utf-8")


def open_shell(database_url: str, start: datetime, *, user: str | None = None,
               echo: bool = False, fresh: bool = False) -> ShellSession:
    """A session on ``database_url``; an empty database gets the demo table."""
    if fresh and database_url.startswith("sqlite:///"):
        for suffix in ("", "-wal", "-shm"):
            Path(database_url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
    from bot.settings import Settings

    engine = open_database(Settings(database_url=database_url))
    if not table_ids(engine):
        with new_session(engine) as session:
            apply_config(session, demo_table(), start)
            session.commit()
    clock = FrozenClock(start)
    return ShellSession(Hub(engine=engine, clock=clock), clock, print, user=user, echo=echo)


def _keyboard(state: dict[str, str]) -> Iterator[str]:
    while True:
        try:
            yield input(state.get("prompt", "> "))
        except (EOFError, KeyboardInterrupt):
            print()
            return


def shell(
    script: Path | None = typer.Option(None, "--script", help="Read input from FILE."),
    demo: bool = typer.Option(False, "--demo", help=f"A fresh demo table in {DEMO_DB}."),
    as_: str | None = typer.Option(None, "--as", help="Start as this member."),
) -> None:
    """The bot in this terminal, on a simulated clock (`:help` inside)."""
    url = f"sqlite:///{DEMO_DB}" if demo else get_settings().database_url
    session = open_shell(url, datetime.now(UTC), user=as_, echo=script is not None, fresh=demo)
    if script is not None:
        session.run(iter(script.read_text("utf-8").splitlines()))
        return
    print("hubbot shell — type `:who` to see the members, `:as NAME` to act as one, "
          "`help` for commands, `:help` for the shell, `:quit` to leave.")
    state: dict[str, str] = {}
    session.run(_keyboard(state), prompt=lambda text: state.__setitem__("prompt", text))


def demo() -> None:
    """Play a whole week of a fictional table, from raise to close."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        session = open_shell(f"sqlite:///{tmp}/demo.db", DEMO_START, echo=True)
        session.run(iter(demo_script().splitlines()))
        session.hub.engine.dispose()

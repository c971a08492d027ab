"""Admin commands: ``hubbot table …``, ``hubbot outbox …``, ``hubbot db upgrade``."""

from __future__ import annotations

import json
import tomllib
from datetime import UTC, datetime
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from bot.app import open_database
from bot.settings import get_settings
from commands.config import ConfigError, apply_config, describe
from models import HubTable
from models.db import new_session
from models.queries import table_by_code
from scheduler.outbox import requeue, undelivered

table_cli = typer.Typer(help="Apply or show a table's configuration.", no_args_is_help=True)
outbox_cli = typer.Typer(help="Messages not delivered yet.", invoke_without_command=True)
db_cli = typer.Typer(help="The database schema.", no_args_is_help=True)


@table_cli.command("apply")
def table_apply(file: Path) -> None:
    """Create or update the table FILE describes (safe to run again)."""
    try:
        data = tomllib.loads(file.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise typer.BadParameter(f"cannot read {file}: {err}") from None
    engine = open_database(get_settings())
    with new_session(engine) as session:
        try:
            table = apply_config(session, data, datetime.now(UTC))
        except ConfigError as err:
            typer.echo(str(err), err=True)
            raise typer.Exit(2) from None
        session.commit()
        typer.echo(f"Applied table {table.code} ({table.name}).")


@table_cli.command("show")
def table_show(code: str | None = typer.Argument(None)) -> None:
    """Print a table's current configuration (the only table if CODE is omitted)."""
    engine = open_database(get_settings())
    with new_session(engine) as session:
        if code:
            table = table_by_code(session, code)
        else:
            from sqlmodel import select

            table = session.exec(select(HubTable)).first()
        if table is None:
            typer.echo("No such table. Apply one with `hubbot table apply FILE`.", err=True)
            raise typer.Exit(1)
        typer.echo(json.dumps(describe(session, table), indent=2, ensure_ascii=False))


@outbox_cli.callback()
def outbox_list(ctx: typer.Context) -> None:
    """List what is queued, being sent or failed."""
    if ctx.invoked_subcommand is not None:
        return
    engine = open_database(get_settings())
    with new_session(engine) as session:
        rows = undelivered(session)
    if not rows:
        typer.echo("Everything has been delivered.")
        return
    grid = Table("id", "status", "platform", "to", "attempts", "next try", "last error")
    for r in rows:
        grid.add_row(str(r.id), r.status, r.platform, f"{r.target_kind} {r.address}",
                     str(r.attempts), r.next_attempt_at.isoformat(timespec="seconds"),
                     r.last_error or "")
    Console().print(grid)


@outbox_cli.command("retry")
def outbox_retry(
    row_id: int | None = typer.Argument(None, help="One row; all failed if omitted"),
) -> None:
    """Queue failed messages again once their cause is fixed."""
    engine = open_database(get_settings())
    with new_session(engine) as session:
        count = requeue(session, datetime.now(UTC), row_id)
        session.commit()
    typer.echo(f"{count} message(s) queued again.")


@db_cli.command("upgrade")
def db_upgrade() -> None:
    """Bring the database schema up to date (the bot also does this on start)."""
    open_database(get_settings())
    typer.echo("Database is up to date.")

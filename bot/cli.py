"""The ``hubbot`` command: a small assembly of the sub-commands."""

from __future__ import annotations

import typer

from bot.admin import db_cli, outbox_cli, table_cli
from bot.serve import serve
from bot.shell.cli import demo, shell
from bot.slack.manifest import slack_cli
from bot.teams.cli import teams_cli

app = typer.Typer(help="hubbot — a chat assistant for situation tables.", no_args_is_help=True)
app.command()(shell)
app.command()(demo)
app.command()(serve)
app.add_typer(table_cli, name="table")
app.add_typer(outbox_cli, name="outbox")
app.add_typer(db_cli, name="db")
app.add_typer(slack_cli, name="slack")
app.add_typer(teams_cli, name="teams")


def main() -> None:
    app()

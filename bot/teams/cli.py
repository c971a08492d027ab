"""``hubbot teams …``: the Teams app package."""

from __future__ import annotations

from pathlib import Path

import typer

teams_cli = typer.Typer(help="Microsoft Teams: the app package to upload.",
                        no_args_is_help=True)


@teams_cli.callback()
def teams() -> None:
    """Microsoft Teams: the app package to upload."""


@teams_cli.command("package")
def package(
    output: Path = typer.Option(Path("hubbot-teams.zip"), "--output", "-o",
                                help="Where to write the zip."),
    bot_id: str | None = typer.Option(None, "--bot-id",
                                      help="The bot's app (client) id; TEAMS_CLIENT_ID "
                                           "by default."),
    version: str = typer.Option("1.0.0", help="The app version shown in Teams."),
    developer: str = typer.Option("hubbot", help="Publisher name."),
    website: str = typer.Option("https://example.org/hubbot", help="Publisher website."),
    privacy_url: str = typer.Option("https://example.org/hubbot/privacy"),
    terms_url: str = typer.Option("https://example.org/hubbot/terms"),
) -> None:
    """Build the Teams app zip (manifest with the bot and its commands, icons)."""
    from bot.teams.package import PackageInfo, build_package

    if bot_id is None:
        from bot.settings import get_settings

        bot_id = get_settings().teams_client_id
    if not bot_id:
        raise typer.BadParameter("give --bot-id or set TEAMS_CLIENT_ID", param_hint="--bot-id")
    info = PackageInfo(bot_id=bot_id, version=version, developer=developer, website=website,
                       privacy_url=privacy_url, terms_url=terms_url)
    path = build_package(info, output)
    typer.echo(f"Wrote {path}: upload it in Teams (Apps → Manage your apps → Upload an app).")

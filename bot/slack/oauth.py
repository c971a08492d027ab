"""Several workspaces by OAuth: Bolt's installation and state stores on the project's
database (their tables are created by the project's migrations, never at runtime)."""

from __future__ import annotations

from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import desc, select
from sqlalchemy.engine import Engine

from bot.slack.manifest import BOT_SCOPES

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
STATE_SECONDS = 600


def installation_store(client_id: str, engine: Engine) -> SQLAlchemyInstallationStore:
    return SQLAlchemyInstallationStore(client_id=client_id, engine=engine)


def oauth_settings(client_id: str, client_secret: str, engine: Engine,
                   store: SQLAlchemyInstallationStore) -> OAuthSettings:
    return OAuthSettings(
        client_id=client_id, client_secret=client_secret, scopes=list(BOT_SCOPES),
        installation_store=store, install_path=INSTALL_PATH, redirect_uri_path=REDIRECT_PATH,
        state_store=SQLAlchemyOAuthStateStore(expiration_seconds=STATE_SECONDS, engine=engine),
    )


def bot_token(store: SQLAlchemyInstallationStore, team_id: str | None) -> str | None:
    """The bot token of a workspace; without one named, the latest installation's."""
    if team_id is not None:
        bot = store.find_bot(enterprise_id=None, team_id=team_id)
        return bot.bot_token if bot else None
    table = store.bots
    query = (select(table.c.bot_token).where(table.c.client_id == store.client_id)
             .order_by(desc(table.c.installed_at), desc(table.c.id)).limit(1))
    with store.engine.connect() as conn:
        row = conn.execute(query).first()
    return str(row[0]) if row and row[0] else None

"""The Slack adapter: a Bolt app built from settings, its HTTP server or Socket Mode
connection, and the outbox ``Sender``. Nothing is built at import time."""

from __future__ import annotations

import logging
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import InstallationStore

from bot.settings import Settings
from bot.slack.clients import interactive_client, outbox_client
from bot.slack.listeners import actions, commands, events, options, views
from bot.slack.sender import SlackSender
from commands.context import Hub
from commands.errors import DeliveryError

log = logging.getLogger(__name__)

LISTENER_THREADS = 32  # acknowledgements: short, never wait on the database
WORK_THREADS = 8  # the slow halves: commands, replies


def uses_oauth(settings: Settings) -> bool:
    return bool(settings.slack_client_id and settings.slack_client_secret
                and not settings.slack_bot_token)


def build_slack_app(settings: Settings, hub: Hub, *, table_code: str | None = None,
                    listener_executor: Executor | None = None,
                    work_executor: Executor | None = None,
                    socket_mode: bool = False) -> App:
    """The Bolt app. It acknowledges first: listeners run on ``listener_executor``
    and Slack gets its answer as soon as ``ack()`` is called
    (``process_before_response=False``); the slow work then goes to
    ``work_executor``, so acknowledgements never queue behind it."""
    client = interactive_client(settings.slack_bot_token, settings.slack_api_url)
    store: InstallationStore | None = None
    executor = listener_executor or ThreadPoolExecutor(LISTENER_THREADS,
                                                       thread_name_prefix="slack")
    oauth = None
    authorize: Any = None  # Bolt types it as a callable but also takes an Authorize
    if uses_oauth(settings):
        from slack_bolt.authorization.authorize import InstallationStoreAuthorize

        from bot.slack.oauth import installation_store, oauth_settings

        assert settings.slack_client_id and settings.slack_client_secret
        store = installation_store(settings.slack_client_id, hub.engine)
        oauth = oauth_settings(settings.slack_client_id, settings.slack_client_secret,
                               hub.engine, store)
        # Bolt's default authorizer calls auth.test before every acknowledgement; with
        # its cache on, that round trip happens once per workspace token.
        authorize = InstallationStoreAuthorize(
            logger=log, installation_store=store, client_id=settings.slack_client_id,
            client_secret=settings.slack_client_secret, bot_only=True, cache_enabled=True,
            client=client)
    elif not settings.slack_bot_token:
        raise ValueError("Slack needs SLACK_BOT_TOKEN, or SLACK_CLIENT_ID and "
                         "SLACK_CLIENT_SECRET for several workspaces")
    app = App(
        signing_secret=settings.slack_signing_secret or "", client=client,
        oauth_settings=oauth, installation_store=store, authorize=authorize,
        token_verification_enabled=False,
        process_before_response=False, listener_executor=executor,
        request_verification_enabled=not socket_mode,
    )
    work = work_executor or ThreadPoolExecutor(WORK_THREADS, thread_name_prefix="hub-work")
    commands.register(app, hub, work, table_code=table_code)
    actions.register(app, hub, work, table_code=table_code)
    views.register(app, hub, table_code=table_code)
    options.register(app, hub, table_code=table_code)
    events.register(app, hub, table_code=table_code, installation_store=store)

    @app.error
    def on_error(error: Exception) -> None:
        log.error("Slack listener failed: %r", error, exc_info=error)

    return app


def make_sender(settings: Settings, hub: Hub) -> SlackSender:
    """The outbox's Slack sender: the bot token, or each workspace's token from the
    installation store (``T0123:C0456`` addresses name the workspace)."""
    if not uses_oauth(settings):
        client = outbox_client(settings.slack_bot_token, settings.slack_api_url)
        return SlackSender(lambda _team: client)
    from bot.slack.oauth import bot_token, installation_store

    assert settings.slack_client_id
    store = installation_store(settings.slack_client_id, hub.engine)

    def client_for(team: str | None) -> WebClient:
        token = bot_token(store, team)
        if token is None:
            if team is not None:
                raise DeliveryError(f"Slack workspace {team} has not installed hubbot (or "
                                    "uninstalled it); install it at /slack/install",
                                    retryable=False)
            raise DeliveryError("no Slack workspace has installed hubbot yet",
                                retryable=False)
        return outbox_client(token, settings.slack_api_url)

    return SlackSender(client_for)


__all__ = ["build_slack_app", "make_sender", "uses_oauth"]

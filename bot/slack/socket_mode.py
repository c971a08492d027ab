"""Socket Mode: the same Bolt app over a WebSocket opened with ``SLACK_APP_TOKEN``,
for hosts Slack cannot reach (no public URL). Uses slack_sdk's built-in client, so no
extra dependency."""

from __future__ import annotations

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.slack.clients import api_url


def socket_mode_handler(app: App, app_token: str, api_base: str | None = None,
                        ) -> SocketModeHandler:
    handler = SocketModeHandler(app, app_token=app_token)
    handler.client.web_client.base_url = api_url(api_base)
    return handler


def serve_socket_mode(app: App, app_token: str, api_base: str | None = None) -> None:
    """Connect and block until interrupted."""
    socket_mode_handler(app, app_token, api_base).start()  # type: ignore[no-untyped-call]

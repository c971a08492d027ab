"""Events API: the App Home tab, and forgetting a workspace that uninstalled the app.

Events are acknowledged by Bolt before the listener runs; Slack retries the ones it
thinks were lost (``X-Slack-Retry-Num``), so each ``event_id`` is handled once.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import InstallationStore

from bot.slack.home import home_view
from commands.context import Hub
from commands.service import first_delivery

log = logging.getLogger(__name__)


def register(app: App, hub: Hub, *, table_code: str | None = None,
             installation_store: InstallationStore | None = None) -> None:
    def once(body: dict[str, Any]) -> bool:
        event_id = body.get("event_id")
        return event_id is None or first_delivery(hub, f"slack:event:{event_id}")

    def home_opened(body: dict[str, Any], event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab") not in (None, "home") or not once(body):
            return
        user = str(event["user"])
        client.views_publish(user_id=user, view=home_view(hub, user, table_code))

    def uninstalled(body: dict[str, Any]) -> None:
        if installation_store is None or not once(body):
            return
        team = body.get("team_id")
        enterprise = body.get("enterprise_id")
        installation_store.delete_all(enterprise_id=enterprise, team_id=team)
        log.info("Slack workspace %s uninstalled hubbot; its tokens are deleted", team)

    def revoked(body: dict[str, Any]) -> None:
        log.info("Slack revoked tokens of workspace %s", body.get("team_id"))

    app.event("app_home_opened")(home_opened)
    app.event("app_uninstalled")(uninstalled)
    app.event("tokens_revoked")(revoked)

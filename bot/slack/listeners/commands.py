"""``/hub …``: acknowledged at once with an empty body; the command runs after."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.slack.replies import Origin, run_text
from commands.context import Hub
from commands.service import first_delivery

SLASH_COMMAND = "/hub"


def register(app: App, hub: Hub, *, table_code: str | None = None) -> None:
    def acknowledge(ack: Ack) -> None:
        ack()

    def handle(body: dict[str, Any], client: WebClient) -> None:
        # Slack does not retry slash commands, but a proxy or load balancer may.
        if not first_delivery(hub, f"slack:cmd:{body.get('trigger_id')}"):
            return
        origin = Origin(user_id=str(body["user_id"]), channel_id=body.get("channel_id"),
                        response_url=body.get("response_url"),
                        trigger_id=body.get("trigger_id"), table_code=table_code)
        run_text(hub, client, origin, str(body.get("text") or ""))

    app.command(SLASH_COMMAND)(ack=acknowledge, lazy=[handle])

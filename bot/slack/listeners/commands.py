"""``/hub …``: acknowledged at once with an empty body; the command runs after, on
the work pool, so acknowledgements never queue behind database work."""

from __future__ import annotations

from concurrent.futures import Executor
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.slack.replies import Origin, open_loading, run_text
from commands.context import Hub

SLASH_COMMAND = "/hub"


def register(app: App, hub: Hub, work: Executor, *, table_code: str | None = None) -> None:
    def on_command(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        text = str(body.get("text") or "")
        origin = Origin(user_id=str(body["user_id"]), channel_id=body.get("channel_id"),
                        response_url=body.get("response_url"),
                        trigger_id=body.get("trigger_id"), table_code=table_code)
        view_id = open_loading(client, origin, text)
        # Slack does not retry slash commands, but a proxy or load balancer may.
        work.submit(run_text, hub, client, origin, text,
                    f"slack:cmd:{body.get('trigger_id')}", view_id)

    app.command(SLASH_COMMAND)(on_command)

"""Buttons: each carries a command line and runs it as if the presser typed it, so
permissions are checked by the command itself on every press."""

from __future__ import annotations

import re
from concurrent.futures import Executor
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.slack.blocks import ACTION_PREFIX
from bot.slack.replies import Origin, open_loading, run_text
from commands.context import Hub

BUTTON = re.compile("^" + re.escape(ACTION_PREFIX) + r"\d+$")


def register(app: App, hub: Hub, work: Executor, *, table_code: str | None = None) -> None:
    def on_press(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        action = (body.get("actions") or [{}])[0]
        user = str((body.get("user") or {}).get("id"))
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
            "channel_id")
        origin = Origin(user_id=user, channel_id=channel,
                        response_url=body.get("response_url"),
                        trigger_id=body.get("trigger_id"), table_code=table_code)
        text = str(action.get("value") or "help")
        view_id = open_loading(client, origin, text)
        # A redelivery repeats the action_ts; a second press has its own, and the
        # command's own state rules make repeating it harmless.
        work.submit(run_text, hub, client, origin, text,
                    f"slack:act:{user}:{action.get('action_ts')}", view_id)

    app.action(BUTTON)(on_press)

"""Turning a use case's result into Slack calls, after the request was acknowledged.

One place decides where a reply goes: the ``response_url`` when Slack gave one (works
in any channel, even ones the bot is not in), else an ephemeral message in the
channel, else the member's messages tab with the app.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from bot.slack.blocks import payloads
from bot.slack.modals import FormContext, form_view, loading_view, message_view
from commands.context import Hub
from commands.errors import HubError
from commands.messages import OpenForm, Reply, Response, Visibility, text_message
from commands.service import error_message, first_delivery, run_command

log = logging.getLogger(__name__)

PLATFORM = "slack"
FORM_WORDS = frozenset({"raise", "accept", "reject", "close", "update"})
BROKEN = text_message("Something went wrong on hubbot's side; nothing was changed. "
                      "Please try again in a minute.")


@dataclass(frozen=True)
class Origin:
    """Where a request came from, so its answer goes back there."""

    user_id: str
    channel_id: str | None = None
    response_url: str | None = None
    trigger_id: str | None = None
    table_code: str | None = None


def opens_form(text: str) -> bool:
    """Commands that will (almost surely) answer with a form: their modal is opened
    on the trigger at once, before any database work, and filled in afterwards."""
    from commands.grammar import split_command

    word, rest = split_command(text)
    if word not in FORM_WORDS or "=" in rest:
        return False
    return len(rest.split()) <= (0 if word == "raise" else 1)


def safely(work: Callable[[], Response]) -> Response:
    """A domain error becomes its message; a bug becomes an apology, never a trace."""
    try:
        return work()
    except HubError as err:
        return Reply(error_message(err))
    except Exception:
        log.exception("command failed")
        return Reply(BROKEN)


def open_loading(client: WebClient, origin: Origin, text: str) -> str | None:
    """Right after the ack, on the acknowledging thread: the trigger lives 3 s."""
    if not (origin.trigger_id and opens_form(text)):
        return None
    try:
        opened = client.views_open(trigger_id=origin.trigger_id, view=loading_view("hubbot"))
        return str(opened["view"]["id"])
    except SlackApiError as err:
        log.warning("views.open failed: %s", err.response.get("error"))
        return None


def run_text(hub: Hub, client: WebClient, origin: Origin, text: str, dedupe_key: str,
             view_id: str | None = None) -> None:
    """The slow half of ``/hub`` and of a button press, on the work pool."""
    try:
        if not first_delivery(hub, dedupe_key):
            return
        result = safely(lambda: run_command(hub, platform=PLATFORM, user_id=origin.user_id,
                                            text=text, table_code=origin.table_code))
        deliver(client, origin, result, view_id=view_id)
    except Exception:
        log.exception("handling %r failed", text)


def deliver(client: WebClient, origin: Origin, result: Response, *,
            view_id: str | None = None) -> None:
    try:
        if isinstance(result, OpenForm):
            context = FormContext(result.form.form_id, result.form.subject, origin.channel_id,
                                  origin.table_code, origin.response_url)
            view = form_view(result.form, context)
            if view_id:
                client.views_update(view_id=view_id, view=view)
            elif origin.trigger_id:
                client.views_open(trigger_id=origin.trigger_id, view=view)
            else:
                say(client, origin, Reply(text_message("Type the command to open its form.")))
            return
        if view_id:
            client.views_update(view_id=view_id, view=message_view(result.message))
            if result.visibility is Visibility.TABLE:
                say(client, origin, result)
            return
        say(client, origin, result)
    except SlackApiError as err:
        log.error("could not answer %s: %s", origin.user_id, err.response.get("error"))


def say(client: WebClient, origin: Origin, reply: Reply) -> None:
    """Post a reply: to the table (in channel) or privately (ephemeral)."""
    public = reply.visibility is Visibility.TABLE
    parts = payloads(reply.message)
    if origin.response_url:
        hook = WebhookClient(origin.response_url, timeout=10, logger=log)
        kind = "in_channel" if public else "ephemeral"
        ok = True
        for part in parts:
            resp = hook.send(response_type=kind, replace_original=False, **part)
            ok = ok and resp.status_code == 200
        if ok:
            return
        log.warning("response_url refused the reply; falling back to the Web API")
    for part in parts:
        _post(client, origin, part, public)


def _post(client: WebClient, origin: Origin, part: dict[str, Any], public: bool) -> None:
    if origin.channel_id:
        try:
            if public:
                client.chat_postMessage(channel=origin.channel_id, **part)
            else:
                client.chat_postEphemeral(channel=origin.channel_id, user=origin.user_id, **part)
            return
        except SlackApiError as err:  # bot not in that channel: the DM still works
            log.info("reply in %s failed (%s); sending it directly",
                     origin.channel_id, err.response.get("error"))
    client.chat_postMessage(channel=origin.user_id, **part)


"""The Slack ``Sender``: one outbox row → Web API calls; Slack errors → ``DeliveryError``.

Deliveries are at-least-once (the outbox may repeat a row after a crash), so every
step that creates something checks first whether an earlier attempt already did:
the private filter-4 channel is reused rather than created twice.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.blocks import payloads
from commands.errors import DeliveryError
from commands.messages import Message
from commands.ports import Delivery

log = logging.getLogger(__name__)

ClientFor = Callable[[str | None], WebClient]
"""Returns the client for a workspace (``None``: the default / only one)."""

RETRYABLE = frozenset({"ratelimited", "internal_error", "fatal_error", "service_unavailable",
                       "request_timeout", "team_added_to_org"})
ADVICE = {
    "channel_not_found": "the channel id is wrong or the bot cannot see it; fix the "
                         "address in the table file, or invite the bot",
    "not_in_channel": "the bot is not in the channel; type `/invite @hubbot` there",
    "is_archived": "the channel is archived; unarchive it or set another channel",
    "invalid_auth": "the bot token is not valid; reinstall the app or fix SLACK_BOT_TOKEN",
    "account_inactive": "the bot's token belongs to a deactivated app or workspace; "
                        "reinstall the app",
    "token_revoked": "the app was uninstalled; reinstall it",
    "missing_scope": "the app lacks a permission; reinstall it from the current manifest",
    "user_not_found": "the member's Slack user id is wrong; fix it in the table file",
    "restricted_action": "a workspace setting forbids this; ask the Slack admin",
}
NAME_TAKEN = "name_taken"
MAX_NAME = 80
NAME_TRIES = 20


def channel_name(address: str) -> str:
    """Slack channel names: lower case, no spaces or dots, at most 80 characters."""
    name = re.sub(r"[^a-z0-9_-]+", "-", address.lower()).strip("-")
    return name[:MAX_NAME] or "hub"


def split_address(address: str) -> tuple[str | None, str]:
    """``T0123:C0456`` names the workspace; a plain id uses the default one."""
    team, sep, rest = address.partition(":")
    return (team, rest) if sep and team.startswith(("T", "E")) else (None, address)


def to_delivery_error(err: Exception) -> DeliveryError:
    """The one place Slack's failures are judged: retry later, or tell the admin."""
    if isinstance(err, SlackApiError):
        status = err.response.status_code
        code = str(err.response.get("error") or f"HTTP {status}")
        if status == 429 or code == "ratelimited":
            raw = err.response.headers.get("Retry-After") or err.response.headers.get(
                "retry-after")
            wait = float(raw) if raw and str(raw).isdigit() else 30.0
            return DeliveryError(f"rate limited by Slack ({code})", retry_after=wait)
        if status >= 500 or code in RETRYABLE:
            return DeliveryError(f"Slack error {code} (HTTP {status})")
        advice = ADVICE.get(code, "see https://api.slack.com/methods for this error")
        return DeliveryError(f"{code}: {advice}", retryable=False)
    return DeliveryError(f"cannot reach Slack: {err.__class__.__name__}: {err}")


class SlackSender:
    """Implements ``commands.ports.Sender`` for Slack."""

    def __init__(self, client_for: ClientFor) -> None:
        self._client_for = client_for

    def send(self, delivery: Delivery) -> str:
        team, address = split_address(delivery.address)
        try:
            client = self._client_for(team)
            return self._send(client, delivery, address)
        except (SlackApiError, OSError) as err:
            raise to_delivery_error(err) from err

    def _send(self, client: WebClient, d: Delivery, address: str) -> str:
        kind = d.target_kind
        if kind in ("table", "agency"):
            if d.previous:
                return self._update(client, address, d.previous, d.message)
            return self._post(client, address, d.message)
        if kind == "member":
            return self._post(client, address, d.message)  # a user id posts to the DM
        if kind == "filter4_open":
            channel = self._open_private(client, address, d.members)
            self._post(client, channel, d.message)
            return channel
        if kind in ("filter4", "filter4_archive"):
            if not d.previous:
                raise DeliveryError("the filter-4 channel does not exist yet")
            ts = self._post(client, d.previous, d.message)
            if kind == "filter4_archive":
                self._archive(client, d.previous)
            return ts
        raise DeliveryError(f"unknown target kind {kind!r}", retryable=False)

    def _post(self, client: WebClient, channel: str, message: Message) -> str:
        stamps = []
        for payload in payloads(message):
            resp = client.chat_postMessage(channel=channel, unfurl_links=False, **payload)
            stamps.append(str(resp["ts"]))
            channel = str(resp.get("channel") or channel)
        return ",".join(stamps)

    def _update(self, client: WebClient, channel: str, previous: str, message: Message) -> str:
        """Edit the posted parts in place; parts that vanished are deleted, and a
        message someone deleted is posted afresh."""
        old = [ts for ts in previous.split(",") if ts]
        stamps = []
        for i, payload in enumerate(payloads(message)):
            if i < len(old):
                try:
                    client.chat_update(channel=channel, ts=old[i], **payload)
                    stamps.append(old[i])
                    continue
                except SlackApiError as err:
                    if err.response.get("error") not in ("message_not_found",
                                                         "cant_update_message"):
                        raise
            resp = client.chat_postMessage(channel=channel, unfurl_links=False, **payload)
            stamps.append(str(resp["ts"]))
        for ts in old[len(stamps):]:
            try:
                client.chat_delete(channel=channel, ts=ts)
            except SlackApiError as err:
                log.warning("could not delete old message part %s: %s", ts, err)
        return ",".join(stamps)

    def _open_private(self, client: WebClient, address: str, members: tuple[str, ...]) -> str:
        base = channel_name(address)
        channel: str | None = None
        for attempt in range(NAME_TRIES):
            suffix = "" if attempt == 0 else f"-{attempt + 1}"
            name = base[: MAX_NAME - len(suffix)] + suffix
            try:
                resp = client.conversations_create(name=name, is_private=True)
                channel = str(resp["channel"]["id"])
                break
            except SlackApiError as err:
                if err.response.get("error") != NAME_TAKEN:
                    raise
            # Ours from an earlier attempt of this same delivery? Then reuse it.
            channel = self._own_channel(client, name)
            if channel is not None:
                break
        if channel is None:
            raise DeliveryError(f"no free channel name for {base}", retryable=False)
        self._invite(client, channel, members)
        return channel

    def _own_channel(self, client: WebClient, name: str) -> str | None:
        """A live private channel of that name the bot is in (only the bot's own
        private channels are visible to it)."""
        cursor: str | None = None
        for _ in range(50):
            resp = client.conversations_list(types="private_channel", exclude_archived=True,
                                             limit=200, cursor=cursor)
            for ch in resp.get("channels") or []:
                if ch.get("name") == name and ch.get("is_member", True):
                    return str(ch["id"])
            cursor = (resp.get("response_metadata") or {}).get("next_cursor") or None
            if not cursor:
                return None
        return None

    def _invite(self, client: WebClient, channel: str, members: tuple[str, ...]) -> None:
        if not members:
            return
        me = self._bot_user(client)
        users = [m for m in members if m != me]
        if not users:
            return
        try:
            client.conversations_invite(channel=channel, users=",".join(users), force=True)
        except SlackApiError as err:
            code = err.response.get("error")
            if code in ("already_in_channel", "cant_invite_self"):
                return
            if code in ("user_not_found", "cant_invite", "user_is_restricted"):
                errors: list[dict[str, Any]] = err.response.get("errors") or []
                log.warning("some members could not join %s: %s", channel, errors or code)
                return
            raise

    def _bot_user(self, client: WebClient) -> str | None:
        try:
            return str(client.auth_test().get("user_id") or "") or None
        except SlackApiError:
            return None

    def _archive(self, client: WebClient, channel: str) -> None:
        try:
            client.conversations_archive(channel=channel)
        except SlackApiError as err:
            if err.response.get("error") != "already_archived":
                raise

"""Web API clients, all pointed at ``SLACK_API_URL``.

Two retry policies, never stacked: outbox deliveries get no client-side retries (the
outbox retries with backoff and pacing, and knows what was already sent); calls made
while a person waits (views.open, ephemeral replies) get one quick retry on a dropped
connection or a 429, because there is nobody to retry them later.
"""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"


def api_url(url: str | None) -> str:
    """Slack's client joins method names to the base URL, which must end with a slash."""
    url = url or DEFAULT_API_URL
    return url if url.endswith("/") else url + "/"


def interactive_client(token: str | None, base_url: str | None) -> WebClient:
    """For calls a person is waiting on: short timeout, one retry."""
    return WebClient(
        token=token, base_url=api_url(base_url), timeout=10, logger=log,
        retry_handlers=[ConnectionErrorRetryHandler(max_retry_count=1),
                        RateLimitErrorRetryHandler(max_retry_count=1)],
    )


def outbox_client(token: str | None, base_url: str | None) -> WebClient:
    """For outbox deliveries: every failure goes back to the outbox, which decides."""
    return WebClient(token=token, base_url=api_url(base_url), timeout=15, logger=log,
                     retry_handlers=[])

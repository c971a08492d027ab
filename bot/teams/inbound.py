"""Token checks on incoming activities that the SDK's validator does not make.

The SDK checks signature, issuer, audience and service URL, but accepts a token
without ``exp`` (PyJWT only checks claims that are present) and ignores the
``endorsements`` of the signing key. The Bot Framework protocol requires both: a
token must expire, and the key that signed it must be endorsed for the channel the
activity claims to come from, so a key issued for another channel cannot be used to
speak as Teams. Runs before the SDK; both must accept.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from typing import Any

import httpx
import jwt

log = logging.getLogger(__name__)
LEEWAY = 300  # seconds of clock skew, as the SDK allows
KEYS_TTL = 24 * 3600  # Bot Framework rotates keys rarely; it asks for a daily refresh
MIN_REFRESH = 60  # an unknown kid refreshes at most this often (no key-fetch flood)


def keys_url(openid_metadata_url: str) -> str:
    """The JWKS the SDK validates against (the metadata URL's sibling ``/keys``)."""
    return re.sub(r"/openidconfiguration$", "/keys", openid_metadata_url)


class EndorsedKeys:
    """The published signing keys with their endorsements, cached."""

    def __init__(self, url: str, timeout: float = 15.0) -> None:
        self.url = url
        self.timeout = timeout
        self._keys: dict[str, dict[str, Any]] = {}
        self._fetched = float("-inf")
        self._lock = asyncio.Lock()

    async def get(self, kid: str) -> dict[str, Any] | None:
        now = time.monotonic()
        stale = now - self._fetched > KEYS_TTL
        if stale or (kid not in self._keys and now - self._fetched > MIN_REFRESH):
            async with self._lock:
                if time.monotonic() - self._fetched > MIN_REFRESH or stale:
                    await self._refresh()
        return self._keys.get(kid)

    async def _refresh(self) -> None:
        async with httpx.AsyncClient(timeout=self.timeout) as client:
            response = await client.get(self.url)
        response.raise_for_status()
        keys = response.json().get("keys") or []
        self._keys = {str(k["kid"]): k for k in keys if isinstance(k, dict) and k.get("kid")}
        self._fetched = time.monotonic()


class ActivityTokenCheck:
    """``await check(body, headers)`` → ``None`` when acceptable, else why not."""

    def __init__(self, keys: EndorsedKeys) -> None:
        self.keys = keys

    async def __call__(self, body: dict[str, Any], headers: dict[str, str]) -> str | None:
        authorization = headers.get("authorization", "")
        if not authorization.startswith("Bearer "):
            return "no bearer token"
        token = authorization.removeprefix("Bearer ")
        channel = body.get("channelId")
        if not isinstance(channel, str) or not channel:
            return "activity names no channel"
        try:
            kid = jwt.get_unverified_header(token).get("kid")
            entry = await self.keys.get(str(kid)) if kid else None
        except (jwt.InvalidTokenError, httpx.HTTPError, ValueError) as err:
            return f"signing key unavailable: {err}"
        if entry is None:
            return "signing key not published"
        if channel not in (entry.get("endorsements") or ()):
            return f"signing key not endorsed for channel {channel!r}"
        try:
            jwt.decode(token, jwt.PyJWK(entry, algorithm="RS256").key, algorithms=["RS256"],
                       options={"require": ["exp"], "verify_aud": False, "verify_iss": False},
                       leeway=LEEWAY)
        except jwt.InvalidTokenError as err:
            return f"token refused: {err}"
        return None

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
RETRY = 5  # while no key could be fetched yet


def keys_url(openid_metadata_url: str) -> str:
    """The JWKS the SDK validates against (the metadata URL's sibling ``/keys``)."""
    return re.sub(r"/openidconfiguration$", "/keys", openid_metadata_url)


class EndorsedKeys:
    """The published signing keys with their endorsements, cached."""

    def __init__(self, url: str, timeout: float = 15.0) -> None:
        self.url = url
        self.timeout = timeout
        self._keys: dict[str, dict[str, Any]] = {}
        self._fetched = float("-inf")  # last success
        self._tried = float("-inf")  # last attempt: an unknown kid cannot flood the source
        self._lock = asyncio.Lock()

    async def get(self, kid: str) -> dict[str, Any] | None:
        if kid not in self._keys or self._stale():
            async with self._lock:
                if (kid not in self._keys or self._stale()) and self._may_try():
                    await self._refresh()
        return self._keys.get(kid)

    def _stale(self) -> bool:
        return time.monotonic() - self._fetched > KEYS_TTL

    def _may_try(self) -> bool:
        return time.monotonic() - self._tried > (MIN_REFRESH if self._keys else RETRY)

    async def _refresh(self) -> None:
        """Fetch the keys; on failure keep the ones known (raise if there are none)."""
        self._tried = time.monotonic()
        try:
            async with httpx.AsyncClient(timeout=self.timeout) as client:
                response = await client.get(self.url)
            response.raise_for_status()
            keys = response.json().get("keys") or []
        except (httpx.HTTPError, ValueError, AttributeError):
            if not self._keys:
                raise
            log.warning("Teams: could not refresh signing keys from %s; keeping %d known",
                        self.url, len(self._keys), exc_info=True)
            return
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
        except (jwt.InvalidTokenError, httpx.HTTPError, ValueError, AttributeError) as err:
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

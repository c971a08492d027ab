"""Bot Framework access tokens from a configurable OAuth endpoint.

The SDK gets tokens through MSAL, which only talks HTTPS to Microsoft Entra. When a
token URL is configured (a proxy, or the loopback token service of the tests) this
provider does the same client-credentials grant with httpx and caches the token
until shortly before it expires.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import httpx


@dataclass
class ClientCredentialsToken:
    """An async ``(scope, tenant_id) -> token`` callable for ``TokenCredentials``."""

    token_url: str
    client_id: str
    client_secret: str
    timeout: float = 15.0
    _cache: dict[str, tuple[str, float]] = field(default_factory=dict)

    async def __call__(self, scope: str, tenant_id: str | None = None) -> str:
        cached = self._cache.get(scope)
        if cached is not None and cached[1] > time.monotonic():
            return cached[0]
        async with httpx.AsyncClient(timeout=self.timeout) as client:
            response = await client.post(self.token_url, data={
                "grant_type": "client_credentials", "client_id": self.client_id,
                "client_secret": self.client_secret, "scope": scope,
            })
        response.raise_for_status()
        body = response.json()
        token = str(body["access_token"])
        lifetime = float(body.get("expires_in", 3600))
        self._cache[scope] = (token, time.monotonic() + max(lifetime - 300, 30))
        return token

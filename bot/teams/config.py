"""What the Teams adapter needs to know, from settings or given explicitly (tests).

Production uses Microsoft's endpoints; the overrides exist so the whole protocol
(OpenID metadata, token service, Bot Connector, Graph) can be pointed at loopback
fakes in tests, or at a proxy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from microsoft_teams.api.auth.cloud_environment import CloudEnvironment

DEFAULT_SERVICE_URL = "https://smba.trafficmanager.net/teams"
DEFAULT_GRAPH_URL = "https://graph.microsoft.com/v1.0"


@dataclass(frozen=True)
class TeamsConfig:
    """Credentials and endpoints of one Teams bot registration.

    ``allow_unauthenticated`` accepts activities without a token (local development
    with the Teams App Test Tool only; never on a reachable address).
    ``openid_metadata_url`` is where signing keys are published (the keys are read
    from its sibling ``/keys``); ``token_url`` the OAuth client-credentials endpoint;
    ``service_url`` the Bot Connector used when no conversation reference gives one.
    """

    client_id: str | None
    client_secret: str | None = None
    tenant_id: str | None = None
    allow_unauthenticated: bool = False
    openid_metadata_url: str | None = None
    token_url: str | None = None
    service_url: str = DEFAULT_SERVICE_URL
    graph_url: str = DEFAULT_GRAPH_URL
    app_catalog_id: str | None = None
    request_timeout: float = 15.0

    @classmethod
    def from_settings(cls, settings: Any) -> TeamsConfig:
        """Read ``bot.settings.Settings``; optional fields may not exist yet."""

        def opt(name: str, default: Any = None) -> Any:
            value = getattr(settings, name, None)
            return default if value in (None, "") else value

        return cls(
            client_id=opt("teams_client_id"),
            client_secret=opt("teams_client_secret"),
            tenant_id=opt("teams_tenant_id"),
            allow_unauthenticated=bool(opt("teams_dangerously_allow_unauthenticated", False)),
            openid_metadata_url=opt("teams_openid_metadata_url"),
            token_url=opt("teams_token_url"),
            service_url=opt("teams_service_url", DEFAULT_SERVICE_URL),
            graph_url=opt("teams_graph_url", DEFAULT_GRAPH_URL),
            app_catalog_id=opt("teams_app_catalog_id"),
        )

    def cloud(self) -> CloudEnvironment:
        """The SDK's endpoint bundle, with the metadata URL overridden if asked."""
        from microsoft_teams.api.auth.cloud_environment import PUBLIC, with_overrides

        return with_overrides(PUBLIC, openid_metadata_url=self.openid_metadata_url)

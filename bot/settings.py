"""Settings from the environment and ``.env`` (SPEC §9). Read when asked, never at import."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8",
                                      extra="ignore")

    database_url: str = "sqlite:///hubbot.db"
    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_app_token: str | None = None
    slack_client_id: str | None = None
    slack_client_secret: str | None = None
    slack_api_url: str = "https://slack.com/api/"
    teams_client_id: str | None = None
    teams_client_secret: str | None = None
    teams_tenant_id: str | None = None
    # Local development only (Teams App Test Tool): accept activities without a token.
    teams_dangerously_allow_unauthenticated: bool = False
    # Endpoint overrides (sovereign clouds, proxies, tests); Microsoft's by default.
    teams_openid_metadata_url: str | None = None
    teams_token_url: str | None = None
    teams_service_url: str | None = None
    teams_graph_url: str | None = None
    teams_app_catalog_id: str | None = None
    port: int = 3000
    log_level: str = "INFO"
    hubbot_table_file: str | None = None

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token or self.slack_client_id or self.slack_app_token)

    @property
    def slack_socket_mode(self) -> bool:
        """Socket Mode when an app-level token is given (no public URL needed)."""
        return bool(self.slack_app_token)

    @property
    def teams_enabled(self) -> bool:
        return bool(self.teams_client_id and (
            (self.teams_client_secret and self.teams_tenant_id)
            or self.teams_dangerously_allow_unauthenticated))


def get_settings() -> Settings:
    return Settings()

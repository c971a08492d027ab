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
    port: int = 3000
    log_level: str = "INFO"
    hubbot_table_file: str | None = None

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token or self.slack_client_id or self.slack_app_token)

    @property
    def teams_enabled(self) -> bool:
        return bool(self.teams_client_id and self.teams_client_secret)


def get_settings() -> Settings:
    return Settings()

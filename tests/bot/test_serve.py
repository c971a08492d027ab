"""The wiring ``hubbot serve`` runs: platforms by settings, health, scheduler senders."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from bot.serve import NothingToServe, compose
from bot.settings import Settings


def paths(server) -> set[str]:  # type: ignore[no-untyped-def]
    return {getattr(r, "path", "") for r in server.asgi.routes}


def test_nothing_configured_is_refused_with_a_way_forward(database_url: str) -> None:
    with pytest.raises(NothingToServe, match="hubbot shell"):
        compose(Settings(database_url=database_url, _env_file=None))


def test_slack_http_mode_serves_events_and_health(database_url: str) -> None:
    settings = Settings(database_url=database_url, slack_bot_token="xoxb-test",
                        slack_signing_secret="secret", slack_api_url="http://127.0.0.1:9/api/",
                        _env_file=None)
    server = compose(settings)
    assert server.platforms == ["slack"]
    assert server.socket_mode is None
    assert {"/slack/events", "/healthz"} <= paths(server)
    assert set(server.runner.senders) == {"slack"}
    assert server.hub.wake_outbox == server.runner.wake
    with TestClient(server.asgi) as client:
        health = client.get("/healthz")
        assert health.status_code == 200 and health.json() == {"ok": True, "database": "up"}
        unsigned = client.post("/slack/events", content=b"command=%2Fhub&text=help")
        assert unsigned.status_code == 401


def test_the_privacy_guard_is_ready_before_the_first_form(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.serve

    calls: list[str] = []
    monkeypatch.setattr(bot.serve, "warm_up", lambda: calls.append("warm_up"))
    settings = Settings(database_url=database_url, slack_bot_token="xoxb-test",
                        slack_app_token="xapp-test", _env_file=None)
    compose(settings)
    assert calls == ["warm_up"]
    with pytest.raises(NothingToServe):
        compose(Settings(database_url=database_url, _env_file=None))
    assert calls == ["warm_up"]  # nothing to serve: refused before the second's worth of work


def test_slack_socket_mode_needs_no_public_events_route(database_url: str) -> None:
    settings = Settings(database_url=database_url, slack_bot_token="xoxb-test",
                        slack_app_token="xapp-test", _env_file=None)
    server = compose(settings)
    try:
        assert server.socket_mode is not None
        assert "/slack/events" not in paths(server) and "/healthz" in paths(server)
        assert "/slack/install" not in paths(server)  # one workspace: nothing to install
    finally:
        server.socket_mode.close()


def test_socket_mode_with_oauth_still_serves_the_install_pages(database_url: str) -> None:
    settings = Settings(database_url=database_url, slack_client_id="111.222",
                        slack_client_secret="s", slack_app_token="xapp-test", _env_file=None)
    server = compose(settings)
    try:
        assert {"/slack/install", "/slack/oauth_redirect"} <= paths(server)
        assert "/slack/events" not in paths(server)
    finally:
        server.socket_mode.close()


def test_teams_and_slack_in_one_process(database_url: str) -> None:
    settings = Settings(database_url=database_url, slack_bot_token="xoxb-test",
                        slack_signing_secret="secret", teams_client_id="00000000-app",
                        teams_client_secret="s", teams_tenant_id="t", _env_file=None)
    server = compose(settings)
    assert server.platforms == ["slack", "teams"]
    assert {"/slack/events", "/api/messages", "/healthz"} <= paths(server)

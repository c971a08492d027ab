"""Several workspaces by OAuth, through hubbot's real HTTP server on loopback: the
install link, Slack's redirect back with a code, the token exchange on the fake Web
API, the installation in the project database, then each workspace's own token for
its requests and its outbox deliveries."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot.slack.manifest import BOT_SCOPES
from commands.messages import text_message
from commands.notify import enqueue
from models.db import new_session
from tests.bot.slack.fake_slack import FakeSlack
from tests.bot.slack.harness import SlackWorld, open_world

CLIENT_ID = "1111111111.2222222222"
CLIENT_SECRET = "oauth-client-secret"
COOKIE = "slack-app-oauth-state"


@pytest.fixture
def oauth_world(engine: Engine, fake: FakeSlack) -> Iterator[SlackWorld]:
    fake.oauth_client = (CLIENT_ID, CLIENT_SECRET)
    w = open_world(engine, fake, slack_bot_token=None, slack_client_id=CLIENT_ID,
                   slack_client_secret=CLIENT_SECRET)
    yield w
    w.http.close()
    w.served.stop()
    w.listeners.shutdown(wait=False)
    w.work.shutdown(wait=False)


def start_install(world: SlackWorld) -> tuple[str, str]:
    """``GET /slack/install`` as a browser does: the authorize URL and the state."""
    page = world.http.get("/slack/install")
    assert page.status_code == 200, page.text
    [link] = re.findall(r'<a href="([^"]+)"', page.text)
    url = html.unescape(link)
    state = parse_qs(urlparse(url).query)["state"][0]
    assert f"{COOKIE}={state};" in page.headers["set-cookie"]
    return url, state


def finish_install(world: SlackWorld, code: str, state: str,
                   cookie: str | None = None) -> httpx.Response:
    """Slack sends the browser back with ``code`` and ``state``; the browser sends the
    state cookie it was given (over HTTPS in production, hence by hand here)."""
    headers = {"Cookie": f"{COOKIE}={cookie or state}"} if cookie != "" else {}
    return world.http.get("/slack/oauth_redirect", params={"code": code, "state": state},
                          headers=headers)


def install(world: SlackWorld, team: str, name: str) -> None:
    _url, state = start_install(world)
    resp = finish_install(world, world.fake.grant(team, name), state)
    assert resp.status_code == 200, resp.text


def states(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT state FROM slack_oauth_states"))]


def bots(engine: Engine) -> dict[str, dict[str, object]]:
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT team_id, team_name, bot_token, bot_user_id, bot_id, bot_scopes, client_id "
            "FROM slack_bots")).mappings()
        return {str(r["team_id"]): dict(r) for r in rows}


def test_install_link_carries_a_state_the_database_recorded(oauth_world: SlackWorld) -> None:
    url, state = start_install(oauth_world)
    parsed = urlparse(url)
    assert (parsed.scheme, parsed.netloc, parsed.path) == ("https", "slack.com",
                                                           "/oauth/v2/authorize")
    query = parse_qs(parsed.query)
    assert query["client_id"] == [CLIENT_ID]
    assert query["scope"][0].split(",") == list(BOT_SCOPES)
    assert states(oauth_world.engine) == [state]


def test_redirect_exchanges_the_code_and_stores_the_installation(
        oauth_world: SlackWorld) -> None:
    fake = oauth_world.fake
    _url, state = start_install(oauth_world)
    code = fake.grant("T0002", "Second")
    resp = finish_install(oauth_world, code, state)
    assert resp.status_code == 200, resp.text
    [exchange] = fake.of("oauth.v2.access")
    assert exchange.args["code"] == code and exchange.args["client_id"] == CLIENT_ID
    [ws] = fake.workspaces.values()
    assert any(c.token == ws.bot_token for c in fake.of("auth.test"))  # Bolt reads bot_id
    stored = bots(oauth_world.engine)["T0002"]
    assert stored == {"team_id": "T0002", "team_name": "Second", "bot_token": ws.bot_token,
                      "bot_user_id": ws.bot_user_id, "bot_id": ws.bot_id,
                      "bot_scopes": ws.scope, "client_id": CLIENT_ID}
    assert states(oauth_world.engine) == []  # the state was used up


def test_reused_forged_and_cookieless_states_are_refused(oauth_world: SlackWorld) -> None:
    fake = oauth_world.fake
    _url, state = start_install(oauth_world)
    assert finish_install(oauth_world, fake.grant("T0002", "Second"), state).status_code == 200
    # The same state again (a replayed redirect): refused before any token exchange.
    replay = finish_install(oauth_world, fake.grant("T0002", "Second"), state)
    assert replay.status_code == 401
    # A state hubbot never issued, even with a matching cookie.
    forged = finish_install(oauth_world, fake.grant("T0666", "Evil"), "forged-state")
    assert forged.status_code == 401
    # A real state, but not from the browser that started the install.
    _url, other = start_install(oauth_world)
    assert finish_install(oauth_world, fake.grant("T0666", "Evil"), other,
                          cookie="someone-else").status_code == 400
    assert finish_install(oauth_world, fake.grant("T0666", "Evil"), other,
                          cookie="").status_code == 400
    assert len(fake.of("oauth.v2.access")) == 1
    assert set(bots(oauth_world.engine)) == {"T0002"}
    # A code Slack did not issue is refused by Slack, and nothing is stored.
    _url, fresh = start_install(oauth_world)
    assert finish_install(oauth_world, "made-up-code", fresh).status_code == 401
    assert set(bots(oauth_world.engine)) == {"T0002"}


def test_each_workspace_is_answered_and_delivered_with_its_own_token(
        oauth_world: SlackWorld) -> None:
    fake = oauth_world.fake
    install(oauth_world, "T0002", "Second")
    install(oauth_world, "T0003", "Third")
    token = {ws.team_id: ws.bot_token for ws in fake.workspaces.values()}
    assert len(set(token.values())) == 2

    for team in ("T0002", "T0003"):
        before = len(fake.of("response_url"))
        resp = oauth_world.command("officer", "help", team=team)
        assert resp.status_code == 200 and resp.content == b""
        reply = fake.wait_calls("response_url", before + 1)[-1]
        assert "hubbot help" in reply.args["text"]
    # Bolt authorized each request with that workspace's installation.
    checked = [c.token for c in fake.of("auth.test")]
    assert token["T0002"] in checked and token["T0003"] in checked
    # Web API calls made while a person waits use their workspace's token too.
    for team in ("T0003", "T0002"):
        before = len(fake.of("views.update"))
        assert oauth_world.command("officer", "raise", team=team).status_code == 200
        fake.wait_calls("views.update", before + 1)
        assert fake.of("views.open")[-1].token == token[team]
        assert fake.of("views.update")[-1].token == token[team]

    # A workspace that never installed the app is told so (by Bolt, before any
    # listener), and the command does not run.
    before = len(fake.of("response_url"))
    stranger = oauth_world.command("officer", "help", team="T0999")
    assert stranger.status_code == 200
    oauth_world.settle()
    [told] = fake.of("response_url")[before:]
    assert "install" in told.args["text"].lower() and "hubbot help" not in told.args["text"]

    # The outbox: an address naming its workspace uses that workspace's token; a
    # plain channel id uses the latest installation (T0003).
    with new_session(oauth_world.engine) as session:
        for address in ("T0002:C0002TABLE", "T0003:C0003TABLE", "CPLAIN"):
            enqueue(session, table_id=oauth_world.table_id, platform="slack",
                    target_kind="table", address=address, now=oauth_world.clock.now(),
                    message=text_message(f"hello {address}"))
        session.commit()
    report = oauth_world.deliver()
    assert report.sent == 3 and report.failed == 0
    used = {c.args["channel"]: c.token for c in fake.of("chat.postMessage")}
    assert used == {"C0002TABLE": token["T0002"], "C0003TABLE": token["T0003"],
                    "CPLAIN": token["T0003"]}


def test_an_uninstalled_workspace_loses_its_token(oauth_world: SlackWorld) -> None:
    install(oauth_world, "T0002", "Second")
    install(oauth_world, "T0003", "Third")
    resp = oauth_world.event({"type": "app_uninstalled"}, "EvUninstall", team="T0002")
    assert resp.status_code == 200
    oauth_world.settle()
    assert set(bots(oauth_world.engine)) == {"T0003"}
    with new_session(oauth_world.engine) as session:
        enqueue(session, table_id=oauth_world.table_id, platform="slack",
                target_kind="table", address="T0002:C0002TABLE",
                now=oauth_world.clock.now(), message=text_message("anyone there?"))
        session.commit()
    report = oauth_world.deliver()
    assert report.failed == 1 and "T0002 has not installed hubbot" in report.errors[0]
    # Nothing went to the gone workspace; the admin's notice went with the remaining one.
    [notice] = oauth_world.fake.of("chat.postMessage")
    assert notice.args["channel"] == "UADMIN"
    assert notice.token == next(w.bot_token for w in oauth_world.fake.workspaces.values()
                                if w.team_id == "T0003")


def test_an_expired_state_is_refused(oauth_world: SlackWorld) -> None:
    _url, state = start_install(oauth_world)
    with oauth_world.engine.begin() as conn:  # the admin took longer than STATE_SECONDS
        conn.execute(text("UPDATE slack_oauth_states SET expire_at = :past"),
                     {"past": datetime(2000, 1, 1)})
    resp = finish_install(oauth_world, oauth_world.fake.grant("T0002", "Second"), state)
    assert resp.status_code == 401
    assert oauth_world.fake.of("oauth.v2.access") == [] and bots(oauth_world.engine) == {}


def test_a_reinstall_replaces_the_workspace_token(oauth_world: SlackWorld) -> None:
    install(oauth_world, "T0002", "Second")
    install(oauth_world, "T0002", "Second")  # e.g. after a manifest change
    first, second = (ws.bot_token for ws in oauth_world.fake.workspaces.values())
    with new_session(oauth_world.engine) as session:
        enqueue(session, table_id=oauth_world.table_id, platform="slack",
                target_kind="table", address="T0002:C0002TABLE",
                now=oauth_world.clock.now(), message=text_message("after reinstall"))
        session.commit()
    assert oauth_world.deliver().sent == 1
    [post] = oauth_world.fake.of("chat.postMessage")
    assert post.token == second != first

"""Slack's rules: signatures, retries, double clicks, rate limits, errors, App Home."""

from __future__ import annotations

import json
from urllib.parse import urlencode

from models import OutboxMessage, Situation
from tests.bot.slack.harness import TABLE_CHANNEL, SlackWorld, user
from tests.bot.slack.test_slack_flow import RAISE, ask, open_form, raise_situation, rows


def test_url_verification_is_answered(world: SlackWorld) -> None:
    body = json.dumps({"token": "x", "challenge": "c-123", "type": "url_verification"})
    resp = world.post(body, "application/json")
    assert resp.status_code == 200 and resp.json() == {"challenge": "c-123"}


def test_forged_missing_and_stale_signatures_are_refused(world: SlackWorld) -> None:
    body = world.command_body("officer", 'raise type=individual age=16-17 gender=female '
                              'risks=housing.at_risk text="Youth at risk" confirm=yes')
    form = "application/x-www-form-urlencoded"
    assert world.post(body, form, signature="v0=" + "0" * 64).status_code == 401
    assert world.post(body, form, signature="").status_code == 401
    assert world.post(body, form, age=6 * 60).status_code == 401
    # Signed for another body: refused as well.
    other = world.command_body("officer", "help")
    import time

    from tests.bot.slack.harness import sign

    ts = int(time.time())
    resp = world.http.post("/slack/events", content=body.encode(), headers={
        "Content-Type": form, "X-Slack-Request-Timestamp": str(ts),
        "X-Slack-Signature": sign(other, ts)})
    assert resp.status_code == 401
    assert rows(world, Situation) == [] and rows(world, OutboxMessage) == []
    assert world.fake.of("response_url") == [] and world.fake.of("views.open") == []


def test_a_redelivered_command_runs_once(world: SlackWorld) -> None:
    body = world.command_body("officer", 'raise type=individual age=16-17 gender=female '
                              'risks=housing.at_risk text="Youth at risk at home" confirm=yes')
    form = "application/x-www-form-urlencoded"
    assert world.post(body, form).status_code == 200
    assert world.post(body, form, headers={"X-Slack-Retry-Num": "1",
                                           "X-Slack-Retry-Reason": "http_timeout"}
                      ).status_code == 200
    world.settle()
    assert len(world.fake.of("response_url")) == 1
    assert len(rows(world, Situation)) == 1


def test_a_double_submitted_modal_stores_one_situation(world: SlackWorld) -> None:
    view = open_form(world, "officer", "raise")
    first = world.submit("officer", view, RAISE)
    second = world.submit("officer", view, RAISE)
    assert first.status_code == second.status_code == 200
    assert len(rows(world, Situation)) == 1


def test_a_retried_button_press_acts_once(world: SlackWorld) -> None:
    ref = raise_situation(world)
    world.press("officer", f"withdraw {ref}", action_ts="1700000999.1")
    world.press("officer", f"withdraw {ref}", action_ts="1700000999.1")
    world.settle()  # both presses handled to the end, the duplicate included
    assert rows(world, Situation)[0].status == "withdrawn"
    assert len(world.fake.of("response_url")) == 2  # raise reply + one withdraw reply


def test_retried_events_are_handled_once(world: SlackWorld) -> None:
    event = {"type": "app_home_opened", "user": user("nurse"), "tab": "home",
             "channel": "D1", "event_ts": "1700000000.1"}
    assert world.event(event, "Ev001").status_code == 200
    world.fake.wait_calls("views.publish", 1)
    assert world.event(event, "Ev001", headers={"X-Slack-Retry-Num": "1"}).status_code == 200
    world.settle()  # the retry's listener has run to the end
    assert len(world.fake.of("views.publish")) == 1


def test_app_home_shows_the_agency_situations_meeting_and_reminders(world: SlackWorld) -> None:
    ref = raise_situation(world, "officer")
    world.event({"type": "app_home_opened", "user": user("officer"), "tab": "home"}, "Ev2")
    [published] = world.fake.wait_calls("views.publish", 1)
    home = json.dumps(published.args["view"])
    assert published.args["user_id"] == user("officer")
    assert ref in home and "reminders" in home


def test_429_and_5xx_are_delivered_after_retry(world: SlackWorld) -> None:
    world.fake.fail("chat.postMessage", status=429, retry_after=7)
    world.fake.fail("chat.postMessage", status=503)
    raise_situation(world)
    report = world.deliver()
    assert report.sent == 1 and report.retried == 2 and report.failed == 0
    attempts = [c for c in world.fake.of("chat.postMessage")
                if c.args["channel"] == TABLE_CHANNEL]
    assert len(attempts) == 3
    [row] = rows(world, OutboxMessage)
    assert row.status == "sent"


def test_a_dead_channel_becomes_an_admin_notice_not_a_crash(world: SlackWorld) -> None:
    world.fake.fail("chat.postMessage", error="not_in_channel",
                    when=lambda a: a.get("channel") == TABLE_CHANNEL)
    raise_situation(world)
    report = world.deliver()
    assert report.failed == 1
    failed = [r for r in rows(world, OutboxMessage) if r.status == "failed"]
    assert failed and "not_in_channel" in (failed[0].last_error or "")
    assert "/invite" in (failed[0].last_error or "")
    notices = [c for c in world.fake.of("chat.postMessage") if c.args["channel"] == user("admin")]
    assert notices and "outbox retry" in json.dumps(notices[0].args)


def test_health_endpoint(world: SlackWorld) -> None:
    resp = world.http.get("/healthz")
    assert resp.status_code == 200 and resp.json()["ok"] is True


def test_unsigned_interactivity_is_refused(world: SlackWorld) -> None:
    body = urlencode({"payload": json.dumps({"type": "block_actions", "actions": []})})
    resp = world.http.post("/slack/events", content=body.encode(),
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert resp.status_code == 401


def test_non_chair_cannot_close_by_command(world: SlackWorld) -> None:
    ref = raise_situation(world)
    before = len(world.fake.of("views.update"))
    world.command("nurse", f"close {ref}")
    world.fake.wait_calls("views.update", before + 1)
    assert "Only a chair" in json.dumps(world.fake.of("views.update")[-1].args)
    assert ask(world, "nurse", "list open").args["response_type"] == "ephemeral"

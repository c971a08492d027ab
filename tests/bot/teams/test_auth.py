"""Incoming tokens: only Bot Framework tokens for this bot, unexpired, signed by a
published key and naming the activity's service URL are accepted."""

from __future__ import annotations

import time

import pytest
from sqlmodel import select

from models import ProcessedRequest
from models.conversation_ref import ConversationRef
from models.db import new_session
from tests.bot.teams.conftest import Harness
from tests.bot.teams.fakes import Keys


def stored(teams: Harness) -> int:
    with new_session(teams.engine) as session:
        return len(session.exec(select(ConversationRef)).all()) + len(
            session.exec(select(ProcessedRequest)).all())


@pytest.mark.parametrize("case", [
    "forged", "expired", "wrong_audience", "wrong_issuer", "wrong_service_url", "missing",
    "garbage",
])
def test_bad_tokens_are_refused_and_nothing_stored(teams: Harness, case: str) -> None:
    activity = teams.message("officer", "raise", conversation="a:x", kind="personal")
    fake = teams.fake
    tokens = {
        "forged": Keys(kid=fake.keys.kid).token(fake.service_url),  # same kid, other key
        "expired": fake.keys.token(fake.service_url, issued=time.time() - 7200, lifetime=600),
        "wrong_audience": fake.keys.token(fake.service_url, audience="someone-else"),
        "wrong_issuer": fake.keys.token(fake.service_url, issuer="https://evil.example"),
        "wrong_service_url": fake.keys.token("https://evil.example/"),
        "garbage": "not-a-jwt",
    }
    response = teams.post(activity, token=tokens.get(case), auth=case != "missing")
    assert response.status_code == 401
    assert stored(teams) == 0
    assert fake.calls == []


def test_a_valid_token_is_accepted(teams: Harness) -> None:
    activity = teams.message("officer", "help", conversation="a:x", kind="personal")
    assert teams.post(activity).status_code == 200
    assert stored(teams) == 2


def refused(teams: Harness, token: str, *, channel: str = "msteams") -> None:
    activity = teams.message("officer", "help", conversation="a:x", kind="personal")
    activity["channelId"] = channel
    assert teams.post(activity, token=token).status_code == 401
    assert stored(teams) == 0
    assert teams.fake.calls == []


def test_a_token_without_exp_is_refused(teams: Harness) -> None:
    refused(teams, teams.fake.keys.token(teams.fake.service_url, without=("exp",)))


def test_a_token_not_yet_valid_is_refused(teams: Harness) -> None:
    refused(teams, teams.fake.keys.token(teams.fake.service_url, not_before=3600))


@pytest.mark.parametrize("endorsements", [[], ["skype", "webchat"]])
def test_a_key_not_endorsed_for_teams_is_refused(teams: Harness,
                                                 endorsements: list[str]) -> None:
    teams.fake.keys.endorsements = endorsements
    refused(teams, teams.token())


def test_an_activity_claiming_another_channel_is_refused(teams: Harness) -> None:
    refused(teams, teams.token(), channel="webchat")

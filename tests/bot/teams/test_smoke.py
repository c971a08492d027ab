from __future__ import annotations

from tests.bot.teams.conftest import TABLE_CHANNEL, Harness, card_texts


def test_help_by_mention_replies_through_connector(teams: Harness) -> None:
    assert teams.install(TABLE_CHANNEL).status_code == 200
    teams.say("officer", "help")
    sent = teams.fake.sent()
    assert sent, teams.fake.calls
    print(card_texts(sent[-1].body))

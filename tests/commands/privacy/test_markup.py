"""The guard reads notes as Slack and Teams deliver them, and points at what the rep wrote."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commands.privacy import Kind, scan
from commands.privacy.markup import plain


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("*Destiny*'s cell is _639.555.0110_", "Destiny's cell is 639.555.0110"),
        ("Thanks <at>Jordan Lee</at>!", "Thanks  !"),
        ("<@U024BE7LH|jordan.lee> pls ack :eyes:", "  pls ack  "),
        ("<mailto:jo@example.com|jo@example.com>", "jo@example.com jo@example.com"),
        ("<tel:+16135550142|613-555-0142>", "+16135550142 613-555-0142"),
        ("du 613&nbsp;555&nbsp;0164", "du 613 555 0164"),
        ("<p><b>Mr. Nguyen</b></p>", "  Mr. Nguyen  "),
        ("her snap is jay_lynn_ and ig @lil_bre_09", "her snap is jay_lynn_ and ig @lil_bre_09"),
        ("Name: *** | Tel: ****0142", "Name: *** | Tel: ****0142"),
        ("*né le* 2009-**-14, S6V 2M*", "né le 2009-**-14, S6V 2M*"),
        ("> forwarded from OPS", "  forwarded from OPS"),
        ("meeting at 10:30: room 2", "meeting at 10:30: room 2"),
    ],
)
def test_markup_is_taken_off(text: str, read: str) -> None:
    assert plain(text)[0] == read


@given(st.text(alphabet=st.sampled_from(list("ab *_~`<>|@:&;#!/.0159 \n")), max_size=60))
def test_every_character_read_points_into_the_note(text: str) -> None:
    read, where = plain(text)
    assert len(read) == len(where)
    assert all(0 <= w < len(text) for w in where)
    assert where == sorted(where)


@pytest.mark.parametrize(
    ("text", "kind", "span"),
    [
        ("*Tyler Moosomin*'s cell is _613-555-0188_", Kind.PHONE, "613-555-0188"),
        ("*Tyler Moosomin*'s cell is _613-555-0188_", Kind.NAME, "Tyler Moosomin"),
        ("du 613&nbsp;555&nbsp;0164 ce matin", Kind.PHONE, "613&nbsp;555&nbsp;0164"),
        ("<tel:3065550142|306 555 0142>", Kind.PHONE, "306 555 0142"),
    ],
)
def test_findings_point_at_what_was_written(text: str, kind: Kind, span: str) -> None:
    assert span in [f.text for f in scan(text) if f.kind is kind]


def test_a_member_mention_is_no_finding() -> None:
    assert scan("Merci <at>Karine Dubé</at> et <@U05ABCD12|marc.roy> :pray:") == []

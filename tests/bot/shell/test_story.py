"""The whole story of a situation, typed into the shell, checked per destination:
raise → agenda posted → accept → assignment notices → intervention-due reminder →
overdue escalation → update → close."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import func, select

from bot.shell.cli import DEMO_START, demo_script, demo_table
from bot.shell.sender import Post
from bot.shell.session import ShellSession
from commands.config import apply_config
from commands.context import Hub
from commands.ports import FrozenClock
from models import AuditEntry, Situation, TimelineEntry
from models.db import new_session


@pytest.fixture
def story(engine: Engine) -> tuple[ShellSession, list[str]]:
    with new_session(engine) as session:
        apply_config(session, demo_table(), DEMO_START)
        session.commit()
    clock = FrozenClock(DEMO_START)
    out: list[str] = []
    shell = ShellSession(Hub(engine=engine, clock=clock), clock, out.append, echo=True)
    shell.run(iter(demo_script().splitlines()))
    return shell, out


def to(posts: Iterable[Post], kind: str, address: str) -> list[Post]:
    return [p for p in posts if p.target_kind == kind and p.address == address]


def test_table_channel_sees_raise_agenda_decisions_and_the_living_agenda(story):
    shell, _ = story
    table = to(shell.sender.posts, "table", "#hub-table")
    summaries = [p.summary for p in table]
    assert summaries[0].startswith("New situation PA-2026-001 raised by Demo Police Service")
    assert "Tue 24 Nov 2026 10:00 CST" in summaries[0]
    first_agenda = next(p for p in table if p.summary.startswith("Agenda"))
    assert "Tue 24 Nov 2026 10:00 CST" in first_agenda.summary
    assert first_agenda.text.index("1. PA-2026-001") < first_agenda.text.index("2. PA-2026-002")
    assert "New situations (2)" in first_agenda.text
    assert any(s.startswith("PA-2026-001 accepted. Lead: Mental Health") for s in summaries)
    assert any(s.startswith("PA-2026-002 rejected") for s in summaries)
    thursday = next(p for p in table if p.summary.startswith("Agenda")
                    and "Thu 26 Nov" in p.summary)
    assert "Returning situations (1)" in thursday.text
    assert "OVERDUE" in thursday.text
    tuesday2 = [p for p in table if p.summary.startswith("Agenda") and "01 Dec" in p.summary]
    assert "Proposed for closure (1)" in tuesday2[0].text
    # After the close, the posted agenda was updated in place, not posted again.
    assert tuesday2[-1].replaced is not None
    assert "No situations on this agenda." in tuesday2[-1].text
    assert summaries[-2].startswith("PA-2026-001 closed: Risk lowered")
    # Updates are for the involved agencies only: never in the table channel.
    assert not any("attendance plan" in p.text for p in table)


def test_lead_agency_gets_assignment_and_reminders_and_chair_hears_of_overdue(story):
    shell, _ = story
    lead = to(shell.sender.posts, "agency", "#mental-health")
    assert lead[0].summary == ("Your agency is lead on PA-2026-001; intervention due by "
                               "Thu 26 Nov 2026 10:00 CST.")
    reminders = [p for p in lead if p.summary.startswith("Reminder")]
    assert len(reminders) == 2
    # Wednesday: due and update-due together, as one message.
    assert "Intervention due by Thu 26 Nov 2026 10:00 CST" in reminders[0].text
    assert "Update due for the next meeting" in reminders[0].text
    assert "Intervention overdue" in reminders[1].text
    assert "`snooze " in reminders[1].text
    chair = to(shell.sender.posts, "member", "chair")
    assert any(p.summary == "Overdue interventions: PA-2026-001" for p in chair)
    assert any(p.summary.startswith("PA-2026-001 closed") for p in lead)


def test_assisting_agencies_channel_or_direct_messages(story):
    shell, _ = story
    police = to(shell.sender.posts, "agency", "#police")
    assert police[0].summary.startswith("Your agency is assisting on PA-2026-001")
    # The school division has no channel: its rep hears everything directly.
    teacher = [p.summary for p in to(shell.sender.posts, "member", "teacher")]
    assert teacher[0].startswith("Your agency is assisting on PA-2026-001")
    assert any(s.startswith("PA-2026-001 closed") for s in teacher)
    housing = to(shell.sender.posts, "agency", "#housing")
    assert [p.summary.split(":")[0] for p in housing] == ["PA-2026-002 rejected"]


def test_filter4_space_has_only_involved_reps_and_chair(story):
    shell, _ = story
    opened = [p for p in shell.sender.posts if p.target_kind == "filter4_open"]
    assert len(opened) == 1
    assert opened[0].address == "hub-pa-2026-001"
    assert opened[0].members == ("chair", "nurse", "officer", "teacher")
    inside = [p for p in shell.sender.posts if p.target_kind == "filter4"]
    assert any("attendance plan drafted" in p.text for p in inside)
    assert all(p.replaced == "space:hub-pa-2026-001" for p in inside)
    archived = [p for p in shell.sender.posts if p.target_kind == "filter4_archive"]
    assert [p.replaced for p in archived] == ["space:hub-pa-2026-001"]


def test_refusals_change_nothing_and_say_what_to_do(story, engine):
    _shell, out = story
    text = "\n".join(out)
    assert 'a phone number ("306-555-0142")' in text
    assert "PA-2026-001 is accepted: it cannot be accepted." in text
    assert "PA-2026-001 is closed: it cannot be closed." in text
    with new_session(engine) as session:
        refs = session.exec(select(Situation.ref).order_by(Situation.ref)).all()
        assert refs == ["PA-2026-001", "PA-2026-002"]
        texts = " ".join(t or "" for t in session.exec(select(TimelineEntry.text)).all())
        assert "Tremblay" not in texts
        rejected = session.exec(select(Situation).where(Situation.ref == "PA-2026-002")).one()
        assert rejected.description is None and rejected.status == "rejected"


def test_timeline_only_for_involved_agencies(story):
    _, out = story
    text = "\n".join(out)
    housing_view = text.split("housing> show PA-2026-001")[1].split("housing> ")[0]
    assert "visible to the involved agencies and the chair only" in housing_view
    assert "attendance plan" not in housing_view
    teacher_view = text.split("teacher> show PA-2026-001")[1].split("teacher> ")[0]
    assert "attendance plan drafted" in teacher_view


def test_every_read_and_change_is_audited(story, engine):
    with new_session(engine) as session:
        actions = session.exec(
            select(AuditEntry.action, func.count()).group_by(AuditEntry.action)
        ).all()
    counts = dict(actions)
    assert counts == {"raise": 2, "accept": 1, "reject": 1, "update": 2, "intervened": 1,
                      "read": 2, "close": 1}

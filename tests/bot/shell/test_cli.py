"""The console script: demo, script mode, table apply/show, outbox."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.shell.cli import demo_table

runner = CliRunner()


def test_demo_plays_a_whole_week() -> None:
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert "Agenda — Demo Community Hub, Tue 24 Nov 2026 10:00 CST" in result.output
    assert "PA-2026-001 closed (Risk lowered — connected to services)." in result.output
    assert "Traceback" not in result.output


def test_script_mode_answers_forms_and_reports_mistakes(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/hub.db")
    script = tmp_path / "s.hub"
    script.write_text("\n".join([
        "list", ":as nobody", ":as chair", "frobnicate", "show PA-2026-999",
        "reject", "reject PA-2026-001", "accept PA-2026-001 lead=ZZZ", ":advance soon",
        "meeting", ":quit", "help",
    ]))
    result = runner.invoke(app, ["shell", "--script", str(script)])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Choose who you are first" in out
    assert "No shell member `nobody`" in out
    assert "`frobnicate` is not a hubbot command." in out
    assert "There is no situation PA-2026-999" in out
    assert "Which situation?" in out
    assert "`soon` is not a duration." in out
    assert "Coming meetings" in out
    assert "this list" not in out  # nothing after :quit ran
    assert "Traceback" not in out


def test_table_apply_is_idempotent_and_show_prints_it(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import tomllib

    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/hub.db")
    src = Path(__file__).parents[3] / "bot/shell/data/demo-table.toml"
    assert tomllib.loads(src.read_text()) == demo_table()
    for _ in range(2):
        result = runner.invoke(app, ["table", "apply", str(src)])
        assert result.exit_code == 0, result.output
        assert "Applied table PA (Demo Community Hub)." in result.output
    shown = runner.invoke(app, ["table", "show", "PA"])
    config = json.loads(shown.output)
    assert config["table"]["timezone"] == "America/Regina"
    assert len(config["agencies"]) == 5 and len(config["members"]) == 8
    bad = tmp_path / "bad.toml"
    bad.write_text('[table]\ncode = "pa"\nname = "x"\ntimezone = "Mars/Base"\n')
    result = runner.invoke(app, ["table", "apply", str(bad)])
    assert result.exit_code == 2
    assert "table.timezone" in result.output and "table.code" in result.output


def test_outbox_lists_and_requeues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/hub.db")
    result = runner.invoke(app, ["outbox"])
    assert result.exit_code == 0 and "Everything has been delivered." in result.output
    result = runner.invoke(app, ["outbox", "retry"])
    assert "0 message(s) queued again." in result.output

"""The database fixtures themselves: isolation per test, both backends, loud failures.

Plain SQL on a scratch table, so these tests do not depend on the application's models.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlmodel import Session

REPO = Path(__file__).resolve().parents[2]


def test_backend_matches_parameter(engine: Engine, request: pytest.FixtureRequest) -> None:
    assert engine.dialect.name == request.node.callspec.params["database_url"]


def test_database_is_migrated(engine: Engine) -> None:
    assert inspect(engine).has_table("alembic_version")


def test_isolation_write(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE scratch_isolation (id INTEGER PRIMARY KEY)"))
        conn.execute(text("INSERT INTO scratch_isolation (id) VALUES (1)"))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM scratch_isolation")).scalar_one() == 1


def test_isolation_next_test_sees_nothing(engine: Engine) -> None:
    """Runs after test_isolation_write (file order) and must not see its table."""
    assert not inspect(engine).has_table("scratch_isolation")


def test_isolation_across_engines(database_url: str, engine: Engine) -> None:
    """A second engine on the same URL sees the same database (it is a real file/db)."""
    from models.db import make_engine

    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE scratch_shared (id INTEGER)"))
    other = make_engine(database_url)
    try:
        assert inspect(other).has_table("scratch_shared")
    finally:
        other.dispose()


@pytest.mark.sqlite_only(reason="checks the sqlite_only marker itself")
def test_sqlite_only_marker(engine: Engine) -> None:
    assert engine.dialect.name == "sqlite"


@pytest.mark.postgres
def test_postgres_marker(engine: Engine) -> None:
    assert engine.dialect.name == "postgresql"


def test_session_fixture_works(session: Session) -> None:
    assert isinstance(session, Session)
    assert session.connection().execute(text("SELECT 1")).scalar_one() == 1


# --------------------------------------------------------------------------- meta tests

INNER_TEST = """
from sqlalchemy import text

def test_db(engine):
    with engine.connect() as conn:
        assert conn.execute(text("SELECT 1")).scalar_one() == 1
"""


def _run_inner(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run a one-test suite with our conftest as a plugin, in a separate pytest."""
    (tmp_path / "test_inner.py").write_text(textwrap.dedent(INNER_TEST))
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\naddopts = -p no:cacheprovider --strict-markers\n"
        "markers =\n    postgres: PostgreSQL only\n"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith("HUBBOT_TEST_")}
    clean["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "tests.conftest",
            "-rA",
            "--rootdir",
            str(tmp_path),
            "-c",
            str(tmp_path / "pytest.ini"),
            str(tmp_path),
        ],
        cwd=REPO,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


def test_unstartable_postgres_errors_not_skips(tmp_path: Path) -> None:
    result = _run_inner(tmp_path, HUBBOT_TEST_POSTGRES_BIN=str(tmp_path / "missing"))
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "1 passed, 1 error" in out, out
    assert "skipped" not in out, out
    assert (
        "PostgreSQL is required here but could not start" in out
        and "HUBBOT_TEST_POSTGRES_BIN" in out
    ), out


def test_postgres_off_deselects_loudly(tmp_path: Path) -> None:
    result = _run_inner(tmp_path, HUBBOT_TEST_POSTGRES="off")
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "1 passed, 1 deselected" in out, out
    assert "PostgreSQL tests were NOT run" in out, out

"""Database fixtures: every test that uses a database runs on SQLite and on PostgreSQL.

A test that asks for ``database_url``, ``engine`` or ``session`` is parametrized over
the backends (ids ``sqlite`` and ``postgresql``) and gets a fresh, already-migrated
database of its own:

- SQLite: the migrations run once per session into a template file, which each test
  copies into its ``tmp_path``.
- PostgreSQL: one server per session (see ``tests/support/postgres.py``), started only
  if a PostgreSQL test was collected; the migrations run once into a template database
  and each test gets ``CREATE DATABASE ... TEMPLATE`` (dropped afterwards).

If PostgreSQL cannot be started the PostgreSQL tests *error* with the reason. Only
``HUBBOT_TEST_POSTGRES=off`` deselects them, and the summary then says so loudly.
``@pytest.mark.sqlite_only(reason=...)`` keeps a test off PostgreSQL when it truly
cannot apply there; ``@pytest.mark.postgres`` keeps it off SQLite.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.support.postgres import (
    SWITCH_ENV,
    PostgresServer,
    PostgresUnavailable,
    TemplateDatabases,
    start_server,
)

if TYPE_CHECKING:  # imported lazily so tests without a database never import models
    from sqlalchemy.engine import Engine
    from sqlmodel import Session

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
BACKENDS = (SQLITE, POSTGRESQL)

_deselected_key = pytest.StashKey[int]()
_report_key = pytest.StashKey[list[str]]()


def postgres_disabled() -> bool:
    return os.environ.get(SWITCH_ENV, "").strip().lower() == "off"


def migrate(url: str) -> None:
    """Bring a database at ``url`` to the newest schema exactly as the bot does."""
    from models.db import make_engine, upgrade_database

    engine = make_engine(url)
    try:
        upgrade_database(engine)
        if engine.dialect.name == "sqlite":
            # Fold the WAL into the main file so a plain file copy is complete.
            # It must run outside a transaction: use the driver connection, which
            # models.db leaves in autocommit (transactions begin IMMEDIATE explicitly).
            raw = engine.raw_connection()
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- hooks


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): run this database test on SQLite only; the reason must say "
        "why it cannot apply to PostgreSQL",
    )
    config.stash[_deselected_key] = 0
    config.stash[_report_key] = []


def _backends_for(metafunc: pytest.Metafunc) -> list[str]:
    sqlite_only = metafunc.definition.get_closest_marker("sqlite_only")
    postgres_only = metafunc.definition.get_closest_marker("postgres")
    if sqlite_only is not None and postgres_only is not None:
        raise pytest.UsageError(f"{metafunc.definition.nodeid}: sqlite_only and postgres clash")
    if sqlite_only is not None:
        if not (sqlite_only.kwargs.get("reason") or sqlite_only.args):
            raise pytest.UsageError(
                f"{metafunc.definition.nodeid}: @pytest.mark.sqlite_only needs reason=... "
                "saying why the test cannot run on PostgreSQL"
            )
        return [SQLITE]
    if postgres_only is not None:
        return [POSTGRESQL]
    return list(BACKENDS)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrize every test that (even indirectly) needs a database over the backends."""
    if "database_url" in metafunc.fixturenames:
        backends = _backends_for(metafunc)
        metafunc.parametrize("database_url", backends, ids=backends, indirect=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With HUBBOT_TEST_POSTGRES=off, deselect (never skip) the PostgreSQL variants."""
    if not postgres_disabled():
        return
    keep: list[pytest.Item] = []
    dropped: list[pytest.Item] = []
    for item in items:
        callspec = getattr(item, "callspec", None)
        is_pg = callspec is not None and callspec.params.get("database_url") == POSTGRESQL
        (dropped if is_pg else keep).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep
    config.stash[_deselected_key] = len(dropped)


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, exitstatus: int, config: pytest.Config
) -> None:
    for line in config.stash.get(_report_key, []):
        terminalreporter.write_line(line)
    if postgres_disabled():
        count = config.stash.get(_deselected_key, 0)
        terminalreporter.write_sep(
            "!",
            f"PostgreSQL tests were NOT run: {SWITCH_ENV}=off deselected {count} of them",
            red=True,
            bold=True,
        )


# --------------------------------------------------------------------------- servers


@pytest.fixture(scope="session")
def postgres_server(request: pytest.FixtureRequest) -> Iterator[PostgresServer]:
    """One PostgreSQL server for the whole session, started on first use."""
    started = time.monotonic()
    try:
        server = start_server()
    except PostgresUnavailable as exc:
        reason = str(exc)
    else:
        reason = ""
    if reason:  # failed outside the except block, so pytest shows the message once
        pytest.fail(f"PostgreSQL is required here but could not start: {reason}", pytrace=False)
    request.config.stash[_report_key].append(
        f"PostgreSQL: {server.description}; ready in {time.monotonic() - started:.2f}s"
    )
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_template(
    postgres_server: PostgresServer, request: pytest.FixtureRequest
) -> Iterator[TemplateDatabases]:
    """The migrated template database every PostgreSQL test is copied from."""
    started = time.monotonic()
    databases = TemplateDatabases(postgres_server)
    databases.create_template(migrate)
    request.config.stash[_report_key].append(
        f"PostgreSQL: template migrated in {time.monotonic() - started:.2f}s"
    )
    yield databases
    databases.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file every SQLite test gets a copy of."""
    path = tmp_path_factory.mktemp("sqlite-template") / "hub.db"
    migrate(f"sqlite:///{path}")
    return path


# --------------------------------------------------------------------------- per test


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of a fresh, migrated database that belongs to this test alone."""
    backend = getattr(request, "param", None)
    if backend == SQLITE:
        template: Path = request.getfixturevalue("sqlite_template")
        target = tmp_path / "hub.db"
        shutil.copyfile(template, target)
        yield f"sqlite:///{target}"
    elif backend == POSTGRESQL:
        databases: TemplateDatabases = request.getfixturevalue("postgres_template")
        name = databases.clone()
        try:
            yield databases.server.url(name)
        finally:
            databases.drop(name)
    else:
        pytest.fail(
            f"database_url has no backend (param={backend!r}); request it as a test "
            "argument so pytest_generate_tests can parametrize it",
            pytrace=False,
        )


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    from models.db import make_engine

    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    from models.db import new_session

    session = new_session(engine)
    yield session
    session.close()

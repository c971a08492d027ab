"""Engines, sessions and schema upgrades.

Nothing is built at import time: the composition root calls ``make_engine`` with the
configured URL, then ``upgrade_database`` so a fresh or old database is brought to the
current schema before the bot serves anyone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

MIGRATIONS = Path(__file__).with_name("migrations")


def normalise_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL whatever spelling the admin wrote."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str, *, echo: bool = False) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(
            url, echo=echo, connect_args={"check_same_thread": False, "timeout": 30}
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True, pool_size=10, max_overflow=10)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide when transactions begin (see below).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin_immediate(connection: Any) -> None:
    """Take SQLite's write lock at the start of every transaction.

    A deferred transaction that reads and then writes cannot wait for a concurrent
    writer (SQLite answers "database is locked" at once); beginning IMMEDIATE makes
    concurrent requests queue on the busy timeout instead, so they serialise cleanly.
    """
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade_database(engine: Engine) -> None:
    """Bring the schema to the newest migration (idempotent)."""
    command.upgrade(alembic_config(engine), "head")


def new_session(engine: Engine) -> Session:
    """A session whose objects stay readable after commit (the caller owns commits)."""
    return Session(engine, expire_on_commit=False)

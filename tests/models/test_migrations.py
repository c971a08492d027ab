"""Every migration can be undone and redone, on both backends, to the same schema."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from models.db import alembic_config, make_engine


def _schema(engine) -> dict[str, list[tuple[str, str, bool]]]:  # type: ignore[no-untyped-def]
    i = inspect(engine)
    return {t: sorted((c["name"], str(c["type"]), bool(c["nullable"])) for c in i.get_columns(t))
            for t in i.get_table_names()}


def test_downgrade_to_base_and_upgrade_again(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        cfg = alembic_config(engine)
        before = _schema(engine)
        assert {"situation", "outbox_message", "conversation_ref", "slack_bots"} <= set(before)
        command.downgrade(cfg, "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
        command.upgrade(cfg, "head")
        assert _schema(engine) == before
    finally:
        engine.dispose()

"""The composition root: settings → engine → hub → adapters and scheduler."""

from __future__ import annotations

import logging

from sqlalchemy.engine import Engine

from bot.settings import Settings
from commands.context import Hub
from commands.ports import Clock, SystemClock
from models.db import make_engine, upgrade_database


def configure_logging(settings: Settings) -> None:
    logging.basicConfig(level=settings.log_level.upper(),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def open_database(settings: Settings) -> Engine:
    """Connect and bring the schema up to date before anything else runs."""
    engine = make_engine(settings.database_url)
    upgrade_database(engine)
    return engine


def make_hub(settings: Settings, *, clock: Clock | None = None,
             engine: Engine | None = None) -> Hub:
    return Hub(engine=engine or open_database(settings), clock=clock or SystemClock())

"""Alembic environment: runs on the engine the application hands over."""

from __future__ import annotations

import os

from alembic import context
from sqlmodel import SQLModel

import models  # noqa: F401  (registers every table on the metadata)
from models.db import make_engine

config = context.config
engine = config.attributes.get("engine")
if engine is None:
    engine = make_engine(os.environ.get("DATABASE_URL", "sqlite:///hubbot.db"))

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()

"""Teams conversation references

Revision ID: 0003
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import models.types

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversation_ref",
        sa.Column("conversation_id", sqlmodel.sql.sqltypes.AutoString(length=400),
                  nullable=False),
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("service_url", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("tenant_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("team_id", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=True),
        sa.Column("channel_id", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=True),
        sa.Column("bot_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("user_aad_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("raw", sa.JSON(), nullable=False),
        sa.Column("updated_at", models.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("conversation_id"),
    )
    with op.batch_alter_table("conversation_ref", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conversation_ref_team_id"), ["team_id"])
        batch_op.create_index(batch_op.f("ix_conversation_ref_user_id"), ["user_id"])
        batch_op.create_index(batch_op.f("ix_conversation_ref_user_aad_id"), ["user_aad_id"])


def downgrade() -> None:
    with op.batch_alter_table("conversation_ref", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversation_ref_user_aad_id"))
        batch_op.drop_index(batch_op.f("ix_conversation_ref_user_id"))
        batch_op.drop_index(batch_op.f("ix_conversation_ref_team_id"))
    op.drop_table("conversation_ref")

"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 04:28:47.231606
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import models.types

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hub_table",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=12), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("timezone", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("schedule", sa.JSON(), nullable=False),
        sa.Column("meeting_minutes", sa.Integer(), nullable=False),
        sa.Column("agenda_lead_minutes", sa.Integer(), nullable=False),
        sa.Column("intervention_deadline_hours", sa.Integer(), nullable=False),
        sa.Column("due_reminder_hours", sa.Integer(), nullable=False),
        sa.Column("update_reminder_hours", sa.Integer(), nullable=False),
        sa.Column("retention_days", sa.Integer(), nullable=False),
        sa.Column("catchup_hours", sa.Integer(), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("privacy", sa.JSON(), nullable=False),
        sa.Column("created_at", models.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_hub_table_code"), "hub_table", ["code"], unique=True)

    op.create_table(
        "lease",
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("holder", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.Column("expires_at", models.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "posted_message",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("message_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("updated_at", models.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "processed_request",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("at", models.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_index(op.f("ix_processed_request_at"), "processed_request", ["at"], unique=False)

    op.create_table(
        "target_pace",
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("last_sent_at", models.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("platform", "address"),
    )
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("sector", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["hub_table.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("table_id", "code"),
    )
    op.create_index(op.f("ix_agency_table_id"), "agency", ["table_id"], unique=False)

    op.create_table(
        "catalog_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("category", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["hub_table.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("table_id", "kind", "code"),
    )
    op.create_index(op.f("ix_catalog_entry_kind"), "catalog_entry", ["kind"], unique=False)
    op.create_index(op.f("ix_catalog_entry_table_id"), "catalog_entry", ["table_id"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", models.types.UTCDateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("agenda_due_at", models.types.UTCDateTime(), nullable=False),
        sa.Column("agenda_posted_at", models.types.UTCDateTime(), nullable=True),
        sa.Column("agenda_digest", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("updates_reminded_at", models.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["hub_table.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("table_id", "starts_at"),
    )
    op.create_index(op.f("ix_meeting_agenda_due_at"), "meeting", ["agenda_due_at"], unique=False)
    op.create_index(op.f("ix_meeting_starts_at"), "meeting", ["starts_at"], unique=False)
    op.create_index(op.f("ix_meeting_table_id"), "meeting", ["table_id"], unique=False)

    op.create_table(
        "outbox_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=True),
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("target_kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("dedupe_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("replace_key", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", models.types.UTCDateTime(), nullable=False),
        sa.Column("claimed_until", models.types.UTCDateTime(), nullable=True),
        sa.Column("last_error", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.Column("created_at", models.types.UTCDateTime(), nullable=False),
        sa.Column("sent_at", models.types.UTCDateTime(), nullable=True),
        sa.Column(
            "platform_message_id", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["hub_table.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("dedupe_key"),
    )
    op.create_index(op.f("ix_outbox_message_address"), "outbox_message", ["address"], unique=False)
    op.create_index(
        op.f("ix_outbox_message_next_attempt_at"),
        "outbox_message",
        ["next_attempt_at"],
        unique=False,
    )
    op.create_index(
        op.f("ix_outbox_message_platform"), "outbox_message", ["platform"], unique=False
    )
    op.create_index(op.f("ix_outbox_message_status"), "outbox_message", ["status"], unique=False)
    op.create_index(
        op.f("ix_outbox_message_table_id"), "outbox_message", ["table_id"], unique=False
    )

    op.create_table(
        "ref_counter",
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["hub_table.id"],
        ),
        sa.PrimaryKeyConstraint("table_id", "year"),
    )
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.Column("display_name", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agency.id"],
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["hub_table.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("table_id", "platform", "user_id"),
    )
    op.create_index(op.f("ix_member_agency_id"), "member", ["agency_id"], unique=False)
    op.create_index(op.f("ix_member_table_id"), "member", ["table_id"], unique=False)
    op.create_index(op.f("ix_member_user_id"), "member", ["user_id"], unique=False)

    op.create_table(
        "situation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("ref", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("subject_type", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("age_group", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("gender", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("risk_factors", sa.JSON(), nullable=False),
        sa.Column("protective_factors", sa.JSON(), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("originating_agency_id", sa.Integer(), nullable=False),
        sa.Column("raised_by_id", sa.Integer(), nullable=False),
        sa.Column("raised_at", models.types.UTCDateTime(), nullable=False),
        sa.Column("accepted_at", models.types.UTCDateTime(), nullable=True),
        sa.Column("deadline_at", models.types.UTCDateTime(), nullable=True),
        sa.Column("intervened_at", models.types.UTCDateTime(), nullable=True),
        sa.Column("closed_at", models.types.UTCDateTime(), nullable=True),
        sa.Column("ended_at", models.types.UTCDateTime(), nullable=True),
        sa.Column("conclusion", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
        sa.Column("rejection_reason", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=True),
        sa.Column("purged_at", models.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["originating_agency_id"],
            ["agency.id"],
        ),
        sa.ForeignKeyConstraint(
            ["raised_by_id"],
            ["member.id"],
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["hub_table.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("table_id", "ref"),
    )
    op.create_index(op.f("ix_situation_ref"), "situation", ["ref"], unique=False)
    op.create_index(op.f("ix_situation_status"), "situation", ["status"], unique=False)
    op.create_index(op.f("ix_situation_table_id"), "situation", ["table_id"], unique=False)

    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("situation_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agency.id"],
        ),
        sa.ForeignKeyConstraint(
            ["situation_id"],
            ["situation.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("situation_id", "agency_id"),
    )
    op.create_index(op.f("ix_assignment_agency_id"), "assignment", ["agency_id"], unique=False)
    op.create_index(
        op.f("ix_assignment_situation_id"), "assignment", ["situation_id"], unique=False
    )

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=True),
        sa.Column("at", models.types.UTCDateTime(), nullable=False),
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("situation_id", sa.Integer(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.ForeignKeyConstraint(
            ["situation_id"],
            ["situation.id"],
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["hub_table.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_audit_entry_at"), "audit_entry", ["at"], unique=False)
    op.create_index(
        op.f("ix_audit_entry_situation_id"), "audit_entry", ["situation_id"], unique=False
    )
    op.create_index(op.f("ix_audit_entry_table_id"), "audit_entry", ["table_id"], unique=False)

    op.create_table(
        "reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("table_id", sa.Integer(), nullable=False),
        sa.Column("situation_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("due_at", models.types.UTCDateTime(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("sent_at", models.types.UTCDateTime(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agency.id"],
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
        ),
        sa.ForeignKeyConstraint(
            ["situation_id"],
            ["situation.id"],
        ),
        sa.ForeignKeyConstraint(
            ["table_id"],
            ["hub_table.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_index(op.f("ix_reminder_agency_id"), "reminder", ["agency_id"], unique=False)
    op.create_index(op.f("ix_reminder_due_at"), "reminder", ["due_at"], unique=False)
    op.create_index(op.f("ix_reminder_situation_id"), "reminder", ["situation_id"], unique=False)
    op.create_index(op.f("ix_reminder_status"), "reminder", ["status"], unique=False)
    op.create_index(op.f("ix_reminder_table_id"), "reminder", ["table_id"], unique=False)

    op.create_table(
        "timeline_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("situation_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=24), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("platform", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("at", models.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agency.id"],
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.ForeignKeyConstraint(
            ["situation_id"],
            ["situation.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_timeline_entry_at"), "timeline_entry", ["at"], unique=False)
    op.create_index(
        op.f("ix_timeline_entry_situation_id"), "timeline_entry", ["situation_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_timeline_entry_situation_id"), table_name="timeline_entry")
    op.drop_index(op.f("ix_timeline_entry_at"), table_name="timeline_entry")

    op.drop_table("timeline_entry")
    op.drop_index(op.f("ix_reminder_table_id"), table_name="reminder")
    op.drop_index(op.f("ix_reminder_status"), table_name="reminder")
    op.drop_index(op.f("ix_reminder_situation_id"), table_name="reminder")
    op.drop_index(op.f("ix_reminder_due_at"), table_name="reminder")
    op.drop_index(op.f("ix_reminder_agency_id"), table_name="reminder")

    op.drop_table("reminder")
    op.drop_index(op.f("ix_audit_entry_table_id"), table_name="audit_entry")
    op.drop_index(op.f("ix_audit_entry_situation_id"), table_name="audit_entry")
    op.drop_index(op.f("ix_audit_entry_at"), table_name="audit_entry")

    op.drop_table("audit_entry")
    op.drop_index(op.f("ix_assignment_situation_id"), table_name="assignment")
    op.drop_index(op.f("ix_assignment_agency_id"), table_name="assignment")

    op.drop_table("assignment")
    op.drop_index(op.f("ix_situation_table_id"), table_name="situation")
    op.drop_index(op.f("ix_situation_status"), table_name="situation")
    op.drop_index(op.f("ix_situation_ref"), table_name="situation")

    op.drop_table("situation")
    op.drop_index(op.f("ix_member_user_id"), table_name="member")
    op.drop_index(op.f("ix_member_table_id"), table_name="member")
    op.drop_index(op.f("ix_member_agency_id"), table_name="member")

    op.drop_table("member")
    op.drop_table("ref_counter")
    op.drop_index(op.f("ix_outbox_message_table_id"), table_name="outbox_message")
    op.drop_index(op.f("ix_outbox_message_status"), table_name="outbox_message")
    op.drop_index(op.f("ix_outbox_message_platform"), table_name="outbox_message")
    op.drop_index(op.f("ix_outbox_message_next_attempt_at"), table_name="outbox_message")
    op.drop_index(op.f("ix_outbox_message_address"), table_name="outbox_message")

    op.drop_table("outbox_message")
    op.drop_index(op.f("ix_meeting_table_id"), table_name="meeting")
    op.drop_index(op.f("ix_meeting_starts_at"), table_name="meeting")
    op.drop_index(op.f("ix_meeting_agenda_due_at"), table_name="meeting")

    op.drop_table("meeting")
    op.drop_index(op.f("ix_catalog_entry_table_id"), table_name="catalog_entry")
    op.drop_index(op.f("ix_catalog_entry_kind"), table_name="catalog_entry")

    op.drop_table("catalog_entry")
    op.drop_index(op.f("ix_agency_table_id"), table_name="agency")

    op.drop_table("agency")
    op.drop_table("target_pace")
    op.drop_index(op.f("ix_processed_request_at"), table_name="processed_request")

    op.drop_table("processed_request")
    op.drop_table("posted_message")
    op.drop_table("lease")
    op.drop_index(op.f("ix_hub_table_code"), table_name="hub_table")

    op.drop_table("hub_table")

"""covering indexes for what is due across partners (Upcoming)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_actions_due_overview",
            [
                "due_date",
                "title",
                "id",
                "status",
                "deleted",
                "partner_id",
                "workshop_id",
                "owner",
            ],
            unique=False,
        )

    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assessments_kind_partner_date",
            ["assessment_kind", "partner_id", "assessed_on", "status", "deleted"],
            unique=False,
        )

    with op.batch_alter_table("scheduled_reports", schema=None) as batch_op:
        batch_op.create_index(
            "ix_scheduled_reports_status_due",
            ["status", "due_date", "schedule_kind", "project_id", "deleted", "id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("scheduled_reports", schema=None) as batch_op:
        batch_op.drop_index("ix_scheduled_reports_status_due")

    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index("ix_assessments_kind_partner_date")

    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_index("ix_actions_due_overview")

"""indexes for the partner list and plans

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_actions_partner_status_due", ["partner_id", "status", "due_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_actions_workshop_id"), ["workshop_id"], unique=False)

    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assessments_partner_status_date",
            ["partner_id", "status", "assessed_on"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index("ix_assessments_partner_status_date")

    with op.batch_alter_table("actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actions_workshop_id"))
        batch_op.drop_index("ix_actions_partner_status_due")

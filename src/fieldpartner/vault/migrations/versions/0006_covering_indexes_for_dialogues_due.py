"""covering indexes for the yearly dialogues due (Upcoming)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.drop_index("ix_partners_name")
        batch_op.create_index(
            "ix_partners_name_live", ["name", "id", "deleted", "phase"], unique=False
        )

    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index("ix_assessments_kind_partner_date")
        batch_op.create_index(
            "ix_assessments_dialogue_due",
            [
                "assessment_kind",
                "partner_id",
                "assessed_on",
                "status",
                "deleted",
                "id",
                sa.text("json_extract(results, '$.next_review')"),
            ],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index("ix_assessments_dialogue_due")
        batch_op.create_index(
            "ix_assessments_kind_partner_date",
            ["assessment_kind", "partner_id", "assessed_on", "status", "deleted"],
            unique=False,
        )

    with op.batch_alter_table("partners", schema=None) as batch_op:
        batch_op.drop_index("ix_partners_name_live")
        batch_op.create_index("ix_partners_name", ["name"], unique=False)

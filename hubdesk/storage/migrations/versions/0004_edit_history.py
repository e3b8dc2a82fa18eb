"""edit history: each user action with its inverse, so undo survives closing the app

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "edit_history",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("dossier_pk", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("ops_json", sa.Text(), nullable=False),
        sa.Column("inverse_json", sa.Text(), nullable=False),
        sa.Column("mergeable", sa.Boolean(), nullable=False),
        sa.Column("undone", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_pk"], ["dossiers.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("dossier_pk", "seq"),
    )
    op.create_index("ix_edit_history_dossier_pk", "edit_history", ["dossier_pk"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_edit_history_dossier_pk", table_name="edit_history")
    op.drop_table("edit_history")

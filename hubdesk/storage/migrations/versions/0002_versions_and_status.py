"""versions frozen at export, and cached status for the library

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dossier_status",
        sa.Column("dossier_pk", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("errors", sa.Integer(), nullable=False),
        sa.Column("warnings", sa.Integer(), nullable=False),
        sa.Column("requested_fesr_cents", sa.Integer(), nullable=False),
        sa.Column("requested_fse_cents", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["dossier_pk"], ["dossiers.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("dossier_pk"),
    )
    op.create_table(
        "dossier_versions",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("dossier_pk", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.Column("document_json", sa.Text(), nullable=False),
        sa.Column("package_name", sa.Text(), nullable=True),
        sa.Column("package_sha256", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["dossier_pk"], ["dossiers.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("dossier_pk", "number"),
    )
    with op.batch_alter_table("dossier_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dossier_versions_dossier_pk"), ["dossier_pk"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("dossier_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dossier_versions_dossier_pk"))

    op.drop_table("dossier_versions")
    op.drop_table("dossier_status")

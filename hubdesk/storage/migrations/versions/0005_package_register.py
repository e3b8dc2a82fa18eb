"""package register: every package built, with its file, hash, signer and where it was saved

Revision ID: 0005_package_register
Revises: 0004
Create Date: 2026-12-02

The register is the municipality's evidence of what was sent: several builds of one version
(another signer, a lost file) are several rows. Packages recorded before this revision (the last
build of each version) are carried over, signer unknown.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_package_register"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "package_register",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("dossier_pk", sa.Integer(), nullable=False),
        sa.Column("version_number", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("saved_path", sa.Text(), nullable=True),
        sa.Column("sha256", sa.Text(), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=True),
        sa.Column("built_at", sa.Text(), nullable=False),
        sa.Column("signer_name", sa.Text(), nullable=True),
        sa.Column("signer_fiscal_code", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["dossier_pk"], ["dossiers.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("pk"),
    )
    op.create_index("ix_package_register_dossier_pk", "package_register", ["dossier_pk"], unique=False)
    op.execute(
        "INSERT INTO package_register (dossier_pk, version_number, file_name, sha256, built_at) "
        "SELECT dossier_pk, number, package_name, package_sha256, created_at FROM dossier_versions "
        "WHERE package_name IS NOT NULL AND package_sha256 IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_index("ix_package_register_dossier_pk", table_name="package_register")
    op.drop_table("package_register")

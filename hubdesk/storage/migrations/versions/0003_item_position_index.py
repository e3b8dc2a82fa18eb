"""unique (dossier, position) index on every list table: edits address rows by position

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("properties", "partners", "activities", "budget_lines", "indicators", "attachments")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_position", table, ["dossier_pk", "position"], unique=True)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_position", table_name=table)

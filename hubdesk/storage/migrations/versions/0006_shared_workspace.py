"""shared workspaces: who made each change, and 64-bit integers on a PostgreSQL server

Each history entry records its author and each dossier who changed it last (the database user or
the name set in Settings). On PostgreSQL every INTEGER column becomes BIGINT (amounts in cents and
file sizes pass 2^31); SQLite integers already are 64-bit, so nothing changes there.

Revision ID: 0006_shared_workspace
Revises: 0005_package_register
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_shared_workspace"
down_revision = "0005_package_register"
branch_labels = None
depends_on = None

TABLES = (
    "dossiers",
    "properties",
    "partners",
    "activities",
    "budget_lines",
    "indicators",
    "attachments",
    "blobs",
    "blob_chunks",
    "dossier_versions",
    "edit_history",
    "dossier_status",
    "package_register",
)


def _integer_columns() -> list[tuple[str, str]]:
    inspector = sa.inspect(op.get_bind())
    out = []
    for table in TABLES:
        for col in inspector.get_columns(table):
            if type(col["type"]) is sa.INTEGER:
                out.append((table, col["name"]))
    return out


def upgrade() -> None:
    with op.batch_alter_table("edit_history") as batch_op:
        batch_op.add_column(sa.Column("author", sa.Text(), nullable=True))
    with op.batch_alter_table("dossiers") as batch_op:
        batch_op.add_column(sa.Column("modified_by", sa.Text(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        for table, column in _integer_columns():
            op.alter_column(table, column, type_=sa.BigInteger(), existing_type=sa.Integer())


def downgrade() -> None:
    with op.batch_alter_table("dossiers") as batch_op:
        batch_op.drop_column("modified_by")
    with op.batch_alter_table("edit_history") as batch_op:
        batch_op.drop_column("author")

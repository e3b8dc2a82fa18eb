"""change feed: a PostgreSQL workspace announces every dossier change (LISTEN/NOTIFY)

A trigger on ``dossiers`` sends one notification on the channel ``hubdesk_dossiers`` per inserted,
changed or deleted row, when the transaction commits, with the dossier's id, version, who changed
it and when (``services.watching`` listens). A SQLite workspace has no notifications: its change
feed polls ``PRAGMA data_version``, so nothing changes in the file.

Revision ID: 0007_change_feed
Revises: 0006_shared_workspace
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0007_change_feed"
down_revision = "0006_shared_workspace"
branch_labels = None
depends_on = None

CHANNEL = "hubdesk_dossiers"

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION hubdesk_notify_dossier() RETURNS trigger AS $$
DECLARE
    rec dossiers%ROWTYPE;
BEGIN
    IF TG_OP = 'DELETE' THEN
        rec := OLD;
    ELSE
        rec := NEW;
    END IF;
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'id', rec.uuid,
        'version', rec.version,
        'by', rec.modified_by,
        'at', rec.modified_at,
        'archived', rec.archived,
        'deleted', TG_OP = 'DELETE' OR rec.deleted_at IS NOT NULL
    )::text);
    RETURN NULL;
END
$$ LANGUAGE plpgsql
"""

_TRIGGER = """
CREATE TRIGGER hubdesk_dossier_changed
AFTER INSERT OR DELETE OR UPDATE OF version, archived, deleted_at ON dossiers
FOR EACH ROW EXECUTE FUNCTION hubdesk_notify_dossier()
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_FUNCTION)
        op.execute(_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS hubdesk_dossier_changed ON dossiers")
        op.execute("DROP FUNCTION IF EXISTS hubdesk_notify_dossier()")

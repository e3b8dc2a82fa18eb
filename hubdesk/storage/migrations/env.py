"""Alembic environment: runs on the connection HubDesk passes in (never on a URL from a file)."""

from __future__ import annotations

from alembic import context

from hubdesk.storage.models import Base

target_metadata = Base.metadata
connection = context.config.attributes.get("connection")
if connection is None:  # command-line use by developers: alembic -x path=workspace.sqlite3
    from pathlib import Path

    from hubdesk.storage.engine import make_engine

    engine = make_engine(Path(context.get_x_argument(as_dictionary=True)["path"]))
    connection = engine.connect()

context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

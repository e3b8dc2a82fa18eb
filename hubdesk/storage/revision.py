"""The schema revision a current workspace carries, importable without SQLAlchemy or Alembic."""

from __future__ import annotations

#: The newest migration's revision. A workspace already there opens without importing Alembic
#: (with mako and pygments, a third of the start-up), and the desktop library reads its list with
#: the standard ``sqlite3`` module before anything else loads. Adding a migration: set this to its
#: revision (tests/core/storage/test_migrations.py checks it against Alembic's head).
HEAD_REVISION = "0007_change_feed"

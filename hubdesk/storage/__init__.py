"""Workspace storage: SQLAlchemy 2.0 models over SQLite, Alembic migrations, blob store.

Nothing here leaves the package as an ORM object: repositories return plain dicts/dataclasses.
"""

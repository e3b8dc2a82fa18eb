"""Bring a workspace file to the current schema with Alembic, backing it up first.

An older workspace is copied next to itself (``<name>.bak-<revision>``) before the upgrade, so a
failed or unwanted upgrade never costs the user their data.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from hubdesk.errors import WorkspaceError

__all__ = ["WorkspaceError", "alembic_config", "current_revision", "head_revision", "upgrade"]

log = logging.getLogger("hubdesk.storage")
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _backup(path: Path, revision: str) -> Path:
    target = path.with_name(f"{path.name}.bak-{revision}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def upgrade(engine: Engine, path: Path, revision: str = "head") -> Path | None:
    """Upgrade the workspace to ``revision``; return the backup path when one was written."""
    script = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise WorkspaceError(f"L'area di lavoro {path} è stata creata da una versione più recente di HubDesk")
    target = script.get_current_head() if revision == "head" else revision
    if current == target:
        return None
    backup = _backup(path, current) if current is not None else None
    if backup:
        log.info("workspace %s upgraded from %s; backup at %s", path, current, backup)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return backup

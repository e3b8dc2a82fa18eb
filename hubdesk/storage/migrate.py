"""Bring a workspace file to the current schema with Alembic, backing it up first.

An older workspace is copied next to itself (``<name>.bak-<revision>``) before the upgrade, so a
failed or unwanted upgrade never costs the user their data.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect
from sqlalchemy import text as sql_text
from sqlalchemy.exc import DBAPIError

from hubdesk.errors import WorkspaceError
from hubdesk.storage.engine import read_engine, translate
from hubdesk.storage.revision import HEAD_REVISION  # set there when adding a migration

if TYPE_CHECKING:
    from alembic.config import Config


__all__ = [
    "HEAD_REVISION",
    "WorkspaceError",
    "alembic_config",
    "current_revision",
    "head_revision",
    "upgrade",
]

log = logging.getLogger("hubdesk.storage")
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def __getattr__(name: str) -> object:
    """``migrate.command`` is Alembic's command module, imported only when asked for."""
    if name == "command":
        from alembic import command

        return command
    raise AttributeError(name)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The workspace's revision (``alembic_version``), read with plain SQL; None for a new database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(sql_text("SELECT version_num FROM alembic_version")).all()
    if len(rows) > 1:
        raise WorkspaceError(
            "L'area di lavoro ha più revisioni dello schema: non è di HubDesk",
            "The workspace has several schema revisions: it is not a HubDesk workspace",
        )
    return str(rows[0][0]) if rows else None


def _backup(path: Path, revision: str) -> Path:
    """A consistent copy of the workspace, readable by exactly whom the workspace is readable by."""
    target = path.with_name(f"{path.name}.bak-{revision}")
    mode = stat.S_IMODE(path.stat().st_mode)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT, 0o600)  # never wider than the original, even briefly
    os.close(fd)
    os.chmod(target, mode)
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def _foreign_tables(engine: Engine) -> list[str]:
    """Tables of another program in a database that HubDesk never set up."""
    with engine.connect() as conn:
        return [t for t in inspect(conn).get_table_names() if t != "alembic_version"]


def upgrade(engine: Engine, path: Path | None, revision: str = "head", *, label: str = "") -> Path | None:
    """Upgrade the workspace to ``revision``; return the backup path when one was written.

    ``path`` is the workspace file (SQLite, backed up before an upgrade) or None for a server,
    where the upgrade runs in one transaction (PostgreSQL rolls DDL back too) under the
    workspace lock, so two clients starting together never migrate twice.
    """
    label = label or str(path)
    try:
        current = current_revision(read_engine(engine))  # a read: never waits for a writer
    except (sqlite3.Error, DBAPIError) as exc:
        if path is None:  # a server: the caller explains connection failures
            raise
        raise _unusable(path, exc) from exc
    if revision in ("head", HEAD_REVISION) and current == HEAD_REVISION:
        return None  # the usual case: current schema, Alembic never imported
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise WorkspaceError(
            f"L'area di lavoro {label} è stata creata da una versione più recente di HubDesk: "
            "aggiornare HubDesk",
            f"The workspace {label} was created by a newer version of HubDesk: update HubDesk",
        )
    target = script.get_current_head() if revision == "head" else revision
    if current == target:
        return None
    if current is None and path is None and _foreign_tables(engine):
        raise WorkspaceError(
            f"Il database {label} contiene già tabelle di un altro programma: "
            "non è un'area di lavoro HubDesk (usare un database vuoto)",
            f"The database {label} already holds another program's tables: "
            "it is not a HubDesk workspace (use an empty database)",
        )
    backup = _backup(path, current) if current is not None and path is not None else None
    if backup:
        log.info("workspace %s upgraded from %s; backup at %s", path, current, backup)
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    except Exception as exc:  # any failure inside a migration: rolled back, told in plain words
        log.exception("upgrade of %s from %s failed", path, current)
        kept = f" (copia di sicurezza: {backup})" if backup else ""
        kept_en = f" (backup copy: {backup})" if backup else ""
        raise WorkspaceError(
            f"L'aggiornamento dell'area di lavoro {path} alla nuova versione non è riuscito "
            f"({type(exc).__name__}): è rimasta com'era{kept}.",
            f"Upgrading the workspace {path} to the new version failed ({type(exc).__name__}): "
            f"it was left as it was{kept_en}.",
        ) from exc
    return backup


def _unusable(path: Path, exc: BaseException) -> WorkspaceError:
    mapped = translate(exc, path)
    text = str(exc).lower()
    if mapped is not None and "unable to open" not in text:
        return mapped
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return WorkspaceError(
            f"L'area di lavoro {path} non può essere aperta in scrittura ({exc.__class__.__name__}): "
            "è su un supporto in sola lettura?",
            f"The workspace {path} cannot be opened for writing: is it on a read-only medium?",
        )
    return WorkspaceError(
        f"L'area di lavoro {path} è danneggiata o illeggibile: non è stata modificata.",
        f"The workspace {path} is damaged or unreadable: it was not changed.",
    )

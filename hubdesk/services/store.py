"""What every use case works with: the workspace database, its call profile and the document cache.

The use-case modules (``editing``, ``attachments``, ``history``, ``versions``, ``status``,
``transfer``, ``packaging``) take a :class:`Store`; the facade :class:`~hubdesk.services.Workspace`
is a Store that offers them as methods. Nothing here imports the facade or a use case, so the
services form no import cycle (an import-linter contract checks it).
"""

from __future__ import annotations

import getpass
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from hubdesk.callprofile import CallProfile
from hubdesk.services.errors import NotFoundError
from hubdesk.storage import models as m
from hubdesk.storage import repository as repo
from hubdesk.storage.engine import (
    make_engine,
    make_nowait_sessionmaker,
    make_read_sessionmaker,
    make_sessionmaker,
    read_engine,
    read_session,
    write_session,
)
from hubdesk.storage.migrate import upgrade
from hubdesk.storage.server import open_server_engine
from hubdesk.workspace_location import Location, describe


def default_author(location: Location) -> str | None:
    """The database user named in a server URL, else the operating-system user."""
    if isinstance(location, str):
        user = urlsplit(location).username
        if user:
            return unquote(user)
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None


def fallback_author(location: Location) -> str | None:
    """Who changes are recorded as when no name is given: HUBDESK_AUTHOR, else :func:`default_author`."""
    return os.environ.get("HUBDESK_AUTHOR") or default_author(location)


def utc_now() -> str:
    """The time stamps stored in a workspace: UTC, ISO 8601, milliseconds."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Store:
    """An open workspace database: transactions, dossier lookup and the per-version document cache."""

    def __init__(
        self,
        location: Location,
        profile: CallProfile,
        *,
        password: str | None = None,
        author: str | None = None,
    ) -> None:
        self.location = location
        #: what may be shown: the file, or the server's address without any password
        self.label = describe(location)
        #: the workspace file; None for a workspace on a PostgreSQL server
        self.path: Path | None = location if isinstance(location, Path) else None
        self.profile = profile
        #: a password typed at a prompt, kept in memory only (for the app's own helper processes)
        self.password = password
        #: who the changes made here are recorded as: ``author`` (the app passes the name set in its
        #: Settings), else HUBDESK_AUTHOR, else the database user of a server URL, else the system user
        self.author: str | None = None
        self.set_author(author)
        self.backup_path: Path | None = None
        if isinstance(location, Path):
            self.engine: Engine = make_engine(location)
            try:
                self.backup_path = upgrade(self.engine, location)
            except BaseException:
                self.engine.dispose()
                raise
        else:
            self.engine = open_server_engine(location, password)
        self._sessions = make_sessionmaker(self.engine)
        self._read_sessions = make_read_sessionmaker(self.engine)
        self._nowait_sessions = make_nowait_sessionmaker(self.engine)
        self.read_engine: Engine = read_engine(self.engine)
        #: called (from the waiting thread) when another program holds the write lock and HubDesk retries
        self.on_busy: Callable[[], None] | None = None
        self._cache: dict[str, tuple[int, dict[str, Any]]] = {}
        self._lock = threading.RLock()

    def set_author(self, name: str | None) -> None:
        """Record the next changes as made by ``name`` (blank: HUBDESK_AUTHOR or the default)."""
        self.author = (name or "").strip() or fallback_author(self.location)

    @property
    def is_server(self) -> bool:
        return self.path is None

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self, *, wait: bool = True) -> Iterator[Session]:
        """A unit of work that writes (``BEGIN IMMEDIATE``), waiting for another program's lock.

        With ``wait=False`` a lock held elsewhere raises ``WorkspaceBusy`` at once (the GUI thread
        then hands the work to its database worker).
        """
        sessions = self._sessions if wait else self._nowait_sessions
        with write_session(sessions, self.path or self.label, self.on_busy, wait=wait) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A consistent read that never takes, nor waits for, the write lock."""
        with read_session(self._read_sessions, self.path or self.label) as session:
            yield session

    def dossier(self, session: Session, dossier_id: str) -> m.Dossier:
        """The dossier's row (inside ``session`` only); NotFoundError when it is absent or deleted."""
        d = repo.find_dossier(session, dossier_id)
        if d is None:
            raise NotFoundError(f"Dossier non trovato: {dossier_id}", f"Dossier not found: {dossier_id}")
        return d

    def document(self, session: Session, d: m.Dossier) -> dict[str, Any]:
        """The dossier's canonical document, from the cache when it holds this version."""
        with self._lock:
            cached = self._cache.get(d.uuid)
        if cached and cached[0] == d.version:
            return cached[1]
        doc = repo.load_document(session, d)
        self.remember(d.uuid, d.version, doc)
        return doc

    def remember(self, dossier_id: str, version: int, doc: dict[str, Any]) -> None:
        """Cache ``doc`` as the dossier's document at ``version`` (after a write that produced it)."""
        with self._lock:
            self._cache[dossier_id] = (version, doc)

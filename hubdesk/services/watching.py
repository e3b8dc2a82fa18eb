"""The change feed: which dossiers other people (or other windows) changed, within seconds.

``Workspace.watch(callback)`` subscribes; ``callback(DossierChange)`` is then called on the feed's
own background thread (never the caller's) each time a dossier's version, archive flag or trash
state changes, with who changed it and when. One feed thread serves every subscriber of a
workspace; it stops when the workspace is closed.

PostgreSQL: the feed holds its own connection that ``LISTEN``s on :data:`CHANNEL` (a trigger sends
one notification per changed row at commit, migration ``0007_change_feed``). SQLite has no
notifications: every ``interval`` seconds the feed asks its own connection for
``PRAGMA data_version``, which moves when any other connection committed, and only then reads the
dossiers' versions (one small query). On both, a lost connection is opened again and the dossiers
compared with what was known before, so no change is missed.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

log = logging.getLogger("hubdesk.services")

#: the PostgreSQL notification channel (see migration 0007_change_feed)
CHANNEL = "hubdesk_dossiers"
#: seconds between two looks at a SQLite workspace (``HUBDESK_WATCH_SECONDS`` overrides it)
POLL_S = 2.0
#: the longest a PostgreSQL feed waits before looking at its stop flag again
_PG_WAIT_S = 0.5
_RETRY_S = (1.0, 2.0, 5.0, 10.0)

_SNAPSHOT_SQL = (
    "SELECT uuid, version, modified_by, modified_at, archived, deleted_at IS NOT NULL FROM dossiers"
)


def poll_interval() -> float:
    try:
        return max(0.05, float(os.environ.get("HUBDESK_WATCH_SECONDS", POLL_S)))
    except ValueError:
        return POLL_S


@dataclass(frozen=True, slots=True)
class DossierChange:
    """A dossier as stored after someone changed it."""

    dossier_id: str
    version: int
    #: who made the change (the name set in Settings or the database user), when known
    author: str | None = None
    #: when it was stored (UTC ISO 8601)
    at: str | None = None
    archived: bool = False
    #: moved to the trash (or removed)
    deleted: bool = False

    def state(self) -> tuple[int, bool, bool]:
        return (self.version, self.archived, self.deleted)


Snapshot = dict[str, DossierChange]


def _change(row: Any) -> DossierChange:
    uuid, version, by, at, archived, deleted = row
    return DossierChange(str(uuid), int(version), by, at, bool(archived), bool(deleted))


def _differences(old: Snapshot, new: Snapshot) -> list[DossierChange]:
    out = [c for key, c in new.items() if key not in old or old[key].state() != c.state()]
    out += [replace(c, deleted=True) for key, c in old.items() if key not in new and not c.deleted]
    return out


class _Source(Protocol):
    def snapshot(self) -> Snapshot: ...

    def wait(self, interval: float, stop: threading.Event, known: Snapshot) -> list[DossierChange]: ...

    def close(self) -> None: ...


class _SqlitePoll:
    """A SQLite workspace looked at every ``interval`` seconds through its own connection."""

    def __init__(self, path: Path) -> None:
        # mode=rw: a workspace file moved away is an error here, never a new empty file
        self._con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=1.0)
        self._con.execute("PRAGMA busy_timeout=1000")
        self._seen = self._data_version()

    def _data_version(self) -> int:
        return int(self._con.execute("PRAGMA data_version").fetchone()[0])

    def snapshot(self) -> Snapshot:
        return {c.dossier_id: c for c in map(_change, self._con.execute(_SNAPSHOT_SQL).fetchall())}

    def wait(self, interval: float, stop: threading.Event, known: Snapshot) -> list[DossierChange]:
        if stop.wait(interval):
            return []
        now = self._data_version()
        if now == self._seen:  # nobody committed anything: no query at all
            return []
        self._seen = now
        return _differences(known, self.snapshot())

    def close(self) -> None:
        self._con.close()


class _PgListen:
    """A PostgreSQL workspace heard through ``LISTEN`` on its own connection."""

    def __init__(self, engine: Engine, password: str | None) -> None:
        import psycopg

        from hubdesk.storage.engine import CONNECT_TIMEOUT_S

        args, kwargs = engine.dialect.create_connect_args(engine.url)
        kwargs.update(connect_timeout=CONNECT_TIMEOUT_S, application_name="HubDesk change feed")
        if password is not None:
            kwargs["password"] = password
        self._conn = psycopg.connect(*args, autocommit=True, **kwargs)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def snapshot(self) -> Snapshot:
        rows = self._conn.execute(_SNAPSHOT_SQL).fetchall()
        return {c.dossier_id: c for c in map(_change, rows)}

    def wait(self, interval: float, stop: threading.Event, known: Snapshot) -> list[DossierChange]:
        out: list[DossierChange] = []
        for note in self._conn.notifies(timeout=min(interval, _PG_WAIT_S)):
            try:
                p = json.loads(note.payload)
                out.append(
                    DossierChange(
                        str(p["id"]),
                        int(p["version"]),
                        p.get("by"),
                        p.get("at"),
                        bool(p.get("archived")),
                        bool(p.get("deleted")),
                    )
                )
            except (ValueError, KeyError, TypeError):
                log.warning("change feed: unreadable notification %r", note.payload[:200])
        return [c for c in out if c.dossier_id not in known or known[c.dossier_id].state() != c.state()]

    def close(self) -> None:
        self._conn.close()


class Subscription:
    """One subscriber of a feed; :meth:`cancel` ends the calls (one already running may finish)."""

    def __init__(self, callback: Callable[[DossierChange], None]) -> None:
        self.callback = callback
        self.cancelled = False
        self._feed: ChangeFeed | None = None

    def cancel(self) -> None:
        self.cancelled = True
        feed = self._feed
        if feed is not None:
            feed.detach(self)


class ChangeFeed:
    """The background thread that watches one workspace for its subscribers."""

    def __init__(self, open_source: Callable[[], _Source], interval: float | None = None) -> None:
        self._open_source = open_source
        self.interval = interval if interval is not None else poll_interval()
        self._subscribers: list[Subscription] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        #: set once the feed knows the current state (changes after it are delivered)
        self.ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hubdesk-change-feed", daemon=True)

    @classmethod
    def for_workspace(cls, engine: Engine, path: Path | None, password: str | None) -> ChangeFeed:
        if path is not None:
            return cls(lambda: _SqlitePoll(path))
        return cls(lambda: _PgListen(engine, password))

    def attach(self, subscription: Subscription) -> Subscription:
        with self._lock:
            if not subscription.cancelled:
                subscription._feed = self
                self._subscribers.append(subscription)
            if self._thread.ident is None and not self._stop.is_set():
                self._thread.start()
        return subscription

    def detach(self, subscription: Subscription) -> None:
        with self._lock:
            if subscription in self._subscribers:
                self._subscribers.remove(subscription)

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.ident is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _deliver(self, changes: list[DossierChange]) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for change in changes:
            for sub in subscribers:
                if sub.cancelled:
                    continue
                try:
                    sub.callback(change)
                except Exception:  # one subscriber's fault never stops the feed
                    log.exception("change feed subscriber failed on %s", change)

    def _run(self) -> None:
        known: Snapshot | None = None
        failures = 0
        while not self._stop.is_set():
            source: _Source | None = None
            try:
                source = self._open_source()
                now = source.snapshot()
                if known is not None:  # opened again after a failure: what happened meanwhile
                    self._deliver(_differences(known, now))
                known = now
                self.ready.set()
                failures = 0
                while not self._stop.is_set():
                    changes = source.wait(self.interval, self._stop, known)
                    for c in changes:
                        known[c.dossier_id] = c
                    if changes and not self._stop.is_set():
                        self._deliver(changes)
            except Exception as exc:  # the server went away, the file was moved: try again later
                log.warning("change feed interrupted (%s: %s); retrying", type(exc).__name__, exc)
                self._stop.wait(_RETRY_S[min(failures, len(_RETRY_S) - 1)])
                failures += 1
            finally:
                if source is not None:
                    try:
                        source.close()
                    except Exception:
                        log.debug("change feed: closing its connection failed", exc_info=True)

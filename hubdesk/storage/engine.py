"""The database engines: SQLite (a workspace file) and PostgreSQL (a shared office server).

On SQLite: WAL, foreign keys, and two kinds of transactions.

A unit of work that writes runs in ``BEGIN IMMEDIATE`` so two windows or processes never
interleave a read-check-write on the same dossier (the optimistic version check then decides who
wins). A read runs in a plain deferred transaction: under WAL it sees a consistent snapshot and
never waits for, nor blocks, a writer in another process.

When another program holds the write lock, a write waits for it in short steps (telling the user
once, "in uso da un altro programma, riprovo…") up to :data:`BUSY_DEADLINE_S`, then gives up with a
clear :class:`WorkspaceBusy`. SQLite's own errors (full disk, read-only file, damaged pages) become
:class:`WorkspaceError` messages in plain words.

On PostgreSQL a writing unit of work holds a transaction-scoped advisory lock (the equivalent of
``BEGIN IMMEDIATE``: one writer at a time, so no deadlock between units of work), released by the
server at commit, at rollback and when a client dies mid-transaction, so a killed writer never
leaves the workspace locked; a read is a REPEATABLE READ READ ONLY snapshot that takes no lock.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from hubdesk.errors import WorkspaceError

BUSY_STEP_MS = 1_000  # one wait inside SQLite before HubDesk retries (and can say so)
BUSY_TIMEOUT_MS = BUSY_STEP_MS
READ_OPTION = "hubdesk_read"
NOWAIT_OPTION = "hubdesk_nowait"


def busy_deadline_s() -> float:
    """How long a write waits for another program's lock in total (``HUBDESK_BUSY_SECONDS``)."""
    try:
        return max(0.0, float(os.environ.get("HUBDESK_BUSY_SECONDS", "30")))
    except ValueError:
        return 30.0


class WorkspaceBusy(WorkspaceError):
    """Another program kept the workspace locked for writing longer than HubDesk waits."""


BUSY_NOTICE_IT = "area di lavoro in uso da un altro programma, riprovo…"
BUSY_NOTICE_EN = "workspace in use by another program, retrying…"


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_STEP_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let SQLAlchemy's begin event emit BEGIN
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_STEP_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        # FULL: a committed edit survives a power cut too (edits are human-paced, the fsync is cheap)
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        options = conn.get_execution_options()
        if options.get(READ_OPTION):
            conn.exec_driver_sql("BEGIN")  # deferred: a snapshot, no lock on the writers
        else:
            # a caller that must not wait (the GUI thread) is told "busy" at once
            conn.exec_driver_sql(f"PRAGMA busy_timeout={0 if options.get(NOWAIT_OPTION) else BUSY_STEP_MS}")
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


#: the key of HubDesk's advisory lock on a PostgreSQL workspace ("HubDesk" in ASCII)
PG_LOCK_KEY = 0x48756244657368
#: seconds to wait for the server before saying it cannot be reached
CONNECT_TIMEOUT_S = 5


def make_server_engine(url: str, password: str | None = None) -> Engine:
    """An engine on a PostgreSQL workspace; ``password`` (from a prompt) is kept in memory only."""
    connect_args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "HubDesk"}
    if password is not None:
        connect_args["password"] = password
    engine = create_engine(url, connect_args=connect_args, pool_pre_ping=True, pool_size=2, max_overflow=4)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        options = conn.get_execution_options()
        if options.get(READ_OPTION):
            conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        else:  # wait for another writer as long as SQLite would, then say "in use" (WorkspaceBusy)
            wait_ms = 1 if options.get(NOWAIT_OPTION) else max(1, int(busy_deadline_s() * 1000))
            conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{wait_ms}ms'")
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_LOCK_KEY})")

    return engine


def is_server(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def read_engine(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions are deferred reads."""
    return engine.execution_options(**{READ_OPTION: True})


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def make_nowait_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Write sessions that fail at once with "busy" instead of waiting for another program."""
    return sessionmaker(engine.execution_options(**{NOWAIT_OPTION: True}), expire_on_commit=False)


def make_read_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Sessions that only read: never flushed, always rolled back."""
    return sessionmaker(read_engine(engine), expire_on_commit=False, autoflush=False)


def _text(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    return str(orig if orig is not None else exc).lower()


def is_busy(exc: BaseException) -> bool:
    text = _text(exc)
    return (
        "database is locked" in text
        or "database is busy" in text
        or "database table is locked" in text
        or "lock timeout" in text  # PostgreSQL: the workspace lock was not granted in time
    )


def _io_error(text: str) -> bool:
    return "disk i/o error" in text or "unable to open" in text


def disk_nearly_full(path: Path | str, margin: int = 1024 * 1024) -> bool:
    """Whether the folder holding ``path`` has (almost) no free space left."""
    try:
        st = os.statvfs(Path(path).absolute().parent)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < margin


def translate(exc: BaseException, path: Path | str) -> WorkspaceError | None:
    """A plain-words error for what SQLite said, or None when it is not about the file itself."""
    text = _text(exc)
    if is_busy(exc):
        return WorkspaceBusy(
            f"L'area di lavoro {path} è in uso da un altro programma da troppo tempo: "
            "nulla è stato salvato. Riprovare più tardi.",
            f"The workspace {path} has been in use by another program for too long: nothing was "
            "saved. Try again later.",
        )
    if "disk is full" in text or "no space" in text or (_io_error(text) and disk_nearly_full(path)):
        return WorkspaceError(
            f"Spazio su disco esaurito per l'area di lavoro {path}: la modifica non è stata salvata. "
            "Liberare spazio e riprovare.",
            f"The disk holding the workspace {path} is full: the change was not saved. Free some "
            "space and try again.",
        )
    if "readonly" in text or "read-only" in text:
        return WorkspaceError(
            f"L'area di lavoro {path} è in sola lettura: la modifica non è stata salvata.",
            f"The workspace {path} is read-only: the change was not saved.",
        )
    if "malformed" in text or "not a database" in text or "disk i/o error" in text:
        return WorkspaceError(
            f"L'area di lavoro {path} è danneggiata o illeggibile ({text}): la modifica non è stata salvata.",
            f"The workspace {path} is damaged or unreadable ({text}): the change was not saved.",
        )
    if "unable to open database" in text:
        return WorkspaceError(
            f"Impossibile aprire l'area di lavoro {path}", f"Cannot open the workspace {path}"
        )
    return None


@contextmanager
def write_session(
    sessions: sessionmaker[Session],
    path: Path | str,
    on_busy: Callable[[], None] | None = None,
    *,
    wait: bool = True,
) -> Iterator[Session]:
    """A session inside ``BEGIN IMMEDIATE``, committed at the end (rolled back on any error).

    The write lock is taken before the block runs, so waiting for another program (and retrying)
    never repeats any of the caller's work.
    """
    deadline = time.monotonic() + (busy_deadline_s() if wait else 0.0)
    told = False
    while True:
        session = sessions()
        try:
            session.begin()
            session.connection()  # BEGIN IMMEDIATE happens here
            break
        except DBAPIError as exc:
            session.close()
            if is_busy(exc) and time.monotonic() < deadline:
                if not told and on_busy is not None:
                    on_busy()
                told = True
                continue
            raise (translate(exc, path) or exc) from exc
    try:
        yield session
        session.commit()
    except DBAPIError as exc:
        session.rollback()
        mapped = translate(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def read_session(sessions: sessionmaker[Session], path: Path | str) -> Iterator[Session]:
    """A deferred read transaction: a consistent snapshot that never takes the write lock."""
    session = sessions()
    try:
        session.begin()
        yield session
    except DBAPIError as exc:
        mapped = translate(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
    finally:
        session.rollback()
        session.close()

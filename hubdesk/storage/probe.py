"""Look at a workspace file before opening it for writing: refuse, untouched, what is not ours.

Opening a SQLite file the ordinary way already changes it (HubDesk switches it to WAL and adds its
tables), so everything here reads the file without writing: the header, the page count against
the file's size (a truncated copy), and the table names (another program's database). A file that
HubDesk cannot write (a read-only medium or file) is refused too, with the reason in plain words.
"""

from __future__ import annotations

import os
import re
import sqlite3
import struct
from pathlib import Path
from urllib.parse import quote

from hubdesk.errors import WorkspaceError
from hubdesk.storage.engine import disk_nearly_full

SQLITE_MAGIC = b"SQLite format 3\x00"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:/")
HUBDESK_TABLES = {"alembic_version", "dossiers"}


def looks_like_url(text: str) -> bool:
    """``postgresql://…``, ``sqlite:///…``: a database URL, never a file name to create."""
    return bool(_URL.match(text))


def _damaged(path: Path, detail: str) -> WorkspaceError:
    if disk_nearly_full(path):
        return WorkspaceError(
            f"Spazio su disco esaurito: l'area di lavoro {path} non può essere aperta. "
            "Liberare spazio e riprovare.",
            f"The disk is full: the workspace {path} cannot be opened. Free some space and try again.",
        )
    return WorkspaceError(
        f"L'area di lavoro {path} è danneggiata o incompleta ({detail}): non è stata modificata. "
        "Usare una copia di sicurezza (file .bak-…) o un'altra area di lavoro.",
        f"The workspace {path} is damaged or incomplete ({detail}): it was not changed. "
        "Use a backup copy (.bak-… file) or another workspace.",
    )


_READ_ONLY = {
    "file": ("file in sola lettura", "read-only file"),
    "folder": ("cartella in sola lettura", "read-only folder"),
}


def _read_only(path: Path, what: str) -> WorkspaceError:
    what_it, what_en = _READ_ONLY[what]
    return WorkspaceError(
        f"L'area di lavoro {path} non è scrivibile ({what_it}): HubDesk salva ogni modifica subito e "
        "non può lavorarci. Copiarla in una cartella scrivibile o sceglierne un'altra.",
        f"The workspace {path} cannot be written ({what_en}): HubDesk saves every edit at once and "
        "cannot work on it. Copy it to a writable folder or choose another one.",
    )


def _foreign(path: Path) -> WorkspaceError:
    return WorkspaceError(
        f"{path} è un database SQLite di un altro programma, non un'area di lavoro HubDesk: "
        "non è stato modificato. Indicare un altro file.",
        f"{path} is another program's SQLite database, not a HubDesk workspace: it was not "
        "changed. Choose another file.",
    )


def _header_problem(path: Path, head: bytes, size: int) -> str | None:
    """Why the header says the file is cut short (None when it looks whole)."""
    if len(head) < 100:
        return "intestazione incompleta"
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "dimensione di pagina non valida"
    pages = struct.unpack(">I", head[28:32])[0]
    counter, valid_for = head[24:28], head[92:96]
    wal = path.with_name(path.name + "-wal")
    if counter == valid_for and pages and size < pages * page_size and not wal.exists():
        return f"{size} byte invece di {pages * page_size}"
    return None


def check_workspace_file(path: Path) -> None:
    """Raise :class:`WorkspaceError` unless ``path`` is (or can become) a HubDesk workspace; write nothing."""
    if looks_like_url(str(path)):
        raise WorkspaceError(
            f"Indirizzo di database non supportato: {path}",
            f"Unsupported database address: {path}",
        )
    if not path.exists():
        parent = path.parent
        if parent.exists() and not os.access(parent, os.W_OK):
            raise _read_only(path, "folder")
        return
    if path.is_dir():
        raise WorkspaceError(
            f"{path} è una cartella, non un file di area di lavoro",
            f"{path} is a folder, not a workspace file",
        )
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise WorkspaceError(
            f"Impossibile leggere l'area di lavoro {path}: {exc.strerror}",
            f"Cannot read the workspace {path}: {exc.strerror}",
        ) from exc
    if not head:
        _check_writable(path)
        return  # an empty file: a new workspace
    if not head.startswith(SQLITE_MAGIC[: len(head)]) or len(head) < len(SQLITE_MAGIC):
        raise WorkspaceError(
            f"{path} non è un'area di lavoro HubDesk (non è un database SQLite)",
            f"{path} is not a HubDesk workspace (not an SQLite database)",
        )
    problem = _header_problem(path, head, size)
    if problem:
        raise _damaged(path, problem)
    _check_writable(path)
    tables = _table_names(path)
    if tables and not tables >= HUBDESK_TABLES:
        raise _foreign(path)


def _table_names(path: Path) -> set[str]:
    uri = f"file:{quote(str(path.absolute()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise _damaged(path, str(exc)) from exc
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return {str(r[0]) for r in rows}
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return set(HUBDESK_TABLES)  # in use by another HubDesk: the engine waits for it
        raise _damaged(path, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise _damaged(path, str(exc)) from exc
    finally:
        conn.close()


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK):
        raise _read_only(path, "file")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise _read_only(path, "folder")

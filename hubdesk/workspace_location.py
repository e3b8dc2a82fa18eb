"""Where the workspace lives: --workspace, then HUBDESK_WORKSPACE, then the user's data folder.

A location is either a file path (an SQLite workspace) or a SQLAlchemy URL of a PostgreSQL server
(``postgresql+psycopg://user@host/dbname``, also ``?host=/socket/dir``). A password is never part
of a stored location: it comes from PGPASSWORD, a ``.pgpass`` file or a prompt.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import platformdirs

APP_NAME = "HubDesk"
DEFAULT_FILE = "workspace.sqlite3"

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_PG_SCHEMES = {"postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg3"}

#: A workspace location: a Path for a file, a str for a server URL
Location = Path | str


def default_workspace_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE


def is_url(text: str | Path) -> bool:
    return isinstance(text, str) and bool(_SCHEME.match(text))


def server_url(text: str) -> str:
    """The URL with the psycopg driver named (``postgresql://`` and ``postgres://`` accepted).

    Raises ValueError for a scheme HubDesk does not speak.
    """
    scheme = text.split("://", 1)[0].lower()
    if scheme not in _PG_SCHEMES:
        raise ValueError(scheme)
    return "postgresql+psycopg://" + text.split("://", 1)[1]


def without_password(url: str) -> str:
    """The URL with any password removed (what may be shown, logged or remembered)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}@{netloc}" if user else netloc))


def resolve_workspace(explicit: str | Path | None = None) -> Location:
    """The workspace location: a server URL (str) or a file path (Path)."""
    raw: str | Path | None = explicit or os.environ.get("HUBDESK_WORKSPACE") or None
    if raw is None:
        return default_workspace_path()
    if isinstance(raw, str) and is_url(raw):
        return raw
    return Path(raw).expanduser()


def resolve_workspace_path(explicit: str | Path | None = None) -> Path:
    """The workspace file (SQLite locations only; see :func:`resolve_workspace` for URLs too)."""
    loc = resolve_workspace(explicit)
    return loc if isinstance(loc, Path) else Path(loc)


def describe(location: Location) -> str:
    """A short, password-free label for titles and messages."""
    if isinstance(location, Path):
        return str(location)
    return without_password(location)

"""UI state kept in QSettings (window geometry, splitters, recent workspaces, UI language).

Every key is declared once here, with its type and default; nothing else constructs QSettings.
Dossier data never goes here: it lives in the workspace file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


@dataclass(frozen=True)
class Key:
    name: str
    type_: type
    default: Any


LANGUAGE = Key("ui/language", str, "system")  # "system", "it" or "en"
RECENT_WORKSPACES = Key("workspaces/recent", list, [])
#: the last shared workspace opened (a server URL, never with a password)
SHARED_WORKSPACE = Key("workspaces/shared_last", str, "")
#: where the file pickers open: the folder of the last file chosen in any of them
LAST_FOLDER = Key("paths/last_folder", str, "")
#: where the last package was saved, and the certificate file it was signed with
PACKAGE_FOLDER = Key("paths/package_folder", str, "")
CERTIFICATE_FILE = Key("paths/certificate_file", str, "")
#: the name every change made from the app is recorded under ("" = the database or system user)
AUTHOR_NAME = Key("user/name", str, "")


def _settings() -> QSettings:
    return QSettings()


def get(key: Key) -> Any:
    """Read ``key`` with its declared type (lists come back as lists of str, also when one item)."""
    value = _settings().value(key.name, key.default)
    if key.type_ is list:
        if value is None:
            return []
        return [str(v) for v in value] if isinstance(value, list | tuple) else [str(value)]
    try:
        return key.type_(value)
    except (TypeError, ValueError):
        return key.default


def put(key: Key, value: Any) -> None:
    _settings().setValue(key.name, value)


def save_state(name: str, data: QByteArray) -> None:
    """Store a widget's geometry or splitter/header state under ``state/<name>``."""
    _settings().setValue(f"state/{name}", data)


def load_state(name: str) -> QByteArray | None:
    value = _settings().value(f"state/{name}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def author_name() -> str | None:
    """The name set in Settings for the history entries, None when none is set."""
    return get(AUTHOR_NAME).strip() or None


def remembered_folder() -> str:
    """The folder of the last file chosen, when it still exists ("" otherwise)."""
    folder = get(LAST_FOLDER)
    return folder if folder and Path(folder).is_dir() else ""


def remember_choice(path: str) -> None:
    """Remember the folder of a chosen file (or a chosen folder) for the next picker."""
    chosen = Path(path)
    put(LAST_FOLDER, str(chosen if chosen.is_dir() else chosen.parent))


def default_package_folder() -> Path:
    """The folder of the last package, else Documents, else the home folder: one that exists."""
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for candidate in (get(PACKAGE_FOLDER), documents):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path.home()


def add_recent_workspace(path: str) -> list[str]:
    """Put ``path`` first in the recent list (no duplicates, at most MAX_RECENT) and return the list."""
    current = get(RECENT_WORKSPACES)
    items = [p for p in current if p != path]
    items.insert(0, path)
    items = items[:MAX_RECENT]
    if items != current:  # reopening the latest workspace writes nothing (a file write at start-up)
        put(RECENT_WORKSPACES, items)
    return items

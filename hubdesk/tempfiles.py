"""Temporary files that a kill could leave behind, and their removal at the next start.

A package being built (``.hubdesk-*.asice.part``, next to its destination), a package being
imported (``hubdesk-import-<pid>-*`` in the temporary folder) and a file being exported are
registered here while they exist. A process killed meanwhile cannot remove them; the next
HubDesk that starts (:func:`sweep`, called when a workspace opens) removes those whose owner
process is gone.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import platformdirs

log = logging.getLogger("hubdesk.tempfiles")
IMPORT_PREFIX = "hubdesk-import-"
PART_PREFIX = ".hubdesk-"
PART_SUFFIX = ".asice.part"


def registry_dir() -> Path:
    explicit = os.environ.get("HUBDESK_STATE_DIR")
    root = Path(explicit) if explicit else Path(platformdirs.user_state_dir("HubDesk", appauthor=False))
    return root / "pending"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's live process
    return True


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


@contextlib.contextmanager
def tracked(path: str | Path) -> Iterator[Path]:
    """Register ``path`` (a temporary file or folder) while the block runs, so a kill is cleaned up."""
    target = Path(path).absolute()
    marker: Path | None = None
    try:
        folder = registry_dir()
        folder.mkdir(parents=True, exist_ok=True)
        marker = folder / f"{os.getpid()}-{uuid.uuid4().hex}.json"
        marker.write_text(json.dumps({"pid": os.getpid(), "path": str(target)}), encoding="utf-8")
    except OSError as exc:  # a read-only or full home folder must not stop the work itself
        log.info("cannot register temporary file %s: %s", target, exc)
        marker = None
    try:
        yield target
    finally:
        if marker is not None:
            marker.unlink(missing_ok=True)


def import_dir_prefix() -> str:
    """``hubdesk-import-<pid>-``: the owner process is part of the name, for :func:`sweep`."""
    return f"{IMPORT_PREFIX}{os.getpid()}-"


def _sweep_registry() -> int:
    removed = 0
    folder = registry_dir()
    if not folder.is_dir():
        return 0
    for marker in folder.glob("*.json"):
        try:
            info = json.loads(marker.read_text(encoding="utf-8"))
            pid, target = int(info["pid"]), Path(info["path"])
        except (OSError, ValueError, KeyError, TypeError):
            marker.unlink(missing_ok=True)
            continue
        if _alive(pid):
            continue
        name = target.name
        if name.startswith((PART_PREFIX, IMPORT_PREFIX, ".")):  # only what HubDesk itself names so
            _remove(target)
            removed += 1
        marker.unlink(missing_ok=True)
    return removed


def _sweep_import_dirs() -> int:
    removed = 0
    root = Path(tempfile.gettempdir())
    try:
        candidates = list(root.glob(f"{IMPORT_PREFIX}*"))
    except OSError:
        return 0
    for path in candidates:
        parts = path.name[len(IMPORT_PREFIX) :].split("-", 1)
        if len(parts) == 2 and parts[0].isdigit() and not _alive(int(parts[0])):
            _remove(path)
            removed += 1
    return removed


def sweep() -> int:
    """Remove the temporary files of HubDesk processes that were killed; return how many. Never raises."""
    try:
        return _sweep_registry() + _sweep_import_dirs()
    except Exception as exc:
        log.warning("temporary files not cleaned up: %s", exc)
        return 0

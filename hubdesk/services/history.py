"""The undo history of a dossier, kept in the workspace so it survives closing the app.

Each user action is one entry (its edit operations and their inverse). Undo applies an entry's
inverse and marks it undone; redo applies it again; a new action drops the undone entries (the
redo branch), as every editor's undo does. Consecutive edits of one text field can be merged into
the last entry, so a typed word is one step, not one per pause. The rows: ``storage.edit_history``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from hubdesk.storage import edit_history
from hubdesk.storage.edit_history import HistoryEntry, StoredEntry

#: entries kept per dossier; older ones fall off the end
MAX_ENTRIES = 300

__all__ = ["MAX_ENTRIES", "HistoryEntry", "StoredEntry", "entries", "find", "mark_undone", "ops_of", "record"]


def record(
    session: Session,
    dossier_pk: int,
    ops: list[dict[str, Any]],
    inverse: list[dict[str, Any]],
    *,
    description: str,
    mergeable: bool,
    merge_into: int | None,
    now: str,
    author: str | None = None,
) -> int:
    """Store one action (or fold it into entry ``merge_into`` when that is still the last one)."""
    if merge_into is not None and edit_history.merge_into_last(session, dossier_pk, merge_into, ops, now):
        return merge_into
    return edit_history.append(
        session,
        dossier_pk,
        ops,
        inverse,
        description=description,
        mergeable=mergeable,
        now=now,
        keep=MAX_ENTRIES,
        author=author,
    )


def find(session: Session, dossier_pk: int, seq: int) -> StoredEntry | None:
    return edit_history.find(session, dossier_pk, seq)


def ops_of(entry: StoredEntry, *, undo: bool) -> list[dict[str, Any]]:
    return entry.inverse if undo else entry.ops


def entries(session: Session, dossier_pk: int) -> list[HistoryEntry]:
    return edit_history.entries(session, dossier_pk)


def mark_undone(session: Session, dossier_pk: int, seq: int, undone: bool) -> None:
    edit_history.set_undone(session, dossier_pk, seq, undone)

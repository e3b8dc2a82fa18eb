"""The undo history of a dossier, kept in the workspace so it survives closing the app.

Each user action is one entry (its edit operations and their inverse). Undo applies an entry's
inverse and marks it undone; redo applies it again; a new action drops the undone entries (the
redo branch), as every editor's undo does. Consecutive edits of one text field can be merged into
the last entry, so a typed word is one step, not one per pause.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from hubdesk.storage import models as m

#: entries kept per dossier; older ones fall off the end
MAX_ENTRIES = 300


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    seq: int
    description: str
    undone: bool


def _dump(ops: list[dict[str, Any]]) -> str:
    return json.dumps(ops, ensure_ascii=False, separators=(",", ":"))


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
) -> int:
    """Store one action (or fold it into entry ``merge_into`` when that is still the last one)."""
    last = session.execute(
        select(m.EditEntry)
        .where(m.EditEntry.dossier_pk == dossier_pk)
        .order_by(m.EditEntry.seq.desc())
        .limit(1)
    ).scalar_one_or_none()
    if (
        merge_into is not None
        and last is not None
        and last.seq == merge_into
        and last.mergeable
        and not last.undone
    ):
        last.ops_json = _dump(ops)  # the entry's inverse still goes back to before its first edit
        last.created_at = now
        return last.seq
    session.execute(
        delete(m.EditEntry).where(m.EditEntry.dossier_pk == dossier_pk, m.EditEntry.undone.is_(True))
    )
    top = session.execute(
        select(func.max(m.EditEntry.seq)).where(m.EditEntry.dossier_pk == dossier_pk)
    ).scalar()
    seq = int(top or 0) + 1
    session.add(
        m.EditEntry(
            dossier_pk=dossier_pk,
            seq=seq,
            description=description,
            ops_json=_dump(ops),
            inverse_json=_dump(inverse),
            mergeable=mergeable,
            undone=False,
            created_at=now,
        )
    )
    session.execute(
        delete(m.EditEntry).where(m.EditEntry.dossier_pk == dossier_pk, m.EditEntry.seq <= seq - MAX_ENTRIES)
    )
    return seq


def find(session: Session, dossier_pk: int, seq: int) -> m.EditEntry | None:
    return session.execute(
        select(m.EditEntry).where(m.EditEntry.dossier_pk == dossier_pk, m.EditEntry.seq == seq)
    ).scalar_one_or_none()


def ops_of(entry: m.EditEntry, *, undo: bool) -> list[dict[str, Any]]:
    ops: list[dict[str, Any]] = json.loads(entry.inverse_json if undo else entry.ops_json)
    return ops


def entries(session: Session, dossier_pk: int) -> list[HistoryEntry]:
    rows = session.execute(
        select(m.EditEntry.seq, m.EditEntry.description, m.EditEntry.undone)
        .where(m.EditEntry.dossier_pk == dossier_pk)
        .order_by(m.EditEntry.seq)
    )
    return [HistoryEntry(seq, description, undone) for seq, description, undone in rows]

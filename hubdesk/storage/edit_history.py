"""Rows of a dossier's undo history (table ``edit_entries``): plain values in and out."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from hubdesk.storage import models as m


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    seq: int
    description: str
    undone: bool
    #: who made it (database user or the name set in Settings); None for entries before 0006
    author: str | None = None
    created_at: str = ""


@dataclass(frozen=True, slots=True)
class StoredEntry:
    """One recorded action with its operations."""

    seq: int
    ops: list[dict[str, Any]]
    inverse: list[dict[str, Any]]
    undone: bool


def _dump(ops: list[dict[str, Any]]) -> str:
    return json.dumps(ops, ensure_ascii=False, separators=(",", ":"))


def merge_into_last(session: Session, dossier_pk: int, seq: int, ops: list[dict[str, Any]], now: str) -> bool:
    """Fold ``ops`` into entry ``seq`` when it is the last one, mergeable and not undone."""
    last = session.execute(
        select(m.EditEntry)
        .where(m.EditEntry.dossier_pk == dossier_pk)
        .order_by(m.EditEntry.seq.desc())
        .limit(1)
    ).scalar_one_or_none()
    if last is None or last.seq != seq or not last.mergeable or last.undone:
        return False
    last.ops_json = _dump(ops)  # the entry's inverse still goes back to before its first edit
    last.created_at = now
    return True


def append(
    session: Session,
    dossier_pk: int,
    ops: list[dict[str, Any]],
    inverse: list[dict[str, Any]],
    *,
    description: str,
    mergeable: bool,
    now: str,
    keep: int,
    author: str | None = None,
) -> int:
    """Drop the undone entries (the redo branch), add one, keep the last ``keep``; return its seq."""
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
            author=author,
            ops_json=_dump(ops),
            inverse_json=_dump(inverse),
            mergeable=mergeable,
            undone=False,
            created_at=now,
        )
    )
    session.execute(
        delete(m.EditEntry).where(m.EditEntry.dossier_pk == dossier_pk, m.EditEntry.seq <= seq - keep)
    )
    return seq


def find(session: Session, dossier_pk: int, seq: int) -> StoredEntry | None:
    row = session.execute(
        select(m.EditEntry.ops_json, m.EditEntry.inverse_json, m.EditEntry.undone).where(
            m.EditEntry.dossier_pk == dossier_pk, m.EditEntry.seq == seq
        )
    ).one_or_none()
    if row is None:
        return None
    return StoredEntry(seq, json.loads(row.ops_json), json.loads(row.inverse_json), bool(row.undone))


def set_undone(session: Session, dossier_pk: int, seq: int, undone: bool) -> None:
    session.execute(
        update(m.EditEntry)
        .where(m.EditEntry.dossier_pk == dossier_pk, m.EditEntry.seq == seq)
        .values(undone=undone)
        .execution_options(synchronize_session=False)
    )


def entries(session: Session, dossier_pk: int) -> list[HistoryEntry]:
    rows = session.execute(
        select(
            m.EditEntry.seq,
            m.EditEntry.description,
            m.EditEntry.undone,
            m.EditEntry.author,
            m.EditEntry.created_at,
        )
        .where(m.EditEntry.dossier_pk == dossier_pk)
        .order_by(m.EditEntry.seq)
    )
    return [HistoryEntry(*row) for row in rows]

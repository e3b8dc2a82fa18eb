"""Reading and writing dossiers as documents, with minimal row changes per edit.

All functions take an open Session inside a transaction and return plain values.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from hubdesk.storage import models as m
from hubdesk.storage.mapping import (
    DOSSIER_FIELDS,
    LIST_SECTIONS,
    LIST_TABLES,
    columns_from,
    item_to_columns,
    node_from,
    row_to_item,
)


class VersionConflict(Exception):
    """The stored dossier moved on since the caller read it."""

    def __init__(self, actual: int) -> None:
        super().__init__(actual)
        self.actual = actual


def find_dossier(session: Session, uuid: str, *, include_deleted: bool = False) -> m.Dossier | None:
    stmt = select(m.Dossier).where(m.Dossier.uuid == uuid)
    if not include_deleted:
        stmt = stmt.where(m.Dossier.deleted_at.is_(None))
    return session.execute(stmt).scalar_one_or_none()


def insert_dossier(session: Session, doc: dict[str, Any], now: str) -> m.Dossier:
    """Store a schema-valid document as a new dossier (version 1)."""
    d = m.Dossier(
        uuid=doc["id"],
        call=doc["call"],
        format_version=doc["format_version"],
        version=1,
        created_at=now,
        modified_at=now,
        archived=False,
        **columns_from(doc, DOSSIER_FIELDS),
    )
    session.add(d)
    session.flush()
    for section in LIST_SECTIONS:
        _insert_items(session, section, d.pk, doc[section], 0)
    return d


def _insert_items(session: Session, section: str, dossier_pk: int, items: list[Any], start: int) -> None:
    if not items:
        return
    model = LIST_TABLES[section][0]
    rows = [
        {"dossier_pk": dossier_pk, "position": start + i, **item_to_columns(section, item)}
        for i, item in enumerate(items)
    ]
    session.execute(insert(model), rows)


def load_document(session: Session, dossier: m.Dossier) -> dict[str, Any]:
    """The document of ``dossier``, read with one query per list (no per-row ORM objects)."""
    doc: dict[str, Any] = {
        "format": "hubdesk.dossier",
        "format_version": dossier.format_version,
        "call": dossier.call,
        "id": dossier.uuid,
    }
    doc.update(node_from(dossier, DOSSIER_FIELDS))
    for section in LIST_SECTIONS:
        model, fields = LIST_TABLES[section]
        cols = [getattr(model, c) for c, _ in fields]
        rows = session.execute(select(*cols).where(model.dossier_pk == dossier.pk).order_by(model.position))
        doc[section] = [row_to_item(section, row) for row in rows]
    return doc


def bump_version(session: Session, dossier: m.Dossier, expected: int, now: str, **values: Any) -> int:
    """Advance the version counter if it still equals ``expected``; raise VersionConflict otherwise."""
    result = session.execute(
        update(m.Dossier)
        .where(m.Dossier.pk == dossier.pk, m.Dossier.version == expected)
        .values(version=expected + 1, modified_at=now, **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        actual = session.execute(select(m.Dossier.version).where(m.Dossier.pk == dossier.pk)).scalar_one()
        raise VersionConflict(actual)
    return expected + 1


def write_changes(
    session: Session,
    dossier: m.Dossier,
    old: dict[str, Any],
    new: dict[str, Any],
    expected: int,
    now: str,
    author: str | None = None,
) -> int:
    """Persist the difference between two documents of one dossier; return the new version.

    ``author`` (who made the change) is recorded as the dossier's ``modified_by``.
    """
    old_cols = columns_from(old, DOSSIER_FIELDS)
    new_cols = columns_from(new, DOSSIER_FIELDS)
    changed = {k: v for k, v in new_cols.items() if old_cols[k] != v}
    version = bump_version(
        session, dossier, expected, now, **changed, **({"modified_by": author} if author else {})
    )
    for section in LIST_SECTIONS:
        if old[section] is not new[section]:
            _sync_section(session, section, dossier.pk, old[section], new[section])
    return version


# Above this many changed positions, rewriting the tail in bulk beats row-by-row updates.
_BULK_THRESHOLD = 16


def _sync_section(session: Session, section: str, dossier_pk: int, old: list[Any], new: list[Any]) -> None:
    """Write the rows whose item changed.

    A one-field edit updates one row. An insertion, removal or move shifts every later position,
    so the tail from the first difference is deleted and re-inserted in one bulk statement.
    """
    model = LIST_TABLES[section][0]
    common = min(len(old), len(new))
    changed = [i for i in range(common) if old[i] is not new[i] and old[i] != new[i]]
    if len(old) == len(new) and len(changed) <= _BULK_THRESHOLD:
        for i in changed:
            session.execute(
                update(model)
                .where(model.dossier_pk == dossier_pk, model.position == i)
                .values(**item_to_columns(section, new[i]))
                .execution_options(synchronize_session=False)
            )
        return
    first = changed[0] if changed else common
    session.execute(
        delete(model)
        .where(model.dossier_pk == dossier_pk, model.position >= first)
        .execution_options(synchronize_session=False)
    )
    _insert_items(session, section, dossier_pk, new[first:], first)


__all__ = [
    "VersionConflict",
    "bump_version",
    "find_dossier",
    "insert_dossier",
    "load_document",
    "write_changes",
]

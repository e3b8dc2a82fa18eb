"""Storage of the package register: one row per package built (see ``models.PackageRecord``)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.storage import models as m


def add(session: Session, dossier_pk: int, **values: object) -> m.PackageRecord:
    row = m.PackageRecord(dossier_pk=dossier_pk, **values)
    session.add(row)
    session.flush()
    return row


def remove(session: Session, pk: int) -> None:
    row = session.get(m.PackageRecord, pk)
    if row is not None:
        session.delete(row)


def for_dossier(session: Session, dossier_pk: int) -> list[m.PackageRecord]:
    """Every package of a dossier, by version then in the order they were built."""
    stmt = (
        select(m.PackageRecord)
        .where(m.PackageRecord.dossier_pk == dossier_pk)
        .order_by(m.PackageRecord.version_number, m.PackageRecord.built_at, m.PackageRecord.pk)
    )
    return list(session.execute(stmt).scalars())

"""What the library lists: the dossiers with their cached status, and partners across dossiers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.storage import models as m
from hubdesk.storage.mapping import row_to_item


@dataclass(frozen=True, slots=True)
class StatusRow:
    """Validation counts and requested grant of one dossier, valid for ``version``."""

    version: int
    errors: int
    warnings: int
    requested_fesr_cents: int
    requested_fse_cents: int


def _plain(st: m.DossierStatus | None) -> StatusRow | None:
    if st is None:
        return None
    return StatusRow(st.version, st.errors, st.warnings, st.requested_fesr_cents, st.requested_fse_cents)


def dossiers_with_status(
    session: Session, include_archived: bool
) -> list[tuple[m.Dossier, StatusRow | None]]:
    """Dossiers not in the trash (archived ones too when asked), newest change first."""
    stmt = (
        select(m.Dossier, m.DossierStatus)
        .outerjoin(m.DossierStatus, m.DossierStatus.dossier_pk == m.Dossier.pk)
        .where(m.Dossier.deleted_at.is_(None))
    )
    if not include_archived:
        stmt = stmt.where(m.Dossier.archived.is_(False))
    rows = session.execute(stmt.order_by(m.Dossier.modified_at.desc())).all()
    return [(d, _plain(st)) for d, st in rows]


def status_of(session: Session, dossier_pk: int) -> StatusRow | None:
    return _plain(session.get(m.DossierStatus, dossier_pk))


def save_status(session: Session, dossier_pk: int, status: StatusRow) -> None:
    st = session.get(m.DossierStatus, dossier_pk)
    if st is None:
        st = m.DossierStatus(dossier_pk=dossier_pk)
        session.add(st)
    st.version = status.version
    st.errors, st.warnings = status.errors, status.warnings
    st.requested_fesr_cents = status.requested_fesr_cents
    st.requested_fse_cents = status.requested_fse_cents


def version_of(session: Session, dossier_pk: int) -> int | None:
    """The dossier's current version (None when the row is gone)."""
    version: int | None = session.execute(
        select(m.Dossier.version).where(m.Dossier.pk == dossier_pk)
    ).scalar()
    return version


def stale_ids(session: Session) -> list[str]:
    """Dossiers whose cached status belongs to an older version (or is missing)."""
    rows = session.execute(
        select(m.Dossier.uuid)
        .outerjoin(m.DossierStatus, m.DossierStatus.dossier_pk == m.Dossier.pk)
        .where(m.Dossier.deleted_at.is_(None))
        .where((m.DossierStatus.version.is_(None)) | (m.DossierStatus.version != m.Dossier.version))
    )
    return [uuid for (uuid,) in rows]


def find_any(session: Session, dossier_id: str) -> m.Dossier | None:
    """The dossier row, even when it is in the trash."""
    return session.execute(select(m.Dossier).where(m.Dossier.uuid == dossier_id)).scalar_one_or_none()


def partners_of_other_dossiers(
    session: Session, exclude_dossier: str | None
) -> list[tuple[str, dict[str, Any]]]:
    """(municipality, partner item) of every dossier not in the trash, ordered by partner name."""
    stmt = (
        select(m.Dossier.applicant_name, m.Partner)
        .join(m.Partner, m.Partner.dossier_pk == m.Dossier.pk)
        .where(m.Dossier.deleted_at.is_(None))
        .order_by(m.Partner.name)
    )
    if exclude_dossier:
        stmt = stmt.where(m.Dossier.uuid != exclude_dossier)
    return [
        (municipality, row_to_item("partners", partner)) for municipality, partner in session.execute(stmt)
    ]

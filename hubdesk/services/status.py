"""Validation and library status of stored dossiers (counts cached per dossier version)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk.budget import requested_grant
from hubdesk.document.numbers import clamp_int64
from hubdesk.services.attachments import facts_for
from hubdesk.services.types import DossierSummary
from hubdesk.storage import models as m
from hubdesk.validation import validate_document
from hubdesk.validation.issues import ValidationResult

if TYPE_CHECKING:
    from hubdesk.services.workspace import Workspace


def _validate(ws: Workspace, session: Session, d: m.Dossier) -> tuple[dict[str, Any], ValidationResult]:
    doc = ws._document(session, d)
    return doc, validate_document(doc, ws.profile, attachment_facts=facts_for(session, doc))


def validate(ws: Workspace, dossier_id: str) -> ValidationResult:
    """Schema + every rule, with ATT-001/ATT-002 on the stored bytes."""
    with ws.reading() as s:
        return _validate(ws, s, ws._dossier(s, dossier_id))[1]


_NO_STATUS = object()


@dataclass(frozen=True, slots=True)
class Fresh:
    """A recomputed library status, to be stored for ``version`` of the dossier ``pk``."""

    pk: int
    version: int
    errors: int
    warnings: int
    fesr: int
    fse: int


def summary(
    ws: Workspace,
    session: Session,
    d: m.Dossier,
    *,
    check: bool = True,
    status: Any = _NO_STATUS,
    fresh: list[Fresh] | None = None,
) -> DossierSummary:
    """The library row of a dossier; with ``check`` a stale status is recomputed first.

    ``status`` is the dossier's cached status row (or None) when the caller already loaded it.
    A recomputed status is appended to ``fresh`` for :func:`store` (reads never write).
    """
    st = session.get(m.DossierStatus, d.pk) if status is _NO_STATUS else status
    stale = st is None or st.version != d.version
    if stale and check:
        doc, result = _validate(ws, session, d)
        grant = requested_grant(doc, ws.profile.grant_funds)
        new = Fresh(
            d.pk,
            d.version,
            result.errors,
            result.warnings,
            clamp_int64(grant.get("FESR", 0)),
            clamp_int64(grant.get("FSE", 0)),
        )
        if fresh is not None:
            fresh.append(new)
        st = m.DossierStatus(
            dossier_pk=d.pk,
            version=new.version,
            errors=new.errors,
            warnings=new.warnings,
            requested_fesr_cents=new.fesr,
            requested_fse_cents=new.fse,
        )
        stale = False
    return DossierSummary(
        id=d.uuid,
        istat_code=d.istat_code,
        municipality=d.applicant_name,
        title=d.title,
        acronym=d.acronym,
        modified=d.modified_at,
        version=d.version,
        archived=d.archived,
        errors=st.errors if st else 0,
        warnings=st.warnings if st else 0,
        requested_fesr_cents=st.requested_fesr_cents if st else 0,
        requested_fse_cents=st.requested_fse_cents if st else 0,
        checked=not stale,
    )


def stale_ids(ws: Workspace) -> list[str]:
    """Dossiers whose cached library status belongs to an older version (or is missing)."""
    with ws.reading() as s:
        rows = s.execute(
            select(m.Dossier.uuid)
            .outerjoin(m.DossierStatus, m.DossierStatus.dossier_pk == m.Dossier.pk)
            .where(m.Dossier.deleted_at.is_(None))
            .where((m.DossierStatus.version.is_(None)) | (m.DossierStatus.version != m.Dossier.version))
        )
        return [uuid for (uuid,) in rows]


def refresh_one(ws: Workspace, dossier_id: str) -> None:
    """Recompute one dossier's library status (read), then store it in a short transaction."""
    fresh: list[Fresh] = []
    with ws.reading() as s:
        d = s.execute(select(m.Dossier).where(m.Dossier.uuid == dossier_id)).scalar_one_or_none()
        if d is not None:
            summary(ws, s, d, fresh=fresh)
    store(ws, fresh)


def store(ws: Workspace, fresh: list[Fresh]) -> None:
    """Store recomputed statuses that still match their dossier's version; skipped when busy.

    The status is a cache: when another program holds the write lock it is recomputed next time
    rather than making a read wait.
    """
    if not fresh:
        return
    from hubdesk.storage.engine import WorkspaceBusy

    try:
        with ws.transaction(wait=False) as s:
            for f in fresh:
                current = s.execute(select(m.Dossier.version).where(m.Dossier.pk == f.pk)).scalar()
                if current != f.version:
                    continue
                st = s.get(m.DossierStatus, f.pk)
                if st is None:
                    st = m.DossierStatus(dossier_pk=f.pk)
                    s.add(st)
                st.version, st.errors, st.warnings = f.version, f.errors, f.warnings
                st.requested_fesr_cents, st.requested_fse_cents = f.fesr, f.fse
    except WorkspaceBusy:
        return


def partners_in_workspace(ws: Workspace, exclude_dossier: str | None) -> list[tuple[str, dict[str, Any]]]:
    """Partners entered in other dossiers, one per fiscal code, for reuse across municipalities."""
    from hubdesk.storage.mapping import row_to_item

    seen: set[str] = set()
    out: list[tuple[str, dict[str, Any]]] = []
    with ws.reading() as s:
        stmt = (
            select(m.Dossier.applicant_name, m.Partner)
            .join(m.Partner, m.Partner.dossier_pk == m.Dossier.pk)
            .where(m.Dossier.deleted_at.is_(None))
            .order_by(m.Partner.name)
        )
        if exclude_dossier:
            stmt = stmt.where(m.Dossier.uuid != exclude_dossier)
        for municipality, partner in s.execute(stmt):
            key = partner.fiscal_code or partner.name
            if key in seen:
                continue
            seen.add(key)
            out.append((municipality, row_to_item("partners", partner)))
    return out

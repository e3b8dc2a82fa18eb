"""Validation and library status of stored dossiers (counts cached per dossier version).

The rows: ``storage.library``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from hubdesk.budget import requested_grant
from hubdesk.document.numbers import clamp_int64
from hubdesk.services.attachments import facts_for
from hubdesk.services.store import Store
from hubdesk.services.types import DossierSummary
from hubdesk.storage import library
from hubdesk.storage import models as m
from hubdesk.storage.engine import WorkspaceBusy
from hubdesk.storage.library import StatusRow
from hubdesk.validation import validate_document
from hubdesk.validation.issues import ValidationResult


def _validate(
    store: Store, session: Session, d: m.Dossier, *, rehash: bool = False
) -> tuple[dict[str, Any], ValidationResult]:
    doc = store.document(session, d)
    facts = facts_for(session, doc, rehash=rehash)
    return doc, validate_document(doc, store.profile, attachment_facts=facts)


def validate(store: Store, dossier_id: str, *, rehash: bool = False) -> ValidationResult:
    """Schema + every rule, with ATT-001/ATT-002 on the stored bytes (read again with ``rehash``)."""
    with store.reading() as s:
        return _validate(store, s, store.dossier(s, dossier_id), rehash=rehash)[1]


_NO_STATUS = object()


@dataclass(frozen=True, slots=True)
class Fresh:
    """A recomputed library status, to be stored for the dossier ``pk``."""

    pk: int
    status: StatusRow


def summary(
    store: Store,
    session: Session,
    d: m.Dossier,
    *,
    check: bool = True,
    status: Any = _NO_STATUS,
    fresh: list[Fresh] | None = None,
) -> DossierSummary:
    """The library row of a dossier; with ``check`` a stale status is recomputed first.

    ``status`` is the dossier's cached status (or None) when the caller already loaded it.
    A recomputed status is appended to ``fresh`` for :func:`store_fresh` (reads never write).
    """
    st: StatusRow | None = library.status_of(session, d.pk) if status is _NO_STATUS else status
    stale = st is None or st.version != d.version
    if stale and check:
        doc, result = _validate(store, session, d)
        grant = requested_grant(doc, store.profile.grant_funds)
        st = StatusRow(
            version=d.version,
            errors=result.errors,
            warnings=result.warnings,
            requested_fesr_cents=clamp_int64(grant.get("FESR", 0)),
            requested_fse_cents=clamp_int64(grant.get("FSE", 0)),
        )
        if fresh is not None:
            fresh.append(Fresh(d.pk, st))
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
        modified_by=d.modified_by,
    )


def list_dossiers(store: Store, include_archived: bool, check: bool) -> list[DossierSummary]:
    """Every dossier's library row, read in one transaction; recomputed statuses stored after."""
    fresh: list[Fresh] = []
    with store.reading() as s:
        rows = library.dossiers_with_status(s, include_archived)
        out = [summary(store, s, d, check=check, status=st, fresh=fresh) for d, st in rows]
    store_fresh(store, fresh)  # a cache: written in one short transaction, skipped when busy
    return out


def stale_ids(store: Store) -> list[str]:
    """Dossiers whose cached library status belongs to an older version (or is missing)."""
    with store.reading() as s:
        return library.stale_ids(s)


def refresh_one(store: Store, dossier_id: str) -> None:
    """Recompute one dossier's library status (read), then store it in a short transaction."""
    fresh: list[Fresh] = []
    with store.reading() as s:
        d = library.find_any(s, dossier_id)
        if d is not None:
            summary(store, s, d, fresh=fresh)
    store_fresh(store, fresh)


def store_fresh(store: Store, fresh: list[Fresh]) -> None:
    """Store recomputed statuses that still match their dossier's version; skipped when busy.

    The status is a cache: when another program holds the write lock it is recomputed next time
    rather than making a read wait.
    """
    if not fresh:
        return
    try:
        with store.transaction(wait=False) as s:
            for f in fresh:
                if library.version_of(s, f.pk) == f.status.version:
                    library.save_status(s, f.pk, f.status)
    except WorkspaceBusy:
        return


def partners_in_workspace(store: Store, exclude_dossier: str | None) -> list[tuple[str, dict[str, Any]]]:
    """Partners entered in other dossiers, one per fiscal code, for reuse across municipalities."""
    seen: set[Any] = set()
    out: list[tuple[str, dict[str, Any]]] = []
    with store.reading() as s:
        found = library.partners_of_other_dossiers(s, exclude_dossier)
    for municipality, partner in found:
        key = partner.get("fiscal_code") or partner.get("name")
        if key in seen:
            continue
        seen.add(key)
        out.append((municipality, partner))
    return out

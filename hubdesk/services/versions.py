"""Versions: each successful package export freezes the dossier as it was, readable later."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from hubdesk.document import dumps
from hubdesk.services.errors import NotFoundError
from hubdesk.services.types import VersionInfo
from hubdesk.storage import models as m

if TYPE_CHECKING:
    from hubdesk.services.workspace import Workspace


def next_number(ws: Workspace, dossier_id: str) -> int:
    with ws.transaction() as s:
        d = ws._dossier(s, dossier_id)
        top = s.execute(select(func.max(m.DossierVersion.number)).where(m.DossierVersion.dossier_pk == d.pk))
        return int(top.scalar() or 0) + 1


def freeze_version(
    ws: Workspace,
    dossier_id: str,
    package_name: str | None,
    package_sha256: str | None,
    document: dict[str, Any] | None = None,
) -> int:
    """Record ``document`` (default: the current one) as the next version number; return that number."""
    from hubdesk.services.workspace import utc_now

    with ws.transaction() as s:
        d = ws._dossier(s, dossier_id)
        top = s.execute(select(func.max(m.DossierVersion.number)).where(m.DossierVersion.dossier_pk == d.pk))
        number = int(top.scalar() or 0) + 1
        s.add(
            m.DossierVersion(
                dossier_pk=d.pk,
                number=number,
                created_at=utc_now(),
                document_json=dumps(document if document is not None else ws._document(s, d)),
                package_name=package_name,
                package_sha256=package_sha256,
            )
        )
        return number


def list_versions(ws: Workspace, dossier_id: str) -> list[VersionInfo]:
    with ws.transaction() as s:
        d = ws._dossier(s, dossier_id)
        rows = s.execute(
            select(m.DossierVersion)
            .where(m.DossierVersion.dossier_pk == d.pk)
            .order_by(m.DossierVersion.number)
        ).scalars()
        return [VersionInfo(v.number, v.created_at, v.package_name, v.package_sha256) for v in rows]


def get_version(ws: Workspace, dossier_id: str, number: int) -> dict[str, Any]:
    """The frozen document of one version (read-only by nature: it is a copy)."""
    with ws.transaction() as s:
        d = ws._dossier(s, dossier_id)
        row = s.execute(
            select(m.DossierVersion.document_json).where(
                m.DossierVersion.dossier_pk == d.pk, m.DossierVersion.number == number
            )
        ).scalar_one_or_none()
    if row is None:
        raise NotFoundError(f"Versione {number} non trovata", f"Version {number} not found")
    doc: dict[str, Any] = json.loads(row)
    return doc

"""Versions: each successful package export freezes the dossier as it was, readable later."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from hubdesk.document import dumps
from hubdesk.services.errors import NotFoundError, ServiceError
from hubdesk.services.types import VersionInfo
from hubdesk.storage import models as m

if TYPE_CHECKING:
    from hubdesk.services.workspace import Workspace


def next_number(ws: Workspace, dossier_id: str) -> int:
    with ws.reading() as s:
        d = ws._dossier(s, dossier_id)
        top = s.execute(select(func.max(m.DossierVersion.number)).where(m.DossierVersion.dossier_pk == d.pk))
        return int(top.scalar() or 0) + 1


@dataclass(frozen=True, slots=True)
class ExportVersion:
    """The version an export of the current document carries."""

    number: int
    created_on: date
    exists: bool  # True when the current document is already frozen under ``number``


def export_version(ws: Workspace, dossier_id: str, document: dict[str, Any]) -> ExportVersion:
    """The frozen version holding exactly ``document``, or the next number when it changed since.

    Exporting an unchanged dossier again (another signer, a lost file) keeps its version, so the
    two packages carry identical entries apart from the signatures.
    """
    text = dumps(document)
    with ws.reading() as s:
        d = ws._dossier(s, dossier_id)
        latest = s.execute(
            select(m.DossierVersion)
            .where(m.DossierVersion.dossier_pk == d.pk)
            .order_by(m.DossierVersion.number.desc())
            .limit(1)
        ).scalar_one_or_none()
        if latest is not None and latest.document_json == text:
            return ExportVersion(latest.number, date.fromisoformat(latest.created_at[:10]), True)
        return ExportVersion((latest.number if latest else 0) + 1, datetime.now(UTC).date(), False)


def record_package(
    ws: Workspace, dossier_id: str, number: int, package_name: str | None, package_sha256: str | None
) -> tuple[str | None, str | None]:
    """Remember the latest package built from an already frozen version; return the previous one."""
    with ws.transaction() as s:
        d = ws._dossier(s, dossier_id)
        row = s.execute(
            select(m.DossierVersion).where(
                m.DossierVersion.dossier_pk == d.pk, m.DossierVersion.number == number
            )
        ).scalar_one()
        previous = (row.package_name, row.package_sha256)
        row.package_name, row.package_sha256 = package_name, package_sha256
        return previous


def drop_version(ws: Workspace, dossier_id: str, number: int) -> None:
    """Forget a version whose package could not be put in place (the build failed after recording)."""
    with ws.transaction() as s:
        d = ws._dossier(s, dossier_id)
        row = s.execute(
            select(m.DossierVersion).where(
                m.DossierVersion.dossier_pk == d.pk, m.DossierVersion.number == number
            )
        ).scalar_one_or_none()
        if row is not None:
            s.delete(row)


def freeze_version(
    ws: Workspace,
    dossier_id: str,
    package_name: str | None,
    package_sha256: str | None,
    document: dict[str, Any] | None = None,
    *,
    expected_number: int | None = None,
) -> int:
    """Record ``document`` (default: the current one) as the next version number; return that number.

    With ``expected_number`` (the number printed inside a package being built) the freeze is
    refused when another build took that number meanwhile: two packages never claim one version.
    """
    from hubdesk.services.workspace import utc_now

    with ws.transaction() as s:
        d = ws._dossier(s, dossier_id)
        top = s.execute(select(func.max(m.DossierVersion.number)).where(m.DossierVersion.dossier_pk == d.pk))
        number = int(top.scalar() or 0) + 1
        if expected_number is not None and number != expected_number:
            raise ServiceError(
                f"Un'altra esportazione ha registrato la versione {expected_number} mentre questo "
                "pacchetto veniva creato: il pacchetto non è stato scritto. Riprovare.",
                f"Another export recorded version {expected_number} while this package was being"
                " built: the package was not written. Try again.",
            )
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
    with ws.reading() as s:
        d = ws._dossier(s, dossier_id)
        rows = s.execute(
            select(m.DossierVersion)
            .where(m.DossierVersion.dossier_pk == d.pk)
            .order_by(m.DossierVersion.number)
        ).scalars()
        return [VersionInfo(v.number, v.created_at, v.package_name, v.package_sha256) for v in rows]


def get_version(ws: Workspace, dossier_id: str, number: int) -> dict[str, Any]:
    """The frozen document of one version (read-only by nature: it is a copy)."""
    with ws.reading() as s:
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

"""Versions: each successful package export freezes the dossier as it was, readable later.

The rows: ``storage.versions``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from hubdesk.document import dumps
from hubdesk.services.errors import NotFoundError, ServiceError
from hubdesk.services.store import Store, utc_now
from hubdesk.services.types import VersionInfo
from hubdesk.storage import versions as rows


def next_number(store: Store, dossier_id: str) -> int:
    with store.reading() as s:
        return rows.top_number(s, store.dossier(s, dossier_id).pk) + 1


@dataclass(frozen=True, slots=True)
class ExportVersion:
    """The version an export of the current document carries."""

    number: int
    created_on: date
    exists: bool  # True when the current document is already frozen under ``number``


def export_version(store: Store, dossier_id: str, document: dict[str, Any]) -> ExportVersion:
    """The frozen version holding exactly ``document``, or the next number when it changed since.

    Exporting an unchanged dossier again (another signer, a lost file) keeps its version, so the
    two packages carry identical entries apart from the signatures.
    """
    text = dumps(document)
    with store.reading() as s:
        last = rows.latest(s, store.dossier(s, dossier_id).pk)
        if last is not None and last[2] == text:
            return ExportVersion(last[0], date.fromisoformat(last[1][:10]), True)
        return ExportVersion((last[0] if last else 0) + 1, datetime.now(UTC).date(), False)


def record_package(
    store: Store, dossier_id: str, number: int, package_name: str | None, package_sha256: str | None
) -> tuple[str | None, str | None]:
    """Remember the latest package built from an already frozen version; return the previous one."""
    with store.transaction() as s:
        pk = store.dossier(s, dossier_id).pk
        previous = rows.package_of(s, pk, number)
        rows.set_package(s, pk, number, package_name, package_sha256)
        return previous


def drop_version(store: Store, dossier_id: str, number: int) -> None:
    """Forget a version whose package could not be put in place (the build failed after recording)."""
    with store.transaction() as s:
        rows.remove(s, store.dossier(s, dossier_id).pk, number)


def freeze_version(
    store: Store,
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
    with store.transaction() as s:
        d = store.dossier(s, dossier_id)
        number = rows.top_number(s, d.pk) + 1
        if expected_number is not None and number != expected_number:
            raise ServiceError(
                f"Un'altra esportazione ha registrato la versione {expected_number} mentre questo "
                "pacchetto veniva creato: il pacchetto non è stato scritto. Riprovare.",
                f"Another export recorded version {expected_number} while this package was being"
                " built: the package was not written. Try again.",
            )
        text = dumps(document if document is not None else store.document(s, d))
        rows.add(s, d.pk, number, utc_now(), text, package_name, package_sha256)
        return number


def list_versions(store: Store, dossier_id: str) -> list[VersionInfo]:
    with store.reading() as s:
        found = rows.all_of(s, store.dossier(s, dossier_id).pk)
    return [VersionInfo(v.number, v.created_at, v.package_name, v.package_sha256) for v in found]


def get_version(store: Store, dossier_id: str, number: int) -> dict[str, Any]:
    """The frozen document of one version (read-only by nature: it is a copy)."""
    with store.reading() as s:
        text = rows.document_json(s, store.dossier(s, dossier_id).pk, number)
    if text is None:
        raise NotFoundError(f"Versione {number} non trovata", f"Version {number} not found")
    doc: dict[str, Any] = json.loads(text)
    return doc

"""The package register: every package built, under the version it was built from.

Three builds of version 1 are three rows, each with its own file name, time, SHA-256, signer and
folder: the register is the municipality's evidence of what it sent. A version's frozen document
and its proposal PDF (the same renderer as the package) can be read back at any time.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from hubdesk.errors import HubDeskError
from hubdesk.services import versions
from hubdesk.services.store import Store, utc_now
from hubdesk.storage import package_register as rows

if TYPE_CHECKING:
    from hubdesk.package import PackageResult


@dataclass(frozen=True, slots=True)
class RegisteredPackage:
    pk: int
    version: int
    file_name: str
    saved_path: str | None
    sha256: str
    size: int | None
    built_at: str  # ISO 8601, UTC
    signer_name: str | None
    signer_fiscal_code: str | None


def signer_of(cert: Any) -> tuple[str | None, str | None]:
    """(common name, fiscal code) of a signing certificate; (None, None) when there is none."""
    if cert is None:
        return None, None
    from hubdesk.verify.certs import signer_identity

    shown, fiscal_code = signer_identity(cert)
    if fiscal_code and shown.endswith(f" ({fiscal_code})"):
        shown = shown[: -len(f" ({fiscal_code})")]
    return shown, fiscal_code


def record_build(store: Store, dossier_id: str, version: int, result: PackageResult) -> int:
    """Add one register row for a package just built; return its key (see :func:`forget`)."""
    name, fiscal_code = signer_of(result.signer_cert)
    with store.transaction() as s:
        d = store.dossier(s, dossier_id)
        row = rows.add(
            s,
            d.pk,
            version_number=version,
            file_name=result.path.name,
            saved_path=str(result.path.resolve().parent),
            sha256=result.sha256,
            size=result.size,
            built_at=utc_now(),
            signer_name=name,
            signer_fiscal_code=fiscal_code,
        )
        return row.pk


def forget(store: Store, pk: int) -> None:
    """Remove a row recorded for a build that then failed (the file never became visible)."""
    with store.transaction() as s:
        rows.remove(s, pk)


def list_packages(store: Store, dossier_id: str) -> list[RegisteredPackage]:
    with store.transaction() as s:
        d = store.dossier(s, dossier_id)
        return [
            RegisteredPackage(
                r.pk,
                r.version_number,
                r.file_name,
                r.saved_path,
                r.sha256,
                r.size,
                r.built_at,
                r.signer_name,
                r.signer_fiscal_code,
            )
            for r in rows.for_dossier(s, d.pk)
        ]


def _pdf_from_package(store: Store, dossier_id: str, number: int) -> bytes | None:
    """The signed proposta.pdf of the newest package of that version still where it was saved."""
    import zipfile
    from pathlib import Path

    from hubdesk.package import names as N
    from hubdesk.package.zipio import file_sha256, read_entry

    for rec in reversed([p for p in list_packages(store, dossier_id) if p.version == number]):
        if not rec.saved_path:
            continue
        path = Path(rec.saved_path) / rec.file_name
        try:
            if not path.is_file() or file_sha256(str(path))[0] != rec.sha256:
                continue
            with zipfile.ZipFile(path) as zf:
                return read_entry(zf, zf.getinfo(N.PROPOSAL_PDF), 512 * 1024 * 1024)
        except (OSError, KeyError, zipfile.BadZipFile, ValueError, HubDeskError):
            continue
    return None


def version_pdf(store: Store, dossier_id: str, number: int) -> bytes:
    """The proposal PDF of frozen version ``number``: the signed one from its package when the file
    is still where it was saved (and unchanged), else rendered again from the frozen document."""
    from hubdesk.report import render_proposal_pdf

    signed = _pdf_from_package(store, dossier_id, number)
    if signed is not None:
        return signed
    doc = versions.get_version(store, dossier_id, number)
    created = next(
        (v.created_at for v in versions.list_versions(store, dossier_id) if v.number == number), None
    )
    signers = [
        p.signer_name for p in list_packages(store, dossier_id) if p.version == number and p.signer_name
    ]
    out = io.BytesIO()
    render_proposal_pdf(
        doc,
        out,
        version=number,
        generated_on=date.fromisoformat(created[:10]) if created else None,
        signer_name=signers[-1] if signers else None,
    )
    return out.getvalue()

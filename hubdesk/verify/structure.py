"""Container checks on top of ``read_package`` (which already refuses zip-slip, zip bombs, hostile XML).

Here: the ASiC-E details a reader may tolerate but a verifier must not (mimetype stored, the manifest
pointing at our signature, every data entry signed, required entries present) and the few small
entries the signature checks need, read with a hard size limit.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hubdesk.package import names as N
from hubdesk.package.manifest import MAX_MANIFEST_BYTES, parse_manifest
from hubdesk.package.read import FileCheck
from hubdesk.package.zipio import read_entry
from hubdesk.verify.verdict import FORMAT_FAILURE, HASH_FAILURE, SIGNED_DATA_NOT_FOUND, Finding

MAX_SIGNATURE_BYTES = 1024 * 1024
MAX_PDF_BYTES = 128 * 1024 * 1024
_REQUIRED = (N.DOSSIER, N.PROPOSAL_PDF, N.VALIDATION_REPORT)


@dataclass
class Parts:
    """The entries the signature checks read; None when absent from the package."""

    manifest: bytes | None = None
    signature: bytes | None = None
    pdf: bytes | None = None
    findings: list[Finding] = field(default_factory=list)


def read_parts(path: str | Path) -> Parts:
    """Check the container layout and read manifest, signature and PDF (call after ``read_package``)."""
    parts = Parts()
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        entries = {i.filename: i for i in infos if not i.is_dir()}
        first = infos[0]
        if first.compress_type != zipfile.ZIP_STORED or first.extra:
            parts.findings.append(
                Finding.fail(
                    FORMAT_FAILURE,
                    "La voce 'mimetype' deve essere memorizzata senza compressione e senza campi extra",
                    "The 'mimetype' entry must be stored uncompressed and without extra fields",
                )
            )
        if N.MANIFEST in entries:
            parts.manifest = read_entry(zf, entries[N.MANIFEST], MAX_MANIFEST_BYTES)
        if N.SIGNATURE in entries:
            parts.signature = read_entry(zf, entries[N.SIGNATURE], MAX_SIGNATURE_BYTES)
        if N.PROPOSAL_PDF in entries:
            parts.pdf = read_entry(zf, entries[N.PROPOSAL_PDF], MAX_PDF_BYTES)
    parts.findings += _signature_files(parts)
    signed: dict[str, tuple[str, bytes]] = {}
    if parts.manifest is not None:
        sig_uri, signed = parse_manifest(parts.manifest)
        if sig_uri != N.SIGNATURE:
            parts.findings.append(
                Finding.fail(
                    FORMAT_FAILURE,
                    f"Il manifesto ASiC rimanda alla firma {sig_uri!r} invece di {N.SIGNATURE}",
                    f"The ASiC manifest points at signature {sig_uri!r} instead of {N.SIGNATURE}",
                )
            )
    for name in _REQUIRED:
        if name not in entries and name not in signed:
            parts.findings.append(
                Finding.fail(
                    FORMAT_FAILURE, f"Manca la voce obbligatoria {name}", f"Required entry {name} is missing"
                )
            )
    extras = sorted(n for n in entries if n.startswith("META-INF/") and n not in (N.MANIFEST, N.SIGNATURE))
    if extras:
        parts.findings.append(
            Finding.note(
                f"Voci aggiuntive in META-INF non verificate: {', '.join(extras)}",
                f"Additional META-INF entries not verified: {', '.join(extras)}",
            )
        )
    return parts


def _signature_files(parts: Parts) -> list[Finding]:
    """No signature at all is a format failure; a signature without its manifest has no signed data."""
    if parts.manifest is None and parts.signature is None:
        return [
            Finding.fail(
                FORMAT_FAILURE,
                "Il pacchetto non è firmato: mancano manifesto ASiC e firma",
                "The package is not signed: ASiC manifest and signature are missing",
            )
        ]
    if parts.manifest is None:
        return [
            Finding.indeterminate(
                SIGNED_DATA_NOT_FOUND,
                f"Manca {N.MANIFEST}: la firma non ha i dati su cui è stata apposta",
                f"{N.MANIFEST} is missing: the signature has no signed data to check",
            )
        ]
    if parts.signature is None:
        return [
            Finding.fail(
                FORMAT_FAILURE,
                f"Manca la firma {N.SIGNATURE}: il contenuto non è firmato",
                f"Signature {N.SIGNATURE} is missing: the content is not signed",
            )
        ]
    return []


def file_findings(files: Sequence[FileCheck]) -> list[Finding]:
    """Entries outside the signature break the format; changed or missing signed entries break digests."""
    out: list[Finding] = []
    unsigned = [f.name for f in files if f.status == "UNSIGNED"]
    if unsigned:
        out.append(
            Finding.fail(
                FORMAT_FAILURE,
                f"Voci non coperte dalla firma (assenti dal manifesto): {', '.join(unsigned)}",
                f"Entries not covered by the signature (not in the manifest): {', '.join(unsigned)}",
            )
        )
    for f in files:
        if f.status == "MODIFIED":
            out.append(
                Finding.fail(
                    HASH_FAILURE,
                    f"{f.name} è stato modificato dopo la firma",
                    f"{f.name} was modified after signing",
                )
            )
        elif f.status == "MISSING":
            out.append(
                Finding.fail(
                    HASH_FAILURE,
                    f"{f.name} è firmato ma manca dal pacchetto",
                    f"{f.name} is signed but missing from the package",
                )
            )
    return out

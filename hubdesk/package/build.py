"""Build the signed submission package (FORMATS.md §2): an ASiC-E container with CAdES and PAdES.

The package is written to a temporary file next to the destination and moved into place only when
complete and recorded, so a failure or a cancel never leaves a half-written ``.asice`` behind, and
a package on disk always has its version in the workspace.
"""

from __future__ import annotations

import io
import os
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from pyhanko.sign.signers import Signer

from hubdesk.document import dump_bytes, dumps
from hubdesk.fileio import file_mode_from_umask, write_error
from hubdesk.package import names as N
from hubdesk.package.errors import PackageError, PackageRefused
from hubdesk.package.manifest import build_manifest
from hubdesk.package.signatures import sign_detached_cades, sign_pdf
from hubdesk.package.zipio import HashingWriter, write_bytes, write_stream
from hubdesk.progress import NullProgress, Progress, ScaledProgress, check_cancel
from hubdesk.report import render_proposal_pdf
from hubdesk.signing import check_certificate
from hubdesk.tempfiles import PART_PREFIX, PART_SUFFIX, tracked
from hubdesk.validation.issues import ValidationResult
from hubdesk.verify.certs import signer_identity


@dataclass(frozen=True, slots=True)
class PackageEntry:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class PackageResult:
    path: Path
    sha256: str
    size: int
    entries: tuple[PackageEntry, ...]
    signer_cert: Any = None  # the signing certificate (asn1crypto), for the package register


def suggested_file_name(doc: dict[str, Any], dossier_version: int) -> str:
    """``HUB_<istat>_<ACRONYM>_v<version>.asice`` (FORMATS.md §2)."""
    istat = N.sanitise(str((doc.get("applicant") or {}).get("istat_code") or ""), "000000")
    acronym = N.sanitise(str((doc.get("proposal") or {}).get("acronym") or "").upper(), "PROPOSTA")
    return f"HUB_{istat}_{acronym}_v{dossier_version}.asice"


def _attachments(doc: dict[str, Any]) -> list[dict[str, Any]]:
    items = doc.get("attachments") or []
    if not all(isinstance(a, dict) for a in items):
        raise PackageError("Elenco allegati non valido nel dossier", "Invalid attachment list in the dossier")
    return list(items)


class _Builder:
    def __init__(self, zf: zipfile.ZipFile, out: HashingWriter, progress: Progress, total_bytes: int) -> None:
        self.zf = zf
        self.out = out
        self.progress = progress
        self.total = max(total_bytes, 1)
        self.done = 0
        self.entries: list[tuple[str, str, bytes, int]] = []  # name, media type, digest, size

    def add(self, name: str, data: bytes, media_type: str, *, compress: bool) -> None:
        digest = write_bytes(self.zf, name, data, compress=compress)
        self.entries.append((name, media_type, digest, len(data)))

    def _tick(self, n: int) -> None:
        self.done += n
        self.progress.report(0.3 + 0.6 * self.done / self.total, "Copia degli allegati")

    def add_attachment(self, name: str, att: dict[str, Any], source: BinaryIO) -> None:
        size_field = att.get("size")
        expected = size_field if isinstance(size_field, int) else 0
        self.out.streaming(self.zf, True)  # hashed as written: the package is never read back
        try:
            digest, size = write_stream(
                self.zf, name, source, expected_size=expected, progress=self.progress, on_chunk=self._tick
            )
        finally:
            self.out.streaming(self.zf, False)
        if digest.hex() != str(att.get("sha256", "")).lower() or size != att.get("size"):
            raise PackageError(
                f"L'allegato {att.get('id')} ({att.get('file_name')}) non corrisponde all'impronta o alla "
                "dimensione registrate nel dossier: ricaricarlo",
                f"Attachment {att.get('id')} ({att.get('file_name')}) does not match its recorded"
                " hash or size",
            )
        self.entries.append((name, str(att.get("media_type") or "application/octet-stream"), digest, size))


def build_package(
    doc: dict[str, Any],
    open_attachment: Callable[[dict[str, Any]], BinaryIO],
    signer: Signer | Callable[[], Signer],
    out_path: str | os.PathLike[str],
    *,
    validation: ValidationResult,
    dossier_version: int,
    app_version: str,
    progress: Progress | None = None,
    generated_on: date | None = None,
    record: Callable[[PackageResult], Callable[[], None] | None] | None = None,
) -> PackageResult:
    """Render, sign and assemble the package at ``out_path``; refuse while validation has errors.

    ``open_attachment(record)`` returns a readable binary stream of that attachment's bytes (it is
    closed here); ``signer`` may be a factory so a PIN is asked only once the build can proceed.

    ``record(result)`` is called once the package is complete but before it becomes visible at
    ``out_path`` (the workspace freezes the version there); it may return an undo, called when the
    final rename fails. A kill at any moment leaves either no package, or a package whose version
    is recorded; the temporary ``.hubdesk-*.asice.part`` is removed at the next start.
    """
    if validation.errors > 0:
        raise PackageRefused([i for i in validation.issues if i.severity == "error"])
    progress = progress or NullProgress()
    attachments = _attachments(doc)
    entry_names = N.attachment_entry_names(attachments)
    dest = Path(out_path)
    if not dest.parent.is_dir():
        raise PackageError(
            f"Cartella di destinazione inesistente: {dest.parent}",
            f"Destination folder does not exist: {dest.parent}",
        )
    signer = signer() if callable(signer) else signer
    check_certificate(signer.signing_cert)

    progress.report(0.0, "Impaginazione della proposta")
    pdf = io.BytesIO()
    render_proposal_pdf(
        doc,
        pdf,
        validation=validation,
        version=dossier_version,
        generated_on=generated_on,
        progress=ScaledProgress(progress, 0.0, 0.25),
        signer_name=signer_identity(signer.signing_cert)[0],
    )
    check_cancel(progress)
    progress.report(0.25, "Firma della proposta (PAdES)")
    signed_pdf = sign_pdf(pdf.getvalue(), signer)
    report = {
        **validation.to_json("it"),
        "dossier_version": dossier_version,
        "app_version": app_version,
        "call": doc.get("call"),
    }

    # the name is registered before the file exists, so a kill at any moment leaves nothing unswept
    tmp_name = str(dest.parent / f"{PART_PREFIX}{uuid.uuid4().hex[:12]}{PART_SUFFIX}")
    with tracked(tmp_name):
        try:
            fd = os.open(tmp_name, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            raise write_error(dest, exc) from exc
        try:
            with os.fdopen(fd, "w+b") as fh:
                out = HashingWriter(fh)
                with zipfile.ZipFile(out, "w", allowZip64=True) as zf:  # type: ignore[call-overload]
                    b = _Builder(
                        zf,
                        out,
                        progress,
                        sum(a.get("size") or 0 for a in attachments if isinstance(a.get("size"), int)),
                    )
                    write_bytes(zf, N.MIMETYPE, N.MIMETYPE_VALUE, compress=False)
                    b.add(N.DOSSIER, dump_bytes(doc), "application/json", compress=True)
                    b.add(N.PROPOSAL_PDF, signed_pdf, "application/pdf", compress=False)
                    report_bytes = dumps(report).encode("utf-8")
                    b.add(N.VALIDATION_REPORT, report_bytes, "application/json", compress=True)
                    for name, att in zip(entry_names, attachments, strict=True):
                        check_cancel(progress)
                        with open_attachment(att) as source:
                            b.add_attachment(name, att, source)
                    progress.report(0.92, "Firma del manifesto (CAdES)")
                    manifest = build_manifest([(n, m, d) for n, m, d, _ in b.entries])
                    write_bytes(zf, N.MANIFEST, manifest, compress=True)
                    write_bytes(zf, N.SIGNATURE, sign_detached_cades(manifest, signer), compress=False)
                fh.flush()
                os.fsync(fh.fileno())
                check_cancel(progress)
                digest, size = out.result()
                os.chmod(tmp_name, file_mode_from_umask())  # like any file the user creates
                entries = tuple(PackageEntry(n, s, d.hex()) for n, _, d, s in b.entries)
                result = PackageResult(dest, digest, size, entries, signer.signing_cert)
                undo = record(result) if record is not None else None
                try:
                    os.replace(tmp_name, dest)
                except BaseException:
                    if undo is not None:
                        undo()
                    raise
        except OSError as exc:
            Path(tmp_name).unlink(missing_ok=True)
            raise write_error(dest, exc) from exc
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
    progress.report(1.0, "Pacchetto firmato pronto")
    return result

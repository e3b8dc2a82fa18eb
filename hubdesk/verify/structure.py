"""ASiC-E signatures and coverage, on top of the raw layout check (container.py).

Every ``META-INF/signature*.p7s`` is a signature over the ``META-INF/ASiCManifest*.xml`` whose
``SigReference`` names it (ETSI EN 319 162-1, CAdES flavour). Each one is checked on its own; an
entry is covered when some manifest references it. Anything in ``META-INF/`` that is neither a
manifest, nor a signature, nor covered by a manifest is UNSIGNED, like any other uncovered entry.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hubdesk.package import names as N
from hubdesk.package.errors import PackageFormatError
from hubdesk.package.manifest import MAX_MANIFEST_BYTES, parse_manifest
from hubdesk.package.read import FileCheck
from hubdesk.package.zipio import CHUNK, read_entry
from hubdesk.verify.verdict import FORMAT_FAILURE, HASH_FAILURE, SIGNED_DATA_NOT_FOUND, Finding

MAX_SIGNATURE_BYTES = 1024 * 1024
MAX_PDF_BYTES = 128 * 1024 * 1024
MAX_SIGNATURES = 20
_REQUIRED = (N.DOSSIER, N.PROPOSAL_PDF, N.VALIDATION_REPORT)
_MANIFEST = re.compile(r"^META-INF/ASiCManifest[^/]*\.xml$")
_SIGNATURE = re.compile(r"^META-INF/[^/]*signature[^/]*\.p7s$", re.IGNORECASE)

Digest = tuple[str, bytes]


@dataclass
class SignatureParts:
    """One signature file and the manifest it signs (None when no manifest names it)."""

    file: str
    data: bytes
    manifest_name: str | None = None
    manifest: bytes | None = None
    refs: dict[str, Digest] = field(default_factory=dict)


@dataclass
class Parts:
    signatures: list[SignatureParts] = field(default_factory=list)
    signed: dict[str, Digest] = field(default_factory=dict)  # first reference of each covered entry
    pdf: bytes | None = None
    findings: list[Finding] = field(default_factory=list)
    meta_files: list[FileCheck] = field(default_factory=list)  # META-INF entries other than signatures
    extra_refs: list[tuple[str, Digest]] = field(default_factory=list)  # a second manifest's reference

    @property
    def primary(self) -> SignatureParts | None:
        """The signature whose manifest covers the dossier (normally signature001.p7s)."""
        covering = [s for s in self.signatures if N.DOSSIER in s.refs]
        return covering[0] if covering else (self.signatures[0] if self.signatures else None)


def _hash(zf: zipfile.ZipFile, info: zipfile.ZipInfo, algorithm: str) -> bytes:
    digest = hashlib.new(algorithm)
    count = 0
    with zf.open(info) as src:
        while chunk := src.read(CHUNK):
            count += len(chunk)
            if count > info.file_size:
                raise PackageFormatError(f"{info.filename} è più grande del dichiarato", "entry overflows")
            digest.update(chunk)
    return digest.digest()


def read_parts(path: str | Path) -> Parts:
    """Read manifests, signatures and the PDF, and pair each signature with its manifest."""
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
        manifests = sorted(n for n in entries if _MANIFEST.match(n))
        signatures = sorted(n for n in entries if _SIGNATURE.match(n))
        if len(signatures) > MAX_SIGNATURES or len(manifests) > MAX_SIGNATURES:
            raise PackageFormatError("Troppe firme nel pacchetto", "Too many signatures in the package")
        by_file = {n: SignatureParts(n, read_entry(zf, entries[n], MAX_SIGNATURE_BYTES)) for n in signatures}
        for name in manifests:
            data = read_entry(zf, entries[name], MAX_MANIFEST_BYTES)
            sig_uri, refs = parse_manifest(data)
            target = by_file.get(sig_uri or "")
            if target is None or target.manifest is not None:
                parts.findings.append(
                    Finding.fail(
                        FORMAT_FAILURE,
                        f"Il manifesto {name} rimanda a una firma assente o già usata ({sig_uri!r})",
                        f"Manifest {name} points at a missing or already used signature ({sig_uri!r})",
                    )
                )
                continue
            target.manifest_name, target.manifest, target.refs = name, data, refs
            for entry, digest in refs.items():
                if entry not in parts.signed:
                    parts.signed[entry] = digest
                elif parts.signed[entry] != digest:
                    parts.extra_refs.append((entry, digest))
        parts.signatures = [by_file[n] for n in signatures]
        for entry, digest in parts.extra_refs:
            if entry in entries and _hash(zf, entries[entry], digest[0]) != digest[1]:
                parts.meta_files.append(FileCheck(entry, "MODIFIED"))
        for name in sorted(n for n in entries if n.startswith("META-INF/")):
            if name in by_file or name in manifests:
                continue
            signed = parts.signed.get(name)
            if signed is None:
                parts.meta_files.append(FileCheck(name, "UNSIGNED"))
            else:
                ok = _hash(zf, entries[name], signed[0]) == signed[1]
                parts.meta_files.append(FileCheck(name, "OK" if ok else "MODIFIED"))
        if N.PROPOSAL_PDF in entries:
            parts.pdf = read_entry(zf, entries[N.PROPOSAL_PDF], MAX_PDF_BYTES)
    parts.findings += _signature_files(parts)
    for name in _REQUIRED:
        if name not in entries and name not in parts.signed:
            parts.findings.append(
                Finding.fail(
                    FORMAT_FAILURE, f"Manca la voce obbligatoria {name}", f"Required entry {name} is missing"
                )
            )
    return parts


def _signature_files(parts: Parts) -> list[Finding]:
    """No signature at all is a format failure; a signature without its manifest has no signed data."""
    if not parts.signatures:
        return [
            Finding.fail(
                FORMAT_FAILURE,
                "Il pacchetto non è firmato: nessun file di firma in META-INF",
                "The package is not signed: no signature file in META-INF",
            )
        ]
    return [
        Finding.indeterminate(
            SIGNED_DATA_NOT_FOUND,
            f"La firma {s.file} non ha un manifesto ASiC che la indichi: mancano i dati firmati",
            f"Signature {s.file} has no ASiC manifest naming it: the signed data is missing",
        )
        for s in parts.signatures
        if s.manifest is None
    ]


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

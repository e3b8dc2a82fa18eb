"""The package's content for the verifier, read in one pass and never written to disk.

Each entry outside ``META-INF/`` is streamed once: its SHA-256 is compared with the manifests'
references (OK / MODIFIED / UNSIGNED, and MISSING for references without an entry), and for an
attachment the same pass yields the facts the call rules need (size, digest, sniffed type). The
import path (``package.read_package``) extracts files; verification has no reason to.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hubdesk.document import DocumentError, load_bytes
from hubdesk.package import names as N
from hubdesk.package.errors import PackageFormatError
from hubdesk.package.read import MAX_DOSSIER_BYTES, FileCheck
from hubdesk.package.zipio import CHUNK, read_entry
from hubdesk.validation import AttachmentFacts, sniff_media_type


@dataclass
class Contents:
    document: dict[str, Any]
    files: list[FileCheck]
    facts: dict[str, AttachmentFacts]  # by attachment id
    problems: list[tuple[str, str]] = field(default_factory=list)  # (Italian, English)


def _digest(zf: zipfile.ZipFile, info: zipfile.ZipInfo, algorithm: str) -> tuple[bytes, int]:
    digest = hashlib.new(algorithm)
    size = 0
    try:
        with zf.open(info) as src:
            while chunk := src.read(CHUNK):
                size += len(chunk)
                if size > info.file_size:
                    raise PackageFormatError(
                        f"Pacchetto rifiutato: {info.filename} è più grande del dichiarato",
                        f"Package refused: {info.filename} overflows",
                    )
                digest.update(chunk)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise PackageFormatError(
            f"Pacchetto rifiutato: voce illeggibile {info.filename!r}",
            f"Package refused: unreadable entry {info.filename!r}",
        ) from exc
    return digest.digest(), size


def read_contents(path: str | Path, signed: dict[str, tuple[str, bytes]]) -> Contents:
    """Document, per-entry status against ``signed`` references, attachment facts."""
    with zipfile.ZipFile(path) as zf:
        entries = {i.filename: i for i in zf.infolist() if not i.is_dir()}
        first = zf.infolist()[0]
        if first.filename != N.MIMETYPE or read_entry(zf, first, 256) != N.MIMETYPE_VALUE:
            raise PackageFormatError(
                "Pacchetto rifiutato: manca il 'mimetype' ASiC-E come prima voce",
                "Package refused: missing ASiC-E 'mimetype' first entry",
            )
        if N.DOSSIER not in entries:
            raise PackageFormatError(
                "Pacchetto rifiutato: manca dossier.json", "Package refused: no dossier.json"
            )
        try:
            document = load_bytes(read_entry(zf, entries[N.DOSSIER], MAX_DOSSIER_BYTES))
        except DocumentError as exc:
            raise PackageFormatError(
                f"dossier.json non valido: {exc.message_it}", f"invalid dossier.json: {exc.message_en}"
            ) from exc
        attachments = [a for a in document.get("attachments") or [] if isinstance(a, dict)]
        expected = dict(zip(N.attachment_entry_names(attachments), attachments, strict=True))
        files: list[FileCheck] = []
        facts: dict[str, AttachmentFacts] = {}
        problems: list[tuple[str, str]] = []
        for name, info in entries.items():
            if name == N.MIMETYPE or name.startswith("META-INF/"):
                continue
            algorithm, value = signed.get(name, ("sha256", b""))
            digest, size = _digest(zf, info, algorithm)
            files.append(
                FileCheck(name, "UNSIGNED" if name not in signed else "OK" if digest == value else "MODIFIED")
            )
            att = expected.get(name)
            if att is None:
                continue
            sha = digest.hex() if algorithm == "sha256" else _digest(zf, info, "sha256")[0].hex()
            with zf.open(info) as stream:
                sniffed = sniff_media_type(stream)  # type: ignore[arg-type]
            facts[str(att.get("id"))] = AttachmentFacts(size=size, sha256=sha, sniffed_media_type=sniffed)
            if sha != str(att.get("sha256", "")).lower():
                problems.append(
                    (
                        f"L'allegato {att.get('id')} non corrisponde all'impronta registrata nel dossier",
                        f"Attachment {att.get('id')} does not match the digest recorded in the dossier",
                    )
                )
        for name, att in expected.items():
            if name not in entries:
                problems.append(
                    (
                        f"Allegato {att.get('id')} assente dal pacchetto ({name})",
                        f"Attachment {att.get('id')} missing from the package ({name})",
                    )
                )
        files += [FileCheck(name, "MISSING") for name in signed if name not in entries and name != N.MIMETYPE]
    return Contents(document, files, facts, problems)

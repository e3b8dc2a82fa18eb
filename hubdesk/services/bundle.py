"""A dossier with its attachments in one file a consultant can mail: ``NAME.hubdesk.zip``.

The ZIP holds ``dossier.json`` (the canonical document, FORMATS.md §1) and each attachment's bytes
as ``allegati/<id>-<file_name>`` (the same names as in a package). Importing it checks every file
against the document's size and SHA-256 before anything is written, like any import; so an
exported dossier imported into another workspace has no ATT-001 error.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from hubdesk.document import DocumentError, dump_bytes
from hubdesk.document.canonical import load_bytes
from hubdesk.fileio import FileReadError, atomic_output, check_input, write_error
from hubdesk.hashing import sha256_stream
from hubdesk.package.errors import PackageFormatError
from hubdesk.package.names import DOSSIER, attachment_entry_names, unsafe_entry_reason
from hubdesk.package.zipio import entry_info, read_entry
from hubdesk.services import attachments
from hubdesk.services.errors import InputError
from hubdesk.services.store import Store

Opener = Callable[[], BinaryIO]

SUFFIX = ".hubdesk.zip"
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024


def suggested_name(document: dict[str, Any], dossier_id: str) -> str:
    """``HUBARI-Bari.hubdesk.zip``: the acronym and the municipality, as a consultant would name it."""
    parts = [
        document.get("proposal", {}).get("acronym") or "",
        document.get("applicant", {}).get("name") or "",
    ]
    stem = "-".join(re.sub(r"[^\w]+", "_", p).strip("_") for p in parts if p.strip()) or dossier_id
    return stem.replace("Comune_di_", "") + SUFFIX


def is_bundle(path: Path) -> bool:
    return path.name.lower().endswith(".zip")


def export_bundle(store: Store, dossier_id: str, out: Path) -> None:
    """Write the document and every attachment file into ``out`` (all or nothing)."""
    with store.reading() as s:
        doc = store.document(s, store.dossier(s, dossier_id))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(out, exc) from exc
    # all or nothing: a full disk leaves no half zip
    with atomic_output(out) as fh, zipfile.ZipFile(fh, "w", allowZip64=True) as zf:
        info = entry_info(DOSSIER, compress=True)
        zf.writestr(info, dump_bytes(doc), compress_type=info.compress_type, compresslevel=6)
        names = attachment_entry_names(doc["attachments"])
        for record, name in zip(doc["attachments"], names, strict=True):
            with attachments.open_attachment(store, dossier_id, record["id"]) as src:
                entry = entry_info(name, compress=False)
                with zf.open(entry, "w", force_zip64=int(record.get("size") or 0) >= 2**31) as dst:
                    copy_checked(src, dst, record)


def copy_checked(src: BinaryIO, dst: Any, record: dict[str, Any]) -> None:
    """Copy stored bytes to the open ``dst``, refusing bytes that do not have the record's SHA-256."""
    digest, _size = sha256_stream(src, on_chunk=dst.write)
    if digest != str(record.get("sha256")):
        raise InputError(
            f"I byte salvati dell'allegato {record.get('file_name')} non corrispondono alla loro impronta "
            "SHA-256: ricaricare il file nell'allegato prima di esportare",
            f"The stored bytes of attachment {record.get('file_name')} do not match their SHA-256:"
            " load the file into the attachment again before exporting",
            f"/attachments/{record.get('id')}",
        )


def _refused(it: str, en: str) -> InputError:
    return InputError(f"File rifiutato: {it}", f"File refused: {en}")


def _check_entry(zf: zipfile.ZipFile, name: str, record: dict[str, Any], where: str) -> None:
    """The entry exists and has exactly the record's size and SHA-256 (read once, bounded)."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise InputError(
            f"Nel file manca l'allegato {name} (richiesto da {where})",
            f"The file lacks attachment {name} (needed by {where})",
            where,
        ) from None
    declared = record.get("size")
    size: int = declared if isinstance(declared, int) else -1
    try:
        with zf.open(info) as src:
            digest, seen = sha256_stream(src, limit=max(size, 0))  # stops one chunk past the size
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise _refused(f"voce illeggibile {name}", f"unreadable entry {name}") from exc
    if seen != size or digest != record.get("sha256"):
        raise InputError(
            f"L'allegato {name} non corrisponde al suo SHA-256 o alla dimensione dichiarati in {where}",
            f"Attachment {name} does not match the SHA-256 or size declared in {where}",
            f"{where}/sha256",
        )


@contextmanager
def read_bundle(path: Path) -> Iterator[tuple[Any, dict[str, tuple[Opener, str]]]]:
    """Open a ``.hubdesk.zip``: its document and, checked, an opener for each attachment's bytes.

    Every attachment entry is read once and compared with its record's size and SHA-256 before the
    caller sees anything; the openers stay valid inside the ``with`` block.
    """
    try:
        check_input(path, regular=True)  # a device or a pipe: refused, never read on
    except FileReadError as exc:
        raise InputError(exc.message_it, exc.message_en) from exc
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refused(
            f"{path.name} non è un archivio ZIP leggibile", f"{path.name} is not a readable ZIP archive"
        ) from exc
    with zf:
        for name in zf.namelist():
            reason = unsafe_entry_reason(name)
            if reason:
                raise _refused(f"voce {name!r}: {reason}", f"unsafe entry {name!r}")
        try:
            info = zf.getinfo(DOSSIER)
        except KeyError:
            raise _refused(
                f"{path.name} non contiene {DOSSIER}: non è un dossier esportato da HubDesk",
                f"{path.name} has no {DOSSIER}: it is not a dossier exported by HubDesk",
            ) from None
        try:
            doc = load_bytes(read_entry(zf, info, MAX_DOCUMENT_BYTES))
        except PackageFormatError as exc:
            raise InputError(exc.message_it, exc.message_en) from exc
        except DocumentError as exc:
            raise InputError(exc.message_it, exc.message_en, exc.pointer) from exc
        found = doc.get("attachments")
        records: list[Any] = found if isinstance(found, list) else []
        sources: dict[str, tuple[Opener, str]] = {}
        if all(isinstance(r, dict) for r in records):
            for i, (record, name) in enumerate(zip(records, attachment_entry_names(records), strict=True)):
                _check_entry(zf, name, record, f"/attachments/{i}")
                sources[str(record["sha256"])] = (
                    lambda n=name: _open(zf, n),  # type: ignore[misc]
                    str(record.get("file_name") or name),
                )
        yield doc, sources


def _open(zf: zipfile.ZipFile, name: str) -> BinaryIO:
    return zf.open(name)  # type: ignore[return-value]


__all__ = ["SUFFIX", "copy_checked", "export_bundle", "is_bundle", "read_bundle"]

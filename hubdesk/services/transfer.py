"""Import and export of dossier documents with their attachment files.

An import is checked whole before anything is written: the envelope, the schema, and every
attachment file (present, same size, same SHA-256). A rejected import leaves the workspace as it was.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from hubdesk.document import DocumentError, dump_bytes, load_path
from hubdesk.document.canonical import check_envelope
from hubdesk.document.numbers import NumberError, check_numbers
from hubdesk.fileio import file_mode_from_umask, write_error
from hubdesk.hashing import sha256_file
from hubdesk.services import attachments
from hubdesk.services.bundle import copy_checked, is_bundle, read_bundle
from hubdesk.services.errors import InputError
from hubdesk.services.store import Store, utc_now
from hubdesk.storage import blobs
from hubdesk.storage import repository as repo
from hubdesk.validation import schema_issues
from hubdesk.validation.sniff import sniff_media_type

Opener = Callable[[], BinaryIO]
MAX_LISTED_PROBLEMS = 5


def _schema_gate(doc: dict[str, Any]) -> None:
    problems = schema_issues(doc)
    if problems:
        lines_it = [f"{p.path or '/'}: {p.message_it}" for p in problems[:MAX_LISTED_PROBLEMS]]
        lines_en = [f"{p.path or '/'}: {p.message_en}" for p in problems[:MAX_LISTED_PROBLEMS]]
        more = len(problems) - MAX_LISTED_PROBLEMS
        tail_it = f"\n… e altri {more} problemi" if more > 0 else ""
        tail_en = f"\n… and {more} more problems" if more > 0 else ""
        raise InputError(
            "Il documento non rispetta lo schema del dossier:\n" + "\n".join(lines_it) + tail_it,
            "The document does not follow the dossier schema:\n" + "\n".join(lines_en) + tail_en,
            problems[0].path,
        )


def _dir_sources(doc: dict[str, Any], directory: Path) -> dict[str, tuple[Opener, str]]:
    """Check each attachment file in ``directory`` against its record; return openers by sha256."""
    if not directory.is_dir():
        raise InputError(
            f"Cartella degli allegati non trovata: {directory}", f"Attachments folder not found: {directory}"
        )
    sources: dict[str, tuple[Opener, str]] = {}
    for i, record in enumerate(doc["attachments"]):
        name = record["file_name"]
        path = directory / name
        where = f"/attachments/{i}"
        if Path(name).name != name or not path.is_file():
            raise InputError(
                f"Allegato mancante: {path} (richiesto da {where})",
                f"Missing attachment file: {path} (needed by {where})",
                where,
            )
        limit = record["size"] if isinstance(record.get("size"), int) else 0
        try:
            sha, size = sha256_file(path, limit)  # stops one chunk past the declared size
        except OSError as exc:
            raise InputError(
                f"Impossibile leggere {path}: {exc.strerror}", f"Cannot read {path}: {exc.strerror}", where
            ) from exc
        if size != record["size"] or sha != record["sha256"]:
            raise InputError(
                f"Il file {path} non corrisponde al suo SHA-256 o alla dimensione dichiarati in {where}",
                f"The file {path} does not match the SHA-256 or size declared in {where}",
                f"{where}/sha256",
            )
        sources[sha] = (lambda p=path: p.open("rb"), name)  # type: ignore[misc]
    return sources


def _store_all(store: Store, doc: dict[str, Any], sources: Mapping[str, tuple[Opener, str]]) -> str:
    """Store the attachment bytes (one bounded transaction each), then insert the document.

    Each blob is checked against its SHA-256 while it is written; the dossier row, written last,
    is what makes the import visible, so an interrupted import leaves no half dossier (at most
    some content-addressed bytes that the next import of the same files reuses).
    """
    new_doc = {**doc, "id": str(uuid.uuid4())}
    now = utc_now()
    limit = store.profile.attachment_max_bytes
    try:
        for sha, (opener, name) in sources.items():
            with opener() as fh:
                sniffed = sniff_media_type(fh)
            with store.transaction() as s:
                blobs.store_blob(s, sha, opener, sniffed_media_type=sniffed, now=now, limit=limit, name=name)
    except OSError as exc:
        raise InputError(
            f"Impossibile leggere un allegato: {exc.strerror}", f"Cannot read an attachment: {exc.strerror}"
        ) from exc
    with store.transaction() as s:
        repo.insert_dossier(s, new_doc, now)
    return str(new_doc["id"])


def import_document(
    store: Store,
    doc: Any,
    attachments_dir: Path | None = None,
    sources: Mapping[str, tuple[Opener, str]] | None = None,
) -> str:
    """Import a parsed document (bytes from ``attachments_dir`` or ``sources``); return the new id."""
    try:
        check_envelope(doc)
        check_numbers(doc)
    except (DocumentError, NumberError) as exc:
        raise InputError(exc.message_it, exc.message_en, exc.pointer) from exc
    if doc.get("call") != store.profile.id:
        raise InputError(
            f"Bando non supportato: {doc.get('call')!r}", f"Unsupported call: {doc.get('call')!r}", "/call"
        )
    _schema_gate(doc)
    if sources is None:
        sources = _dir_sources(doc, attachments_dir) if attachments_dir is not None else {}
    return _store_all(store, doc, sources)


def import_package(store: Store, path: Path) -> str:
    """Read an ``.asice`` package safely, then import its document with the attachment files it carries.

    The attachment bytes are checked against the document's SHA-256 values like any import.
    """
    from hubdesk.package import PackageError, read_package  # on demand: it pulls in the signing stack

    try:
        contents = read_package(path)
    except PackageError as exc:
        raise InputError(exc.message_it, exc.message_en) from exc
    with contents:
        return import_document(store, contents.document, contents.attachments_dir)


def import_file(store: Store, path: Path, attachments_dir: Path | None = None) -> str:
    """Import a ``.json`` document or an ``.asice`` package as a new dossier."""
    if path.suffix.lower() in {".asice", ".sce"}:
        return import_package(store, path)
    if is_bundle(path):
        with read_bundle(path) as (doc, sources):
            return import_document(store, doc, sources=sources)
    try:
        doc = load_path(path)
    except DocumentError as exc:
        raise InputError(exc.message_it, exc.message_en, exc.pointer) from exc
    return import_document(store, doc, attachments_dir)


def _copy_checked(src: BinaryIO, fd: int, record: dict[str, Any]) -> None:
    """Copy stored bytes to ``fd``, refusing bytes that do not have the record's SHA-256."""
    with os.fdopen(fd, "wb") as dst:
        copy_checked(src, dst, record)
        dst.flush()
        os.fsync(dst.fileno())


def export_to(store: Store, dossier_id: str, out_json: Path, attachments_dir: Path | None) -> None:
    """Write the canonical document and each attachment's bytes into ``attachments_dir``: all or nothing.

    Every file is first written in full next to its target under a temporary name; only when all
    of them are complete are they renamed into place (renaming needs no space), so a full disk
    or a bad stored blob leaves neither the JSON nor any attachment file behind.
    """
    with store.reading() as s:
        doc = store.document(s, store.dossier(s, dossier_id))
    staged: list[tuple[str, Path]] = []
    created: list[Path] = []  # folders made here, removed again when nothing could be written
    target = out_json
    try:
        if attachments_dir is not None:
            target = attachments_dir
            created += _make_folders(attachments_dir)
            for record in doc["attachments"]:
                target = attachments_dir / Path(record["file_name"]).name
                with attachments.open_attachment(store, dossier_id, record["id"]) as src:
                    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=attachments_dir)
                    staged.append((tmp, target))
                    os.fchmod(fd, file_mode_from_umask())
                    _copy_checked(src, fd, record)
        target = out_json
        created += _make_folders(out_json.parent)
        fd, tmp = tempfile.mkstemp(prefix=f".{out_json.name}.", dir=out_json.parent)
        staged.append((tmp, out_json))
        os.fchmod(fd, file_mode_from_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(dump_bytes(doc))
            fh.flush()
            os.fsync(fh.fileno())
        for tmp, final in staged:
            os.replace(tmp, final)
        created = []
    except OSError as exc:
        raise write_error(target, exc) from exc
    finally:
        for tmp, _final in staged:
            Path(tmp).unlink(missing_ok=True)
        for folder in reversed(created):
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if still empty


def _make_folders(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; the ones created, outermost first."""
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    return list(reversed(missing))


def add_demo(store: Store) -> list[str]:
    """Add the bundled demo dossier (with its generated attachment files)."""
    from hubdesk.demo import demo_attachment_files, demo_document

    doc = demo_document()
    files = demo_attachment_files()
    sources: dict[str, tuple[Opener, str]] = {}
    for record in doc["attachments"]:
        data = files[record["file_name"]]
        sources[record["sha256"]] = (lambda d=data: io.BytesIO(d), record["file_name"])  # type: ignore[misc]
    return [import_document(store, doc, sources=sources)]

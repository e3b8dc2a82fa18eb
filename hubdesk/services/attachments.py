"""Attachment bytes: bring a file into the workspace, stream it out, tell what is stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from hubdesk.fileio import FileReadError, FileTooLarge, check_input, too_large
from hubdesk.hashing import sha256_file
from hubdesk.services.errors import InputError, NotFoundError
from hubdesk.services.store import Store, utc_now
from hubdesk.services.types import StoredFile
from hubdesk.storage import blobs
from hubdesk.validation.facts import AttachmentFacts
from hubdesk.validation.sniff import sniff_media_type

_WHAT = ("per allegato", "per attachment")


def _too_large(path: Path, limit: int) -> InputError:
    exc = too_large(path, limit, _WHAT)
    return InputError(exc.message_it, exc.message_en)


def check_source(path: Path, limit: int) -> int | None:
    """Size of an existing file within ``limit`` (``None`` for a device or a pipe); InputError otherwise."""
    try:
        return check_input(path, limit, what=_WHAT)
    except (FileReadError, FileTooLarge) as exc:
        raise InputError(exc.message_it, exc.message_en) from exc


def store_file(store: Store, path: Path) -> StoredFile:
    """Copy a file's bytes into the workspace (deduplicated by SHA-256).

    The file is hashed first (to find an identical stored copy), then copied while hashing again:
    the bytes stored are the bytes hashed, or nothing is stored.
    """
    limit = store.profile.attachment_max_bytes
    regular = check_source(path, limit) is not None
    try:
        sha, size = sha256_file(path, limit)  # counted while reading: /dev/zero stops past the limit
        if size > limit:
            raise _too_large(path, limit)
        if not regular:  # its bytes are read twice (hashed, then stored as hashed): only a file has them
            raise InputError(
                f"{path} non è un file (è un dispositivo o una pipe): scegliere un file",
                f"{path} is not a regular file (it is a device or a pipe): choose a file",
            )
        with path.open("rb") as fh:
            sniffed = sniff_media_type(fh)
        with store.transaction() as s:
            size = blobs.store_blob(
                s,
                sha,
                lambda: path.open("rb"),
                sniffed_media_type=sniffed,
                now=utc_now(),
                limit=limit,
                name=path.name,
            )
    except OSError as exc:
        raise InputError(
            f"Impossibile leggere {path}: {exc.strerror}", f"Cannot read {path}: {exc.strerror}"
        ) from exc
    return StoredFile(sha256=sha, size=size, sniffed_media_type=sniffed, file_name=path.name)


def facts_for(session: Session, doc: dict[str, Any], *, rehash: bool = False) -> dict[str, AttachmentFacts]:
    """Facts about the stored bytes of each attachment record that has them.

    With ``rehash`` every stored file is read again and its SHA-256 and size are those of the bytes
    actually there (a full check, for ``validate --dossier``); otherwise those recorded when it was
    stored (hashed as it was stored), which is what the editor and the library need.
    """
    records = [a for a in doc.get("attachments", []) if isinstance(a, dict)]
    stored = blobs.blob_facts(session, {str(a.get("sha256")) for a in records})
    digests: dict[str, tuple[str, int]] = {}
    out: dict[str, AttachmentFacts] = {}
    for a in records:
        sha = str(a.get("sha256"))
        fact = stored.get(sha)
        if fact is None:
            continue
        size = fact[0]
        if rehash:
            if sha not in digests:
                digests[sha] = blobs.stored_digest(session, sha) or ("", 0)
            sha, size = digests[sha]
        out[str(a.get("id"))] = AttachmentFacts(size=size, sha256=sha, sniffed_media_type=fact[1])
    return out


def attachment_facts(store: Store, dossier_id: str) -> dict[str, AttachmentFacts]:
    with store.reading() as s:
        return facts_for(s, store.document(s, store.dossier(s, dossier_id)))


def find_record(doc: dict[str, Any], att_id: str) -> dict[str, Any]:
    for a in doc["attachments"]:
        if a["id"] == att_id:
            record: dict[str, Any] = a
            return record
    raise NotFoundError(f"Allegato non trovato: {att_id}", f"Attachment not found: {att_id}")


def open_attachment(store: Store, dossier_id: str, att_id: str) -> BinaryIO:
    """A stream over the stored bytes of one attachment (never loaded whole)."""
    with store.reading() as s:
        record = find_record(store.document(s, store.dossier(s, dossier_id)), att_id)
    try:
        return blobs.open_blob(store.read_engine, record["sha256"])
    except FileNotFoundError as exc:
        raise NotFoundError(
            f"I byte dell'allegato {record['file_name']} non sono nell'area di lavoro",
            f"The bytes of attachment {record['file_name']} are not in the workspace",
        ) from exc

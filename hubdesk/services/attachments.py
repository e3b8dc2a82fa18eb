"""Attachment bytes: bring a file into the workspace, stream it out, tell what is stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from hubdesk.hashing import sha256_file
from hubdesk.services.errors import InputError, NotFoundError
from hubdesk.services.store import Store, utc_now
from hubdesk.services.types import StoredFile
from hubdesk.storage import blobs
from hubdesk.validation.facts import AttachmentFacts
from hubdesk.validation.sniff import sniff_media_type


def _too_large(path: Path, limit: int) -> InputError:
    mb = limit // (1024 * 1024)
    return InputError(
        f"Il file {path.name} supera il limite di {mb} MB per allegato",
        f"The file {path.name} exceeds the {mb} MB limit per attachment",
    )


def check_source(path: Path, limit: int) -> int:
    """Size of a readable regular file within ``limit``; InputError otherwise."""
    if not path.is_file():
        raise InputError(f"File non trovato: {path}", f"File not found: {path}")
    size = path.stat().st_size
    if size > limit:
        raise _too_large(path, limit)
    return size


def store_file(store: Store, path: Path) -> StoredFile:
    """Copy a file's bytes into the workspace (deduplicated by SHA-256).

    The file is hashed first (to find an identical stored copy), then copied while hashing again:
    the bytes stored are the bytes hashed, or nothing is stored.
    """
    limit = store.profile.attachment_max_bytes
    check_source(path, limit)
    try:
        sha, size = sha256_file(path, limit)
        if size > limit:
            raise _too_large(path, limit)
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


def facts_for(session: Session, doc: dict[str, Any]) -> dict[str, AttachmentFacts]:
    """Facts about the stored bytes of each attachment record that has them."""
    records = [a for a in doc.get("attachments", []) if isinstance(a, dict)]
    stored = blobs.blob_facts(session, {str(a.get("sha256")) for a in records})
    out: dict[str, AttachmentFacts] = {}
    for a in records:
        fact = stored.get(str(a.get("sha256")))
        if fact is not None:
            out[str(a.get("id"))] = AttachmentFacts(
                size=fact[0], sha256=str(a["sha256"]), sniffed_media_type=fact[1]
            )
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

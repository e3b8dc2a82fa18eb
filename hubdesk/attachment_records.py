"""The dossier record of a stored file: what the attachments page, drag and drop and the offered
fixes ("Allega l'accordo…") write into ``/attachments``, built once here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hubdesk.attachment_fixes import guess_kind
from hubdesk.callprofile import CallProfile

OCTET_STREAM = "application/octet-stream"


def media_type_for(sniffed: str | None, file_name: str, profile: CallProfile) -> str:
    """The sniffed type when the bytes were recognised, else the one the extension implies."""
    if sniffed and sniffed != OCTET_STREAM:
        return sniffed
    suffix = Path(file_name).suffix.lower()
    for media_type, extensions in profile.accepted_media_types.items():
        if suffix in extensions:
            return media_type
    return sniffed or OCTET_STREAM


def file_values(
    file_name: str, size: int, sha256: str, sniffed: str | None, profile: CallProfile
) -> dict[str, Any]:
    """The fields that describe the bytes (and change when a file is replaced)."""
    return {
        "size": size,
        "sha256": sha256,
        "file_name": file_name,
        "media_type": media_type_for(sniffed, file_name, profile),
    }


def new_record(
    new_id: str,
    file_name: str,
    size: int,
    sha256: str,
    sniffed: str | None,
    profile: CallProfile,
    *,
    kind: str | None = None,
    refers_to: str | None = None,
    title: str | None = None,
) -> dict[str, Any]:
    """A new attachment record; without ``kind`` it is guessed from the file name (``guess_kind``)."""
    return {
        "id": new_id,
        "kind": kind or guess_kind(file_name, profile),
        "title": title or Path(file_name).stem,
        **file_values(file_name, size, sha256, sniffed, profile),
        "refers_to": refers_to,
    }

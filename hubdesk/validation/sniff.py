"""Recognise an attachment's real type from its first bytes (ATT-002 compares it to the declared one).

Only the formats the call accepts are recognised. ZIP-based formats are told apart by their entry
names alone: nothing is decompressed except the tiny ODF ``mimetype`` entry, so a zip bomb costs nothing.
"""

from __future__ import annotations

import zipfile
from typing import BinaryIO

PDF = "application/pdf"
P7M = "application/pkcs7-mime"
PNG = "image/png"
JPEG = "image/jpeg"
ODT = "application/vnd.oasis.opendocument.text"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# DER of OID 1.2.840.113549.1.7.2 (pkcs7-signedData), tag and length included.
_SIGNED_DATA_OID = bytes.fromhex("06092a864886f70d010702")
_HEAD = 64
_MAX_ZIP_ENTRIES = 10_000
_ODF_TYPES = {ODT.encode(), ODS.encode()}


def _sniff_zip(stream: BinaryIO) -> str | None:
    try:
        stream.seek(0)
        with zipfile.ZipFile(stream) as zf:
            infos = zf.infolist()
            if not infos or len(infos) > _MAX_ZIP_ENTRIES:
                return None
            first = infos[0]
            if first.filename == "mimetype" and first.file_size <= 100 and first.compress_size <= 200:
                content = zf.read(first).strip()
                return content.decode() if content in _ODF_TYPES else None
            names = {i.filename for i in infos}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return None
    if "[Content_Types].xml" not in names:
        return None
    if any(n.startswith("word/") for n in names):
        return DOCX
    if any(n.startswith("xl/") for n in names):
        return XLSX
    return None


def sniff_media_type(stream: BinaryIO) -> str | None:
    """The accepted media type the bytes really are, or None when unrecognised."""
    head = stream.read(_HEAD)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"0") and _SIGNED_DATA_OID in head:
        return P7M
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(stream)
    return None

"""Media-type sniffing of attachment bytes."""

from __future__ import annotations

import io
import zipfile

import pytest

from hubdesk.validation import sniff as s
from hubdesk.validation import sniff_media_type


def _zip(entries: list[tuple[str, bytes]], stored_first: bool = True) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for i, (name, data) in enumerate(entries):
            zf.writestr(
                zipfile.ZipInfo(name),
                data,
                compress_type=zipfile.ZIP_STORED if i == 0 and stored_first else zipfile.ZIP_DEFLATED,
            )
    return buf.getvalue()


P7M = bytes.fromhex("3082052a06092a864886f70d010702a082051b") + b"\x00" * 40


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", s.PDF),
        (P7M, s.P7M),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, s.PNG),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", s.JPEG),
        (_zip([("mimetype", s.ODT.encode()), ("content.xml", b"<x/>")]), s.ODT),
        (_zip([("mimetype", s.ODS.encode()), ("content.xml", b"<x/>")]), s.ODS),
        (_zip([("[Content_Types].xml", b"<x/>"), ("word/document.xml", b"<x/>")]), s.DOCX),
        (_zip([("[Content_Types].xml", b"<x/>"), ("xl/workbook.xml", b"<x/>")]), s.XLSX),
        (_zip([("readme.txt", b"hello")]), None),
        (_zip([("mimetype", b"application/epub+zip")]), None),
        (b"PK\x03\x04broken", None),
        (bytes.fromhex("3082052a06092a864886f70d010701"), None),  # CMS data, not signedData
        (b"", None),
        (b"plain text", None),
    ],
)
def test_sniff(data: bytes, expected: str | None) -> None:
    assert sniff_media_type(io.BytesIO(data)) == expected


def test_zip_bomb_is_not_decompressed() -> None:
    big = b"\x00" * 50_000_000
    data = _zip([("[Content_Types].xml", b"<x/>"), ("word/document.xml", big)], stored_first=False)
    assert len(data) < 1_000_000
    assert sniff_media_type(io.BytesIO(data)) == s.DOCX


def test_sniffed_types_are_all_accepted_by_the_profile() -> None:
    from hubdesk.callprofile import load_call_profile

    accepted = load_call_profile().accepted_media_types
    assert {s.PDF, s.P7M, s.PNG, s.JPEG, s.ODT, s.ODS, s.DOCX, s.XLSX} == set(accepted)

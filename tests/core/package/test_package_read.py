"""Reading a package back for import: round trip, digest checks, and refusal of hostile archives."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from hubdesk.package import PackageFormatError, read_package
from hubdesk.package.zipio import entry_info
from tests.core.package.conftest import Built

MIMETYPE = b"application/vnd.etsi.asic-e+zip"


def _copy_with(
    src: Path,
    dest: Path,
    replace: dict[str, bytes] | None = None,
    drop: tuple[str, ...] = (),
    add: dict[str, bytes] | None = None,
) -> Path:
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w") as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            zout.writestr(
                entry_info(info.filename, compress=False), replace.get(info.filename, zin.read(info))
            )
        for name, data in (add or {}).items():
            zout.writestr(entry_info(name, compress=False), data)
    return dest


def _zip(path: Path, entries: list[tuple[str, bytes]], *, compress: bool = False) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries:
            zf.writestr(entry_info(name, compress=compress), data)
    return path


def test_round_trip(built: Built, demo: tuple, tmp_path: Path) -> None:
    doc, files = demo
    with read_package(built.result.path, temp_root=tmp_path) as contents:
        assert contents.document == doc
        assert contents.digests_ok, (contents.files, contents.problems)
        assert contents.has_signature
        assert {f.status for f in contents.files} == {"OK"}
        assert len(contents.files) == 3 + len(doc["attachments"])
        for att in doc["attachments"]:
            path = contents.attachment_paths[att["id"]]
            assert path.name == att["file_name"] and path.parent == contents.attachments_dir
            assert path.read_bytes() == files[att["file_name"]]
        folder = contents.attachments_dir
    assert not folder.exists()


def test_modified_missing_and_unsigned_entries_are_reported(built: Built, tmp_path: Path) -> None:
    att = "allegati/ALL-1-delibera-gc-123-2020.pdf"
    bad = _copy_with(
        built.result.path,
        tmp_path / "bad.asice",
        replace={att: b"%PDF-1.4 altro"},
        drop=("allegati/ALL-2-nomina-rup.pdf",),
        add={"extra.txt": b"x"},
    )
    with read_package(bad, temp_root=tmp_path) as contents:
        status = {f.name: f.status for f in contents.files}
        assert status[att] == "MODIFIED"
        assert status["allegati/ALL-2-nomina-rup.pdf"] == "MISSING"
        assert status["extra.txt"] == "UNSIGNED"
        assert status["dossier.json"] == "OK"
        assert not contents.digests_ok
        assert any("ALL-1" in p for p in contents.problems) and any("ALL-2" in p for p in contents.problems)


@pytest.mark.parametrize(
    "name", ["../evil.txt", "allegati/../../evil.txt", "/etc/evil", "C:/evil", "allegati\\..\\evil", "a//b"]
)
def test_zip_slip_names_are_refused(built: Built, tmp_path: Path, name: str) -> None:
    bad = tmp_path / "slip.asice"
    with zipfile.ZipFile(built.result.path) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            zout.writestr(entry_info(info.filename, compress=False), zin.read(info))
        evil = zipfile.ZipInfo("placeholder")
        evil.filename = name  # bypass ZipInfo's own normalisation, as a hostile tool would
        zout.writestr(evil, b"pwned")
    with pytest.raises(PackageFormatError, match="non sicuro"):
        read_package(bad, temp_root=tmp_path)
    assert not (tmp_path.parent / "evil.txt").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["slip.asice"]


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    bomb = _zip(
        tmp_path / "bomb.asice",
        [("mimetype", MIMETYPE), ("dossier.json", b"{}"), ("allegati/A-x.bin", b"\0" * (64 * 1024 * 1024))],
        compress=True,
    )
    with pytest.raises(PackageFormatError, match="zip bomb"):
        read_package(bomb, temp_root=tmp_path)


def test_lying_size_header_is_refused(built: Built, tmp_path: Path) -> None:
    data = bytearray(built.result.path.read_bytes())
    with zipfile.ZipFile(built.result.path) as zf:
        info = zf.getinfo("dossier.json")
    # Shrink the declared uncompressed size in the central directory: inflating yields more bytes.
    header = data.find(b"dossier.json", data.find(b"PK\x01\x02")) - 46
    assert data[header : header + 4] == b"PK\x01\x02"
    data[header + 24 : header + 28] = (info.file_size // 2).to_bytes(4, "little")
    lying = tmp_path / "lying.asice"
    lying.write_bytes(bytes(data))
    with pytest.raises(PackageFormatError):
        read_package(lying, temp_root=tmp_path)


def test_duplicates_too_many_entries_and_big_dossier_are_refused(tmp_path: Path) -> None:
    dup = tmp_path / "dup.asice"
    with zipfile.ZipFile(dup, "w") as zf:
        zf.writestr(entry_info("mimetype", compress=False), MIMETYPE)
        zf.writestr(entry_info("dossier.json", compress=False), b"{}")
        with pytest.warns(UserWarning):
            zf.writestr(entry_info("dossier.json", compress=False), b"{}")
    with pytest.raises(PackageFormatError, match="duplicata"):
        read_package(dup, temp_root=tmp_path)
    many = _zip(tmp_path / "many.asice", [("mimetype", MIMETYPE)] + [(f"f{i}", b"") for i in range(2001)])
    with pytest.raises(PackageFormatError, match="troppe voci"):
        read_package(many, temp_root=tmp_path)
    big = _zip(
        tmp_path / "big.asice", [("mimetype", MIMETYPE), ("dossier.json", b" " * (50 * 1024 * 1024 + 1))]
    )
    with pytest.raises(PackageFormatError, match=r"dossier\.json supera"):
        read_package(big, temp_root=tmp_path)


def test_not_a_package(tmp_path: Path) -> None:
    junk = tmp_path / "junk.asice"
    junk.write_bytes(b"hello")
    with pytest.raises(PackageFormatError, match="ZIP"):
        read_package(junk)
    no_mime = _zip(tmp_path / "nomime.asice", [("dossier.json", b"{}")])
    with pytest.raises(PackageFormatError, match="mimetype"):
        read_package(no_mime)
    bad_doc = _zip(tmp_path / "baddoc.asice", [("mimetype", MIMETYPE), ("dossier.json", b"[1]")])
    with pytest.raises(PackageFormatError, match=r"dossier\.json non valido"):
        read_package(bad_doc)


def test_hostile_manifest_xml_is_refused(built: Built, tmp_path: Path) -> None:
    billion = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
        b'<asic:ASiCManifest xmlns:asic="http://uri.etsi.org/02918/v1.2.1#">&b;</asic:ASiCManifest>'
    )
    bad = _copy_with(
        built.result.path, tmp_path / "xml.asice", replace={"META-INF/ASiCManifest.xml": billion}
    )
    with pytest.raises(PackageFormatError, match="Manifesto"):
        read_package(bad, temp_root=tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["xml.asice"]

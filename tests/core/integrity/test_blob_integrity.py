"""Attachment bytes: real sizes end to end, hashed as they are stored, never stored under a wrong hash."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from hubdesk.errors import HubDeskError
from hubdesk.services import Workspace
from hubdesk.services import attachments as attachments_service
from hubdesk.storage import blobs
from hubdesk.storage import models as m

MB = 1024 * 1024


def _pdf(path: Path, size: int, seed: int = 1) -> bytes:
    """A file of ``size`` bytes starting like a PDF, with incompressible content."""
    head = b"%PDF-1.7\n"
    body = hashlib.sha256(str(seed).encode()).digest() * 32
    rnd = os.urandom(1024 * 64)
    chunks = [head]
    total = len(head)
    while total < size:
        piece = (rnd + body)[: size - total]
        chunks.append(piece)
        total += len(piece)
    data = b"".join(chunks)
    path.write_bytes(data)
    return data


def _attach(ws: Workspace, dossier_id: str, stored: Any) -> None:
    state = ws.get(dossier_id)
    record = {
        "id": "ALL-99",
        "kind": "other",
        "title": "grande",
        "file_name": stored.file_name,
        "media_type": "application/pdf",
        "size": stored.size,
        "sha256": stored.sha256,
        "refers_to": None,
    }
    ws.update(dossier_id, state.version, [{"op": "add", "path": "/attachments/-", "value": record}])


def test_an_attachment_over_15_mib_is_stored_and_read_back(ws: Workspace, tmp_path: Path) -> None:
    data = _pdf(tmp_path / "grande.pdf", 20 * MB)
    stored = ws.store_file(tmp_path / "grande.pdf")
    assert stored.size == len(data) and stored.sha256 == hashlib.sha256(data).hexdigest()
    with blobs.open_blob(ws.engine, stored.sha256) as fh:
        assert hashlib.sha256(fh.read()).hexdigest() == stored.sha256


@pytest.mark.slow
def test_50_mb_attachment_end_to_end(ws: Workspace, demo_id: str, tmp_path: Path) -> None:
    """Store, validate, export and import a 50 MB attachment (the call's limit)."""
    limit = ws.profile.attachment_max_bytes
    data = _pdf(tmp_path / "relazione.pdf", limit)
    stored = ws.store_file(tmp_path / "relazione.pdf")
    assert stored.size == limit
    _attach(ws, demo_id, stored)
    facts = ws.attachment_facts(demo_id)
    assert facts["ALL-99"].size == limit
    errors = [i.rule for i in ws.validate(demo_id).issues if i.severity == "error"]
    assert "ATT-001" not in errors and "ATT-002" not in errors
    out = tmp_path / "export"
    ws.export_to(demo_id, out / "d.json", out / "att")
    assert (
        hashlib.sha256((out / "att" / "relazione.pdf").read_bytes()).digest() == hashlib.sha256(data).digest()
    )
    again = ws.import_file(out / "d.json", out / "att")
    assert ws.attachment_facts(again)["ALL-99"].size == limit


def test_a_file_changing_while_stored_is_refused_and_nothing_is_kept(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scanner still writing: the bytes copied are not the bytes hashed."""
    src = tmp_path / "scansione.pdf"
    good = _pdf(src, 3 * MB)
    real_sniff = attachments_service.sniff_media_type

    def sniff_then_change(fh: Any) -> Any:
        result = real_sniff(fh)
        with src.open("r+b") as w:  # the other program goes on writing after the hash pass
            w.seek(2 * MB)
            w.write(b"X" * 1000)
        return result

    monkeypatch.setattr(attachments_service, "sniff_media_type", sniff_then_change)
    with pytest.raises(HubDeskError, match="cambiato mentre veniva letto"):
        ws.store_file(src)
    with ws.transaction() as s:
        assert s.query(m.Blob).count() == 0 and s.query(m.BlobChunk).count() == 0
    monkeypatch.undo()
    src.write_bytes(good)  # the complete file, stored again: accepted and sound
    stored = ws.store_file(src)
    with ws.transaction() as s:
        assert blobs.stored_digest(s, stored.sha256) == (hashlib.sha256(good).hexdigest(), len(good))


def _corrupt_blob(ws: Workspace, data: bytes) -> str:
    """Bytes filed under the hash of ``data`` but different (what older versions could store)."""
    sha = hashlib.sha256(data).hexdigest()
    with ws.transaction() as s:
        s.add(m.Blob(sha256=sha, size=len(data), sniffed_media_type="application/pdf", created_at="x"))
        s.flush()
        s.add(m.BlobChunk(sha256=sha, seq=0, data=b"%PDF-" + b"\0" * (len(data) - 5)))
    return sha


def test_a_corrupt_stored_blob_is_replaced_not_trusted_by_name(ws: Workspace, tmp_path: Path) -> None:
    src = tmp_path / "vero.pdf"
    data = _pdf(src, 4000)
    sha = _corrupt_blob(ws, data)
    ws.store_file(src)
    with ws.transaction() as s:
        assert blobs.stored_digest(s, sha) == (sha, len(data))


def test_export_refuses_stored_bytes_that_do_not_match_and_writes_nothing(
    ws: Workspace, demo_id: str, tmp_path: Path
) -> None:
    src = tmp_path / "vero.pdf"
    data = _pdf(src, 4000)
    sha = _corrupt_blob(ws, data)

    class Stored:
        file_name, size, sha256 = "vero.pdf", len(data), sha

    _attach(ws, demo_id, Stored())
    out = tmp_path / "export"
    with pytest.raises(HubDeskError, match="non corrispondono"):
        ws.export_to(demo_id, out / "d.json", out / "att")
    assert not (out / "d.json").exists()
    assert not out.exists()  # not even the folders it created


def test_import_refuses_a_file_larger_than_declared_without_reading_it_all(
    ws: Workspace, tmp_path: Path
) -> None:
    from tests.core.conftest import HANDWRITTEN

    doc = json.loads((HANDWRITTEN / "dossier.json").read_text(encoding="utf-8"))
    att_dir = tmp_path / "att"
    att_dir.mkdir()
    record = doc["attachments"][0]
    for other in doc["attachments"][1:]:
        (att_dir / other["file_name"]).write_bytes(b"")
    big = att_dir / record["file_name"]
    with big.open("wb") as fh:  # sparse: 5 GB announced, nothing on disk
        fh.truncate(5 * 1024**3)
    path = tmp_path / "d.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(HubDeskError):
        ws.import_file(path, att_dir)


def test_validate_dossier_reads_the_stored_bytes_again(
    ws: Workspace, demo_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Damaged stored bytes (a disk error, a tampered file) are found by validation, not trusted by name."""
    from hubdesk.cli import main

    src = tmp_path / "vero.pdf"
    data = _pdf(src, 4000)
    sha = _corrupt_blob(ws, data)

    class Stored:
        file_name, size, sha256 = "vero.pdf", len(data), sha

    _attach(ws, demo_id, Stored())
    assert "ATT-001" not in {i.rule for i in ws.validate(demo_id).issues}  # the quick check trusts it
    assert "ATT-001" in {i.rule for i in ws.validate(demo_id, rehash=True).issues}
    code = main(["--workspace", str(ws.path), "--lang", "en", "validate", "--dossier", demo_id])
    out = capsys.readouterr().out
    assert code == 1 and "ATT-001" in out and "different SHA-256" in out
    ws.store_file(src)  # the right file again replaces the damaged bytes
    assert "ATT-001" not in {i.rule for i in ws.validate(demo_id, rehash=True).issues}

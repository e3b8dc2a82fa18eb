"""A dossier with its attachments in one ``.hubdesk.zip``: export, import elsewhere, refusals."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from hubdesk.cli import main
from hubdesk.services import InputError, Workspace
from hubdesk.validation import validate_document


def _second(tmp_path: Path) -> Workspace:
    return Workspace.open(tmp_path / "second.sqlite3")


def test_bundle_round_trip_carries_every_attachment(ws: Workspace, tmp_path: Path) -> None:
    demo = ws.add_demo()[0]
    source = ws.get(demo).document
    out = tmp_path / "Molfetta.hubdesk.zip"
    ws.export_bundle(demo, out)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert names[0] == "dossier.json"
        assert len(names) == 1 + len(source["attachments"])
        assert json.loads(zf.read("dossier.json")) == source
    other = _second(tmp_path)
    try:
        new_id = other.import_file(out)
        doc = other.get(new_id).document
        assert {k: v for k, v in doc.items() if k != "id"} == {k: v for k, v in source.items() if k != "id"}
        facts = other.attachment_facts(new_id)
        assert len(facts) == len(doc["attachments"])
        result = validate_document(doc, attachment_facts=facts)
        assert not [i for i in result.issues if i.rule in ("ATT-001", "ATT-002")]
    finally:
        other.close()


def test_a_tampered_attachment_is_refused_and_nothing_written(ws: Workspace, tmp_path: Path) -> None:
    demo = ws.add_demo()[0]
    out = tmp_path / "d.hubdesk.zip"
    ws.export_bundle(demo, out)
    bad = tmp_path / "bad.hubdesk.zip"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("allegati/") and not dst.namelist()[1:]:
                data = data[:-1] + bytes([data[-1] ^ 1])
            dst.writestr(info, data)
    other = _second(tmp_path)
    try:
        with pytest.raises(InputError) as caught:
            other.import_file(bad)
        assert "SHA-256" in caught.value.message_it
        assert other.list_dossiers() == []
    finally:
        other.close()


@pytest.mark.parametrize(
    ("entries", "fragment"),
    [
        ({"other.txt": b"x"}, "dossier.json"),
        ({"dossier.json": b"{not json"}, ""),
        ({"dossier.json": b"{}", "../evil": b"x"}, "evil"),
    ],
)
def test_unusable_bundles_are_refused(ws: Workspace, tmp_path: Path, entries: dict, fragment: str) -> None:
    path = tmp_path / "x.hubdesk.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    with pytest.raises(InputError) as caught:
        ws.import_file(path)
    assert fragment in caught.value.message_it
    assert ws.list_dossiers() == []


def test_not_a_zip_is_refused(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "x.zip"
    path.write_bytes(b"hello")
    with pytest.raises(InputError):
        ws.import_file(path)


def test_cli_export_and_import_of_a_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HUBDESK_WORKSPACE", str(tmp_path / "a.sqlite3"))
    assert main(["demo"]) == 0
    demo_id = capsys.readouterr().out.strip().splitlines()[-1]
    out = tmp_path / "demo.hubdesk.zip"
    assert main(["dossier", "export", demo_id, "--out", str(out)]) == 0
    assert main(["dossier", "export", demo_id, "--out", str(out), "--attachments", str(tmp_path)]) == 2
    capsys.readouterr()
    monkeypatch.setenv("HUBDESK_WORKSPACE", str(tmp_path / "b.sqlite3"))
    assert main(["dossier", "import", str(out)]) == 0
    captured = capsys.readouterr()
    new_id = captured.out.strip().splitlines()[-1]
    assert "ATT-001" not in captured.err
    assert main(["validate", "--dossier", new_id, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert not [i for i in report["issues"] if i["rule"] == "ATT-001"]

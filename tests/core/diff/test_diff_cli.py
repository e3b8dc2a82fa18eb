"""``hubdesk diff A B [--json] [--pdf FILE]``: the four kinds of source, exit codes, no tracebacks."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from hubdesk.cli import main
from hubdesk.demo.document import demo_document
from hubdesk.document import dump_bytes
from hubdesk.services import Workspace


@pytest.fixture
def wsfile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cli.sqlite3"
    monkeypatch.setenv("HUBDESK_WORKSPACE", str(path))
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _package(path: Path, doc: dict, version: int) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", b"application/vnd.etsi.asic-e+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("dossier.json", dump_bytes(doc))
        zf.writestr("validation-report.json", json.dumps({"errors": 0, "dossier_version": version}))
    return path


def test_id_version_and_package_sources(
    wsfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Workspace.open(wsfile) as ws:
        dossier_id = ws.add_demo()[0]
        v1 = ws.freeze_version(dossier_id)
        state = ws.get(dossier_id)
        line = state.document["budget"][0]
        ws.update(
            dossier_id,
            state.version,
            [{"op": "replace", "path": "/budget/0/amount_cents", "value": line["amount_cents"] + 12345}],
        )
        frozen = ws.get_version(dossier_id, v1)
    code, out, err = run(capsys, "diff", f"{dossier_id}@{v1}", dossier_id, "--json")
    assert code == 1, err
    report = json.loads(out)
    assert report["a"] == {"source": f"{dossier_id}@{v1}", "dossier_id": dossier_id, "version": v1}
    assert report["b"]["version"] is None
    (change,) = report["changes"]
    assert change["item"] == line["id"] and change["field"] == "/amount_cents"
    assert change["after"] - change["before"] == 12345
    fund = line["fund"]
    assert report["money"]["by_fund"][fund]["delta"] == 12345
    assert set(report["money"]["by_fund"]) == {"FESR", "FSE", "COFIN_APPLICANT", "COFIN_PRIVATE"}

    pkg = _package(tmp_path / "round1.asice", frozen, v1)
    code, out, _ = run(capsys, "diff", str(pkg), f"{dossier_id}@{v1}", "--json")
    assert code == 0 and json.loads(out)["a"]["version"] == v1 and json.loads(out)["changes"] == []

    code, out, _ = run(capsys, "diff", str(pkg), dossier_id)
    assert code == 1 and "Importi" in out and "Piano finanziario" in out
    assert out.index("Importi") < out.index("Piano finanziario")
    code, out, _ = run(capsys, "--lang", "en", "diff", str(pkg), dossier_id)
    assert code == 1 and "Amounts" in out and "Budget line" in out and "Amount:" in out


def test_pdf_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = tmp_path / "a.json"
    a.write_bytes(dump_bytes(demo_document()))
    doc = demo_document()
    doc["indicators"].pop()
    doc["proposal"]["title"] = "Altro titolo"
    b = tmp_path / "b.json"
    b.write_bytes(dump_bytes(doc))
    pdf = tmp_path / "prospetto.pdf"
    code, out, _ = run(capsys, "diff", str(a), str(b), "--pdf", str(pdf))
    assert code == 1 and "Altro titolo" in out
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000


@pytest.mark.parametrize(
    "content", [b"", b"not json", b'{"format": "other"}', b"PK\x03\x04broken", b"\xff\xfe"]
)
def test_unusable_input_exits_2(
    wsfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(dump_bytes(demo_document()))
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    for argv in (("diff", str(good), str(bad)), ("diff", str(bad), str(good), "--json")):
        code, out, err = run(capsys, *argv)
        assert code == 2 and err.startswith("hubdesk: ") and "Traceback" not in err and out == ""


def test_missing_things_exit_2(wsfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(dump_bytes(demo_document()))
    no_dossier = _package_without_dossier(tmp_path / "empty.asice")
    for other in ("missing.json", "no-such-id", "no-such-id@2", str(tmp_path), str(no_dossier)):
        code, _, err = run(capsys, "diff", str(good), other)
        assert code == 2 and err.startswith("hubdesk: "), other
    with Workspace.open(wsfile) as ws:
        dossier_id = ws.add_demo()[0]
    code, _, err = run(capsys, "diff", str(good), f"{dossier_id}@7")
    assert code == 2 and "7" in err


def _package_without_dossier(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", b"application/vnd.etsi.asic-e+zip")
    return path


def test_pdf_that_cannot_be_written_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = tmp_path / "a.json"
    a.write_bytes(dump_bytes(demo_document()))
    code, _, err = run(capsys, "diff", str(a), str(a), "--pdf", str(tmp_path / "missing" / "p.pdf"))
    assert code == 2 and err.startswith("hubdesk: ") and "Traceback" not in err

"""Import and export: a hand-written document round-trips; rejected imports write nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from hubdesk.document import dump_bytes
from hubdesk.services import InputError, Workspace
from tests.core.conftest import HANDWRITTEN


def _count(ws: Workspace) -> int:
    with ws.engine.connect() as conn:
        from sqlalchemy import text

        return conn.execute(text("select count(*) from dossiers")).scalar_one()


def test_handwritten_document_imports_and_exports_identical_but_id(ws: Workspace, tmp_path: Path) -> None:
    new_id = ws.import_file(HANDWRITTEN / "dossier.json", HANDWRITTEN)
    out = tmp_path / "out.json"
    ws.export_to(new_id, out, tmp_path / "att")
    original = json.loads((HANDWRITTEN / "dossier.json").read_text(encoding="utf-8"))
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["id"] == new_id != original["id"]
    original["id"] = new_id
    assert out.read_bytes() == dump_bytes(original)
    for name in ("delibera-45-2020.pdf", "nomina-rup.pdf", "lettera-intenti.pdf"):
        assert (tmp_path / "att" / name).read_bytes() == (HANDWRITTEN / name).read_bytes()
    assert ws.validate(new_id).errors == 0


def _broken(tmp_path: Path, mutate) -> Path:
    doc = json.loads((HANDWRITTEN / "dossier.json").read_text(encoding="utf-8"))
    mutate(doc)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda d: d["budget"][0].update(amount_cents="900000"), "/budget/0/amount_cents"),
        (lambda d: d["partners"][0].update(extra=True), "/partners/0/extra"),
        (lambda d: d["applicant"].pop("pec"), "/applicant/pec"),
        (lambda d: d["proposal"].update(summary="x" * 10_000_000), "/proposal/summary"),
        (lambda d: d.update(format_version=2), "più recente"),
    ],
)
def test_rejected_import_writes_nothing(ws: Workspace, tmp_path: Path, mutate, fragment: str) -> None:
    with pytest.raises(InputError) as info:
        ws.import_file(_broken(tmp_path, mutate), HANDWRITTEN)
    assert fragment in info.value.message_it
    assert _count(ws) == 0


def test_attachment_with_wrong_hash_or_missing_is_refused(ws: Workspace, tmp_path: Path) -> None:
    att = tmp_path / "att"
    shutil.copytree(HANDWRITTEN, att)
    (att / "nomina-rup.pdf").write_bytes(b"%PDF-altro")
    with pytest.raises(InputError, match=r"nomina-rup\.pdf"):
        ws.import_file(HANDWRITTEN / "dossier.json", att)
    (att / "nomina-rup.pdf").unlink()
    with pytest.raises(InputError, match="mancante"):
        ws.import_file(HANDWRITTEN / "dossier.json", att)
    assert _count(ws) == 0
    with ws.engine.connect() as conn:
        from sqlalchemy import text

        assert conn.execute(text("select count(*) from blobs")).scalar_one() == 0

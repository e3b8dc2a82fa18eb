"""The package register: each build is a row (version, file, time, SHA-256, signer, folder)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from hubdesk.services import Workspace
from hubdesk.services.packaging import build_submission
from hubdesk.services.register import version_pdf
from hubdesk.signing import load_pkcs12_signer
from tests.core.package.pki import PASSWORD, Pki, make_pki


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.mark.slow
def test_every_build_is_recorded_under_its_version(
    ws: Workspace, demo_id: str, pki: Pki, tmp_path: Path
) -> None:
    signer = load_pkcs12_signer(pki.signer_p12, PASSWORD)
    first, second, third = (tmp_path / n for n in ("one", "two", "three"))
    for folder in (first, second, third):
        folder.mkdir()
    a = build_submission(ws, demo_id, first, signer)
    b = build_submission(ws, demo_id, second / "copia.asice", signer)
    state = ws.get(demo_id)
    ws.update(demo_id, state.version, [{"op": "replace", "path": "/proposal/hub_name", "value": "Altro"}])
    c = build_submission(ws, demo_id, third, signer)
    assert (a.version, b.version, c.version) == (1, 1, 2)

    rows = ws.list_packages(demo_id)
    assert [(r.version, r.file_name) for r in rows] == [
        (1, a.result.path.name),
        (1, "copia.asice"),
        (2, c.result.path.name),
    ]
    for row, outcome in zip(rows, (a, b, c), strict=True):
        path = Path(row.saved_path or "") / row.file_name
        assert path == outcome.result.path.resolve()
        assert row.sha256 == hashlib.sha256(path.read_bytes()).hexdigest() == outcome.result.sha256
        assert row.size == path.stat().st_size
        assert row.signer_fiscal_code == "VNTGPP68P03A893Z"
        assert row.signer_name and "VNTGPP68P03A893Z" not in row.signer_name
        assert row.built_at[:4].isdigit() and "T" in row.built_at
    assert rows[0].built_at <= rows[1].built_at <= rows[2].built_at

    pdf = version_pdf(ws, demo_id, 1)
    assert pdf.startswith(b"%PDF") and b"/ByteRange" in pdf  # the signed one, from the package
    c.result.path.unlink()
    rendered = version_pdf(ws, demo_id, 2)
    assert rendered.startswith(b"%PDF") and b"/ByteRange" not in rendered


def test_older_workspace_keeps_its_recorded_packages(tmp_path: Path) -> None:
    """A workspace at 0004 with a package recorded on its version gets that package in the register."""
    path = tmp_path / "old.sqlite3"
    with Workspace.open(path) as ws:
        dossier_id = ws.add_demo()[0]
    with sqlite3.connect(path) as conn:  # back to 0004: the register did not exist yet
        conn.execute("DROP TABLE package_register")
        conn.execute("ALTER TABLE edit_history DROP COLUMN author")  # and what 0006 added
        conn.execute("ALTER TABLE dossiers DROP COLUMN modified_by")
        conn.execute("UPDATE alembic_version SET version_num = '0004'")
        pk = conn.execute("SELECT pk FROM dossiers").fetchone()[0]
        conn.execute(
            "INSERT INTO dossier_versions (dossier_pk, number, created_at, document_json, package_name,"
            " package_sha256) VALUES (?, 1, '2026-01-02T03:04:05.000+00:00', '{}', 'HUB_v1.asice', ?)",
            (pk, "ab" * 32),
        )
    with Workspace.open(path) as ws:
        assert ws.backup_path is not None
        (row,) = ws.list_packages(dossier_id)
        assert (row.version, row.file_name, row.sha256, row.signer_name) == (
            1,
            "HUB_v1.asice",
            "ab" * 32,
            None,
        )


@pytest.mark.slow
def test_a_package_that_never_appears_is_not_in_the_register(
    ws: Workspace, demo_id: str, pki: Pki, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The row is written before the file becomes visible and taken back when the rename fails."""
    import os

    from hubdesk.errors import HubDeskError
    from hubdesk.package import build as build_module

    signer = load_pkcs12_signer(pki.signer_p12, PASSWORD)
    build_submission(ws, demo_id, tmp_path, signer)  # v1, in the register
    seen: list[int] = []
    real_replace = os.replace

    def replace(src: object, dst: object) -> None:
        seen.append(len(ws.list_packages(demo_id)))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(build_module.os, "replace", replace)
    with pytest.raises(HubDeskError):
        build_submission(ws, demo_id, tmp_path / "again.asice", signer)  # same version, new build
    assert seen == [2]  # recorded first...
    assert [r.file_name for r in ws.list_packages(demo_id)] == [ws.list_versions(demo_id)[0].package_name]
    monkeypatch.setattr(build_module.os, "replace", real_replace)

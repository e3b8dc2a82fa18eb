"""Package builds: the version is recorded before the file appears; failures leave neither; umask honoured."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hubdesk.errors import HubDeskError
from hubdesk.package import build as build_module
from hubdesk.services import Workspace
from hubdesk.services import versions as versions_service
from hubdesk.services.packaging import build_submission
from hubdesk.signing import load_pkcs12_signer
from tests.core.package.pki import PASSWORD, Pki, make_pki


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def signer(pki: Pki) -> Any:
    return load_pkcs12_signer(pki.signer_p12, PASSWORD)


@pytest.fixture
def umask_077() -> Iterator[None]:
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_version_is_recorded_before_the_package_becomes_visible(
    ws: Workspace, demo_id: str, signer: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[list[int]] = []
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if str(dst).endswith(".asice"):
            seen.append([v.number for v in ws.list_versions(demo_id)])
        real_replace(src, dst)

    monkeypatch.setattr(build_module.os, "replace", replace)
    outcome = build_submission(ws, demo_id, tmp_path, signer)
    assert seen == [[1]] and outcome.version == 1
    [info] = ws.list_versions(demo_id)
    assert info.package_name == outcome.result.path.name and info.package_sha256 == outcome.result.sha256


def test_a_failed_rename_leaves_no_package_and_no_version(
    ws: Workspace, demo_id: str, signer: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def replace(src: Any, dst: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(build_module.os, "replace", replace)
    with pytest.raises(HubDeskError, match="Spazio su disco esaurito"):
        build_submission(ws, demo_id, tmp_path, signer)
    assert ws.list_versions(demo_id) == [] and _leftovers(tmp_path) == [
        "ws.sqlite3",
        "ws.sqlite3-shm",
        "ws.sqlite3-wal",
    ]


def test_two_builds_never_claim_the_same_version_with_different_contents(
    ws: Workspace, demo_id: str, signer: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_export = versions_service.export_version

    def export_then_someone_else_freezes(ws_: Workspace, dossier_id: str, document: Any) -> Any:
        planned = real_export(ws_, dossier_id, document)
        v = ws_.get(dossier_id).version  # another window edits and builds meanwhile
        ws_.update(dossier_id, v, [{"op": "replace", "path": "/proposal/acronym", "value": "ALTRO"}])
        ws_.freeze_version(dossier_id, package_name="altro.asice", package_sha256="0" * 64)
        return planned

    monkeypatch.setattr(versions_service, "export_version", export_then_someone_else_freezes)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(HubDeskError, match="versione 1"):
        build_submission(ws, demo_id, out, signer)
    assert _leftovers(out) == []
    assert [(v.number, v.package_name) for v in ws.list_versions(demo_id)] == [(1, "altro.asice")]


def test_packages_honour_the_umask(
    ws: Workspace, demo_id: str, signer: Any, tmp_path: Path, umask_077: None
) -> None:
    outcome = build_submission(ws, demo_id, tmp_path, signer)
    assert stat.S_IMODE(outcome.result.path.stat().st_mode) == 0o600


def test_exports_honour_the_umask(ws: Workspace, demo_id: str, tmp_path: Path, umask_077: None) -> None:
    ws.export_to(demo_id, tmp_path / "d.json", tmp_path / "att")
    modes = {stat.S_IMODE(p.stat().st_mode) for p in [tmp_path / "d.json", *(tmp_path / "att").iterdir()]}
    assert modes == {0o600}


def test_packages_are_readable_by_all_under_the_usual_umask(
    ws: Workspace, demo_id: str, signer: Any, tmp_path: Path
) -> None:
    old = os.umask(0o022)
    try:
        outcome = build_submission(ws, demo_id, tmp_path, signer)
    finally:
        os.umask(old)
    assert stat.S_IMODE(outcome.result.path.stat().st_mode) == 0o644

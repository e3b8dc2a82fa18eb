"""``hubdesk package build`` and ``dossier import FILE.asice`` end to end, checked with openssl."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from hubdesk.cli import main
from hubdesk.services import Workspace
from tests.core.package.pki import PASSWORD, Pki, make_pki


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "ws.sqlite3"
    monkeypatch.setenv("HUBDESK_WORKSPACE", str(path))
    monkeypatch.setenv("P12_PASSWORD", PASSWORD)
    monkeypatch.setenv("WRONG_PASSWORD", "sbagliata")
    return path


def _demo(capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["demo"]) == 0
    return capsys.readouterr().out.strip().splitlines()[-1]


@pytest.mark.slow
def test_build_sign_import_round_trip(env: Path, pki: Pki, tmp_path: Path, capsys) -> None:
    demo_id = _demo(capsys)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code = main(
        [
            "package",
            "build",
            "--dossier",
            demo_id,
            "--out",
            str(out_dir),
            "--p12",
            str(pki.signer_p12),
            "--password-env",
            "P12_PASSWORD",
        ]
    )
    printed = capsys.readouterr().out
    assert code == 0, printed
    package = Path(printed.splitlines()[0])
    assert package.name == "HUB_072011_OFFICINE_v1.asice" and package.parent == out_dir
    with zipfile.ZipFile(package) as zf:
        zf.extractall(tmp_path / "x")
        report = json.loads(zf.read("validation-report.json"))
    assert report["dossier_version"] == 1 and report["errors"] == 0
    if shutil.which("openssl"):
        meta = tmp_path / "x" / "META-INF"
        subprocess.run(
            [
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                str(meta / "signature001.p7s"),
                "-content",
                str(meta / "ASiCManifest.xml"),
                "-CAfile",
                str(pki.ca_pem),
                "-out",
                "/dev/null",
            ],
            check=True,
            capture_output=True,
        )
    ws = Workspace.open(env)
    try:
        [version] = ws.list_versions(demo_id)
        assert version.number == 1 and version.package_name == package.name
        assert ws.get_version(demo_id, 1) == ws.get(demo_id).document
    finally:
        ws.close()
    # the package becomes a new dossier, identical apart from its id
    assert main(["dossier", "import", str(package)]) == 2  # verified first: no trust, no copy
    assert "--accept-unverified" in capsys.readouterr().err
    assert main(["dossier", "import", str(package), "--trust", str(pki.ca_pem)]) == 0
    out = capsys.readouterr().out
    assert "TOTAL_PASSED" in out  # the verdict, then the new id alone on the last line
    new_id = out.strip().splitlines()[-1]
    ws = Workspace.open(env)
    try:
        a, b = ws.get(demo_id).document, ws.get(new_id).document
        assert {**a, "id": ""} == {**b, "id": ""}
        assert ws.validate(new_id).errors == 0
    finally:
        ws.close()


def test_wrong_password_and_refusals(env: Path, pki: Pki, tmp_path: Path, capsys) -> None:
    demo_id = _demo(capsys)
    target = tmp_path / "p.asice"
    base = ["package", "build", "--dossier", demo_id, "--out", str(target), "--p12", str(pki.signer_p12)]
    assert main([*base, "--password-env", "WRONG_PASSWORD"]) == 2
    assert "password" in capsys.readouterr().err.lower()
    assert main([*base, "--password-env", "NOT_SET"]) == 2
    assert not target.exists()
    ws = Workspace.open(env)
    try:
        state = ws.get(demo_id)
        ws.update(demo_id, state.version, [{"op": "replace", "path": "/proposal/title", "value": ""}])
    finally:
        ws.close()
    assert main([*base, "--password-env", "P12_PASSWORD"]) == 1
    err = capsys.readouterr().err
    assert "TXT-001 /proposal/title" in err
    assert not target.exists() and list(tmp_path.glob("*.asice*")) == []


@pytest.mark.slow
def test_an_unchanged_dossier_keeps_its_version_and_entries(
    env: Path, pki: Pki, tmp_path: Path, capsys
) -> None:
    demo_id = _demo(capsys)
    built = []
    for name in ("a.asice", "b.asice"):
        code = main(
            [
                "package",
                "build",
                "--dossier",
                demo_id,
                "--out",
                str(tmp_path / name),
                "--p12",
                str(pki.signer_p12),
                "--password-env",
                "P12_PASSWORD",
            ]
        )
        assert code == 0
        built.append(zipfile.ZipFile(tmp_path / name))
    a, b = built
    unsigned = [
        n
        for n in a.namelist()
        if n not in ("proposta.pdf", "META-INF/ASiCManifest.xml", "META-INF/signature001.p7s")
    ]
    assert unsigned == [n for n in b.namelist() if n in unsigned]
    for name in unsigned:
        assert a.read(name) == b.read(name), name
    assert a.read("proposta.pdf").split(b"%%EOF")[0] == b.read("proposta.pdf").split(b"%%EOF")[0]
    assert json.loads(a.read("validation-report.json"))["dossier_version"] == 1
    ws = Workspace.open(env)
    try:
        assert [v.number for v in ws.list_versions(demo_id)] == [1]
        state = ws.get(demo_id)
        ws.update(
            demo_id, state.version, [{"op": "replace", "path": "/proposal/acronym", "value": "OFFICINE2"}]
        )
    finally:
        ws.close()
    capsys.readouterr()
    assert (
        main(
            [
                "package",
                "build",
                "--dossier",
                demo_id,
                "--out",
                str(tmp_path),
                "--p12",
                str(pki.signer_p12),
                "--password-env",
                "P12_PASSWORD",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.splitlines()[0].endswith("HUB_072011_OFFICINE2_v2.asice")


def test_build_warns_before_signing_with_someone_elses_certificate(
    env: Path, pki: Pki, tmp_path: Path, capsys
) -> None:
    demo_id = _demo(capsys)
    args = ["package", "build", "--dossier", demo_id, "--password-env", "P12_PASSWORD"]
    assert main([*args, "--out", str(tmp_path / "rup.asice"), "--p12", str(pki.rup_p12)]) == 0
    err = capsys.readouterr().err
    assert "non dal legale rappresentante" in err and "carattere di controllo" in err
    assert main([*args, "--out", str(tmp_path / "ok.asice"), "--p12", str(pki.signer_p12)]) == 0
    assert "legale rappresentante" not in capsys.readouterr().err

"""``hubdesk dossier import FILE.asice`` verifies the package first (the app's own step), prints the
verdict and refuses (exit 2, nothing written) unless it is TOTAL_PASSED or ``--accept-unverified``."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdesk.cli import main
from hubdesk.services import Workspace
from tests.core.verify.conftest import Env
from tests.core.verify.tampering import tamper


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "ws.sqlite3"
    monkeypatch.setenv("HUBDESK_WORKSPACE", str(path))
    return path


def _count(ws: Path) -> int:
    if not ws.exists():
        return 0
    with Workspace.open(ws) as w:
        return len(w.list_dossiers())


def test_untrusted_package_is_refused_then_accepted_on_request(env: Env, ws: Path, capsys) -> None:
    assert main(["dossier", "import", str(env.good)]) == 2
    out = capsys.readouterr()
    assert "INDETERMINATO" in out.out and "NO_CERTIFICATE_CHAIN_FOUND" in out.out
    assert "nessuna copia creata" in out.err and "--accept-unverified" in out.err
    assert _count(ws) == 0
    assert main(["--lang", "en", "dossier", "import", str(env.good), "--accept-unverified"]) == 0
    out = capsys.readouterr()
    assert "INDETERMINATE" in out.out and "not verified" in out.err
    assert len(out.out.strip().splitlines()[-1]) > 0 and _count(ws) == 1


def test_trusted_package_is_imported_and_a_tampered_one_never_silently(
    env: Env, ws: Path, tmp_path: Path, capsys
) -> None:
    assert main(["dossier", "import", str(env.good), "--trust", str(env.pki.ca_pem)]) == 0
    out = capsys.readouterr().out
    assert "VALIDO (TOTAL_PASSED)" in out and _count(ws) == 1
    bad = tamper(
        env.good, tmp_path / "bad.asice", replace={"allegati/ALL-1-delibera-gc-123-2020.pdf": b"%PDF-x"}
    )
    assert main(["dossier", "import", str(bad), "--trust", str(env.pki.ca_pem)]) == 2
    assert "TOTAL_FAILED" in capsys.readouterr().out and _count(ws) == 1


def test_the_flags_belong_to_packages(env: Env, ws: Path, tmp_path: Path, capsys) -> None:
    doc = tmp_path / "d.json"
    doc.write_text("{}", encoding="utf-8")
    assert main(["dossier", "import", str(doc), "--accept-unverified"]) == 2
    assert ".asice" in capsys.readouterr().err

"""pyHanko's warnings about an untrusted signer go to the app log, never to the terminal: the verdict
already says it in plain words (single package, a folder in forked workers, workers started afresh)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.verify.conftest import Env
from tests.core.verify.tampering import tamper

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def stranger(env: Env, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from hubdesk.signing import load_pkcs12_signer
    from tests.core.package.pki import PASSWORD

    folder = tmp_path_factory.mktemp("stranger")
    signer = load_pkcs12_signer(env.pki.stranger_p12, PASSWORD)
    tamper(env.good, folder / "a.asice", resign=signer)
    tamper(env.good, folder / "b.asice", resign=signer)
    return folder


def _env(log_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HUBDESK_LOG_DIR": str(log_dir),
        "HUBDESK_LOG": "",
        "QT_QPA_PLATFORM": "offscreen",
    }


def _pyhanko_records(log_dir: Path) -> list[str]:
    log = log_dir / "hubdesk.log"
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    return [line for line in text.splitlines() if " pyhanko" in line and " WARNING " in line]


@pytest.mark.parametrize("what", ["file", "folder"])
def test_package_verify_keeps_pyhanko_off_the_terminal(
    what: str, stranger: Path, env: Env, tmp_path: Path
) -> None:
    target = stranger / "a.asice" if what == "file" else stranger
    run = subprocess.run(
        [sys.executable, "-m", "hubdesk", "package", "verify", str(target), "--trust", str(env.pki.ca_pem)],
        env=_env(tmp_path / "log"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 1, run.stderr
    assert run.stderr == ""
    assert "INDETERMINATE" in run.stdout or "INDETERMINATO" in run.stdout
    records = _pyhanko_records(tmp_path / "log")
    assert len(records) >= (1 if what == "file" else 2), records


def test_workers_started_afresh_log_to_the_file_too(stranger: Path, env: Env, tmp_path: Path) -> None:
    script = f"""
import multiprocessing
from pathlib import Path
from hubdesk import logs
from hubdesk.verify import batch
from hubdesk.verify.truststore import trust_from_files
logs.configure()
batch._context = lambda: multiprocessing.get_context("spawn")
paths = [{str(stranger / "a.asice")!r}, {str(stranger / "b.asice")!r}]
found = list(batch.verify_stream(paths, trust_from_files([Path({str(env.pki.ca_pem)!r})]), workers=2))
print(sorted(v.indication for _, v in found))
"""
    run = subprocess.run(
        [sys.executable, "-c", script],
        env=_env(tmp_path / "log"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == "" and "INDETERMINATE" in run.stdout
    pids = {line.split()[2] for line in _pyhanko_records(tmp_path / "log")}
    assert len(pids) >= 1 and str(os.getpid()) not in pids

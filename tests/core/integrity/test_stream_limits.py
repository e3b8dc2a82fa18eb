"""Size limits are checked while streaming: a 5 GB file or /dev/zero is refused at once, never read whole."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hubdesk.cli import main

FIVE_GB = 5 * 1024**3


def _sparse(path: Path) -> Path:
    with path.open("wb") as fh:
        fh.truncate(FIVE_GB)  # 5 GB announced, no disk used
    return path


def _commands(big: Path, ws: Path) -> list[list[str]]:
    return [
        ["dossier", "import", str(big)],
        ["validate", str(big)],
        ["package", "verify", "--trust", str(big), str(big)],
        ["trust", "add", str(big)],
        ["diff", str(big), str(big)],
    ]


@pytest.mark.parametrize("suffix", [".json", ".asice", ".pem"])
def test_a_5_gb_file_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    monkeypatch.setenv("HUBDESK_CONFIG_DIR", str(tmp_path / "config"))
    big = _sparse(tmp_path / f"grande{suffix}")
    ws = tmp_path / "ws.sqlite3"
    for argv in _commands(big, ws):
        code = main(["--workspace", str(ws), *argv])
        err = capsys.readouterr().err
        assert code in (1, 2) and "Traceback" not in err, (argv, err)


@pytest.mark.slow
def test_dev_zero_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    zero = tmp_path / "zero.asice"
    zero.symlink_to("/dev/zero")
    zero_zip = tmp_path / "zero.hubdesk.zip"
    zero_zip.symlink_to("/dev/zero")
    ws = tmp_path / "ws.sqlite3"
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "HUBDESK_CONFIG_DIR": str(tmp_path / "config")}
    p12 = [
        "package",
        "build",
        "--dossier",
        "x",
        "--out",
        str(tmp_path),
        "--p12",
        "/dev/zero",
        "--password-env",
        "PW",
    ]
    env["PW"] = "x"
    for argv in [
        *_commands(Path("/dev/zero"), ws),
        ["dossier", "import", str(zero)],
        ["dossier", "import", str(zero_zip)],
        p12,
    ]:
        proc = subprocess.run(
            [sys.executable, "-m", "hubdesk", "--workspace", str(ws), *argv],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert proc.returncode in (1, 2) and "Traceback" not in proc.stderr, (argv, proc.stderr)
        assert proc.stderr.startswith("hubdesk: "), (argv, proc.stderr)

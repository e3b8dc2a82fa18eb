"""Small faults: Ctrl-D at a prompt, a closed output pipe, malformed edit operations."""

from __future__ import annotations

import getpass
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from hubdesk.cli import main
from hubdesk.services import InputError, Workspace


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_ctrl_d_at_the_password_prompt_is_a_clear_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def eof(prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(getpass, "getpass", eof)
    monkeypatch.setattr(sys, "stdin", _Tty())
    p12 = tmp_path / "firma.p12"
    p12.write_bytes(b"x")
    ws = str(tmp_path / "ws.sqlite3")
    code = main(
        ["--workspace", ws, "package", "build", "--dossier", "x", "--out", str(tmp_path), "--p12", str(p12)]
    )
    err = capsys.readouterr().err
    assert code == 2 and "password mancante" in err


def test_a_closed_output_pipe_ends_quietly(tmp_path: Path) -> None:
    ws = tmp_path / "ws.sqlite3"
    env = {**os.environ, "HUBDESK_WORKSPACE": str(ws), "PYTHONPATH": os.getcwd()}
    with Workspace.open(ws) as w:
        for _ in range(3):
            w.add_demo()
    proc = subprocess.Popen(
        [sys.executable, "-m", "hubdesk", "dossier", "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head` that has already gone: every write meets a closed pipe
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "Exception" not in err, err
    assert proc.returncode in (0, 141)


@pytest.mark.parametrize(
    "ops",
    [
        [{"op": "replace", "value": 1}],
        [{"path": "/proposal/title", "value": "x"}],
        [{"op": "replace", "path": 7, "value": "x"}],
        [{"op": "replace", "path": "proposal/title", "value": "x"}],
        [{"op": "move", "path": "/budget/0"}],
        [{"op": "replace", "path": "/proposal/title"}],
        [{"op": "add", "path": "/budget/-"}],
        ["replace /proposal/title"],
        {"op": "replace", "path": "/proposal/title", "value": "x"},
        [{"op": "frobnicate", "path": "/proposal/title", "value": "x"}],
        [None],
    ],
    ids=range(11),
)
def test_malformed_edit_operations_are_input_errors(ws: Workspace, demo_id: str, ops: Any) -> None:
    v = ws.get(demo_id).version
    with pytest.raises(InputError) as info:
        ws.update(demo_id, v, ops)
    assert info.value.message("en") and info.value.message("it")
    assert ws.get(demo_id).version == v

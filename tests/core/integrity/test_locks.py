"""Another program holding the write lock: reads go on, writes wait (and say so), then succeed or give up."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from hubdesk.cli import main
from hubdesk.services import Workspace
from hubdesk.storage.engine import WorkspaceBusy

_HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE dossiers SET modified_at = modified_at")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


@contextmanager
def write_lock_held(path: Path, seconds: float) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    try:
        yield proc
    finally:
        proc.wait(timeout=seconds + 30)


def test_reads_never_wait_for_another_programs_write(ws: Workspace, demo_id: str) -> None:
    with write_lock_held(ws.path, 6):
        start = time.monotonic()
        assert [d.id for d in ws.list_dossiers()] == [demo_id]
        ws.get(demo_id)
        ws.validate(demo_id)
        ws.stored_version(demo_id)
        ws.history(demo_id)
        ws.list_versions(demo_id)
        with ws.open_attachment(demo_id, ws.get(demo_id).document["attachments"][0]["id"]) as fh:
            fh.read()
        assert time.monotonic() - start < 3


def test_a_write_waits_says_so_and_succeeds(ws: Workspace, demo_id: str) -> None:
    told: list[float] = []
    ws.on_busy = lambda: told.append(time.monotonic())
    v = ws.get(demo_id).version
    with write_lock_held(ws.path, 2.5):
        result = ws.update(
            demo_id, v, [{"op": "replace", "path": "/proposal/title", "value": "Dopo l'attesa"}]
        )
    assert len(told) == 1 and result.state.version == v + 1
    assert ws.get(demo_id).document["proposal"]["title"] == "Dopo l'attesa"


def test_a_write_gives_up_clearly_when_the_lock_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ws.sqlite3"
    with Workspace.open(path) as ws:
        demo_id = ws.add_demo()[0]
    monkeypatch.setenv("HUBDESK_BUSY_SECONDS", "1.5")
    with write_lock_held(path, 6):
        start = time.monotonic()
        assert main(["--workspace", str(path), "dossier", "list"]) == 0
        assert main(["--workspace", str(path), "demo"]) == 2
        waited = time.monotonic() - start
    err = capsys.readouterr().err
    assert "in uso da un altro programma, riprovo" in err and "riprovare più tardi" in err.lower()
    assert waited < 5
    with Workspace.open(path) as ws, pytest.raises(WorkspaceBusy), write_lock_held(path, 4):
        ws.update(
            demo_id, ws.get(demo_id).version, [{"op": "replace", "path": "/proposal/title", "value": "x"}]
        )

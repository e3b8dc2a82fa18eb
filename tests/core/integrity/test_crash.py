"""Kill -9 at random moments during import, package build and editing: nothing acknowledged is lost.

After each kill: the workspace passes ``PRAGMA integrity_check``, every acknowledged edit is there,
every imported dossier has all its attachment bytes, no package exists without its version, and
no temporary file (``.hubdesk-*.asice.part``, ``hubdesk-import-*``) survives the next start.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from hubdesk.services import Workspace, history
from hubdesk.signing import load_pkcs12_signer
from tests.core.package.pki import PASSWORD, make_pki

pytestmark = pytest.mark.slow

_CHILD = r"""
import sys
from pathlib import Path
from hubdesk.services import Workspace
mode, ws_path, dossier_id, extra = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
ws = Workspace.open(ws_path)
print("ready", flush=True)
n = 0
while True:
    n += 1
    if mode == "edit":
        v = ws.get(dossier_id).version
        ws.update(dossier_id, v, [{"op": "replace", "path": "/proposal/title", "value": f"edit-{n}"}],
                  description=f"edit {n}", mergeable=False)
        print(f"ack {n}", flush=True)
    elif mode == "import":
        new_id = ws.import_file(Path(extra[0]))
        print(f"ack {new_id}", flush=True)
    elif mode == "build":
        from hubdesk.signing import load_pkcs12_signer
        v = ws.get(dossier_id).version
        ws.update(dossier_id, v, [{"op": "replace", "path": "/proposal/acronym", "value": f"B{n}"}])
        out = ws.build_submission(dossier_id, Path(extra[0]), lambda: load_pkcs12_signer(extra[1], extra[2]))
        print(f"ack {out.version} {out.result.path.name}", flush=True)
"""


def _run_and_kill(mode: str, ws: Path, dossier_id: str, extra: list[str], rng: random.Random) -> list[str]:
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD, mode, str(ws), dossier_id, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.05, 2.5))
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, err
    return [line.split(" ", 1)[1] for line in out.splitlines() if line.startswith("ack ")]


def _integrity_ok(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def _no_temporary_files(own_tmp: Path, *folders: Path) -> None:
    for folder in folders:
        assert not list(folder.glob(".hubdesk-*.asice.part")), folder
    assert not list(own_tmp.glob("hubdesk-import-*"))


@pytest.fixture
def own_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder and a registry of pending files for this test and its children only.

    Other tests (and other programs) running meanwhile have their own ``hubdesk-import-*`` folders
    in the shared temporary folder; they are theirs, not leftovers of the processes killed here.
    """
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("HUBDESK_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))  # gettempdir() caches its first answer
    return folder


def test_kills_during_import_build_and_edit_lose_nothing(tmp_path: Path, own_tmp: Path) -> None:
    assert tempfile.gettempdir() == str(own_tmp)
    rng = random.Random(int(os.environ.get("HUBDESK_CRASH_SEED", "11")))
    (tmp_path / "pki").mkdir()
    pki = make_pki(tmp_path / "pki")
    path = tmp_path / "ws.sqlite3"
    out = tmp_path / "pacchetti"
    out.mkdir()
    with Workspace.open(path) as ws:
        demo_id = ws.add_demo()[0]
        package = ws.build_submission(
            demo_id, tmp_path, lambda: load_pkcs12_signer(pki.signer_p12, PASSWORD)
        ).result.path
    rounds = int(os.environ.get("HUBDESK_CRASH_ROUNDS", "3"))
    for _ in range(rounds):
        acked = _run_and_kill("edit", path, demo_id, [], rng)
        _integrity_ok(path)
        with Workspace.open(path) as ws:
            title = ws.get(demo_id).document["proposal"]["title"]
            if acked:
                assert title.startswith("edit-") and int(title.split("-")[1]) >= int(acked[-1])
            entries = ws.history(demo_id)
            # the history keeps its newest MAX_ENTRIES actions: a fast machine makes more edits than that
            recent = acked[-(history.MAX_ENTRIES // 2) :]
            assert all(f"edit {n}" in {e.description for e in entries} for n in recent)

        imported = _run_and_kill("import", path, demo_id, [str(package)], rng)
        _integrity_ok(path)
        with Workspace.open(path) as ws:  # the next start also removes the killed import's folder
            listed = {d.id for d in ws.list_dossiers()}
            assert set(imported) <= listed
            for dossier_id in listed:
                doc = ws.get(dossier_id).document
                assert len(ws.attachment_facts(dossier_id)) == len(doc["attachments"])
        _no_temporary_files(own_tmp, out)

        built = _run_and_kill("build", path, demo_id, [str(out), str(pki.signer_p12), PASSWORD], rng)
        _integrity_ok(path)
        with Workspace.open(path) as ws:
            recorded = {v.package_name: v.number for v in ws.list_versions(demo_id)}
            registered = (
                {p.file_name for p in ws.list_packages(demo_id)} if hasattr(ws, "list_packages") else set()
            )
        for name in [p.name for p in out.glob("*.asice")]:
            assert name in recorded or name in registered, name
        for line in built:
            name = line.split(" ")[1]
            assert (out / name).exists()
        _no_temporary_files(own_tmp, out)

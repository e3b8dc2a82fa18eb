"""Office load: 10 processes editing one dossier on a PostgreSQL server over the local socket.

Each writer repeatedly reads the dossier and writes, with a version check, two values: its own
counter (``/indicators/i/target``) and a shared total (``/applicant/population``). A stale write
is a conflict: refused, counted, retried. At the end every acknowledged edit must be there (each
counter equals its writer's acknowledgements, the total equals their sum: a lost update or an
undetected conflict would break the total). An eleventh writer raises only its own counter and holds
each transaction open for 0.3 s; it is killed with SIGKILL in the middle of one once it has
committed a few edits: what it committed stays, the lock is released, the others go on.

Duration: ``HUBDESK_LOAD_SECONDS`` (the issue's 60 s; 20 s by default, to stay bounded on a shared
2-core CI machine). Figures (edits/s, conflict rate) are printed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hubdesk.services import Workspace
from tests.core.conftest import HANDWRITTEN
from tests.pgserver import fresh_database

ROOT = Path(__file__).resolve().parents[2]
WRITERS = 10
SECONDS = float(os.environ.get("HUBDESK_LOAD_SECONDS", "20"))

_WRITER = r"""
import json, os, sys, time
from hubdesk.services import Workspace
from hubdesk.services.errors import ConflictError
url, dossier_id, index, go, seconds, acks, slow = sys.argv[1:8]
index, seconds, slow = int(index), float(seconds), slow == "1"
if slow:  # hold every transaction open a moment after writing: a kill lands mid-transaction
    import hubdesk.storage.repository as repo
    original = repo.write_changes
    def held(*a, **k):
        v = original(*a, **k)
        time.sleep(0.3)
        return v
    repo.write_changes = held
ws = Workspace.open(url)
ws.get(dossier_id)
open(go + f".ready{index}", "w").close()
while not os.path.exists(go):
    time.sleep(0.01)
stop_at = time.time() + seconds
mine = acked = conflicts = 0
log = open(acks, "a")
while time.time() < stop_at:
    state = ws.get(dossier_id)
    doc = state.document
    ops = [
        {"op": "replace", "path": f"/indicators/{index}/target", "value": acked + 1},
        {"op": "replace", "path": "/applicant/population", "value": doc["applicant"]["population"] + 1},
    ]
    try:
        if slow:  # its own counter only, under the lock (no version to miss): it commits steadily
            ws.patch(dossier_id, ops[:1])
        else:
            ws.update(dossier_id, state.version, ops)
    except ConflictError:
        conflicts += 1
        continue
    acked += 1
    log.write(f"{acked}\n")
    log.flush()
print(json.dumps({"acked": acked, "conflicts": conflicts}))
"""


def _spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _WRITER, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


@pytest.mark.slow
def test_ten_writers_on_one_dossier(tmp_path: Path) -> None:
    with fresh_database() as url:
        with Workspace.open(url) as ws:
            doc = json.loads((HANDWRITTEN / "dossier.json").read_text(encoding="utf-8"))
            template = {"name": "contatore", "unit": "n", "target": 0}
            doc["indicators"] = [{**template, "id": f"IND-{i + 1}"} for i in range(WRITERS + 1)]
            doc["applicant"]["population"] = 0
            dossier_id = ws.import_document(doc, HANDWRITTEN)
        go = str(tmp_path / "go")
        procs = [
            _spawn(
                url,
                dossier_id,
                str(i),
                go,
                str(SECONDS),
                str(tmp_path / f"acks{i}"),
                "1" if i == WRITERS else "0",
            )
            for i in range(WRITERS + 1)
        ]
        deadline = time.time() + 300
        while len(list(tmp_path.glob("go.ready*"))) < WRITERS + 1:
            assert time.time() < deadline, "the writers did not start"
            assert all(p.poll() is None for p in procs), [
                p.communicate()[1] for p in procs if p.poll() is not None
            ]
            time.sleep(0.1)
        started = time.time()
        Path(go).touch()
        # kill the slow writer once it has committed something (or at two thirds of the window)
        killed_acks_file = tmp_path / f"acks{WRITERS}"
        while time.time() < started + SECONDS * 2 / 3 and (
            time.time() < started + SECONDS / 4
            or not killed_acks_file.exists()
            or len(killed_acks_file.read_text().split()) < 2
        ):
            time.sleep(0.05)
        killed = procs[WRITERS]
        killed.send_signal(signal.SIGKILL)
        killed.wait()
        killed_at = time.time()
        results = []
        for p in procs[:WRITERS]:
            out, err = p.communicate(timeout=SECONDS + 120)
            assert p.returncode == 0, err
            results.append(json.loads(out.strip().splitlines()[-1]))
        elapsed = time.time() - started
        with Workspace.open(url) as ws:
            final = ws.get(dossier_id).document
        killed_acks = len((tmp_path / f"acks{WRITERS}").read_text().split())
        killed_value = final["indicators"][WRITERS]["target"]
        acked = sum(r["acked"] for r in results)
        conflicts = sum(r["conflicts"] for r in results)
        for i, r in enumerate(results):
            assert final["indicators"][i]["target"] == r["acked"], f"writer {i} lost an acknowledged edit"
        assert killed_value in (killed_acks, killed_acks + 1), "the killed writer's committed edits"
        assert final["applicant"]["population"] == acked, "a lost update or undetected conflict"
        print(
            f"\nshared load on PostgreSQL: {WRITERS} writers, {elapsed:.1f} s: {acked} edits "
            f"({acked / elapsed:.1f} edits/s), {conflicts} conflicts detected "
            f"({conflicts / max(1, acked + conflicts):.0%} of attempts); writer killed with SIGKILL "
            f"after {killed_at - started:.1f} s mid-transaction with {killed_value} committed edits kept"
        )
        assert acked > 0

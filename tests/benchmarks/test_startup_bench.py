"""Start-up: ``hubdesk gui --exit-after-start`` on a 200-dossier workspace against a bare PySide6 window
with the same QApplication set-up, both whole processes, paired runs in this same run (median ratio).

The library paints from rows read with the standard sqlite3 module; SQLAlchemy, the call profile and
validation load after the first paint (``hubdesk.services.opening``)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.benchmarks.bounds import report

ROOT = Path(__file__).resolve().parents[2]
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
app.setOrganizationName("HubDesk"); app.setApplicationName("HubDesk")
window = QMainWindow(); window.setCentralWidget(QTableView()); window.resize(1200, 720)
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
f = FirstPaint(); window.installEventFilter(f)
window.show()
sys.exit(app.exec())
"""


@pytest.fixture(scope="module")
def workspace_200(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from hubdesk.services import Workspace

    path = tmp_path_factory.mktemp("startup") / "w.sqlite3"
    with Workspace.open(path) as ws:
        for i in range(200):
            ws.create(istat_code="072029" if i % 2 else "072011")
    return path


def _run(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, check=True, timeout=120, capture_output=True)
    return time.perf_counter() - start


def test_start_up_to_first_paint_near_a_bare_window(workspace_200: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    app = [sys.executable, "-m", "hubdesk", "--workspace", str(workspace_200), "gui", "--exit-after-start"]
    bare = [sys.executable, "-c", BARE]
    _run(app, env)  # the first run compiles bytecode and warms the disk cache
    _run(bare, env)
    ratios, apps, bares = [], [], []
    for _ in range(5):
        a, b = _run(app, env), _run(bare, env)
        apps.append(a)
        bares.append(b)
        ratios.append(a / b)
    print(
        f"\nstart-up to first paint (200 dossiers): app {statistics.median(apps):.2f} s,"
        f" bare PySide6 window {statistics.median(bares):.2f} s"
    )
    # goal 1.5x (issue 14); a quiet two-core machine measures about 2x (Python start-up, argparse, the
    # Qt namespace enums, style, fonts, translations and a 200-row table on top of the bare window).
    # CI fails only past 3x the goal: SQLAlchemy loading before the paint again measures about 5x.
    assert report("start-up / bare window", statistics.median(ratios), 1.5, unit="x", factor=3.0)

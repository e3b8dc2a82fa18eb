"""Opening files from outside: dispatch by type, drops on any window, hand-over to a running instance,
and the one crash path for exceptions raised in other threads."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from hubdesk.services import Workspace
from ui import crash, dialogs
from ui.instance import InstanceServer
from ui.library.window import LibraryWindow
from ui.open_files import DropHandler, open_path

ROOT = Path(__file__).resolve().parents[2]


def _library(workspace: Workspace) -> LibraryWindow:
    window = LibraryWindow(workspace)
    window.drops = DropHandler(window)  # type: ignore[attr-defined]
    window.show()
    return window


def _exported(workspace: Workspace, tmp_path: Path) -> Path:
    dossier_id = workspace.create(istat_code="072029").id
    out = tmp_path / "dossier.json"
    workspace.export_to(dossier_id, out)
    return out


def test_a_json_document_is_offered_for_import(
    qtbot: Any, workspace: Workspace, tmp_path: Path, monkeypatch: Any
) -> None:
    out = _exported(workspace, tmp_path)
    window = _library(workspace)
    asked: list[str] = []
    try:
        monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text: asked.append(text) or False)
        open_path(window, out)
        assert asked and "dossier.json" in asked[0]
        assert len(workspace.list_dossiers()) == 1  # declined: nothing imported
        monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
        open_path(window, out)
        assert len(workspace.list_dossiers()) == 2
    finally:
        window.close()


def test_a_package_goes_to_the_reviewer_and_a_missing_file_is_said(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    window = _library(workspace)
    try:
        open_path(window, tmp_path / "missing.asice")
        assert dialogs.last_message is not None and dialogs.last_message[0] == "error"
        package = tmp_path / "HUB_072029_X_v1.asice"
        package.write_bytes(b"PK\x05\x06" + b"\0" * 18)
        before = set(QApplication.topLevelWidgets())
        open_path(window, package)
        opened = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
        assert opened, "the reviewer view did not open"
        qtbot.wait(200)
        for w in opened:
            w.close()
    finally:
        window.close()


def test_a_file_dropped_on_an_editor_window_is_opened(
    qtbot: Any, workspace: Workspace, tmp_path: Path, monkeypatch: Any
) -> None:
    out = _exported(workspace, tmp_path)
    window = _library(workspace)
    try:
        window.table.selectRow(0)
        editor = window.open_editor(workspace.list_dossiers()[0].id)
        monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(out))])
        drop = QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        assert editor.acceptDrops()
        # What Qt does when the drop reaches the editor window: its event filters run first.
        assert window.drops.eventFilter(editor, drop) is True  # type: ignore[attr-defined]
        assert drop.isAccepted()
        assert len(workspace.list_dossiers()) == 2
    finally:
        if shiboken6.isValid(window):
            window.close()


def test_a_second_launch_hands_its_file_to_the_running_instance(qtbot: Any, tmp_path: Path) -> None:
    key = str(tmp_path / "ws.sqlite3")
    server = InstanceServer(key)
    received: list[str] = []
    server.sig_file.connect(received.append)
    script = (
        "import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
        "from ui.instance import hand_over; sys.exit(0 if hand_over(sys.argv[1], sys.argv[2]) else 1)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        assert server.listening()
        second = subprocess.Popen([sys.executable, "-c", script, key, "/tmp/x é.asice"], env=env)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
        assert second.returncode == 0
        assert received == ["/tmp/x é.asice"]
        other = subprocess.run(
            [sys.executable, "-c", script, key + "-other", "/tmp/y.asice"], env=env, timeout=30
        )
        assert other.returncode == 1  # nobody runs on that workspace: this launch opens its own window
    finally:
        server.close()


def test_an_exception_in_another_thread_opens_the_crash_dialog(qtbot: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(crash, "_relay", crash._Relay())
    monkeypatch.setattr(threading, "excepthook", crash._thread_excepthook)

    def boom() -> None:
        raise RuntimeError("worker failed")

    worker = threading.Thread(target=boom, name="test-worker")
    worker.start()
    worker.join(5)
    qtbot.waitUntil(lambda: bool(crash._open_dialogs), timeout=5000)
    dialog = crash._open_dialogs[-1]
    report = dialog.text.toPlainText()
    assert "RuntimeError: worker failed" in report
    assert "Thread: test-worker" in report
    for line in ("HubDesk 0.", "Python 3.", "Qt 6.", "OS ", "Log file:"):
        assert line in report
    dialog.close()

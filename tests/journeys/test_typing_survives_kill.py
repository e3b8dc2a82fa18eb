"""Journey: the app is killed (kill -9) while the officer types; reopened, the text is there.

A child process opens the editor and types, as a user, into "Objectives" (then clicks on to the
activities) and into an activity's description without pausing, until this test kills it. The
workspace is then opened again here, in the editor window, and the fields are read as shown: every
character typed in "Objectives" (left by a click) and every character of the description typed up
to about a second before the kill is there.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListView, QWidget

from hubdesk.document.templates import new_activity
from tests.journeys import typing_child
from ui.editor.window import EditorWindow

#: typed at least this long before the kill: stored (the typing pause is 0.7 s; room for a busy machine)
STORED_AFTER_S = 1.2
#: type this long into the description before the kill
DESCRIPTION_S = 3.0


@pytest.fixture
def dossier(tmp_path: Path) -> tuple[Path, str]:
    """A workspace with a new Molfetta dossier and one activity to describe (set up beforehand)."""
    from hubdesk.services import Workspace

    path = tmp_path / "ws.sqlite3"
    ws = Workspace.open(path)
    try:
        state = ws.create(istat_code="072029")
        activity = new_activity(state.document, ws.profile, "Laboratori di comunità")
        ws.update(state.id, state.version, [{"op": "add", "path": "/activities/-", "value": activity}])
        return path, str(state.id)
    finally:
        ws.close()


def _child_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
    }


def _type_and_kill(tmp_path: Path, workspace: Path, dossier_id: str) -> tuple[list[tuple[float, str]], float]:
    """Run the child, kill -9 it after DESCRIPTION_S of typing in the description; its report lines
    (time, rest of line) and the kill time."""
    proc = subprocess.Popen(
        [sys.executable, typing_child.__file__, str(workspace), dossier_id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_child_env(tmp_path),
    )
    assert proc.stdout is not None
    lines: list[tuple[float, str]] = []
    description_started: float | None = None
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            raw = proc.stdout.readline()
            if not raw:
                break
            stamp, rest = raw.strip().split(" ", 1)
            lines.append((float(stamp), rest))
            if rest.startswith("description") and description_started is None:
                description_started = float(stamp)
            if description_started is not None and time.monotonic() - description_started > DESCRIPTION_S:
                break
        killed_at = time.monotonic()
        proc.send_signal(signal.SIGKILL)
    finally:
        out, err = proc.communicate(timeout=30)
    for raw in out.splitlines():  # printed before the kill, not read yet
        stamp, rest = raw.strip().split(" ", 1)
        lines.append((float(stamp), rest))
    assert proc.returncode == -signal.SIGKILL, err[-3000:]
    assert description_started is not None, err[-3000:]
    return lines, killed_at


def _show(window: EditorWindow, label: str) -> QWidget:
    nav = window.findChild(QListView, "sectionNavigation")
    model = nav.model()
    row = next(r for r in range(model.rowCount()) if str(model.index(r, 0).data()).startswith(label))
    QTest.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualRect(model.index(row, 0)).center()
    )
    return window.stack.currentWidget()


def _text_of(page: QWidget, name: str) -> str:
    box: Any = next(w for w in page.findChildren(QWidget) if w.accessibleName() == name and w.isVisible())
    return str(box.toPlainText())


@pytest.mark.slow
def test_typing_survives_kill(qtbot: Any, tmp_path: Path, dossier: tuple[Path, str]) -> None:
    from hubdesk.services import Workspace

    path, dossier_id = dossier
    lines, killed_at = _type_and_kill(tmp_path, path, dossier_id)
    left = next(int(rest.split()[-1]) for _t, rest in lines if rest.startswith("left objectives"))
    typed_long_ago = max(
        (
            int(rest.split()[-1])
            for t, rest in lines
            if rest.startswith("description") and t < killed_at - STORED_AFTER_S
        ),
        default=0,
    )
    typed_in_all = max(int(rest.split()[-1]) for _t, rest in lines if rest.startswith("description"))
    assert typed_long_ago > 20, lines[-5:]  # the child really typed for a while before the kill

    workspace = Workspace.open(path)  # after a kill -9: opens, nothing to repair by hand
    window = None
    try:
        window = EditorWindow(workspace, dossier_id, "en")  # deletes itself when closed
        window.show()
        qtbot.waitExposed(window)
        objectives = _text_of(_show(window, "Proposal"), "Objectives")
        assert objectives == typing_child.OBJECTIVES[:left]
        description = _text_of(_show(window, "Activities"), "Description")
        assert description.startswith(typing_child.DESCRIPTION[:typed_long_ago]), (
            len(description),
            typed_long_ago,
            typed_in_all,
        )
        assert typing_child.DESCRIPTION.startswith(description)  # nothing else, nothing garbled
    finally:
        if window is not None and shiboken6.isValid(window):
            window.close()
        workspace.close()

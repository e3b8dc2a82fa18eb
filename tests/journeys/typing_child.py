"""The child of ``test_typing_survives_kill``: opens the editor on a dossier and types, as a user,
into "Objectives" and then into an activity's description, until it is killed.

Usage: python typing_child.py WORKSPACE DOSSIER_ID. Each character typed is reported on stdout as
``<monotonic time> <field> <characters typed so far>``; ``left objectives`` when the focus moved on.
The monotonic clock is the system's, so the parent can compare its own kill time with these lines.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListView, QWidget

OBJECTIVES = (
    "Riattivare Palazzo Giovene come casa delle associazioni; offrire servizi di prossimità "
    "agli anziani soli e ai giovani NEET; far crescere le imprese sociali della città. "
)
DESCRIPTION = (
    "Laboratori di comunità con le scuole e le cooperative: perché ogni quartiere abbia un luogo "
    "aperto, accessibile e curato da chi lo abita. Attività di orientamento, tutoraggio e mentoring. "
) * 8
#: a keystroke every this many milliseconds (a fast typist), for this long in "Objectives"
KEY_INTERVAL_MS = 25
OBJECTIVES_SECONDS = 1.5


def _say(*parts: object) -> None:
    print(f"{time.monotonic():.3f}", *parts, flush=True)


def _field(window: QWidget, name: str) -> Any:
    return next(w for w in window.findChildren(QWidget) if w.accessibleName() == name and w.isVisible())


def _section(window: QWidget, label: str) -> None:
    nav = window.findChild(QListView, "sectionNavigation")
    model = nav.model()
    row = next(r for r in range(model.rowCount()) if str(model.index(r, 0).data()).startswith(label))
    rect = nav.visualRect(model.index(row, 0))
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _type_one(widget: QWidget, ch: str) -> None:
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


class Typist:
    """Types one character per tick into the current field, then moves on to the next one."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.field = "objectives"
        self.widget = self._enter("Proposal", "Objectives")
        self.text, self.typed = OBJECTIVES, 0
        self.started = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(KEY_INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def _enter(self, section: str, field: str) -> Any:
        _section(self.window, section)
        widget = _field(self.window, field)
        QTest.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton)  # click into the box
        QTest.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        return widget

    def tick(self) -> None:
        if self.field == "objectives" and (
            time.monotonic() - self.started > OBJECTIVES_SECONDS or self.typed == len(self.text)
        ):
            _say("left objectives", self.typed)
            self.field = "description"
            self.widget = self._enter("Activities", "Description")
            self.text, self.typed = DESCRIPTION, 0
        if self.typed < len(self.text):
            _type_one(self.widget, self.text[self.typed])
            self.typed += 1
            _say(self.field, self.typed)


def main() -> int:
    from hubdesk.services import Workspace
    from ui.app import make_application
    from ui.editor.window import EditorWindow

    app = make_application(sys.argv[:1], "en")
    workspace = Workspace.open(sys.argv[1])
    window = EditorWindow(workspace, sys.argv[2], "en")
    window.show()
    window.activateWindow()
    while QApplication.activeWindow() is not window:
        app.processEvents()
    typist = Typist(window)
    _say("typing", typist.field)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

"""UI fixtures: an open editor window on a fresh dossier, closed (and its worker drained) afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool

from tests.ui.helpers import close_left_message_boxes
from ui import dialogs


@pytest.fixture(autouse=True)
def _ui_environment(isolated_settings: None) -> Iterator[None]:
    dialogs.last_message = None
    yield
    # render and validation jobs of this test finish here, not in the middle of the next one
    QThreadPool.globalInstance().waitForDone(30000)
    # a message box left open (its window only closed, not deleted) is modal: it would swallow the
    # keyboard shortcuts of the next test in this process
    close_left_message_boxes()


@pytest.fixture
def dossier_id(workspace: Any) -> str:
    """A fresh dossier for Molfetta (eligible, not a capital)."""
    return workspace.create(istat_code="072029").id


@pytest.fixture
def editor(qtbot: Any, workspace: Any, dossier_id: str) -> Iterator[Any]:
    from ui.editor.window import EditorWindow

    window = EditorWindow(workspace, dossier_id, "en")
    with qtbot.waitSignal(window.validation.sig_result, timeout=10000):
        window.show()
    yield window
    if shiboken6.isValid(window):
        window.close()


@pytest.fixture
def demo_editor(qtbot: Any, workspace: Any) -> Iterator[Any]:
    """An editor window (English) on the bundled demo dossier, validated once."""
    from ui.editor.window import EditorWindow

    dossier = workspace.add_demo()[0]
    window = EditorWindow(workspace, dossier, "en")
    with qtbot.waitSignal(window.validation.sig_result, timeout=10000):
        window.show()
    yield window
    if shiboken6.isValid(window):
        window.close()


_OFFSCREEN_LIMITS = r"^This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it has no window manager (size hints, raise, keyboard grab
    for a completer popup); that is the test platform talking, not HubDesk, so only those exact
    capability messages are ignored; every other Qt warning still fails the test."""
    for item in items:
        if "tests/ui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(_OFFSCREEN_LIMITS))

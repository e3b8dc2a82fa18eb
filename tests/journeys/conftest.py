"""Journey tests drive real windows as a user would: QSettings isolated, offscreen platform notes ignored."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool

from tests.ui.helpers import close_left_message_boxes
from ui import dialogs

_OFFSCREEN_LIMITS = r"^This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)$"


@pytest.fixture(autouse=True)
def _journey_environment(isolated_settings: None) -> Iterator[None]:
    dialogs.last_message = None
    yield
    # render and validation jobs of this test finish here, not in the middle of the next one
    QThreadPool.globalInstance().waitForDone(30000)
    # a message box left open (its window only closed, not deleted) is modal: it would swallow the
    # keyboard shortcuts of the next test in this process
    close_left_message_boxes()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/journeys" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(_OFFSCREEN_LIMITS))

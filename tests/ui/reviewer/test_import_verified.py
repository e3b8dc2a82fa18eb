"""Importing a signed package in the app verifies it first (the command line's own step): an
untrusted or tampered package is said so, the copy is offered only as "unverified" and not by default."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from hubdesk.services import Workspace
from tests.reviewer_packages import Folder
from ui.library.window import LibraryWindow


def _box(qtbot: Any, window: LibraryWindow) -> QMessageBox:
    qtbot.waitUntil(
        lambda: window.transfer.pending_import is not None and window.transfer.pending_import.box is not None,
        timeout=30_000,
    )
    return window.transfer.pending_import.box


def _button(box: QMessageBox, text: str) -> Any:
    (button,) = [b for b in box.buttons() if b.text() == text]
    return button


def test_untrusted_package_is_imported_only_on_explicit_consent(
    qtbot: Any, workspace: Workspace, pec: Folder
) -> None:
    window = LibraryWindow(workspace)
    window.show()
    try:
        window.import_path(pec.good)  # no trust configured: INDETERMINATE
        box = _box(qtbot, window)
        assert "could not be verified" in box.informativeText()
        create = _button(box, "Create an unverified copy")
        assert box.defaultButton() is not create
        create.click()
        qtbot.waitUntil(lambda: len(workspace.list_dossiers()) == 1, timeout=10_000)
    finally:
        window.close()


def test_verified_package_offers_the_copy(
    qtbot: Any, workspace: Workspace, pec: Folder, trusted: Path
) -> None:
    window = LibraryWindow(workspace)
    window.show()
    try:
        window.import_path(pec.tampered)
        box = _box(qtbot, window)
        assert _button(box, "Create an unverified copy") is not None
        _button(box, "Cancel").click()
        assert workspace.list_dossiers() == []
        window.transfer.pending_import = None
        window.import_path(pec.good)
        box = _box(qtbot, window)
        create = _button(box, "Create the copy")
        assert box.defaultButton() is create
        create.click()
        qtbot.waitUntil(lambda: len(workspace.list_dossiers()) == 1, timeout=10_000)
    finally:
        window.close()

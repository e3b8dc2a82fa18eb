"""One facade for message boxes and file pickers, so tests can replace them and nothing blocks.

Messages are shown with ``show()`` (non-modal to the event loop); pickers are plain functions
that a test swaps out by assigning ``ui.dialogs.pick_open_file = ...``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

log = logging.getLogger("hubdesk.ui")

#: the last message shown (kind, text): tests read it instead of hunting for a QMessageBox
last_message: tuple[str, str] | None = None


def show_message(parent: QWidget | None, kind: str, title: str, text: str) -> QMessageBox:
    """Show a non-blocking message box (kind: "info", "warning" or "error") and return it."""
    global last_message
    last_message = (kind, text)
    icon = {
        "info": QMessageBox.Icon.Information,
        "warning": QMessageBox.Icon.Warning,
        "error": QMessageBox.Icon.Critical,
    }.get(kind, QMessageBox.Icon.Information)
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    log.info("message shown (%s): %s", kind, text)
    box.show()
    return box


def _open_file(parent: QWidget | None, caption: str, filters: str) -> str | None:
    from ui import settings

    path, _ = QFileDialog.getOpenFileName(parent, caption, settings.remembered_folder(), filters)
    if path:
        settings.remember_choice(path)
    return path or None


def _save_file(parent: QWidget | None, caption: str, filters: str, suggested: str = "") -> str | None:
    from pathlib import Path

    from ui import settings

    start = suggested
    if suggested and not Path(suggested).is_absolute() and settings.remembered_folder():
        start = str(Path(settings.remembered_folder()) / suggested)
    path, _ = QFileDialog.getSaveFileName(parent, caption, start, filters)
    if path:
        settings.remember_choice(path)
    return path or None


def _open_files(parent: QWidget | None, caption: str, filters: str = "") -> list[str]:
    from ui import settings

    paths, _ = QFileDialog.getOpenFileNames(parent, caption, settings.remembered_folder(), filters)
    if paths:
        settings.remember_choice(paths[0])
    return list(paths)


def _folder(parent: QWidget | None, caption: str, start: str = "") -> str | None:
    from ui import settings

    folder = QFileDialog.getExistingDirectory(parent, caption, start or settings.remembered_folder())
    if folder:
        settings.remember_choice(folder)
    return folder or None


def _confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


#: injectable pickers (a test assigns a lambda returning a path)
pick_open_file: Callable[[QWidget | None, str, str], str | None] = _open_file
#: several files at once ([] when cancelled)
pick_open_files: Callable[..., list[str]] = _open_files
pick_save_file: Callable[..., str | None] = _save_file
pick_folder: Callable[..., str | None] = _folder
confirm: Callable[[QWidget | None, str, str], bool] = _confirm


def tr_filter_package() -> str:
    return QCoreApplication.translate("Dialogs", "Signed packages (*.asice *.sce);;All files (*)")


def tr_filter_json() -> str:
    return QCoreApplication.translate(
        "Dialogs", "Dossiers (*.hubdesk.zip *.zip *.json *.asice);;All files (*)"
    )


def tr_filter_export() -> str:
    return QCoreApplication.translate(
        "Dialogs", "Dossier with attachments (*.hubdesk.zip);;Document only, without attachments (*.json)"
    )


def tr_filter_workspace() -> str:
    return QCoreApplication.translate("Dialogs", "HubDesk workspaces (*.sqlite3);;All files (*)")

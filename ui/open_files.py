"""Opening files from outside: the command line (``hubdesk FILE``), a second launch, a drop on a window.

A package (``.asice``) opens in the reviewer view; a dossier document (``.json``, also the export
file) is offered for import into the open workspace.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from ui import dialogs

if TYPE_CHECKING:
    from ui.library.window import LibraryWindow

log = logging.getLogger("hubdesk.ui")

PACKAGE_SUFFIXES = frozenset({".asice", ".sce"})
DOCUMENT_SUFFIXES = frozenset({".json"})


EXPORT_SUFFIX = ".hubdesk.zip"  # a dossier exported with its attachment files


def _is_document(path: Path) -> bool:
    return path.suffix.lower() in DOCUMENT_SUFFIXES or path.name.lower().endswith(EXPORT_SUFFIX)


def openable(path: Path) -> bool:
    return path.suffix.lower() in PACKAGE_SUFFIXES or _is_document(path)


def open_path(window: LibraryWindow, path: Path) -> None:
    """Do what the user means by opening ``path`` in HubDesk."""
    log.info("opening %s", path)
    window.bring_to_front()
    if not path.is_file():
        dialogs.show_message(
            window,
            "error",
            "HubDesk",
            QCoreApplication.translate("OpenFiles", "File not found:\n%1").replace("%1", str(path)),
        )
        return
    suffix = path.suffix.lower()
    if suffix in PACKAGE_SUFFIXES:
        open_package(window, path)
    elif _is_document(path):
        offer_import(window, path)
    else:
        dialogs.show_message(
            window,
            "warning",
            "HubDesk",
            QCoreApplication.translate(
                "OpenFiles",
                "HubDesk opens submission packages (.asice) and dossier documents (.json), not:\n%1",
            ).replace("%1", path.name),
        )


def open_package(window: LibraryWindow, path: Path) -> None:
    """A package opens in the reviewer view."""
    try:
        from ui.reviewer import open_reviewer
    except ImportError:  # a build without the reviewer view
        dialogs.show_message(
            window,
            "info",
            "HubDesk",
            QCoreApplication.translate(
                "OpenFiles",
                "The reviewer view is not part of this build yet.\n"
                "Check the package from the command line:\nhubdesk package verify %1",
            ).replace("%1", str(path)),
        )
        return
    open_reviewer(path, window)


def offer_import(window: LibraryWindow, path: Path) -> None:
    text = QCoreApplication.translate("OpenFiles", "Import the dossier in “%1” into this workspace?").replace(
        "%1", path.name
    )
    if dialogs.confirm(window, QCoreApplication.translate("OpenFiles", "Import a dossier"), text):
        window.import_path(path)


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class DropHandler(QObject):
    """Event filter on each HubDesk window: a package or dossier file dropped on it opens.

    Drag events that a child widget does not take propagate to its window, where this filter sees them.
    """

    def __init__(self, library: LibraryWindow) -> None:
        super().__init__(library)
        self.library = library
        self.watch(library)
        library.new_window_hooks.append(self.watch)

    def watch(self, window: QWidget) -> None:
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            if any(openable(p) for p in _local_files(event)):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = [p for p in _local_files(event) if openable(p)]
            if files:
                event.acceptProposedAction()
                for path in files:
                    open_path(self.library, path)
                return True
        return False

"""Dossiers in and out of the library: import a document, a ``.hubdesk.zip`` or a package; export one.

A signed package is verified first and its verdict shown before the editable copy is made; the
export offers the acronym and municipality as the file name, with the attachments in one zip.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from hubdesk.services import ServiceError
from ui import dialogs

if TYPE_CHECKING:
    from ui.library.window import LibraryWindow


class DossierTransfer(QObject):
    def __init__(self, window: LibraryWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pending_import: Any = None

    def import_dossier(self) -> None:
        path = dialogs.pick_open_file(self.window, self.tr("Import a dossier"), dialogs.tr_filter_json())
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        """Import a dossier document or package file into the workspace and select it."""
        if path.suffix.lower() in (".asice", ".sce"):
            from ui.reviewer.import_flow import VerifyThenImport

            self.pending_import = VerifyThenImport(self.window, path, lambda: self._import_file(path))
            return
        self._import_file(path)

    def _import_file(self, path: Path) -> None:
        w = self.window
        try:
            new_id = w.workspace.import_file(path)
        except ServiceError as exc:
            dialogs.show_message(w, "error", self.tr("Import refused"), exc.message(w.lang()))
            return
        w.refresh(new_id)
        w.statusBar().showMessage(self.tr("Dossier imported."), 6000)

    def export_selected(self) -> None:
        w = self.window
        dossier_id = w.selected_id()
        if not dossier_id:
            return
        suggested = w.workspace.suggested_export_name(dossier_id)
        path = dialogs.pick_save_file(w, self.tr("Export the dossier"), dialogs.tr_filter_export(), suggested)
        if not path:
            return
        try:
            if path.lower().endswith(".zip"):
                w.workspace.export_bundle(dossier_id, Path(path))
            else:
                w.workspace.export_to(dossier_id, Path(path))
        except (ServiceError, OSError) as exc:
            text = exc.message(w.lang()) if isinstance(exc, ServiceError) else str(exc)
            dialogs.show_message(w, "error", self.tr("Export failed"), text)
            return
        w.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 8000)

    def open_package_file(self) -> None:
        w = self.window
        path = dialogs.pick_open_file(w, self.tr("Open a signed package"), dialogs.tr_filter_package())
        if path:
            from ui.reviewer import open_package

            open_package(path, w)

    def open_package_folder(self) -> None:
        w = self.window
        path = dialogs.pick_folder(w, self.tr("Open a folder of signed packages"))
        if path:
            from ui.reviewer import open_folder

            open_folder(path, w)

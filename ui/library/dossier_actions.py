"""Clone, archive and delete the selected dossier, undoably; ask first when work would drop out of sight.

A delete (or the undo of a clone, which deletes the clone) is a soft delete that Undo/Redo brings
back, but a dossier with edits, frozen versions or packages is somebody's work: the user confirms,
and the question says what the dossier holds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui import dialogs
from ui.library.commands import ArchiveDossierCommand, CloneDossierCommand, DeleteDossierCommand

if TYPE_CHECKING:
    from hubdesk.services.types import DossierFootprint
    from ui.library.window import LibraryWindow


class DossierActions(QObject):
    def __init__(self, window: LibraryWindow) -> None:
        super().__init__(window)
        self.window = window

    def clone_selected(self) -> None:
        w = self.window
        dossier_id = w.selected_id()
        if dossier_id:
            command = CloneDossierCommand(w.workspace, dossier_id, self.tr("Clone dossier"), w.refresh)
            w.undo_stack.push(command)
            if command.clone_id:
                w.select_dossier(command.clone_id)

    def toggle_archived_selected(self) -> None:
        """Archive the selected dossier, or bring it back when it is archived (undoable)."""
        w = self.window
        dossier_id = w.selected_id()
        summary = w.model.summary_of(dossier_id) if dossier_id else None
        if summary is None:
            return
        archive = not summary.archived
        text = self.tr("Archive dossier") if archive else self.tr("Bring dossier back from the archive")
        w.undo_stack.push(ArchiveDossierCommand(w.workspace, summary.id, archive, text, w.refresh))
        message = (
            self.tr("Dossier archived: choose “Archived” in the filter to see it.")
            if archive
            else self.tr("Dossier back among the active ones.")
        )
        w.statusBar().showMessage(message, 8000)

    def delete_selected(self) -> None:
        w = self.window
        dossier_id = w.selected_id()
        back = self.tr("Undo (Ctrl+Z) brings it back while HubDesk stays open.")
        if not dossier_id or not self._agreed(dossier_id, self.tr("Delete the dossier?"), back):
            return
        editor = w.editors.get(dossier_id)
        if editor is not None:
            editor.close()
        w.undo_stack.push(DeleteDossierCommand(w.workspace, dossier_id, self.tr("Delete dossier"), w.refresh))
        w.statusBar().showMessage(self.tr("Dossier deleted. Undo (Ctrl+Z) brings it back."), 10000)

    def undo(self) -> None:
        """Undo the last library action; undoing a clone that was worked on since asks first."""
        w = self.window
        stack = w.undo_stack
        if not stack.canUndo():
            return
        command = stack.command(stack.index() - 1)
        if isinstance(command, CloneDossierCommand) and command.clone_id:
            back = self.tr("Redo (Ctrl+Shift+Z) brings it back while HubDesk stays open.")
            if not self._agreed(command.clone_id, self.tr("Undo the clone?"), back):
                return
            editor = w.editors.get(command.clone_id)
            if editor is not None:
                editor.close()
        stack.undo()

    def _agreed(self, dossier_id: str, title: str, way_back: str) -> bool:
        """True when the dossier holds no work, or the user confirms its removal."""
        w = self.window
        footprint = w.workspace.footprint(dossier_id)
        if not footprint.worked_on:
            return True
        summary = w.model.summary_of(dossier_id)
        name = summary.title or summary.municipality if summary is not None else dossier_id
        text = (
            self.tr("“%1” will be removed from the list, with %2.")
            .replace("%1", name)
            .replace("%2", self.describe(footprint))
            + "\n\n"
            + way_back
        )
        return dialogs.confirm(w, title, text)

    def describe(self, footprint: DossierFootprint) -> str:
        parts = []
        if footprint.changes:
            parts.append(self.tr("%n saved change(s)", "", footprint.changes))
        if footprint.versions:
            parts.append(self.tr("%n frozen version(s)", "", footprint.versions))
        if footprint.packages:
            parts.append(self.tr("%n package(s) built", "", footprint.packages))
        return ", ".join(parts)

"""Undoable library actions: each calls one workspace service (delete/restore, clone/delete)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from hubdesk.services import Workspace


class DeleteDossierCommand(QUndoCommand):
    """Soft-delete a dossier; undo restores it."""

    def __init__(self, workspace: Workspace, dossier_id: str, text: str, after: Callable[[], None]) -> None:
        super().__init__(text)
        self.workspace, self.dossier_id, self.after = workspace, dossier_id, after

    def redo(self) -> None:
        self.workspace.delete(self.dossier_id)
        self.after()

    def undo(self) -> None:
        self.workspace.restore(self.dossier_id)
        self.after()


class CloneDossierCommand(QUndoCommand):
    """Clone a dossier; undo deletes the clone, redo restores it (same id)."""

    def __init__(self, workspace: Workspace, source_id: str, text: str, after: Callable[[], None]) -> None:
        super().__init__(text)
        self.workspace, self.source_id, self.after = workspace, source_id, after
        self.clone_id: str | None = None

    def redo(self) -> None:
        if self.clone_id is None:
            self.clone_id = self.workspace.clone(self.source_id).id
        else:
            self.workspace.restore(self.clone_id)
        self.after()

    def undo(self) -> None:
        if self.clone_id is not None:
            self.workspace.delete(self.clone_id)
        self.after()


class ArchiveDossierCommand(QUndoCommand):
    """Archive a dossier (hidden from the default list, kept whole) or bring it back; undo reverses it."""

    def __init__(
        self, workspace: Workspace, dossier_id: str, archived: bool, text: str, after: Callable[[], None]
    ) -> None:
        super().__init__(text)
        self.workspace, self.dossier_id, self.archived, self.after = workspace, dossier_id, archived, after

    def redo(self) -> None:
        self.workspace.set_archived(self.dossier_id, self.archived)
        self.after()

    def undo(self) -> None:
        self.workspace.set_archived(self.dossier_id, not self.archived)
        self.after()

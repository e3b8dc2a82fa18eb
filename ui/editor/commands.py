"""Thin undo commands: each one replays a recorded action through the session (Workspace) and nothing else.

An edit is applied before it is pushed (so a refused edit never enters the stack); the command's
first redo() is therefore skipped. The workspace keeps the undo history, so commands refer to a
history entry and undo/redo survive closing the dossier: on opening, the stack is rebuilt from it.
Consecutive edits of one text field are folded into one step by the editor before pushing
(see ``EditorWindow._on_page_edit``), in the workspace and on the stack alike.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from hubdesk.services.history import HistoryEntry
from ui.editor.session import DossierSession


def single_replace_path(ops: list[dict[str, Any]]) -> str | None:
    """The path of a lone ``replace`` (a field edit that may be folded into the previous step)."""
    if len(ops) == 1 and ops[0].get("op") == "replace":
        return str(ops[0]["path"])
    return None


class EditCommand(QUndoCommand):
    """One user action on the dossier, recorded as ``entry`` in the workspace's undo history."""

    def __init__(
        self,
        session: DossierSession,
        ops: list[dict[str, Any]],
        entry: int,
        text: str,
        *,
        mergeable: bool = False,
        done: bool = True,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.ops = ops
        self.entry = entry
        self.mergeable = mergeable
        self._skip_redo = True  # applied by the caller (or long ago) before push()
        self._skip_undo = not done  # an entry already undone before the dossier was opened

    @classmethod
    def from_history(cls, session: DossierSession, entry: HistoryEntry) -> EditCommand:
        return cls(session, [], entry.seq, entry.description, done=not entry.undone)

    def accepts_fold(self, ops: list[dict[str, Any]]) -> bool:
        """Whether a new edit of the same single field can join this step."""
        path = single_replace_path(ops)
        return self.mergeable and path is not None and path == single_replace_path(self.ops)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if not self.session.replay(self.entry, undo=False):
            self.setObsolete(True)

    def undo(self) -> None:
        if self._skip_undo:
            self._skip_undo = False
            return
        if not self.session.replay(self.entry, undo=True):
            self.setObsolete(True)

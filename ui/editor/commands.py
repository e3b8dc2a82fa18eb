"""Thin undo commands: each one calls DossierSession.apply (that is, Workspace.update) and nothing else.

An edit is applied before it is pushed (so a refused edit never enters the stack); the command's
first redo() is therefore skipped. Undo applies the inverse ops the service returned.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from ui.editor.session import DossierSession

#: merge id of single-field text edits: consecutive edits of one field become one undo step
MERGE_FIELD_EDIT = 1001


def _single_replace_path(ops: list[dict[str, Any]]) -> str | None:
    if len(ops) == 1 and ops[0].get("op") == "replace":
        return str(ops[0]["path"])
    return None


class EditCommand(QUndoCommand):
    """One user action on the dossier: ``ops`` forward, ``inverse`` back."""

    def __init__(
        self,
        session: DossierSession,
        ops: list[dict[str, Any]],
        inverse: list[dict[str, Any]],
        text: str,
        *,
        mergeable: bool = False,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.ops = ops
        self.inverse = inverse
        self.mergeable = mergeable
        self._applied = True  # applied by the caller before push()

    def id(self) -> int:
        return MERGE_FIELD_EDIT if self.mergeable and _single_replace_path(self.ops) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or not other.mergeable:
            return False
        path = _single_replace_path(self.ops)
        if path is None or path != _single_replace_path(other.ops):
            return False
        self.ops = other.ops  # keep our inverse: undo goes back to the value before the first edit
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        inverse = self.session.apply(self.ops)
        if inverse is None:
            self.setObsolete(True)
            return
        self.inverse = inverse

    def undo(self) -> None:
        ops = self.session.apply(self.inverse)
        if ops is None:
            self.setObsolete(True)
            return
        self.ops = ops

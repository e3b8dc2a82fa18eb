"""The open dossier as the editor sees it: the last stored state, and the one way to change it.

Every change goes through ``record`` (or ``replay`` for undo/redo), which calls the workspace with
the version we last saw, so an edit made meanwhile by another window or process is refused
(ConflictError), never overwritten.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from hubdesk.services import ConflictError, DossierState, EditResult, InputError, Workspace

log = logging.getLogger("hubdesk.ui")


class DossierSession(QObject):
    """Holds the dossier's state and version; emits when it changes or an edit is refused."""

    #: the new document after an applied edit, undo, redo or reload
    sig_document_changed = Signal(object)
    #: an edit was refused because the dossier changed elsewhere (expected, actual version)
    sig_conflict = Signal(int, int)
    #: an edit was refused by the schema (message in the UI language, pointer)
    sig_rejected = Signal(str, str)

    def __init__(
        self, workspace: Workspace, dossier_id: str, lang: str = "it", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.dossier_id = dossier_id
        self.lang = lang
        self.state: DossierState = workspace.get(dossier_id)
        self.in_conflict = False

    @property
    def document(self) -> dict[str, Any]:
        return self.state.document

    @property
    def version(self) -> int:
        return self.state.version

    def record(
        self, ops: list[dict[str, Any]], description: str, *, mergeable: bool, merge_into: int | None
    ) -> EditResult | None:
        """Store a user action and record it in the dossier's undo history (kept in the workspace)."""
        return self._run(
            lambda: self.workspace.update(
                self.dossier_id,
                self.state.version,
                ops,
                description=description,
                mergeable=mergeable,
                merge_into=merge_into,
            )
        )

    def replay(self, entry: int, *, undo: bool) -> bool:
        """Undo or redo a recorded action; False when refused (the reason has been signalled)."""
        call = self.workspace.undo_entry if undo else self.workspace.redo_entry
        return self._run(lambda: call(self.dossier_id, self.state.version, entry)) is not None

    def _run(self, call: Callable[[], EditResult]) -> EditResult | None:
        try:
            result = call()
        except ConflictError as exc:
            self.in_conflict = True
            log.warning("edit refused, dossier %s changed elsewhere: %s", self.dossier_id, exc)
            self.sig_conflict.emit(
                int(getattr(exc, "expected", self.state.version)), int(getattr(exc, "actual", -1) or -1)
            )
            return None
        except InputError as exc:
            message = exc.message_en if self.lang == "en" else exc.message_it
            log.info("edit rejected by the schema at %s: %s", exc.pointer, message)
            self.sig_rejected.emit(message, exc.pointer or "")
            self.sig_document_changed.emit(self.state.document)
            return None
        self.state = result.state
        self.sig_document_changed.emit(self.state.document)
        return result

    def reload(self) -> None:
        """Take the stored state as it is now (after a conflict, the user's way out)."""
        self.state = self.workspace.get(self.dossier_id)
        self.in_conflict = False
        self.sig_document_changed.emit(self.state.document)

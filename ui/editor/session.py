"""The open dossier as the editor sees it: the last stored state, and the one way to change it.

Every change goes through ``record`` (or ``replay`` for undo/redo), which calls the workspace with
the version we last saw, so an edit made meanwhile by another window or process is refused
(ConflictError), never overwritten.

The GUI thread never waits for the database: an edit is tried at once without waiting for locks;
when another program holds the workspace it goes to the window's serial database worker, which
waits and retries ("in uso da un altro programma, riprovo…") while the typed text stays on screen,
and every later edit queues behind it so the order is kept. An edit that cannot be stored (a full
disk, a damaged workspace) is reported as not saved, never as saved.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from hubdesk.errors import HubDeskError
from hubdesk.services import ConflictError, DossierState, EditResult, InputError, Workspace
from hubdesk.storage.engine import WorkspaceBusy
from ui.db_worker import DatabaseWorker

log = logging.getLogger("hubdesk.ui")

Attempt = Callable[[bool], EditResult]  # called with wait=False on the GUI thread, wait=True on the worker


@dataclass(frozen=True)
class RefusedEdit:
    """A user action that was not stored: what it was called and its operations (to show and re-apply)."""

    description: str
    ops: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Conflict:
    """An edit refused because the dossier changed elsewhere: who changed it, when, and what was refused."""

    expected: int
    actual: int
    #: the other person (None: this user in another window, or not known)
    by: str | None = None
    #: when their change was stored (UTC ISO time), when known
    at: str | None = None
    refused: RefusedEdit | None = None


class DossierSession(QObject):
    """Holds the dossier's state and version; emits when it changes or an edit is refused."""

    #: the new document after an applied edit, undo, redo or reload
    sig_document_changed = Signal(object)
    #: an edit was refused because the dossier changed elsewhere (a Conflict)
    sig_conflict = Signal(object)
    #: an edit was refused by the schema (message in the UI language, pointer)
    sig_rejected = Signal(str, str)
    #: an edit could not be stored (full disk, damaged or read-only workspace): message; nothing was saved
    sig_not_saved = Signal(str)
    #: another program holds the workspace: the edit waits on the worker (message in the UI language)
    sig_busy = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        dossier_id: str,
        lang: str = "it",
        parent: QObject | None = None,
        worker: DatabaseWorker | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.dossier_id = dossier_id
        self.lang = lang
        self.worker = worker
        self.state: DossierState = workspace.get(dossier_id)
        self.in_conflict = False
        #: edits of ours queued on the worker, and whether one of them was stored but not announced
        self._queued = 0
        self._unannounced = False

    @property
    def document(self) -> dict[str, Any]:
        return self.state.document

    @property
    def version(self) -> int:
        return self.state.version

    @property
    def waiting(self) -> bool:
        """Edits are queued on the worker (the workspace was busy): not stored yet."""
        return self.worker is not None and self.worker.pending > 0

    def record(
        self,
        ops: list[dict[str, Any]],
        description: str,
        *,
        mergeable: bool,
        merge_into: int | None,
        on_stored: Callable[[EditResult], None] | None = None,
    ) -> EditResult | None:
        """Store a user action and record it in the dossier's undo history (kept in the workspace).

        Returns the result when stored at once; None when refused (signalled) or when it was
        queued on the worker, in which case ``on_stored(result)`` runs once it is stored.
        """
        return self._run(
            lambda wait: self.workspace.update(
                self.dossier_id,
                self.state.version,
                ops,
                description=description,
                mergeable=mergeable,
                merge_into=merge_into,
                wait=wait,
            ),
            on_stored,
            RefusedEdit(description, ops),
        )

    def replay(self, entry: int, *, undo: bool) -> bool:
        """Undo or redo a recorded action; False when refused (the reason has been signalled)."""
        call = self.workspace.undo_entry if undo else self.workspace.redo_entry
        result = self._run(
            lambda wait: call(self.dossier_id, self.state.version, entry, wait=wait), None, None
        )
        return result is not None or self.waiting

    def _run(
        self,
        attempt: Attempt,
        on_stored: Callable[[EditResult], None] | None,
        edit: RefusedEdit | None,
    ) -> EditResult | None:
        if self.waiting:  # earlier edits or other jobs are queued on the worker: keep the order
            self._defer(attempt, on_stored, edit, busy=False)
            return None
        try:
            result = attempt(self.worker is None)
        except WorkspaceBusy:
            if self.worker is None:
                raise
            self._defer(attempt, on_stored, edit, busy=True)
            return None
        except HubDeskError as exc:
            self._refused(exc, edit)
            return None
        self.state = result.state
        self.sig_document_changed.emit(self.state.document)
        return result

    def _defer(
        self,
        attempt: Attempt,
        on_stored: Callable[[EditResult], None] | None,
        edit: RefusedEdit | None,
        *,
        busy: bool,
    ) -> None:
        """Queue the edit on the worker; ``busy``: because another program holds the workspace (said),
        not merely behind a job of ours (reading a change, an attachment: nothing to say)."""
        assert self.worker is not None
        if busy:
            self.sig_busy.emit(
                "Workspace in use by another program, retrying…"
                if self.lang == "en"
                else "Area di lavoro in uso da un altro programma, riprovo…"
            )

        def job() -> EditResult:
            result = attempt(True)  # on the worker: waits for the lock, in order
            self.state = result.state  # the next queued edit starts from this version
            return result

        def stored(result: EditResult) -> None:
            # Announce the document once our last queued edit is stored. Other jobs of the worker
            # (reading a change from elsewhere, an attachment) do not count: waiting for them to be gone too
            # left the pages on the document before these edits, which then reused ids.
            self._queued -= 1
            self._unannounced = True
            if self._queued == 0:
                self._announce()
            if on_stored is not None:
                on_stored(result)

        def failed(exc: BaseException) -> None:
            self._queued -= 1
            if self._queued == 0 and self._unannounced:
                self._announce()
            self._refused(exc, edit)

        self._queued += 1
        self.worker.submit(job, stored, failed)

    def _announce(self) -> None:
        self._unannounced = False
        self.sig_document_changed.emit(self.state.document)

    def _refused(self, exc: BaseException, edit: RefusedEdit | None = None) -> None:
        if isinstance(exc, ConflictError):
            self.in_conflict = True
            log.warning("edit refused, dossier %s changed elsewhere: %s", self.dossier_id, exc.message("en"))
            self.sig_conflict.emit(Conflict(int(exc.expected), int(exc.actual or -1), exc.by, exc.at, edit))
        elif isinstance(exc, InputError):
            message = exc.message(self.lang)
            log.info("edit rejected by the schema at %s: %s", exc.pointer, message)
            self.sig_rejected.emit(message, exc.pointer or "")
            self.sig_document_changed.emit(self.state.document)
        elif isinstance(exc, HubDeskError):
            # not stored: the typed text stays on screen (no document change is emitted)
            log.error("edit on dossier %s not saved: %s", self.dossier_id, exc.message("en"))
            self.sig_not_saved.emit(exc.message(self.lang))
        else:
            raise exc

    def reload(self) -> None:
        """Take the stored state as it is now (after a conflict, the user's way out)."""
        self.take(self.workspace.get(self.dossier_id))

    def take(self, state: DossierState) -> None:
        """Show ``state``, read from the workspace after someone else changed the dossier."""
        self.state = state
        self.in_conflict = False
        self.sig_document_changed.emit(self.state.document)

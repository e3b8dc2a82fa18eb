"""Changes made elsewhere to the open dossier, shown within seconds without a reload button.

With nothing pending here (no edit waiting for the workspace, no field waiting for its typing
pause, no table cell open, no conflict shown) the editor takes the stored dossier silently (read
on its database worker) and says in a short note who changed it and when; otherwise the conflict
banner names them, and the user's text stays on screen.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFrame, QHBoxLayout, QLabel, QWidget

from hubdesk.labels import local_clock
from hubdesk.services import DossierState
from hubdesk.services.watching import DossierChange
from ui.editor.session import Conflict
from ui.live_changes import LiveChanges
from ui.sections.common.text_commit import TextCommitter
from ui.widgets.icons import icon

if TYPE_CHECKING:
    from ui.editor.window import EditorWindow

log = logging.getLogger("hubdesk.ui")

#: how long the note stays
NOTE_MS = 10_000


class ChangeNote(QFrame):
    """A one-line note above the pages that hides itself after a while (never takes the focus)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeNote")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        picture = QLabel()
        picture.setPixmap(icon("info").pixmap(16, 16))
        layout.addWidget(picture)
        self.text = QLabel()
        self.text.setObjectName("changeNoteText")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def say(self, text: str) -> None:
        self.text.setText(text)
        self.show()
        self._timer.start()


class EditorLiveUpdates(QObject):
    """Follows the editor's workspace; ``stop`` when the window closes."""

    def __init__(self, window: EditorWindow) -> None:
        super().__init__(window)
        self.window = window
        self.note = ChangeNote()
        self.changes = LiveChanges(self)
        self.changes.sig_changed.connect(self._on_change)
        self._reading = False
        self._latest: DossierChange | None = None
        self.changes.follow(window.workspace)

    def stop(self) -> None:
        self.changes.stop()

    # ------------------------------------------------------------------ what is pending here
    def pending_here(self, own_jobs: int = 0) -> bool:
        """Whether taking the stored dossier now could drop something of the user's.

        ``own_jobs``: jobs of ours the worker may still count (the read whose result is handled).
        """
        w = self.window
        if w.session.in_conflict or w.db_worker.pending > own_jobs:  # edits waiting for the workspace
            return True
        if any(c.has_pending() for c in w.findChildren(TextCommitter)):
            return True
        focus = QApplication.focusWidget()
        while focus is not None:  # a table cell being edited
            if isinstance(focus, QAbstractItemView):
                return focus.state() == QAbstractItemView.State.EditingState
            focus = focus.parentWidget()
        return False

    # ------------------------------------------------------------------ changes
    def _on_change(self, change: DossierChange) -> None:
        w = self.window
        session = w.session
        if change.dossier_id != session.dossier_id:
            return
        if change.deleted:
            self.note.say(self._deleted_text(change))
            return
        self._latest = change
        if change.version <= session.version or session.in_conflict or self._reading:
            return  # ours, already shown, or the banner already says it
        if self.pending_here():
            if self._who(change) is None:
                return  # this user's own edit on the worker, or another window of theirs: an edit meets it
            session.in_conflict = True
            w.banner.show_conflict(Conflict(session.version, change.version, self._who(change), change.at))
            return
        self._reading = True
        dossier_id = session.dossier_id
        w.db_worker.submit(
            lambda: w.workspace.get(dossier_id),
            lambda state: self._take(state, change),
            self._on_read_error,
        )

    def _take(self, state: DossierState, change: DossierChange) -> None:
        self._reading = False
        self._take_read(state, change)
        latest = self._latest
        if latest is not None and latest.version > self.window.session.version:
            self._on_change(latest)  # changed again while it was read

    def _take_read(self, state: DossierState, change: DossierChange) -> None:
        w = self.window
        if state.version <= w.session.version:
            return
        if self.pending_here(own_jobs=1):  # the user typed while it was read: let the banner say it
            w.session.in_conflict = True
            w.banner.show_conflict(Conflict(w.session.version, state.version, self._who(change), change.at))
            return
        w.session.take(state)
        w._seed_undo_stack()
        text = self._changed_text(change)
        self.note.say(text)
        w.statusBar().showMessage(text, NOTE_MS)
        log.info("dossier %s updated to version %s from the workspace", state.id, state.version)

    def _on_read_error(self, exc: BaseException) -> None:
        self._reading = False
        log.debug("cannot read the changed dossier: %s", exc)

    # ------------------------------------------------------------------ texts
    def _who(self, change: DossierChange) -> str | None:
        """The other person; None when it was this user (another window of theirs)."""
        return None if change.author == self.window.workspace.author else change.author

    def _changed_text(self, change: DossierChange) -> str:
        who, when = self._who(change), local_clock(change.at)
        if who and when:
            return self.tr("Updated: changed by %1 at %2.").replace("%1", who).replace("%2", when)
        if who:
            return self.tr("Updated: changed by %1.").replace("%1", who)
        if when:
            return self.tr("Updated: changed in another window at %1.").replace("%1", when)
        return self.tr("Updated: changed in another window.")

    def _deleted_text(self, change: DossierChange) -> str:
        who = self._who(change)
        if who:
            return self.tr("%1 moved this dossier to the trash.").replace("%1", who)
        return self.tr("This dossier was moved to the trash in another window.")

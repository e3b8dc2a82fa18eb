"""The library follows its workspace's change feed: a dossier created, changed, archived or trashed
by someone else shows in the list within seconds (one refresh for a burst of changes)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from hubdesk.services.watching import DossierChange
from ui.live_changes import LiveChanges

if TYPE_CHECKING:
    from ui.library.window import LibraryWindow


class LibraryLiveUpdates(QObject):
    def __init__(self, window: LibraryWindow) -> None:
        super().__init__(window)
        self.window = window
        self.changes = LiveChanges(self)
        self.changes.sig_changed.connect(self._on_change)

    def follow(self, workspace: Any) -> None:
        self.changes.follow(workspace)

    def stop(self) -> None:
        self.changes.stop()

    def _on_change(self, change: DossierChange) -> None:
        row = self.window.model.summary_of(change.dossier_id)
        shown = row is not None and (row.version, row.archived) == (change.version, change.archived)
        if shown and not change.deleted:
            return  # the list already shows it (a change made from this window)
        self.window._refresh_timer.start()  # one refresh for a burst of changes

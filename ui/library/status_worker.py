"""Checks stale library rows (validation counts, grant totals) a dossier at a time, between events.

A workspace with many dossiers imported or cloned at once would freeze the library for seconds if
they were all checked in one go. A worker thread does not help here: validation is pure Python,
and the table's painting would wait for the interpreter lock. So each stale dossier is checked in
its own turn of the event loop (a few milliseconds each) and the rows fill in when all are done.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger("hubdesk.ui")


class StatusRefresher(QObject):
    """``start(workspace)``; ``sig_refreshed(count)`` once the stale rows have been checked."""

    sig_refreshed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._workspace: Any = None
        self._pending: list[str] = []
        self._done = 0

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self, workspace: Any) -> None:
        if self.running:
            return
        self._workspace = workspace
        self._pending = list(reversed(workspace.stale_dossiers()))
        self._done = 0
        if self._pending:
            self._timer.start()

    def stop(self) -> None:
        """Forget the remaining work (before the workspace is closed or replaced)."""
        self._timer.stop()
        self._pending = []

    def _on_timer_timeout(self) -> None:
        dossier_id = self._pending.pop()
        try:
            self._done += self._workspace.refresh_status(dossier_id)
        except Exception:  # an unreadable dossier stays unchecked; the others go on
            log.exception("library status of %s could not be checked", dossier_id)
        if not self._pending:
            self._timer.stop()
            self.sig_refreshed.emit(self._done)

"""Checks stale library rows (validation counts, grant totals) off the GUI thread.

A workspace with many dossiers imported or cloned at once would otherwise freeze the library for
seconds; the rows show "checking…" and fill in when the worker is done.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot

log = logging.getLogger("hubdesk.ui")


class _RefreshJob(QRunnable):
    def __init__(self, workspace: Any, done: SignalInstance) -> None:
        super().__init__()
        self.workspace = workspace
        self.done = done

    def run(self) -> None:
        try:
            count = self.workspace.refresh_status()
        except Exception:  # a failed check leaves the rows unchecked; the next refresh tries again
            log.exception("library status refresh failed")
            count = 0
        self.done.emit(count)


class StatusRefresher(QObject):
    """``start(workspace)`` once at a time; ``sig_refreshed(count)`` when the stale rows are checked."""

    sig_refreshed = Signal(int)
    _sig_done = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.running = False
        self._sig_done.connect(self._on_done)

    def start(self, workspace: Any) -> None:
        if self.running:
            return
        self.running = True
        self.pool.start(_RefreshJob(workspace, self._sig_done))

    def wait(self) -> None:
        self.pool.waitForDone()

    @Slot(int)
    def _on_done(self, count: int) -> None:
        self.running = False
        self.sig_refreshed.emit(count)

"""The workspace's change feed for Qt: each change made by anyone arrives on the GUI thread.

Wraps ``Workspace.watch`` (whose callback runs on the feed's background thread) in a queued signal,
so ``sig_changed(DossierChange)`` is always handled on the GUI thread and the GUI thread never polls.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from hubdesk.services.watching import DossierChange, Subscription


class LiveChanges(QObject):
    """Follows one workspace at a time (``follow``); ``stop`` when the window closes."""

    sig_changed = Signal(object)
    _sig_from_feed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._subscription: Subscription | None = None
        self._sig_from_feed.connect(self._on_from_feed, Qt.ConnectionType.QueuedConnection)

    def follow(self, workspace: Any) -> None:
        """Receive the changes of ``workspace`` (a Workspace, or one still opening) from now on."""
        self.stop()
        self._subscription = workspace.watch(self._from_feed)

    def stop(self) -> None:
        if self._subscription is not None:
            self._subscription.cancel()
            self._subscription = None

    def _from_feed(self, change: DossierChange) -> None:
        """On the feed's thread: hand the change to the GUI thread."""
        with contextlib.suppress(RuntimeError):  # the window is gone; its subscription is being cancelled
            self._sig_from_feed.emit(change)

    @Slot(object)
    def _on_from_feed(self, change: DossierChange) -> None:
        if self._subscription is not None:
            self.sig_changed.emit(change)

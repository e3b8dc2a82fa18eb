"""Live validation off the GUI thread, debounced, with stale results discarded.

The runnable is a plain QRunnable that receives a bound signal of a main-thread QObject
(no QRunnable+QObject multiple inheritance); the queued signal brings the result back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, SignalInstance, Slot

from hubdesk.validation import validate_document

log = logging.getLogger("hubdesk.validation")

DEBOUNCE_MS = 300


class _ValidationJob(QRunnable):
    """Validates one document; reads the attachment facts first when the caller has none cached."""

    def __init__(
        self,
        generation: int,
        doc: dict[str, Any],
        profile: Any,
        facts: Any,
        facts_provider: Callable[[], Any] | None,
        done: SignalInstance,
    ) -> None:
        super().__init__()
        self.generation = generation
        self.doc = doc
        self.profile = profile
        self.facts = facts
        self.facts_provider = facts_provider
        self.done = done

    def run(self) -> None:
        facts = self.facts
        if facts is None and self.facts_provider is not None:
            try:
                facts = self.facts_provider()  # hashes stored bytes: seconds on a big dossier
            except Exception:
                log.exception("attachment facts unavailable")
        try:
            result = validate_document(self.doc, self.profile, attachment_facts=facts)
        except Exception:  # a rule bug must not kill the worker thread: log it and report nothing
            log.exception("validation failed")
            result = None
        self.done.emit(self.generation, (result, self.doc.get("attachments"), facts))


class ValidationRunner(QObject):
    """``schedule(doc)`` restarts a 300 ms timer; the newest finished run emits ``sig_result``."""

    sig_result = Signal(object)
    _sig_done = Signal(int, object)

    def __init__(
        self, profile: Any, facts_provider: Callable[[], Any] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.facts_provider = facts_provider
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._generation = 0
        self._pending: dict[str, Any] | None = None
        # attachment facts stay valid while the document's attachments list is the same object
        # (edit ops copy only the containers along the edited path)
        self._facts_for: Any = None
        self._facts: Any = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._sig_done.connect(self._on_job_done)

    def schedule(self, doc: dict[str, Any], *, immediately: bool = False) -> None:
        self._pending = doc
        self._timer.start(0 if immediately else DEBOUNCE_MS)

    def _on_timer_timeout(self) -> None:
        if self._pending is None:
            return
        self._generation += 1
        doc = self._pending
        cached = self._facts if doc.get("attachments") is self._facts_for else None
        job = _ValidationJob(self._generation, doc, self.profile, cached, self.facts_provider, self._sig_done)
        self._pending = None
        self.pool.start(job)

    @Slot(int, object)
    def _on_job_done(self, generation: int, payload: Any) -> None:
        result, attachments, facts = payload
        if facts is not None:
            self._facts_for, self._facts = attachments, facts
        if generation != self._generation or result is None:
            return  # a newer run is on its way: this result describes an old document
        self.sig_result.emit(result)

    def is_idle(self) -> bool:
        return self._pending is None and not self._timer.isActive() and self.pool.activeThreadCount() == 0

    def shutdown(self) -> None:
        """Stop the timer and wait for a running job (called when the editor closes)."""
        self._timer.stop()
        self._pending = None
        self.pool.waitForDone()

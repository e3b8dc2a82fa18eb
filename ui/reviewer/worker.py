"""Verification off the GUI thread: a Python thread drives the core's batch (processes for folders)
and hands each verdict to the GUI thread through a queued signal, as soon as it is known."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from hubdesk.progress import Cancelled
from hubdesk.verify.batch import verify_stream
from hubdesk.verify.importing import reviewer_trust
from hubdesk.verify.preview import Preview, read_preview
from hubdesk.verify.trust import TrustAnchors

log = logging.getLogger("hubdesk.ui")


class _Flag:
    def __init__(self) -> None:
        self.event = threading.Event()

    def report(self, fraction: float, message: str = "") -> None:
        return None

    def cancelled(self) -> bool:
        return self.event.is_set()


class VerifyRunner(QObject):
    """``start(paths)``; ``sig_verdict(index, verdict)`` per package, ``sig_preview(preview)`` for a
    single package (its dossier and PDF), ``sig_finished()`` at the end (also after a cancel)."""

    sig_verdict = Signal(int, object)
    sig_preview = Signal(object)
    sig_finished = Signal()

    def __init__(self, parent: QObject | None = None, *, workers: int | None = None) -> None:
        super().__init__(parent)
        self.workers = workers
        self._flag = _Flag()
        self._thread: threading.Thread | None = None

    def start(
        self, paths: Sequence[str | Path], trust: TrustAnchors | None = None, *, preview: bool = False
    ) -> None:
        trust = trust if trust is not None else reviewer_trust()
        self._thread = threading.Thread(
            target=self._run, args=(list(paths), trust, preview), name="hubdesk-verify", daemon=True
        )
        self._thread.start()

    def cancel(self) -> None:
        self._flag.event.set()

    def wait(self, timeout: float = 30.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _emit(self, signal: Signal, *args: object) -> bool:
        try:
            signal.emit(*args)  # type: ignore[attr-defined]
            return True
        except RuntimeError:  # the window went away meanwhile
            self._flag.event.set()
            return False

    def _run(self, paths: list[str | Path], trust: TrustAnchors, preview: bool) -> None:
        try:
            if preview and paths:
                found: Preview = read_preview(paths[0])
                if not self._emit(self.sig_preview, found):
                    return
            for index, verdict in verify_stream(paths, trust, workers=self.workers, progress=self._flag):
                if not self._emit(self.sig_verdict, index, verdict):
                    return
        except Cancelled:
            pass
        except Exception:
            log.exception("verification worker failed")
        self._emit(self.sig_finished)

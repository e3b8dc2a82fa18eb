"""The package build in a worker thread, with progress and cancel through the core's Progress protocol."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot

from hubdesk.package import PackageError, PackageRefused
from hubdesk.progress import Cancelled
from hubdesk.services.packaging import BuildOutcome, build_submission
from hubdesk.signing import SigningError, close_signer

log = logging.getLogger("hubdesk.ui")


class _SignalProgress:
    """Qt-free Progress implementation fed to the core: emits a bound signal, reads a cancel flag."""

    def __init__(self, signal: SignalInstance, cancel: threading.Event) -> None:
        self._signal = signal
        self._cancel = cancel

    def report(self, fraction: float, message: str = "") -> None:
        self._signal.emit(float(fraction), message)

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _BuildJob(QRunnable):
    def __init__(self, run: Callable[[], BuildOutcome], done: SignalInstance) -> None:
        super().__init__()
        self._run = run
        self._done = done

    def run(self) -> None:
        try:
            self._done.emit("ok", self._run())
        except Cancelled:
            self._done.emit("cancelled", None)
        except (PackageRefused, PackageError, SigningError) as exc:
            self._done.emit("error", exc)
        except Exception as exc:  # shown to the user; the crash path would lose the build context
            log.exception("package build failed")
            self._done.emit("error", exc)


class PackageBuilder(QObject):
    """Runs one build at a time; ``sig_progress(fraction, message)``, ``sig_finished(kind, payload)``.

    ``kind`` is ``ok`` (payload: BuildOutcome), ``cancelled`` or ``error`` (payload: the exception).

    Once the certificate is open and before anything is signed, a certificate that is not the
    dossier's legal representative's (``hubdesk.verify.signer.signing_warnings``) emits
    ``sig_confirm_signer(problems)``; the build waits for :meth:`answer_signer` (False: cancelled,
    nothing written).
    """

    sig_progress = Signal(float, str)
    sig_finished = Signal(str, object)
    sig_confirm_signer = Signal(object)
    _sig_done = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._cancel = threading.Event()
        self._answered = threading.Event()
        self._accepted = False
        self.running = False
        self._sig_done.connect(self._on_done)

    def start(
        self, workspace: Any, dossier_id: str, out_path: Path, signer_factory: Callable[[], Any]
    ) -> None:
        self._cancel.clear()
        self.running = True
        progress = _SignalProgress(self.sig_progress, self._cancel)
        opened: list[Any] = []

        def open_signer() -> Any:
            signer = signer_factory()
            opened.append(signer)
            self._confirm(workspace.get(dossier_id).document, signer)
            return signer

        def run() -> BuildOutcome:
            try:
                return build_submission(workspace, dossier_id, out_path, open_signer, progress=progress)
            finally:
                for signer in opened:
                    close_signer(signer)

        self.pool.start(_BuildJob(run, self._sig_done))

    def _confirm(self, doc: Any, signer: Any) -> None:
        """In the worker: ask the GUI when the certificate is someone else's; wait for the answer."""
        from hubdesk.verify.signer import signing_warnings  # on demand: it pulls in the verifier

        problems = signing_warnings(doc, signer.signing_cert)
        if not problems:
            return
        self._answered.clear()
        self._accepted = False
        self.sig_confirm_signer.emit(problems)
        while not self._answered.wait(0.1):
            if self._cancel.is_set():
                raise Cancelled()
        if not self._accepted:
            raise Cancelled()

    def answer_signer(self, accepted: bool) -> None:
        """The officer's answer to ``sig_confirm_signer``: sign anyway (True) or stop (False)."""
        self._accepted = accepted
        self._answered.set()

    def cancel(self) -> None:
        self._cancel.set()
        self._answered.set()

    def wait(self) -> None:
        self.pool.waitForDone()

    @Slot(str, object)
    def _on_done(self, kind: str, payload: object) -> None:
        self.running = False
        self.sig_finished.emit(kind, payload)

"""The serial database worker for Qt: submit a call, get its outcome back on the GUI thread.

Wraps :class:`hubdesk.jobs.SerialExecutor` (one thread, jobs in order). The outcome of a job is
delivered through a queued signal, so ``on_result`` / ``on_error`` always run on the GUI thread,
after the call returned, and the GUI thread itself never waits on the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from hubdesk.jobs import Job, SerialExecutor


class DatabaseWorker(QObject):
    """One per window or workspace; call :meth:`shutdown` when closing."""

    _sig_outcome = Signal(object, object, object, object)  # on_result, on_error, result, error

    def __init__(self, parent: QObject | None = None, name: str = "hubdesk-db") -> None:
        super().__init__(parent)
        self._executor = SerialExecutor(name)
        self._sig_outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        return self._executor.pending

    def submit(
        self,
        call: Callable[[], Any],
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``call()`` on the worker; then ``on_result(value)`` or ``on_error(exc)`` on the GUI thread."""

        def done(result: Any, error: BaseException | None) -> None:
            self._sig_outcome.emit(on_result, on_error, result, error)

        self._executor.submit(Job(call, done, getattr(call, "__name__", "")))

    @Slot(object, object, object, object)
    def _deliver(self, on_result: Any, on_error: Any, result: Any, error: Any) -> None:
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                raise error
        elif on_result is not None:
            on_result(result)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait for the queued calls (closing a window, tests); outcomes arrive with the next events."""
        return self._executor.wait_idle(timeout)

    def shutdown(self, timeout: float | None = 30.0) -> None:
        self._executor.shutdown(timeout)

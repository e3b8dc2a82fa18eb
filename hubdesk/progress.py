"""A Qt-free progress and cancel protocol for long work (hashing, PDF, signing, verifying).

The UI adapts it to signals; the CLI prints or ignores it; tests pass a recorder.
"""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """Raised inside long work when the user asked to stop; nothing partial is left behind."""


class Progress(Protocol):
    def report(self, fraction: float, message: str = "") -> None:
        """``fraction`` in 0..1; ``message`` is a short Italian phrase for the status line."""

    def cancelled(self) -> bool:
        """True once the user asked to stop; long work checks it between steps."""


class NullProgress:
    """Progress that reports nowhere and is never cancelled."""

    def report(self, fraction: float, message: str = "") -> None:
        return None

    def cancelled(self) -> bool:
        return False


class ScaledProgress:
    """A sub-task's 0..1 progress reported as the slice ``start..end`` of a larger task."""

    def __init__(self, inner: Progress, start: float, end: float) -> None:
        self.inner, self.start, self.end = inner, start, end

    def report(self, fraction: float, message: str = "") -> None:
        self.inner.report(self.start + (self.end - self.start) * fraction, message)

    def cancelled(self) -> bool:
        return self.inner.cancelled()


def check_cancel(progress: Progress) -> None:
    if progress.cancelled():
        raise Cancelled()

"""Checks stale library rows (validation counts, grant totals) without ever freezing the window.

A workspace with many dossiers imported or cloned at once, or with very large ones, takes seconds to
check. A worker thread does not help: validation is pure Python and the table's painting would wait
for the interpreter lock. So the check runs in a separate process (``hubdesk workspace check``), and
the rows fill in when it ends. Should that process fail to start, the dossiers are checked one per
event-loop turn instead.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

log = logging.getLogger("hubdesk.ui")


def check_command(workspace_path: str) -> tuple[str, list[str]]:
    """The program and arguments that check ``workspace_path`` (also from a frozen bundle)."""
    args = ["--workspace", workspace_path, "workspace", "check"]
    if getattr(sys, "frozen", False):
        return sys.executable, args
    return sys.executable, ["-m", "hubdesk", *args]


class StatusRefresher(QObject):
    """``start(workspace)``; ``sig_refreshed(count)`` once the stale rows have been checked."""

    sig_refreshed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._workspace: Any = None
        self._pending: list[str] = []
        self._done = 0
        self._held = False
        self._held_workspace: Any = None

    @property
    def running(self) -> bool:
        return self._timer.isActive() or self._process is not None

    def hold(self) -> None:
        """Start no check process until :meth:`release` (the app holds it until its first paint)."""
        self._held = True

    def release(self) -> None:
        self._held = False
        workspace, self._held_workspace = self._held_workspace, None
        if workspace is not None:
            self.start(workspace)

    def start(self, workspace: Any) -> None:
        if self._held:
            self._held_workspace = workspace
            return
        if self.running:
            return
        self._workspace = workspace
        program, args = check_command(str(workspace.path or workspace.label))
        process = QProcess(self)
        password = getattr(workspace, "password", None)
        if password:  # typed at a prompt: the child gets it in its environment, never in argv
            env = QProcessEnvironment.systemEnvironment()
            env.insert("PGPASSWORD", password)
            process.setProcessEnvironment(env)
        process.finished.connect(self._on_process_finished)
        process.errorOccurred.connect(self._on_process_error)
        self._process = process
        process.start(program, args)

    def stop(self) -> None:
        """Forget the remaining work (before the workspace is closed or replaced)."""
        self._held_workspace = None
        self._timer.stop()
        self._pending = []
        if self._process is not None:
            process, self._process = self._process, None
            process.finished.disconnect(self._on_process_finished)
            process.errorOccurred.disconnect(self._on_process_error)
            process.kill()
            process.waitForFinished(3000)

    # ------------------------------------------------------------------ separate process
    def _on_process_finished(self, exit_code: int, _status: QProcess.ExitStatus) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        output = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace").strip()
        process.deleteLater()
        if exit_code != 0 or not output.isdigit():
            log.warning("workspace check ended with code %s; checking in this process", exit_code)
            self._start_in_process()
            return
        self.sig_refreshed.emit(int(output))

    def _on_process_error(self, error: QProcess.ProcessError) -> None:
        if error != QProcess.ProcessError.FailedToStart or self._process is None:
            return
        log.warning("cannot start the workspace check (%s); checking in this process", error)
        process, self._process = self._process, None
        process.deleteLater()
        self._start_in_process()

    # ------------------------------------------------------------------ fallback: one dossier per turn
    def _start_in_process(self) -> None:
        self._pending = list(reversed(self._workspace.stale_dossiers()))
        self._done = 0
        if self._pending:
            self._timer.start()
        else:
            self.sig_refreshed.emit(0)

    def _on_timer_timeout(self) -> None:
        dossier_id = self._pending.pop()
        try:
            self._done += self._workspace.refresh_status(dossier_id)
        except Exception:  # an unreadable dossier stays unchecked; the others go on
            log.exception("library status of %s could not be checked", dossier_id)
        if not self._pending:
            self._timer.stop()
            self.sig_refreshed.emit(self._done)

"""One crash path: uncaught exceptions are logged and shown in a dialog with a copyable report;
Qt's own warnings are forwarded to logging so they land in the same log."""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, Slot, qInstallMessageHandler, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("hubdesk.ui")
qt_log = logging.getLogger("hubdesk.qt")

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, thread: str | None = None
) -> str:
    """The text a user copies into a bug report: versions, the log file, the thread, the traceback."""
    from hubdesk import __version__
    from hubdesk.logs import log_file

    where = log_file()
    head = (
        f"HubDesk crash report\n"
        f"HubDesk {__version__}\n"
        f"Python {platform.python_version()} ({sys.executable})\n"
        f"Qt {qVersion()}, PySide6 {pyside_version}\n"
        f"OS {platform.platform()}\n"
        f"Log file: {where if where else 'none (logging to the terminal only)'}\n"
        f"Thread: {thread or threading.current_thread().name}\n\n"
    )
    return head + "".join(traceback.format_exception(exc_type, exc, tb))


class CrashDialog(QDialog):
    """Shows the report in a read-only text box with a Copy button."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("HubDesk: unexpected error"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Something went wrong. Edits shown as «Saved» are stored in the workspace; "
                    "the action that failed may not have been saved.\n"
                    "Please copy this report and send it to the HubDesk developers."
                )
            )
        )
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setMinimumSize(640, 320)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_copy(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())


class _Relay(QObject):
    """Carries a report from any thread to the GUI thread (queued signal), where the dialog opens."""

    sig_report = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.sig_report.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @Slot(str)
    def _show(self, report: str) -> None:
        show_crash_dialog(report)


_relay: _Relay | None = None
_open_dialogs: list[CrashDialog] = []


def show_crash_dialog(report: str) -> CrashDialog:
    dialog = CrashDialog(report)
    dialog.setObjectName("crashDialog")
    dialog.show()
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _r: _open_dialogs.remove(dialog))
    return dialog


def _report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, thread: str | None = None
) -> None:
    log.critical("uncaught exception in thread %s", thread or "main", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None or _relay is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _relay.sig_report.emit(crash_report(exc_type, exc, tb, thread))


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    _report(exc_type, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    name = args.thread.name if args.thread is not None else "?"
    _report(args.exc_type, args.exc_value, args.exc_traceback, name)


def _qt_message_handler(mode: QtMsgType, context: object, message: str) -> None:
    qt_log.log(_LEVELS.get(mode, logging.WARNING), "%s", message)


def install_crash_handlers() -> None:
    """Route uncaught exceptions (GUI thread, Python threads, Qt worker threads running Python code)
    to the log and the crash dialog, and Qt messages to logging. Call after the QApplication exists."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    qInstallMessageHandler(_qt_message_handler)

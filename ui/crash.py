"""One crash path: uncaught exceptions are logged and shown in a dialog with a copyable report;
Qt's own warnings are forwarded to logging so they land in the same log."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
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


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text a user copies into a bug report: versions plus the traceback."""
    head = (
        f"HubDesk crash report\nPython {platform.python_version()} on {platform.platform()}\n"
        f"PySide6 {pyside_version}\n\n"
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
                    "Something went wrong. Your data is saved: every edit is stored at once.\n"
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


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    dialog = CrashDialog(crash_report(exc_type, exc, tb))
    dialog.show()
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _r: _open_dialogs.remove(dialog))


_open_dialogs: list[CrashDialog] = []


def _qt_message_handler(mode: QtMsgType, context: object, message: str) -> None:
    qt_log.log(_LEVELS.get(mode, logging.WARNING), "%s", message)


def install_crash_handlers() -> None:
    """Route uncaught exceptions to the crash dialog and Qt messages to logging."""
    sys.excepthook = _excepthook
    qInstallMessageHandler(_qt_message_handler)

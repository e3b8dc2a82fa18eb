"""Test helpers: typing any text (also "Città", which QTest.keyClicks cannot type) into a widget."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` character by character as real key events (non-ASCII safe)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def replace_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Select everything, type ``text`` over it and finish the edit (Return for a line edit)."""
    widget.setFocus()
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)
    if isinstance(widget, QLineEdit):
        QTest.keyClick(widget, Qt.Key.Key_Return)


def close_left_message_boxes() -> None:
    """Close the message boxes a test left on screen."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.close()

"""Small helpers that keep the form pages short and consistent (group boxes, labelled rows, scroll)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.sections.common.binder import DATE_FORMAT
from ui.sections.common.marks import group_style


def group(title: str) -> tuple[QGroupBox, QFormLayout]:
    """A titled group with a two-column form layout whose labels wrap instead of clipping."""
    box = QGroupBox(title)
    box.setStyleSheet(group_style())
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return box, form


def scrolling(inner: QWidget) -> QScrollArea:
    """Wrap a form in a frameless scroll area so small screens can reach every field."""
    area = QScrollArea()
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


def page_header(title: str, hint: str) -> QWidget:
    """The bold section title and a one-line explanation at the top of each page."""
    w = QWidget()
    layout = QVBoxLayout(w)
    layout.setContentsMargins(0, 0, 0, 6)
    head = QLabel(title)
    font = head.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    head.setFont(font)
    layout.addWidget(head)
    text = QLabel(hint)
    text.setWordWrap(True)
    layout.addWidget(text)
    return w


def line(placeholder: str = "", max_length: int = 500) -> QLineEdit:
    w = QLineEdit()
    w.setPlaceholderText(placeholder)
    w.setMaxLength(max_length)
    w.setClearButtonEnabled(False)
    return w


def text_box(placeholder: str = "", height: int = 90) -> QPlainTextEdit:
    w = QPlainTextEdit()
    w.setPlaceholderText(placeholder)
    w.setTabChangesFocus(True)
    w.setMinimumHeight(height)
    return w


def date_edit() -> QDateEdit:
    w = QDateEdit()
    w.setCalendarPopup(True)
    w.setDisplayFormat("dd/MM/yyyy")
    w.setMinimumDate(QDate(2000, 1, 1))
    w.setMaximumDate(QDate(2100, 12, 31))
    return w


def date_text(value: str) -> str:
    """An ISO date for display in the UI (dd/mm/yyyy), or the input if it is not a date."""
    d = QDate.fromString(value or "", DATE_FORMAT)
    return d.toString("dd/MM/yyyy") if d.isValid() else (value or "")

"""Accessible names for the inputs of a page, taken from the form labels the user sees.

``name_inputs(root)`` gives every input of every ``QFormLayout`` under ``root`` that has no
accessible name yet the text of its row label (and, for a row of several inputs, the small label
just before the input: "Months, to month"). Pages call it once they are built.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractButton,
    QAbstractItemView,
)


def _clean(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":")


def _widgets_of(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found.extend(_widgets_of(item.layout()))
    return found


def _name(widget: QWidget, name: str) -> None:
    if widget.accessibleName():
        return
    if isinstance(widget, QAbstractButton) and widget.text():
        return  # a button or check box is named by its own text
    widget.setAccessibleName(name)


def name_inputs(root: QWidget) -> None:
    """Name the unnamed inputs of ``root``'s form layouts after their row labels."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if field_item is None:
                continue
            label_widget = label_item.widget() if label_item is not None else None
            label = _clean(label_widget.text()) if isinstance(label_widget, QLabel) else ""
            if field_item.widget() is not None and field_item.widget().layout() is None:
                widgets = [field_item.widget()]
            elif field_item.widget() is not None:
                widgets = _widgets_of(field_item.widget().layout())
            else:
                widgets = _widgets_of(field_item.layout())
            inputs = [w for w in widgets if isinstance(w, INPUTS)]
            local = ""
            for w in widgets:
                if isinstance(w, QLabel):
                    local = _clean(w.text())
                elif isinstance(w, INPUTS):
                    if len(inputs) > 1 and local:
                        _name(w, f"{label}, {local}" if label else local)
                    elif label:
                        _name(w, label)

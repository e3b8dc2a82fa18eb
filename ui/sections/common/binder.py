"""Binds form widgets to JSON Pointers and turns user input into edit operations.

Text and numbers commit by the one policy of ``text_commit`` (a typing pause or leaving the field);
combos, check boxes and dates commit at once. Values equal to the stored ones produce no edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from hubdesk.document.pointer import resolve_pointer
from ui.sections.common.checks import Checker
from ui.sections.common.combo import set_combo_code
from ui.sections.common.focus import focus_widget
from ui.sections.common.marks import mark_widget, worst
from ui.sections.common.text_commit import TextCommitter

DATE_FORMAT = "yyyy-MM-dd"


class _Field:
    def __init__(
        self,
        rel: str,
        widget: QWidget,
        kind: str,
        label: str,
        nullable: bool,
        checker: Checker | None,
        to_value: Callable[[Any], Any] | None,
        to_widget: Callable[[Any], Any] | None,
    ) -> None:
        self.rel, self.widget, self.kind, self.label = rel, widget, kind, label
        self.nullable, self.checker = nullable, checker
        self.to_value, self.to_widget = to_value, to_widget
        self.live_message = ""
        self.issues: list[tuple[str, str]] = []


class FieldBinder(QObject):
    """Widgets keyed by pointer suffixes (``/fiscal_code``) under a base pointer (``/partners/2``)."""

    def __init__(
        self, emit_edit: Callable[[list[dict[str, Any]], str], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.emit_edit = emit_edit
        self.base = ""
        self.obj: Any = None
        self.fields: dict[str, _Field] = {}
        self._loading = False
        self.committer = TextCommitter(self)

    # ------------------------------------------------------------------ registration
    def bind(
        self,
        rel: str,
        widget: QWidget,
        label: str,
        *,
        nullable: bool = False,
        checker: Checker | None = None,
        to_value: Callable[[Any], Any] | None = None,
        to_widget: Callable[[Any], Any] | None = None,
    ) -> QWidget:
        """Register ``widget`` for the field ``rel``; returns the widget for layout code."""
        kind = self._kind(widget)
        field = _Field(rel, widget, kind, label, nullable, checker, to_value, to_widget)
        self.fields[rel] = field
        widget.setObjectName("field" + rel.replace("/", "_"))
        widget.setAccessibleName(label)
        if kind in ("line", "text", "spin"):
            self.committer.watch(widget, lambda f=field: self.commit(f))
        if isinstance(widget, QLineEdit) and checker:
            widget.textChanged.connect(lambda t, f=field: self._on_live_check(f, t))
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _i, f=field: self.commit(f))
        elif isinstance(widget, QCheckBox):
            widget.clicked.connect(lambda _c, f=field: self.commit(f))
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(lambda _d, f=field: self.commit(f))
        if isinstance(widget, QComboBox | QAbstractSpinBox):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel scrolls the page instead
        return widget

    @staticmethod
    def _kind(widget: QWidget) -> str:
        for cls, kind in (
            (QLineEdit, "line"),
            (QPlainTextEdit, "text"),
            (QSpinBox, "spin"),
            (QDoubleSpinBox, "spin"),
            (QComboBox, "combo"),
            (QCheckBox, "check"),
            (QDateEdit, "date"),
        ):
            if isinstance(widget, cls):
                return kind
        raise TypeError(f"unsupported widget {type(widget).__name__}")

    # ------------------------------------------------------------------ values
    def widget_value(self, field: _Field) -> Any:
        w = field.widget
        if isinstance(w, QLineEdit):
            value: Any = w.text()
        elif isinstance(w, QPlainTextEdit):
            value = w.toPlainText()
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            value = w.value()
        elif isinstance(w, QComboBox):
            value = w.currentData()
        elif isinstance(w, QCheckBox):
            value = w.isChecked()
        else:
            value = w.date().toString(DATE_FORMAT)  # type: ignore[attr-defined]
        if field.to_value:
            value = field.to_value(value)
        if field.nullable and value == "":
            return None
        return value

    def set_widget_value(self, field: _Field, value: Any) -> None:
        if field.to_widget:
            value = field.to_widget(value)
        w = field.widget
        if isinstance(w, QLineEdit):
            text = "" if value is None else str(value)
            if w.text() != text:
                w.setText(text)
                w.setCursorPosition(len(text))
        elif isinstance(w, QPlainTextEdit):
            text = "" if value is None else str(value)
            if w.toPlainText() != text:
                w.setPlainText(text)
        elif isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        elif isinstance(w, QDoubleSpinBox):
            w.setValue(float(value or 0))
        elif isinstance(w, QComboBox):
            set_combo_code(w, value)
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QDateEdit):
            date = QDate.fromString(str(value or ""), DATE_FORMAT)
            if date.isValid():
                w.setDate(date)

    def stored_value(self, field: _Field) -> Any:
        if self.obj is None:
            return None
        return resolve_pointer(self.obj, field.rel, None)

    # ------------------------------------------------------------------ loading and committing
    def load(self, base: str, obj: Any) -> None:
        """Show ``obj`` (the dict at ``base``) in the widgets; pending edits of another base are flushed."""
        if base != self.base:
            self.flush()
        self.base, self.obj = base, obj
        self._loading = True
        try:
            for field in self.fields.values():
                if self.committer.pending(field.widget):
                    continue  # the user is typing here: keep their text
                field.widget.blockSignals(True)
                try:
                    self.set_widget_value(field, self.stored_value(field))
                finally:
                    field.widget.blockSignals(False)
                if field.checker:
                    self._on_live_check(field, self._text_of(field))
        finally:
            self._loading = False

    def set_enabled(self, enabled: bool) -> None:
        for field in self.fields.values():
            field.widget.setEnabled(enabled)

    def commit(self, field: _Field) -> None:
        """Send the field's value as one replace op if it differs from the stored value."""
        if self._loading or self.obj is None:
            return
        value = self.widget_value(field)
        if value == self.stored_value(field):
            return
        self.emit_edit([{"op": "replace", "path": self.base + field.rel, "value": value}], field.label)

    def flush(self) -> None:
        """Commit every field that is waiting for its typing pause (before the base changes)."""
        self.committer.flush()

    # ------------------------------------------------------------------ marks
    def _text_of(self, field: _Field) -> str:
        w = field.widget
        return w.text() if isinstance(w, QLineEdit) else ""

    def _on_live_check(self, field: _Field, text: str) -> None:
        field.live_message = field.checker(text) if field.checker else ""
        self._render_marks(field)

    def set_issues(self, issues: list[tuple[str, str, str]]) -> None:
        """``issues``: (pointer suffix, severity, message); each goes to the longest matching field."""
        for field in self.fields.values():
            field.issues = []
        for rel, severity, message in issues:
            field = self.field_for(rel)
            if field is not None:
                field.issues.append((severity, message))
        for field in self.fields.values():
            self._render_marks(field)

    def _render_marks(self, field: _Field) -> None:
        severities = [s for s, _m in field.issues]
        messages = [m for _s, m in field.issues]
        if field.live_message:
            severities.append("error")
            messages.insert(0, field.live_message)
        mark_widget(field.widget, worst(severities), messages)

    def field_for(self, rel: str) -> _Field | None:
        """The field showing ``rel`` or its nearest ancestor (``/areas/2`` -> ``/areas``)."""
        parts = rel.split("/")
        while len(parts) > 1:
            candidate = "/".join(parts)
            if candidate in self.fields:
                return self.fields[candidate]
            parts.pop()
        return None

    def focus(self, rel: str) -> bool:
        field = self.field_for(rel)
        if field is None:
            return False
        return focus_widget(field.widget)

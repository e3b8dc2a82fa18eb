"""The bar shown above the pages when the dossier changed elsewhere: who changed it and when, a way
out (reload), and the user's refused text kept on screen to apply again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from hubdesk.labels import local_clock
from ui.editor.session import Conflict, RefusedEdit
from ui.widgets.icons import icon
from ui.widgets.palette import issue_color


def refused_text(edit: RefusedEdit) -> str:
    """The value the user typed in a refused edit ("" when it is not a single text or number)."""
    if len(edit.ops) != 1 or edit.ops[0].get("op") not in ("replace", "add"):
        return ""
    value: Any = edit.ops[0].get("value")
    if isinstance(value, bool) or value is None or isinstance(value, list | dict):
        return ""
    return str(value)


class ConflictBanner(QFrame):
    """Hidden until ``show_conflict``; its Reload button emits ``sig_reload``.

    After the reload it stays with the refused text (if any) until closed, so nothing typed is lost.
    """

    sig_reload = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        color = issue_color("warning").name()
        self.setStyleSheet(f"#conflictBanner {{ border: 2px solid {color}; border-radius: 4px; }}")
        self.conflict: Conflict | None = None
        #: the actions refused while in conflict, oldest first
        self.refused: list[RefusedEdit] = []
        layout = QGridLayout(self)
        picture = QLabel()
        picture.setPixmap(icon("warning").pixmap(22, 22))
        layout.addWidget(picture, 0, 0)
        self.message = QLabel()
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message, 0, 1)
        self.reload_button = QPushButton(icon("reload"), self.tr("Reload the dossier"))
        self.reload_button.clicked.connect(self.sig_reload)
        layout.addWidget(self.reload_button, 0, 2)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button, 0, 3)
        self.yours_label = QLabel()
        self.yours_label.setWordWrap(True)
        layout.addWidget(self.yours_label, 1, 1)
        self.yours = QPlainTextEdit()
        self.yours.setObjectName("refusedText")
        self.yours.setAccessibleName(self.tr("Your text, not saved"))
        self.yours.setReadOnly(True)
        self.yours.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        layout.addWidget(self.yours, 2, 1)
        self.copy_button = QPushButton(self.tr("Copy your text"))
        self.copy_button.clicked.connect(self._copy)
        layout.addWidget(self.copy_button, 2, 2)
        layout.setColumnStretch(1, 1)
        self.hide()

    # ------------------------------------------------------------------ states
    def show_conflict(self, conflict: Conflict) -> None:
        """An edit was refused: say who changed the dossier and when; keep the refused text."""
        self.conflict = conflict
        if conflict.refused is not None:
            self.refused.append(conflict.refused)
        self.message.setText(self._changed_text(conflict) + " " + self._advice())
        self.reload_button.show()
        self.close_button.hide()
        self._show_refused()
        self.show()

    def add_refused(self, edit: RefusedEdit) -> None:
        """A further edit made while in conflict (not stored either): kept with the others."""
        self.refused.append(edit)
        self._show_refused()
        self.show()

    def reloaded(self) -> None:
        """The dossier was reloaded: hide, or keep showing the refused text until closed."""
        self.conflict = None
        if not any(refused_text(e) for e in self.refused):
            self.dismiss()
            return
        self.message.setText(
            self.tr(
                "Reloaded with the other change. Your text below was NOT saved: apply it again if needed."
            )
        )
        self.reload_button.hide()
        self.close_button.show()
        self.show()

    def dismiss(self) -> None:
        self.refused = []
        self.conflict = None
        self.hide()

    # ------------------------------------------------------------------ texts
    def _changed_text(self, c: Conflict) -> str:
        when = local_clock(c.at)
        if c.by and when:
            text = self.tr("Changed by %1 at %2:").replace("%1", c.by).replace("%2", when)
        elif c.by:
            text = self.tr("Changed by %1:").replace("%1", c.by)
        elif when:
            text = self.tr("Changed in another window or program at %1:").replace("%1", when)
        else:
            text = self.tr("Changed in another window or program:")
        return text

    def _advice(self) -> str:
        if any(refused_text(e) for e in self.refused):
            return self.tr("reload to see the change; your text stays below.")
        return self.tr("reload to see the change, then repeat your edit (it was NOT saved).")

    def _show_refused(self) -> None:
        shown = [(e.description, refused_text(e)) for e in self.refused]
        shown = [(d, t) for d, t in shown if t]
        self.yours_label.setVisible(bool(shown))
        self.yours.setVisible(bool(shown))
        self.copy_button.setVisible(bool(shown))
        if not shown:
            return
        names = ", ".join(dict.fromkeys(d for d, _t in shown))
        self.yours_label.setText(self.tr("Your text, not saved (%1):").replace("%1", names))
        self.yours.setPlainText("\n\n".join(t for _d, t in shown))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.yours.toPlainText())
        self.copy_button.setText(self.tr("Copied"))

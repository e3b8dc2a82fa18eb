"""The bar shown above the pages when the dossier changed elsewhere: what happened, and a way out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.widgets.icons import icon
from ui.widgets.palette import issue_color


class ConflictBanner(QFrame):
    """Hidden until ``show_conflict``; its Reload button emits ``sig_reload``."""

    sig_reload = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        color = issue_color("warning").name()
        self.setStyleSheet(f"#conflictBanner {{ border: 2px solid {color}; border-radius: 4px; }}")
        layout = QHBoxLayout(self)
        picture = QLabel()
        picture.setPixmap(icon("warning").pixmap(22, 22))
        layout.addWidget(picture)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message, 1)
        self.reload_button = QPushButton(icon("reload"), self.tr("Reload the dossier"))
        self.reload_button.clicked.connect(self.sig_reload)
        layout.addWidget(self.reload_button)
        self.hide()

    def show_conflict(self, expected: int, actual: int) -> None:
        self.message.setText(
            self.tr(
                "This dossier was changed in another window or program (version %1, this window had %2). "
                "Your last edit was NOT saved, so nothing was overwritten. Reload to see the current "
                "content, then repeat your edit."
            )
            .replace("%1", str(actual))
            .replace("%2", str(expected))
        )
        self.show()

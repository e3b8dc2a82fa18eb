"""Shown for a section whose page is not installed yet (built by another module of the app)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.editor.section_page import EditorContext, SectionPage
from ui.editor.sections import section_name
from ui.widgets.icons import SECTION_ICONS, icon


class PlaceholderPage(SectionPage):
    """A calm explanation instead of an empty page; problems of the section still show in the panel."""

    def __init__(self, context: EditorContext, section: str, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.section = section
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(icon(SECTION_ICONS.get(section, "info")).pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        title = QLabel(section_name(section))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.message = QLabel(
            self.tr(
                "This section is not available in this version of HubDesk yet.\n"
                "Its problems are still listed in the problems panel below."
            )
        )
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(2)

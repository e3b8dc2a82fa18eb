"""The section pages of a document, read-only, without a workspace: what the reviewer view and
frozen versions show.

    from ui.sections.read_only import ReadOnlySections
    view = ReadOnlySections(profile, lang="it")     # a list of sections and a stack of pages
    view.set_document(doc)                         # any canonical document dict
    view.set_issues(issues)                        # optional: marks, as in the editor
    view.show_section("budget"); view.focus_path("/budget/3/amount_cents")

The pages are the editor's own (``ui.sections.registry.build_read_only_pages`` builds them alone):
same layout and marks, but nothing can be edited and nothing is ever emitted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from ui.sections.names import DOCUMENT_SECTIONS, section_name
from ui.sections.page import EditorContext, SectionPage
from ui.sections.registry import build_pages
from ui.widgets.icons import SECTION_ICONS, icon

if TYPE_CHECKING:
    from hubdesk.callprofile import CallProfile
    from hubdesk.validation.issues import Issue


class ReadOnlySections(QWidget):
    """A section list and the read-only pages of one document."""

    def __init__(self, profile: CallProfile, lang: str = "it", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = EditorContext(None, "", profile, lang, read_only=True)
        self.pages: dict[str, SectionPage] = build_pages(self.context)
        self.nav = QListWidget()
        self.nav.setObjectName("readOnlySectionNavigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.stack = QStackedWidget()
        for key, page in self.pages.items():
            item = QListWidgetItem(icon(SECTION_ICONS.get(key, "info")), section_name(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.nav.setCurrentRow(0)

    def set_document(self, doc: dict[str, Any]) -> None:
        for page in self.pages.values():
            page.set_document(doc)

    def set_issues(self, issues: list[Issue]) -> None:
        for key, page in self.pages.items():
            page.set_issues([i for i in issues if i.section == key])

    def show_section(self, key: str) -> SectionPage:
        self.nav.setCurrentRow(list(self.pages).index(key))
        return self.pages[key]

    def focus_path(self, pointer: str) -> bool:
        """Show the section of ``pointer`` and bring what it points at into view."""
        key = pointer.split("/")[1] if pointer.count("/") >= 1 else ""
        if key not in self.pages:
            return False
        return self.show_section(key).focus_path(pointer)


__all__ = ["DOCUMENT_SECTIONS", "ReadOnlySections"]

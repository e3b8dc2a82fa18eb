"""The short user manual (F1, Help menu) and the About box.

The manual ships as Markdown in ``resources/help/manual_<lang>.md``; each section heading carries the
id of an editor section (``## Budget {#budget}``), so F1 opens the manual at the section in use.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

import hubdesk
from hubdesk.paths import resource_path

_HEADING = re.compile(r"^(#+ .*?)\s*\{#([a-z_]+)\}\s*$", re.M)


def manual_text(lang: str) -> tuple[str, dict[str, str]]:
    """The manual's Markdown without the id markers, and section id -> heading text."""
    path = resource_path("help", f"manual_{'en' if lang == 'en' else 'it'}.md")
    text = path.read_text(encoding="utf-8")
    anchors = {m.group(2): m.group(1).lstrip("# ").strip() for m in _HEADING.finditer(text)}
    return _HEADING.sub(lambda m: m.group(1), text), anchors


class ManualDialog(QDialog):
    """The manual in a browser; ``show_section(key)`` scrolls to that section's heading."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualDialog")
        self.setWindowTitle(QCoreApplication.translate("Help", "HubDesk manual"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("manualText")
        self.browser.setAccessibleName(QCoreApplication.translate("Help", "HubDesk manual"))
        self.browser.setOpenExternalLinks(False)
        text, self.anchors = manual_text(lang)
        self.browser.setMarkdown(text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self.resize(720, 640)

    def show_section(self, key: str | None) -> None:
        """Select the heading of section ``key`` and scroll it to the top of the view."""
        heading = self.anchors.get(key or "")
        document = self.browser.document()
        cursor = QTextCursor(document)
        if heading:
            found = document.find(heading)
            if not found.isNull():
                cursor = found
        self.browser.setTextCursor(cursor)
        top = document.documentLayout().blockBoundingRect(cursor.block()).top()
        self.browser.verticalScrollBar().setValue(int(top))


def open_manual(parent: QWidget, lang: str, section: str | None = None) -> ManualDialog:
    dialog = parent.findChild(ManualDialog)
    if dialog is None:
        dialog = ManualDialog(lang, parent)
        dialog.setWindowFlag(Qt.WindowType.Window, True)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.show_section(section)
    return dialog


def about_text() -> str:
    return QCoreApplication.translate(
        "Help",
        "<b>HubDesk %1</b><br>Proposals for the Puglia call “Social innovation hubs” (ERDF + ESF), "
        "checked while you type and submitted as a signed package.<br>Licence: EUPL-1.2.",
    ).replace("%1", hubdesk.__version__)


def install_help_menu(window: QMainWindow, lang: str, section: Callable[[], str | None]) -> QMenu:
    """Help menu with the manual (F1, at the current section) and About."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("Help", "&Help"))
    manual = QAction(QCoreApplication.translate("Help", "&Manual"), window)
    manual.setObjectName("manualAction")
    manual.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    manual.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    manual.triggered.connect(lambda: open_manual(window, lang, section()))
    about = QAction(QCoreApplication.translate("Help", "&About HubDesk"), window)
    about.setObjectName("aboutAction")
    about.triggered.connect(
        lambda: QMessageBox.about(window, QCoreApplication.translate("Help", "About HubDesk"), about_text())
    )
    menu.addAction(manual)
    menu.addAction(about)
    window.manual_action = manual  # type: ignore[attr-defined]
    window.about_action = about  # type: ignore[attr-defined]
    return menu

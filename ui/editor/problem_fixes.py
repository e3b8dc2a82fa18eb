"""The fix the selected problem offers, as a button under the problems panel ("Allega l'accordo…").

Which fix a problem has is the core's (``hubdesk.attachment_fixes``); the button shows it for the
current problem, and pressing it (or Ctrl+Return in the panel) opens the file picker of the
attachments page and records the file with the right kind and ``refers_to`` in one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from hubdesk.attachment_fixes import AttachFix, attachment_fix


class ProblemFixes(QObject):
    """Keeps ``button`` in step with the current problem of ``view``."""

    def __init__(self, window: Any, view: Any, model: Any) -> None:
        super().__init__(window)
        self.window, self.view, self.model = window, view, model
        self.button = QPushButton()
        self.button.setObjectName("problemFixButton")
        self.button.setVisible(False)
        self.button.clicked.connect(self.apply_current)
        self.fix: AttachFix | None = None
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.apply_current)
        view.selectionModel().currentChanged.connect(lambda *_: self.update())
        model.modelReset.connect(self.update)

    def fix_for(self, issue: Any) -> AttachFix | None:
        if issue is None:
            return None
        return attachment_fix(
            issue.rule,
            issue.path,
            issue.message_it,
            self.window.session.document,
            self.window.workspace.profile,
        )

    def update(self) -> None:
        issue = self.model.issue_at(self.view.currentIndex())
        self.fix = self.fix_for(issue)
        lang = self.window.lang
        self.button.setVisible(self.fix is not None and not getattr(self.window, "read_only", False))
        if self.fix is not None:
            self.button.setText(self.fix.action(lang))
            self.button.setToolTip(issue.message(lang))
            self.button.setAccessibleName(self.fix.action(lang))

    def apply_current(self) -> None:
        if self.fix is not None:
            self.apply(self.fix)

    def apply(self, fix: AttachFix, after: Callable[[], None] | None = None) -> bool:
        page = self.window.show_section("attachments")
        done = bool(page.attach_for(fix))
        if after is not None:
            after()
        return done

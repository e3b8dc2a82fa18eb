"""A section page that shows one object of the document (``/applicant``, ``/proposal``) as a form."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.sections.common.binder import FieldBinder
from ui.sections.common.forms import scrolling
from ui.sections.page import EditorContext, SectionPage


class FormPage(SectionPage):
    """Subclasses fill ``self.form_layout`` with widgets registered in ``self.binder``."""

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.lang = context.lang
        self.binder = FieldBinder(self.emit_edit, self)
        self.doc: dict[str, Any] = {}
        inner = QWidget()
        self.form_layout = QVBoxLayout(inner)
        self.form_layout.setContentsMargins(16, 12, 16, 12)
        self.form_layout.setSpacing(10)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner))

    @property
    def base(self) -> str:
        return f"/{self.section}"

    def set_document(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.binder.load(self.base, doc.get(self.section, {}))
        self.after_load(doc)

    def after_load(self, doc: dict[str, Any]) -> None:
        """Hook for derived displays (eligibility, counters); the default does nothing."""
        return None

    def focus_path(self, pointer: str) -> bool:
        if not pointer.startswith(self.base):
            return False
        return self.binder.focus(pointer[len(self.base) :])

    def set_issues(self, issues: list[Any]) -> None:
        self.binder.set_issues(
            [
                (i.path[len(self.base) :], i.severity, i.message(self.lang))
                for i in issues
                if i.path.startswith(self.base)
            ]
        )

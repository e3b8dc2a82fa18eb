"""The contract every section page of the dossier editor follows.

A page shows one section of the canonical document and never writes storage itself: it emits
``sig_edit(ops, description)`` with document edit operations (hubdesk.document.patch), and the
editor turns them into one undoable command that calls the workspace service. After every applied
edit, undo, redo or external change the editor calls ``set_document`` with the new document.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from hubdesk.document.pointer import escape_token, split_pointer

if TYPE_CHECKING:
    from hubdesk.callprofile import CallProfile
    from hubdesk.services import Workspace
    from hubdesk.validation.issues import Issue


@dataclass(frozen=True)
class Target:
    """Where a JSON Pointer lands inside a page: a list row (or None) and the field named after it."""

    row: int | None
    field: str | None
    rest: str = ""  # the pointer below the row, e.g. "/cadastre/sheet"


@dataclass(frozen=True)
class EditorContext:
    """What a page may use: the workspace services, the dossier it edits, the call profile, the language."""

    workspace: Workspace
    dossier_id: str
    profile: CallProfile
    lang: str = "it"


class SectionPage(QWidget):
    """Base class of the editor's section pages (Ente proponente, Proposta, Immobili, ...)."""

    #: (ops: list[dict], description: str) — one user action, applied and undone as a whole.
    sig_edit = Signal(object, str)

    #: the first token of the JSON Pointers this page shows ("applicant", "budget", ...).
    section: str = ""

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def set_document(self, doc: dict[str, Any]) -> None:
        """Show ``doc`` (the whole document); keep selection and scroll position where possible.

        Every page overrides this; the base shows nothing.
        """
        return None

    def focus_path(self, pointer: str) -> bool:
        """Bring the widget, row or cell that shows ``pointer`` into view and focus it."""
        return False

    def target_of(self, pointer: str) -> Target | None:
        """``/budget/12/category`` -> Target(12, "category") on the budget page; None for other sections."""
        try:
            tokens = split_pointer(pointer)
        except ValueError:
            return None
        if not tokens or tokens[0] != self.section:
            return None
        if len(tokens) < 2 or not tokens[1].isdigit():
            return Target(None, tokens[1] if len(tokens) > 1 else None)
        rest = "".join("/" + escape_token(t) for t in tokens[2:])
        return Target(int(tokens[1]), tokens[2] if len(tokens) > 2 else None, rest)

    def set_issues(self, issues: list[Issue]) -> None:
        """Mark the widgets that show these issues (this section's only), message as tooltip."""
        return None

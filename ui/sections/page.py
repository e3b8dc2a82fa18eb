"""The contract every section page follows (Ente proponente, Proposta, Immobili, ...).

A page shows one section of the canonical document and never writes storage itself: it calls
``emit_edit(ops, description)`` (signal ``sig_edit``) with document edit operations
(hubdesk.document.patch), and its host (the editor) turns them into one undoable command that calls
the workspace service. After every applied edit, undo, redo or external change the host calls
``set_document`` with the new document, and ``set_issues`` with the validation issues.

Read-only mode: ``set_read_only(True)`` (or ``EditorContext(read_only=True)``) shows the same page
without any way to edit: line and text boxes read-only, combos, checks, dates and spins disabled,
add/remove buttons hidden, table editing off, the Gantt's drag off, and ``emit_edit`` drops
anything still emitted. Widgets that change the document are found by type; buttons that edit are
tagged with ``edit_action(button)`` when they are built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from hubdesk.document.pointer import escape_token, split_pointer
from ui.sections.common.accessibility import name_inputs
from ui.sections.common.wheel_guard import guard_wheel

if TYPE_CHECKING:
    from hubdesk.callprofile import CallProfile
    from hubdesk.services import Workspace
    from hubdesk.validation.issues import Issue
    from ui.db_worker import DatabaseWorker

#: property on widgets that only exist to edit (add/remove/move buttons): hidden when read-only
EDIT_ACTION = "hubdeskEditAction"
#: property on widgets read-only mode must leave alone (navigation, filters, zoom)
KEEP_ENABLED = "hubdeskKeepEnabled"


def edit_action(widget: QWidget) -> QWidget:
    """Tag ``widget`` as an editing control (hidden in read-only mode); returns it."""
    widget.setProperty(EDIT_ACTION, True)
    return widget


def keep_enabled(widget: QWidget) -> QWidget:
    """Tag ``widget`` as usable in read-only mode (a filter, a zoom button); returns it."""
    widget.setProperty(KEEP_ENABLED, True)
    return widget


@dataclass(frozen=True)
class Target:
    """Where a JSON Pointer lands inside a page: a list row (or None) and the field named after it."""

    row: int | None
    field: str | None
    rest: str = ""  # the pointer below the row, e.g. "/cadastre/sheet"


@dataclass(frozen=True)
class EditorContext:
    """What a page may use: the workspace (None for a document shown without one), the dossier it
    shows, the call profile, the language, whether editing is off, and the window's database
    worker (None: work runs in the caller, as for a page shown alone)."""

    workspace: Workspace | None
    dossier_id: str
    profile: CallProfile
    lang: str = "it"
    read_only: bool = False
    worker: DatabaseWorker | None = None

    def run(
        self,
        call: Callable[[], Any],
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """``call()`` off the GUI thread when the window has a worker; the outcome back on the GUI thread."""
        if self.worker is not None:
            self.worker.submit(call, on_result, on_error)
            return
        try:
            result = call()
        except Exception as exc:
            on_error(exc)
        else:
            on_result(result)


class SectionPage(QWidget):
    """Base class of the section pages."""

    #: (ops: list[dict], description: str) — one user action, applied and undone as a whole.
    sig_edit = Signal(object, str)

    #: the first token of the JSON Pointers this page shows ("applicant", "budget", ...).
    section: str = ""

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._read_only = False
        self._prepared = False

    def prepare(self) -> None:
        """Once the page is built (done before it shows): accessible names from the form labels,
        and the wheel guard on its value fields."""
        if not self._prepared:
            self._prepared = True
            name_inputs(self)
            guard_wheel(self)

    def showEvent(self, event: QShowEvent) -> None:
        self.prepare()
        super().showEvent(event)

    # ------------------------------------------------------------------ editing
    def emit_edit(self, ops: list[dict[str, Any]], description: str) -> None:
        """Report one user action; nothing is reported in read-only mode."""
        if ops and not self._read_only:
            self.sig_edit.emit(ops, description)

    def is_read_only(self) -> bool:
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Show the page without (or again with) any way to edit it."""
        self._read_only = read_only
        for w in self.findChildren(QWidget):
            if w.property(KEEP_ENABLED):
                continue
            if w.property(EDIT_ACTION):
                w.setVisible(not read_only)
            elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
                if not _inside(w, (QComboBox, QAbstractSpinBox)):
                    w.setReadOnly(read_only)
            elif isinstance(w, QAbstractSpinBox):
                w.setReadOnly(read_only)
                w.setEnabled(not read_only)
            elif isinstance(w, QComboBox | QCheckBox):
                w.setEnabled(not read_only)
            elif isinstance(w, QAbstractItemView):
                _set_view_read_only(w, read_only)
        self.apply_read_only(read_only)

    def apply_read_only(self, read_only: bool) -> None:
        """Hook for what the generic walk cannot know (a chart's drag, check lists); default nothing."""
        return None

    # ------------------------------------------------------------------ contract
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


def _set_view_read_only(view: QAbstractItemView, read_only: bool) -> None:
    """No editor opens in ``view``; a model with ``set_read_only`` (ours) also refuses edits."""
    saved = view.property("hubdeskEditTriggers")
    if read_only:
        if saved is None:
            view.setProperty("hubdeskEditTriggers", int(view.editTriggers().value))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    elif saved is not None:
        view.setEditTriggers(QAbstractItemView.EditTrigger(saved))
        view.setProperty("hubdeskEditTriggers", None)
    model = view.model()
    while model is not None:
        setter = getattr(model, "set_read_only", None)
        if setter is not None:
            setter(read_only)
            break
        source = getattr(model, "sourceModel", None)
        model = source() if source is not None else None


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    return parent is not None and isinstance(parent, kinds)

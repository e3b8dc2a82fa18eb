"""The dossier editor window: it assembles the navigation, the pages, the problems panel and undo.

Edits flow: page.sig_edit(ops) -> DossierSession.record (Workspace.update, one transaction, on the
database worker when another program holds the workspace) ->
EditCommand pushed on the QUndoStack -> the current page gets the new document, the others are
refreshed when shown -> validation is scheduled off the GUI thread -> marks and counts update.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.services import Workspace
from ui import dialogs, settings
from ui.db_worker import DatabaseWorker
from ui.editor.banner import ConflictBanner
from ui.editor.commands import EditCommand
from ui.editor.counts import counts_text
from ui.editor.live_updates import EditorLiveUpdates
from ui.editor.navigation import SectionListModel
from ui.editor.problem_fixes import ProblemFixes
from ui.editor.problems import ProblemsModel, ProblemsView
from ui.editor.round_actions import install_round_actions
from ui.editor.session import Conflict, DossierSession, RefusedEdit
from ui.help import install_help_menu
from ui.i18n import current_language
from ui.sections.names import SECTION_KEYS, section_name
from ui.sections.page import EditorContext, SectionPage
from ui.sections.registry import build_pages
from ui.shortcuts import keep_toolbar_label, redo_shortcuts
from ui.validation_worker import ValidationRunner
from ui.widgets.geometry import fit_to_screen
from ui.widgets.icons import icon

log = logging.getLogger("hubdesk.ui")


def _is_text_edit(ops: list[dict[str, Any]]) -> bool:
    """Single-field edits (text, numbers) merge with the next edit of the same field."""
    if len(ops) != 1 or ops[0].get("op") != "replace":
        return False
    return not isinstance(ops[0].get("value"), list | dict)


class EditorWindow(QMainWindow):
    """One window per open dossier."""

    #: the stored dossier changed (the library refreshes its row)
    sig_saved = Signal(str)
    sig_closed = Signal(str)

    def __init__(
        self, workspace: Workspace, dossier_id: str, lang: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.lang = lang or current_language()
        self.workspace = workspace
        #: the one thread that waits on the database for this window (busy commits, version polling)
        self.db_worker = DatabaseWorker(self)
        self.session = DossierSession(workspace, dossier_id, self.lang, self, worker=self.db_worker)
        self.context = EditorContext(
            workspace, dossier_id, workspace.profile, self.lang, worker=self.db_worker
        )
        self.undo_stack = QUndoStack(self)
        self.issues: list[Any] = []
        self.result: Any = None
        self._dirty: set[str] = set()

        self.nav_model = SectionListModel(self)
        self.nav = QListView()
        self.nav.setObjectName("sectionNavigation")
        self.nav.setModel(self.nav_model)
        self.nav.setSpacing(2)
        # wide enough for the longest section with its counts ("Attività e cronoprogramma ✕ 1"):
        # no horizontal scroll bar and no clipped count when a section gains errors
        nav_width = self.nav_model.widest_label(self.nav.fontMetrics().horizontalAdvance)
        nav_width += self.nav.iconSize().width() + 4 * self.nav.spacing() + 28
        self.nav.setMinimumWidth(max(230, nav_width))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.pages: dict[str, SectionPage] = build_pages(self.context)
        for key, page in self.pages.items():
            self.stack.addWidget(page)
            page.sig_edit.connect(self._on_page_edit)
            self._dirty.add(key)

        self.problems_model = ProblemsModel(self.lang, self)
        self.problems = ProblemsView(self.problems_model)
        self.problems.sig_activated.connect(self.jump_to_issue)
        self.problems_title = QLabel()
        problems_box = QWidget()
        pl = QVBoxLayout(problems_box)
        pl.setContentsMargins(6, 4, 6, 4)
        pl.addWidget(self.problems_title)
        pl.addWidget(self.problems)
        self.problem_fixes = ProblemFixes(self, self.problems, self.problems_model)
        pl.addWidget(self.problem_fixes.button, 0, Qt.AlignmentFlag.AlignLeft)

        self.banner = ConflictBanner()
        self.banner.sig_reload.connect(self.reload)
        # Another window or process may change this dossier: shown within seconds (ui.editor.live_updates)
        self.live = EditorLiveUpdates(self)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.banner)
        rl.addWidget(self.live.note)
        rl.addWidget(self.stack, 1)

        self.h_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.h_splitter.setObjectName("editorHSplitter")
        self.h_splitter.addWidget(self.nav)
        self.h_splitter.addWidget(right)
        self.h_splitter.setStretchFactor(1, 1)
        self.h_splitter.setSizes([max(250, self.nav.minimumWidth()), 950])
        self.v_splitter = QSplitter(Qt.Orientation.Vertical)
        self.v_splitter.setObjectName("editorVSplitter")
        self.v_splitter.addWidget(self.h_splitter)
        self.v_splitter.addWidget(problems_box)
        self.v_splitter.setStretchFactor(0, 5)
        self.v_splitter.setStretchFactor(1, 1)
        self.v_splitter.setSizes([700, 150])
        self.setCentralWidget(self.v_splitter)

        self.validation = ValidationRunner(workspace.profile, self._attachment_facts, self)
        self.validation.sig_result.connect(self._on_validation_result)
        self.session.sig_document_changed.connect(self._on_document_changed)
        self.session.sig_conflict.connect(self._on_conflict)
        self.session.sig_rejected.connect(self._on_rejected)
        self.session.sig_not_saved.connect(self._on_not_saved)
        self.session.sig_busy.connect(self._on_busy)

        self._build_actions()
        self.nav.selectionModel().currentRowChanged.connect(self._on_nav_row_changed)
        self.setTabOrder(self.nav, self.stack)
        self.setTabOrder(self.stack, self.problems)
        fit_to_screen(self, (1280, 860))
        self._restore_state()
        self._seed_undo_stack()
        self._update_title()
        self.show_section("applicant")
        self.validation.schedule(self.session.document, immediately=True)
        self.statusBar().showMessage(self.tr("Every change is saved at once."))

    # ------------------------------------------------------------------ actions and menus
    def _build_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(redo_shortcuts())
        self.redo_action.setIcon(icon("redo"))
        keep_toolbar_label(self.undo_action, self.tr("&Undo"))
        keep_toolbar_label(self.redo_action, self.tr("&Redo"))
        self.reload_action = QAction(icon("reload"), self.tr("Re&load from the workspace"), self)
        self.reload_action.triggered.connect(self.reload)
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        self.problems_action = QAction(icon("error"), self.tr("Go to the first &problem"), self)
        self.problems_action.setShortcut(QKeySequence("F8"))
        self.problems_action.triggered.connect(self._on_first_problem)

        file_menu = self.menuBar().addMenu(self.tr("&Dossier"))
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.problems_action)

        toolbar = self.addToolBar(self.tr("Editing"))
        toolbar.setObjectName("editorToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.problems_action)
        toolbar.addAction(self.reload_action)
        install_round_actions(self, file_menu, toolbar)
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self._on_find)
        edit_menu.addAction(self.find_action)
        install_help_menu(self, self.lang, self.current_section)

    def _on_find(self) -> None:
        """Ctrl+F: the current page's search or filter box when it has one, else the section list."""
        page = self.stack.currentWidget()
        box = getattr(page, "filter_edit", None) or getattr(page, "search", None)
        if box is not None:
            box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            box.selectAll()
            return
        self.nav.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.statusBar().showMessage(self.tr("Type the first letters of a section to go there."), 6000)

    # ------------------------------------------------------------------ navigation
    def show_section(self, key: str) -> SectionPage:
        """Select ``key`` in the navigation and show its page (refreshed if it is stale)."""
        row = self.nav_model.row_of(key)
        if row >= 0 and self.nav.currentIndex().row() != row:
            self.nav.selectionModel().setCurrentIndex(
                self.nav_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        page = self.pages[key]
        self._refresh_page(key)
        self.stack.setCurrentWidget(page)
        return page

    def current_section(self) -> str:
        for key, page in self.pages.items():
            if page is self.stack.currentWidget():
                return key
        return ""

    def _on_nav_row_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.show_section(SECTION_KEYS[current.row()])

    def _refresh_page(self, key: str) -> None:
        if key in self._dirty:
            self._dirty.discard(key)
            page = self.pages[key]
            page.set_document(self.session.document)
            page.set_issues([i for i in self.issues if i.section == key])

    def jump_to_issue(self, issue: Any) -> None:
        """Show the issue's section and focus the widget, row or cell that holds its pointer."""
        key = issue.section
        if key not in self.pages:
            self.statusBar().showMessage(issue.message(self.lang), 8000)
            return
        page = self.show_section(key)
        if not page.focus_path(issue.path):
            page.setFocus()
        self.statusBar().showMessage(f"{issue.rule}: {issue.message(self.lang)}", 10000)

    def _on_first_problem(self) -> None:
        index = self.problems_model.first_issue_index()
        if index.isValid():
            self.problems.setCurrentIndex(index)
            self.jump_to_issue(self.problems_model.issue_at(index))

    # ------------------------------------------------------------------ editing
    def _on_page_edit(self, ops: list[dict[str, Any]], description: str) -> None:
        if self.session.in_conflict:  # not stored: kept in the banner with the refused edit
            self.banner.add_refused(RefusedEdit(description, ops))
            return
        mergeable = _is_text_edit(ops)
        top = self._top_command()
        fold = top if top is not None and mergeable and top.accepts_fold(ops) else None

        def stored(result: Any) -> None:
            if result is None or result.entry is None:
                return
            if fold is not None and result.entry == fold.entry:
                fold.ops = ops  # typed on in the same field: still one undo step
                return
            self.undo_stack.push(
                EditCommand(self.session, ops, result.entry, description, mergeable=mergeable)
            )

        stored(
            self.session.record(
                ops,
                description,
                mergeable=mergeable,
                merge_into=fold.entry if fold else None,
                on_stored=stored,
            )
        )

    def _top_command(self) -> EditCommand | None:
        """The last done command when nothing is waiting to be redone (only then may edits fold)."""
        index = self.undo_stack.index()
        if index == 0 or index != self.undo_stack.count():
            return None
        command = self.undo_stack.command(index - 1)
        return command if isinstance(command, EditCommand) else None

    def _seed_undo_stack(self) -> None:
        """Rebuild the stack from the undo history kept in the workspace (it survives a restart)."""
        self.undo_stack.clear()
        entries = self.workspace.history(self.session.dossier_id)
        done = [e for e in entries if not e.undone]
        last_done = done[-1].seq if done else 0
        redo = [e for e in entries if e.undone and e.seq > last_done]
        for entry in done + redo:
            self.undo_stack.push(EditCommand.from_history(self.session, entry))
        self.undo_stack.setIndex(len(done))

    def _on_document_changed(self, doc: dict[str, Any]) -> None:
        self._dirty.update(self.pages)
        self._refresh_page(self.current_section())
        self.validation.schedule(doc)
        self._update_title()
        self.sig_saved.emit(self.session.dossier_id)
        saved = self.tr("Saved (version %1)").replace("%1", str(self.session.version))
        self.statusBar().showMessage(saved, 4000)

    def _on_conflict(self, conflict: Conflict) -> None:
        self.banner.show_conflict(conflict)
        dialogs.show_message(
            self, "warning", self.tr("Dossier changed elsewhere"), self.banner.message.text()
        )

    def _on_rejected(self, message: str, pointer: str) -> None:
        self.statusBar().showMessage(self.tr("Not saved: %1").replace("%1", message), 10000)
        dialogs.show_message(self, "warning", self.tr("Value not accepted"), message)

    def _on_not_saved(self, message: str) -> None:
        """An edit was not stored: say so plainly; the typed text stays on screen to try again."""
        self.statusBar().showMessage(self.tr("NOT saved: %1").replace("%1", message))
        dialogs.show_message(
            self,
            "warning",
            self.tr("Change not saved"),
            self.tr(
                "The last change was NOT saved:\n%1\n\nWhat you typed is still on screen: "
                "solve the problem and edit the field again to save it."
            ).replace("%1", message),
        )

    def _on_busy(self, message: str) -> None:
        self.statusBar().showMessage(message)

    def reload(self) -> None:
        """Show the stored dossier as it is now, with the undo history the workspace holds for it."""
        self.banner.reloaded()
        self.session.reload()
        self._seed_undo_stack()

    # ------------------------------------------------------------------ validation
    def _attachment_facts(self) -> Any:
        return self.workspace.attachment_facts(self.session.dossier_id)

    def _on_validation_result(self, result: Any) -> None:
        self.result = result
        self.issues = list(result.issues)
        self.problems_model.set_issues(self.issues)
        self.nav_model.set_counts(result.section_counts())
        for key, page in self.pages.items():
            if key not in self._dirty:
                page.set_issues([i for i in self.issues if i.section == key])
        advice = len(self.issues) - result.errors - result.warnings
        self.problems_title.setText(
            self.tr("Problems: %1").replace("%1", counts_text(result.errors, result.warnings, advice))
        )

    # ------------------------------------------------------------------ window state
    def _update_title(self) -> None:
        doc = self.session.document
        name = doc.get("applicant", {}).get("name", "")
        acronym = doc.get("proposal", {}).get("acronym", "")
        title = " — ".join(p for p in (acronym, name) if p) or section_name("document")
        self.setWindowTitle(f"{title} · HubDesk")

    def _restore_state(self) -> None:
        for name, restore in (
            ("editor/geometry", self.restoreGeometry),
            ("editor/hsplitter", self.h_splitter.restoreState),
            ("editor/vsplitter", self.v_splitter.restoreState),
        ):
            data = settings.load_state(name)
            if data is not None:
                restore(data)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages.values():
            binder = getattr(page, "binder", None)
            if binder is not None:
                binder.flush()
        settings.save_state("editor/geometry", self.saveGeometry())
        settings.save_state("editor/hsplitter", self.h_splitter.saveState())
        settings.save_state("editor/vsplitter", self.v_splitter.saveState())
        self.live.stop()
        if not self.db_worker.wait_idle(30):  # edits still waiting for the workspace are stored first
            log.error("dossier %s closed with edits still waiting for the workspace", self.session.dossier_id)
        self.db_worker.shutdown()
        self.validation.shutdown()
        self.sig_closed.emit(self.session.dossier_id)
        super().closeEvent(event)

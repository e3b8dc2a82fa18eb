"""The start window: every dossier of the workspace in a searchable table, and what to do with them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from hubdesk.errors import HubDeskError
from ui import dialogs, settings
from ui.i18n import eur
from ui.library.actions import LibraryActions
from ui.library.dossier_actions import DossierActions
from ui.library.live import LibraryLiveUpdates
from ui.library.model import (
    COL_MUNICIPALITY,
    COL_TITLE,
    FILTER_ALL,
    FILTER_ARCHIVED,
    FILTER_ERRORS,
    FILTER_READY,
    FILTER_WARNINGS,
    DossierFilterProxy,
    DossierTableModel,
    IdRole,
)
from ui.library.settings_dialog import SettingsDialog
from ui.library.status_worker import StatusRefresher
from ui.library.table import dossier_table
from ui.library.transfer import DossierTransfer
from ui.widgets.geometry import fit_to_screen

if TYPE_CHECKING:
    from hubdesk.services import Workspace  # loads after the first paint (services.opening)
    from ui.editor.window import EditorWindow  # imported on first open: not needed to paint the library
    from ui.library.wizard import NewDossierDialog  # imported on first use: not needed to paint

log = logging.getLogger("hubdesk.ui")


class LibraryWindow(QMainWindow):
    """Owns the open Workspace and the editor windows opened from it."""

    # built by LibraryActions
    new_action: QAction
    open_action: QAction
    clone_action: QAction
    delete_action: QAction
    archive_action: QAction
    import_action: QAction
    export_action: QAction
    demo_action: QAction
    open_package_action: QAction
    open_folder_action: QAction
    open_ws_action: QAction
    open_shared_action: QAction
    new_ws_action: QAction
    settings_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    find_action: QAction

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, hold_status_check: bool = False
    ) -> None:
        """``hold_status_check``: start no status check until ``status_refresher.release()``."""
        super().__init__(parent)
        self.workspace = workspace
        self.editors: dict[str, EditorWindow] = {}
        #: called with each window this one opens (file drops are accepted on every window)
        self.new_window_hooks: list[Callable[[QWidget], None]] = []
        self.undo_stack = QUndoStack(self)
        self.new_dialog: NewDossierDialog | None = None
        self._stale = False
        self.status_refresher = StatusRefresher(self)
        if hold_status_check:
            self.status_refresher.hold()
        self.status_refresher.sig_refreshed.connect(self._on_status_refreshed)
        self.model = DossierTableModel(self)
        self.proxy = DossierFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(self.tr("Search municipality, title or acronym…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.status_filter = QComboBox()
        for label, value in (
            (self.tr("All dossiers"), FILTER_ALL),
            (self.tr("With errors"), FILTER_ERRORS),
            (self.tr("Warnings only"), FILTER_WARNINGS),
            (self.tr("Ready"), FILTER_READY),
            (self.tr("Archived"), FILTER_ARCHIVED),
        ):
            self.status_filter.addItem(label, value)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_status_filter(self.status_filter.currentData())
        )
        self.table = dossier_table(self.proxy)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        self.summary = QLabel()

        central = QWidget()
        layout = QVBoxLayout(central)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_filter, 1)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.setCentralWidget(central)
        self.dossier_actions = DossierActions(self)
        self.transfer = DossierTransfer(self)
        self.menus = LibraryActions(self, self.lang())
        self.setTabOrder(self.search, self.status_filter)
        self.setTabOrder(self.status_filter, self.table)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(400)
        self._refresh_timer.timeout.connect(self.refresh)
        fit_to_screen(self, (1200, 720), share=0.75)
        data = settings.load_state("library/geometry")
        if data is not None:
            self.restoreGeometry(data)
        self.live = LibraryLiveUpdates(self)  # changes made by others show within seconds
        self._workspace_changed()

    # ------------------------------------------------------------------ table
    def refresh(self, select_id: str | None = None) -> None:
        """Reload the summaries (keeping the selection) and the totals line."""
        self._stale = False
        keep = select_id or self.selected_id()
        rows = self.workspace.list_dossiers(include_archived=True, check=False)
        self.model.set_rows(rows)
        if any(not r.checked for r in rows):
            self.status_refresher.start(self.workspace)
        if keep:
            self.select_dossier(keep)
        for col in range(self.model.columnCount()):
            if col != COL_TITLE:
                self.table.resizeColumnToContents(col)
        active = [r for r in rows if not r.archived]
        fesr = sum(r.requested_fesr_cents for r in active)
        fse = sum(r.requested_fse_cents for r in active)
        known = all(r.checked for r in active)  # totals of rows still being checked would be wrong
        self.summary.setText(
            self.tr("%1 dossiers · ERDF requested %2 · ESF requested %3 · workspace %4")
            .replace("%1", str(len(active)))
            .replace("%2", eur(fesr) if known else "…")
            .replace("%3", eur(fse) if known else "…")
            .replace("%4", self.workspace.label)
        )
        self.update_actions()

    def update_actions(self) -> None:
        dossier_id = self.selected_id()
        summary = self.model.summary_of(dossier_id) if dossier_id else None
        self.menus.update(dossier_id is not None, bool(summary and summary.archived))

    def _on_status_refreshed(self, count: int) -> None:
        if count:
            self.refresh()

    def select_dossier(self, dossier_id: str) -> None:
        row = self.model.row_of(dossier_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, COL_MUNICIPALITY))
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
            self.table.scrollTo(index)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(IdRole) if rows else None

    # ------------------------------------------------------------------ dossier actions
    def new_dossier(self) -> NewDossierDialog:
        """Open the new-dossier dialog (window-modal, not blocking); it creates the dossier on accept."""
        from ui.library.wizard import NewDossierDialog

        dialog = NewDossierDialog(self.workspace.profile, self)
        dialog.accepted.connect(lambda: self._on_new_accepted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def _on_new_accepted(self, dialog: NewDossierDialog) -> None:
        choice = dialog.choice()
        if choice is None:
            return
        state = self.workspace.create(istat_code=choice.istat_code, population=choice.population)
        self.refresh(state.id)
        self.open_editor(state.id)

    def open_selected(self) -> None:
        dossier_id = self.selected_id()
        if dossier_id:
            self.open_editor(dossier_id)

    def open_editor(self, dossier_id: str) -> EditorWindow:
        editor = self.editors.get(dossier_id)
        if editor is None:
            from ui.editor.window import (
                EditorWindow,
            )  # imported on first open: not needed to paint the library

            editor = EditorWindow(self.workspace, dossier_id)
            editor.sig_saved.connect(self._on_editor_saved)
            editor.sig_closed.connect(self._on_editor_closed)
            self.editors[dossier_id] = editor
            for hook in self.new_window_hooks:
                hook(editor)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _on_editor_saved(self, _dossier_id: str) -> None:
        """Counts are recomputed by the service (a validation): do it when the library is looked at."""
        self._stale = True
        if self.isActiveWindow():
            self._refresh_timer.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self._stale:
            self._refresh_timer.start()
        super().changeEvent(event)

    def _on_editor_closed(self, dossier_id: str) -> None:
        self.editors.pop(dossier_id, None)
        self._refresh_timer.start()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def import_path(self, path: Path) -> None:
        """Import a dossier file or a verified package (also what a file dropped on a window does)."""
        self.transfer.import_path(path)

    def open_demo(self) -> None:
        ids = self.workspace.add_demo()
        if ids:
            self.refresh(ids[0])
            self.open_editor(ids[0])

    def show_settings(self) -> SettingsDialog:
        from hubdesk.services.store import fallback_author

        dialog = SettingsDialog(
            self, default_name=fallback_author(self.workspace.path or self.workspace.label)
        )
        dialog.accepted.connect(lambda: self.workspace.set_author(settings.author_name()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @staticmethod
    def lang() -> str:
        from ui.i18n import current_language

        return current_language()

    # ------------------------------------------------------------------ workspaces
    def open_workspace_file(self) -> None:
        path = dialogs.pick_open_file(self, self.tr("Open a workspace"), dialogs.tr_filter_workspace())
        if path:
            self.switch_workspace(Path(path))

    def create_workspace_file(self) -> None:
        path = dialogs.pick_save_file(
            self, self.tr("Create a workspace"), dialogs.tr_filter_workspace(), "hubdesk.sqlite3"
        )
        if path:
            self.switch_workspace(Path(path))

    def switch_workspace(self, path: Path) -> None:
        """Close the editors, open (or create) ``path`` and show its dossiers."""
        from hubdesk.services.workspace import Workspace

        try:
            new = Workspace.open(path, author=settings.author_name())
        except (HubDeskError, OSError) as exc:
            text = exc.message(self.lang()) if isinstance(exc, HubDeskError) else str(exc)
            dialogs.show_message(self, "error", self.tr("Cannot open the workspace"), text)
            return
        self.adopt_workspace(new)

    def adopt_workspace(self, new: Workspace) -> None:
        """Close the editors and the current workspace; show the dossiers of ``new`` (already open)."""
        for editor in list(self.editors.values()):
            editor.close()
        self.undo_stack.clear()
        self.status_refresher.stop()
        self.workspace.close()
        self.workspace = new
        self._workspace_changed()

    def _workspace_changed(self) -> None:
        settings.add_recent_workspace(self.workspace.label)  # a server's address, never a password
        self.menus.rebuild_recent_menu()
        self.live.follow(self.workspace)
        path = self.workspace.path
        name = path.name if path else self.workspace.label
        # the application name last, as the other windows: Qt adds it to a title that does not end with it
        self.setWindowTitle(self.tr("%1 — HubDesk").replace("%1", name))
        self.refresh()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def closeEvent(self, event: QCloseEvent) -> None:
        for editor in list(self.editors.values()):
            editor.close()
        self.status_refresher.stop()
        self.live.stop()
        self._refresh_timer.stop()  # a refresh asked by a closing editor or a change: nothing to show now
        settings.save_state("library/geometry", self.saveGeometry())
        super().closeEvent(event)

"""The start window: every dossier of the workspace in a searchable table, and what to do with them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.errors import HubDeskError
from hubdesk.money import format_eur
from hubdesk.services import ServiceError
from ui import dialogs, settings
from ui.help import install_help_menu
from ui.library.commands import ArchiveDossierCommand, CloneDossierCommand, DeleteDossierCommand
from ui.library.model import (
    COL_MODIFIED,
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
from ui.shortcuts import redo_shortcuts
from ui.widgets.geometry import fit_to_screen
from ui.widgets.icons import icon

if TYPE_CHECKING:
    from hubdesk.services import Workspace  # loads after the first paint (services.opening)
    from ui.editor.window import EditorWindow  # imported on first open: not needed to paint the library
    from ui.library.wizard import NewDossierDialog  # imported on first use: not needed to paint

log = logging.getLogger("hubdesk.ui")


class LibraryWindow(QMainWindow):
    """Owns the open Workspace and the editor windows opened from it."""

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
        self.table = QTableView()
        self.table.setObjectName("dossierTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_MODIFIED, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Size columns from a sample of rows: measuring hundreds of rows on every refresh stalls the GUI.
        header.setResizeContentsPrecision(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # sized once per refresh
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
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
        self._build_actions()
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
        self._workspace_changed()

    # ------------------------------------------------------------------ actions
    def _action(self, name: str, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(icon(name), text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            "new", self.tr("&New dossier…"), self.new_dossier, QKeySequence.StandardKey.New
        )
        self.open_action = self._action("open", self.tr("&Open dossier"), self.open_selected, "Ctrl+O")
        self.clone_action = self._action("clone", self.tr("&Clone"), self.clone_selected, "Ctrl+D")
        self.delete_action = self._action(
            "delete", self.tr("&Delete"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.archive_action = self._action("archive", self.tr("&Archive"), self.toggle_archived_selected)
        self.import_action = self._action("import", self.tr("&Import…"), self.import_dossier, "Ctrl+I")
        self.export_action = self._action("export", self.tr("&Export…"), self.export_selected, "Ctrl+E")
        self.demo_action = self._action("demo", self.tr("Open &demo"), self.open_demo)
        self.open_package_action = self._action(
            "open", self.tr("Open signed &package…"), self.open_package_file, "Ctrl+Shift+O"
        )
        self.open_package_action.setObjectName("openPackageAction")
        self.open_folder_action = self._action(
            "open", self.tr("Open &folder of packages…"), self.open_package_folder
        )
        self.open_folder_action.setObjectName("openFolderAction")
        self.open_ws_action = self._action("workspace", self.tr("Open &workspace…"), self.open_workspace_file)
        self.new_ws_action = self._action(
            "workspace", self.tr("Create w&orkspace…"), self.create_workspace_file
        )
        self.settings_action = self._action("settings", self.tr("&Settings…"), self.show_settings)
        self.quit_action = self._action("", self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setIcon(icon("undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setIcon(icon("redo"))
        self.redo_action.setShortcuts(redo_shortcuts())

        ws_menu = self.menuBar().addMenu(self.tr("&Workspace"))
        for a in (self.new_action, self.open_action, self.demo_action):
            ws_menu.addAction(a)
        ws_menu.addSeparator()
        ws_menu.addAction(self.import_action)
        ws_menu.addAction(self.export_action)
        ws_menu.addSeparator()
        ws_menu.addAction(self.open_package_action)
        ws_menu.addAction(self.open_folder_action)
        ws_menu.addSeparator()
        ws_menu.addAction(self.open_ws_action)
        ws_menu.addAction(self.new_ws_action)
        self.recent_menu = QMenu(self.tr("&Recent workspaces"), self)
        ws_menu.addMenu(self.recent_menu)
        ws_menu.addSeparator()
        ws_menu.addAction(self.settings_action)
        ws_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for a in (self.undo_action, self.redo_action):
            edit_menu.addAction(a)
        edit_menu.addSeparator()
        for a in (self.clone_action, self.archive_action, self.delete_action):
            edit_menu.addAction(a)
        self.find_action = QAction(self.tr("&Find"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self._on_find)
        edit_menu.addAction(self.find_action)
        install_help_menu(self, self._lang(), lambda: "library")

        toolbar = self.addToolBar(self.tr("Library"))
        toolbar.setObjectName("libraryToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        for a in (
            self.new_action,
            self.open_action,
            self.clone_action,
            self.archive_action,
            self.delete_action,
            None,
            self.undo_action,
            self.redo_action,
            None,
            self.import_action,
            self.export_action,
            None,
            self.demo_action,
        ):
            if a is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(a)

    def _update_actions(self) -> None:
        has = self.selected_id() is not None
        for a in (
            self.open_action,
            self.clone_action,
            self.archive_action,
            self.delete_action,
            self.export_action,
        ):
            a.setEnabled(has)
        summary = self.model.summary_of(self.selected_id()) if has else None
        archived = bool(summary and summary.archived)
        self.archive_action.setText(
            self.tr("Bring back from the archive") if archived else self.tr("&Archive")
        )

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in settings.get(settings.RECENT_WORKSPACES):
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.switch_workspace(Path(p)))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

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
        self.summary.setText(
            self.tr("%1 dossiers · FESR requested %2 · FSE requested %3 · workspace %4")
            .replace("%1", str(len(active)))
            .replace("%2", format_eur(fesr))
            .replace("%3", format_eur(fse))
            .replace("%4", self.workspace.label)
        )
        self._update_actions()

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

    def clone_selected(self) -> None:
        dossier_id = self.selected_id()
        if dossier_id:
            command = CloneDossierCommand(self.workspace, dossier_id, self.tr("Clone dossier"), self.refresh)
            self.undo_stack.push(command)
            if command.clone_id:
                self.select_dossier(command.clone_id)

    def toggle_archived_selected(self) -> None:
        """Archive the selected dossier, or bring it back when it is archived (undoable)."""
        dossier_id = self.selected_id()
        summary = self.model.summary_of(dossier_id) if dossier_id else None
        if summary is None:
            return
        archive = not summary.archived
        text = self.tr("Archive dossier") if archive else self.tr("Bring dossier back from the archive")
        self.undo_stack.push(ArchiveDossierCommand(self.workspace, summary.id, archive, text, self.refresh))
        message = (
            self.tr("Dossier archived: choose “Archived” in the filter to see it.")
            if archive
            else self.tr("Dossier back among the active ones.")
        )
        self.statusBar().showMessage(message, 8000)

    def delete_selected(self) -> None:
        dossier_id = self.selected_id()
        if not dossier_id:
            return
        editor = self.editors.get(dossier_id)
        if editor is not None:
            editor.close()
        self.undo_stack.push(
            DeleteDossierCommand(self.workspace, dossier_id, self.tr("Delete dossier"), self.refresh)
        )
        self.statusBar().showMessage(self.tr("Dossier deleted. Undo (Ctrl+Z) brings it back."), 10000)

    def open_package_file(self) -> None:
        path = dialogs.pick_open_file(self, self.tr("Open a signed package"), dialogs.tr_filter_package())
        if path:
            from ui.reviewer import open_package

            open_package(path, self)

    def open_package_folder(self) -> None:
        path = dialogs.pick_folder(self, self.tr("Open a folder of signed packages"))
        if path:
            from ui.reviewer import open_folder

            open_folder(path, self)

    def _on_find(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def import_dossier(self) -> None:
        path = dialogs.pick_open_file(self, self.tr("Import a dossier"), dialogs.tr_filter_json())
        if path:
            self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        """Import a dossier document or package file into the workspace and select it.

        A signed package is verified first and its verdict shown before the editable copy is made.
        """
        if path.suffix.lower() in (".asice", ".sce"):
            from ui.reviewer.import_flow import VerifyThenImport

            self._pending_import = VerifyThenImport(self, path, lambda: self._import_file(path))
            return
        self._import_file(path)

    def _import_file(self, path: Path) -> None:
        try:
            new_id = self.workspace.import_file(path)
        except ServiceError as exc:
            dialogs.show_message(self, "error", self.tr("Import refused"), exc.message(self._lang()))
            return
        self.refresh(new_id)
        self.statusBar().showMessage(self.tr("Dossier imported."), 6000)

    def export_selected(self) -> None:
        dossier_id = self.selected_id()
        if not dossier_id:
            return
        path = dialogs.pick_save_file(
            self, self.tr("Export the dossier"), dialogs.tr_filter_export(), self._export_name(dossier_id)
        )
        if not path:
            return
        try:
            if path.lower().endswith(".zip"):
                self.workspace.export_bundle(dossier_id, Path(path))
            else:
                self.workspace.export_to(dossier_id, Path(path))
        except (ServiceError, OSError) as exc:
            text = exc.message(self._lang()) if isinstance(exc, ServiceError) else str(exc)
            dialogs.show_message(self, "error", self.tr("Export failed"), text)
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 8000)

    def _export_name(self, dossier_id: str) -> str:
        """``HUBARI-Bari.hubdesk.zip``: the acronym and the municipality, as a consultant would name it."""
        import re

        doc = self.workspace.get(dossier_id).document
        parts = [doc.get("proposal", {}).get("acronym") or "", doc.get("applicant", {}).get("name") or ""]
        stem = "-".join(re.sub(r"[^\w]+", "_", p).strip("_") for p in parts if p.strip()) or dossier_id
        return stem.replace("Comune_di_", "") + ".hubdesk.zip"

    def open_demo(self) -> None:
        ids = self.workspace.add_demo()
        if ids:
            self.refresh(ids[0])
            self.open_editor(ids[0])

    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @staticmethod
    def _lang() -> str:
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
            new = Workspace.open(path)
        except (HubDeskError, OSError) as exc:
            text = exc.message(self._lang()) if isinstance(exc, HubDeskError) else str(exc)
            dialogs.show_message(self, "error", self.tr("Cannot open the workspace"), text)
            return
        for editor in list(self.editors.values()):
            editor.close()
        self.undo_stack.clear()
        self.status_refresher.stop()
        self.workspace.close()
        self.workspace = new
        self._workspace_changed()

    def _workspace_changed(self) -> None:
        settings.add_recent_workspace(self.workspace.label)  # a server's address, never a password
        self._rebuild_recent_menu()
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
        settings.save_state("library/geometry", self.saveGeometry())
        super().closeEvent(event)

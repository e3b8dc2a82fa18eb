"""The library's actions, its menus and its toolbar: what a user can do, and where to find it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from hubdesk.workspace_location import is_url
from ui import settings
from ui.help import install_help_menu
from ui.shortcuts import keep_toolbar_label, redo_shortcuts
from ui.widgets.icons import icon

if TYPE_CHECKING:
    from ui.library.window import LibraryWindow


class LibraryActions(QObject):
    """Builds every action on ``window`` (as its ``*_action`` attributes), the menu bar and the toolbar."""

    def __init__(self, window: LibraryWindow, lang: str) -> None:
        super().__init__(window)
        self.window = window
        w = window
        std = QKeySequence.StandardKey
        w.new_action = self._action("new", self.tr("&New dossier…"), w.new_dossier, std.New)
        w.open_action = self._action("open", self.tr("&Open dossier"), w.open_selected, "Ctrl+O")
        w.clone_action = self._action("clone", self.tr("&Clone"), w.dossier_actions.clone_selected, "Ctrl+D")
        w.delete_action = self._action(
            "delete", self.tr("&Delete"), w.dossier_actions.delete_selected, std.Delete
        )
        w.archive_action = self._action(
            "archive", self.tr("&Archive"), w.dossier_actions.toggle_archived_selected
        )
        w.import_action = self._action("import", self.tr("&Import…"), w.transfer.import_dossier, "Ctrl+I")
        w.export_action = self._action("export", self.tr("&Export…"), w.transfer.export_selected, "Ctrl+E")
        w.demo_action = self._action("demo", self.tr("Open &demo"), w.open_demo)
        w.open_package_action = self._action(
            "open", self.tr("Open signed &package…"), w.transfer.open_package_file, "Ctrl+Shift+O"
        )
        w.open_package_action.setObjectName("openPackageAction")
        w.open_folder_action = self._action(
            "open", self.tr("Open &folder of packages…"), w.transfer.open_package_folder
        )
        w.open_folder_action.setObjectName("openFolderAction")
        w.open_ws_action = self._action("workspace", self.tr("Open &workspace…"), w.open_workspace_file)
        w.new_ws_action = self._action("workspace", self.tr("Create w&orkspace…"), w.create_workspace_file)
        w.open_shared_action = self._action(
            "workspace", self.tr("Open s&hared workspace…"), self._open_shared
        )
        w.open_shared_action.setObjectName("openSharedAction")
        w.settings_action = self._action("settings", self.tr("&Settings…"), w.show_settings)
        w.quit_action = self._action("", self.tr("&Quit"), w.close, std.Quit)
        w.undo_action = self._undo_action()
        w.redo_action = w.undo_stack.createRedoAction(w, self.tr("&Redo"))
        w.redo_action.setIcon(icon("redo"))
        w.redo_action.setShortcuts(redo_shortcuts())
        keep_toolbar_label(w.undo_action, self.tr("&Undo"))
        keep_toolbar_label(w.redo_action, self.tr("&Redo"))
        w.find_action = self._action("", self.tr("&Find"), w.focus_search, std.Find)
        self._menus(lang)
        self._toolbar()

    def _action(self, name: str, text: str, slot: Callable[[], Any], shortcut: Any = None) -> QAction:
        action = QAction(icon(name), text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _undo_action(self) -> QAction:
        """Undo through the window (it may ask first), labelled and enabled as the stack says."""
        stack = self.window.undo_stack
        action = self._action("undo", self.tr("&Undo"), self.window.dossier_actions.undo)
        action.setShortcut(QKeySequence.StandardKey.Undo)
        action.setEnabled(stack.canUndo())
        stack.canUndoChanged.connect(action.setEnabled)

        def relabel(text: str) -> None:
            action.setText(self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo"))

        stack.undoTextChanged.connect(relabel)
        return action

    def _menus(self, lang: str) -> None:
        w = self.window
        ws_menu = w.menuBar().addMenu(self.tr("&Workspace"))
        for group in (
            (w.new_action, w.open_action, w.demo_action),
            (w.import_action, w.export_action),
            (w.open_package_action, w.open_folder_action),
            (w.open_ws_action, w.new_ws_action, w.open_shared_action),
        ):
            for a in group:
                ws_menu.addAction(a)
            ws_menu.addSeparator()
        self.recent_menu = QMenu(self.tr("&Recent workspaces"), w)
        ws_menu.insertMenu(ws_menu.actions()[-1], self.recent_menu)
        ws_menu.addAction(w.settings_action)
        ws_menu.addAction(w.quit_action)
        edit_menu = w.menuBar().addMenu(self.tr("&Edit"))
        for a in (w.undo_action, w.redo_action):
            edit_menu.addAction(a)
        edit_menu.addSeparator()
        for a in (w.clone_action, w.archive_action, w.delete_action):
            edit_menu.addAction(a)
        edit_menu.addAction(w.find_action)
        install_help_menu(w, lang, lambda: "library")

    def _toolbar(self) -> None:
        w = self.window
        toolbar = w.addToolBar(self.tr("Library"))
        toolbar.setObjectName("libraryToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        for a in (
            w.new_action,
            w.open_action,
            w.clone_action,
            w.archive_action,
            w.delete_action,
            None,
            w.undo_action,
            w.redo_action,
            None,
            w.import_action,
            w.export_action,
            None,
            w.demo_action,
        ):
            if a is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(a)

    def update(self, has_selection: bool, archived: bool) -> None:
        """Enable what applies to the selected dossier; Archive reads "bring back" on an archived one."""
        w = self.window
        for a in (w.open_action, w.clone_action, w.archive_action, w.delete_action, w.export_action):
            a.setEnabled(has_selection)
        w.archive_action.setText(self.tr("Bring back from the archive") if archived else self.tr("&Archive"))

    def _open_shared(self, url: str | None = None) -> None:
        from ui.library.shared_dialog import open_shared_workspace

        open_shared_workspace(self.window, url)

    def _open_recent(self, location: str) -> None:
        """A file opens at once; a server through the shared-workspace dialog (off the GUI thread)."""
        if is_url(location):
            self._open_shared(location)
        else:
            self.window.switch_workspace(Path(location))

    def rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in settings.get(settings.RECENT_WORKSPACES):
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self._open_recent(p))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

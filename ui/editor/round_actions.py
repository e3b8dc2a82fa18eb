"""The editor's «Anteprima PDF» and «Confronta versioni» actions (negotiation rounds)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from hubdesk.package import suggested_file_name
from ui.widgets.icons import icon


def install_round_actions(window: Any, menu: QMenu, toolbar: QToolBar) -> None:
    """Add both actions to the editor ``window``'s Dossier menu and toolbar."""
    window.preview_action = QAction(
        icon("open"), QCoreApplication.translate("EditorWindow", "PDF &preview"), window
    )
    window.preview_action.setObjectName("draftPreviewAction")
    window.preview_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
    window.preview_action.triggered.connect(lambda: open_preview(window))
    window.compare_action = QAction(
        icon("clone"), QCoreApplication.translate("EditorWindow", "&Compare versions…"), window
    )
    window.compare_action.setObjectName("compareVersionsAction")
    window.compare_action.triggered.connect(lambda: open_compare(window))
    first = menu.actions()[0] if menu.actions() else None
    if first is None:
        menu.addAction(window.preview_action)
        menu.addAction(window.compare_action)
    else:
        menu.insertAction(first, window.preview_action)
        menu.insertAction(first, window.compare_action)
        menu.insertSeparator(first)
    toolbar.addSeparator()
    toolbar.addAction(window.preview_action)
    toolbar.addAction(window.compare_action)


def open_preview(window: Any) -> Any:
    from ui.editor.draft_preview import DraftPreviewWindow

    preview = getattr(window, "draft_preview", None)
    if preview is None:
        stem = suggested_file_name(window.session.document, 0).removesuffix("_v0.asice")
        preview = DraftPreviewWindow(stem, window)
        window.draft_preview = preview
    preview.show_for(lambda: (window.session.document, window.result))
    return preview


def open_compare(window: Any) -> Any:
    from ui.compare.window import CompareWindow

    compare = CompareWindow(window.workspace, window.session.dossier_id, window, window)
    compare.show()
    window.compare_window = compare
    return compare

"""The GUI entry point the CLI calls: application setup, then the library window of a workspace."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from hubdesk.errors import HubDeskError
from hubdesk.services import Workspace
from hubdesk.workspace_location import default_workspace_path
from ui.crash import install_crash_handlers
from ui.i18n import current_language, install_translators
from ui.widgets.fonts import apply_app_font
from ui.widgets.icons import icon
from ui.widgets.palette import apply_palette

log = logging.getLogger("hubdesk.ui")

ORGANIZATION = "HubDesk"
APPLICATION = "HubDesk"


def make_application(argv: list[str]) -> QApplication:
    """Create (or reuse) the QApplication with names, style, palette, font and translations."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setWindowIcon(icon("app"))
    apply_palette(app)
    apply_app_font(app)
    install_translators(app)
    return app


def _open_workspace(workspace_path: str | None) -> Workspace | None:
    """Open the workspace; if that fails, say why on screen and fall back to the default one."""
    try:
        return Workspace.open(workspace_path)
    except (HubDeskError, OSError) as exc:
        log.error("cannot open the workspace %s: %s", workspace_path, exc)
        reason = exc.message(current_language()) if isinstance(exc, HubDeskError) else str(exc)
    fallback = default_workspace_path()
    can_fall_back = workspace_path is not None and Path(workspace_path).resolve() != fallback.resolve()
    text = QCoreApplication.translate("App", "The workspace cannot be opened:\n%1").replace("%1", reason)
    if can_fall_back:
        text += "\n\n" + QCoreApplication.translate(
            "App", "HubDesk opens the default workspace instead:\n%1"
        ).replace("%1", str(fallback))
    box = QMessageBox(QMessageBox.Icon.Critical, "HubDesk", text, QMessageBox.StandardButton.Ok)
    box.exec()  # start-up, before any window: nothing else to keep responsive
    if not can_fall_back:
        return None
    try:
        return Workspace.open(fallback)
    except (HubDeskError, OSError):
        log.exception("cannot open the default workspace either")
        return None


def run_gui(workspace_path: str | None, argv: list[str]) -> int:
    """Open the workspace (``None``: the default one) in the library window and run the event loop."""
    from ui.library.window import LibraryWindow

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    app = make_application(argv)
    install_crash_handlers()
    workspace = _open_workspace(workspace_path)
    if workspace is None:
        return 2
    window = LibraryWindow(workspace)
    window.show()
    code = app.exec()
    window.workspace.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv[1] if len(sys.argv) > 1 else None, sys.argv))

"""The GUI entry point the CLI calls: application setup, then the library window of a workspace."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication

from hubdesk.services import Workspace
from ui.crash import install_crash_handlers
from ui.i18n import install_translators
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


def run_gui(workspace_path: str | None, argv: list[str]) -> int:
    """Open the workspace (``None``: the default one) in the library window and run the event loop."""
    from ui.library.window import LibraryWindow

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    app = make_application(argv)
    install_crash_handlers()
    try:
        workspace = Workspace.open(workspace_path)
    except Exception:
        log.exception("cannot open the workspace %s", workspace_path)
        raise
    window = LibraryWindow(workspace)
    window.show()
    code = app.exec()
    window.workspace.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv[1] if len(sys.argv) > 1 else None, sys.argv))

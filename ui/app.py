"""The GUI entry point the CLI calls: application setup, then the library window of a workspace."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hubdesk import __version__, logs
from hubdesk.errors import HubDeskError
from hubdesk.services import Workspace
from hubdesk.workspace_location import default_workspace_path
from ui.crash import install_crash_handlers
from ui.i18n import current_language, install_translators
from ui.instance import InstanceServer, hand_over
from ui.open_files import DropHandler, open_path
from ui.widgets.fonts import apply_app_font
from ui.widgets.icons import icon
from ui.widgets.palette import apply_palette

log = logging.getLogger("hubdesk.ui")

ORGANIZATION = "HubDesk"
APPLICATION = "HubDesk"


def make_application(argv: list[str], lang: str | None = None) -> QApplication:
    """Create (or reuse) the QApplication with names, style, palette, font and translations
    (``lang``: "it" or "en"; ``None``: the language chosen in the settings)."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setWindowIcon(icon("app"))
    apply_palette(app)
    apply_app_font(app)
    install_translators(app, lang)
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


class FirstPaint(QObject):
    """Calls ``then`` once, on the event-loop turn after ``widget`` was first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, then)
        return False


def _instance_key(workspace_path: str | None) -> str:
    if workspace_path is None:
        return str(default_workspace_path().resolve())
    if "://" in workspace_path:
        return workspace_path
    return str(Path(workspace_path).expanduser().resolve())


def run_gui(
    workspace_path: str | None,
    argv: list[str],
    *,
    exit_after_start: bool = False,
    open_file: str | None = None,
    debug: bool = False,
    lang: str | None = None,
) -> int:
    """Open the workspace (``None``: the default one) in the library window and run the event loop.

    ``lang`` overrides the language of the settings for this run (``hubdesk --lang en gui``).
    ``open_file`` is opened once the window is painted (a package in the reviewer view, a document
    offered for import); when another instance already runs on the same workspace, the file is handed
    to it and this process exits. ``exit_after_start`` quits once the first window is painted.
    """
    log_path = logs.configure(debug=debug, to_file=True)
    app = make_application(argv, lang)
    install_crash_handlers()
    log.info("HubDesk %s starting (log: %s)", __version__, log_path)
    key = _instance_key(workspace_path)
    if not exit_after_start and hand_over(key, open_file):
        return 0
    workspace = _open_workspace(workspace_path)
    if workspace is None:
        return 2
    from ui.library.window import LibraryWindow

    window = LibraryWindow(workspace)
    DropHandler(window)
    if not exit_after_start:
        server = InstanceServer(key, window)
        server.sig_file.connect(
            lambda name: open_path(window, Path(name)) if name else window.bring_to_front()
        )

    def after_first_paint() -> None:
        log.info("first window painted")
        if exit_after_start:
            window.close()  # stops the status check process, saves the geometry
            app.exit(0)
            return
        warm_up_in_background()
        if open_file:
            open_path(window, Path(open_file))

    FirstPaint(window, after_first_paint)
    if exit_after_start:  # never hang a smoke test: no paint within a minute is a failure
        QTimer.singleShot(60_000, lambda: app.exit(1))
    window.show()
    code = app.exec()
    window.workspace.close()
    return int(code)


def warm_up_in_background() -> None:
    """After the first paint, import the heavy modules the next steps need, off the GUI thread."""
    from ui.warmup import start_warm_up

    start_warm_up()


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv[1] if len(sys.argv) > 1 else None, sys.argv))

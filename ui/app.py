"""The GUI entry point the CLI calls: application setup, then the library window of a workspace."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hubdesk import __version__, logs
from hubdesk.errors import HubDeskError
from hubdesk.workspace_location import default_workspace_path
from ui import settings
from ui.crash import install_crash_handlers
from ui.i18n import current_language, install_translators
from ui.open_files import DropHandler, open_path
from ui.widgets.fonts import apply_app_font
from ui.widgets.icons import icon
from ui.widgets.palette import apply_palette

if TYPE_CHECKING:
    from hubdesk.services import Workspace
    from hubdesk.services.opening import OpeningWorkspace
    from ui.library.window import LibraryWindow

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


def _explain_failure(workspace_path: str | None, exc: BaseException) -> Path | None:
    """Say on screen why the workspace cannot be opened; the default one to open instead, if any."""
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
    box.exec()  # start-up: nothing else to keep responsive
    return fallback if can_fall_back else None


def _open_workspace(workspace_path: str | None, wants_password: list[str] | None = None) -> Workspace | None:
    """Open the workspace; if that fails, say why on screen and fall back to the default one.

    A server that asks for a password (``wants_password`` given): its address is appended there and
    the default workspace opened, for the window to ask the password in its shared-workspace dialog.
    """
    from hubdesk.services.workspace import Workspace
    from hubdesk.storage.server import PasswordRequired

    author = settings.author_name()
    try:
        return Workspace.open(workspace_path, author=author)
    except PasswordRequired as exc:
        if wants_password is None or workspace_path is None:
            fallback = _explain_failure(workspace_path, exc)
        else:
            log.info("the server %s asks for a password: asked once the window is up", exc.label)
            wants_password.append(workspace_path)
            fallback = default_workspace_path()
    except (HubDeskError, OSError) as exc:
        fallback = _explain_failure(workspace_path, exc)
    if fallback is None:
        return None
    try:
        return Workspace.open(fallback, author=author)
    except (HubDeskError, OSError):
        log.exception("cannot open the default workspace either")
        return None


class _Opened(QObject):
    """Carries "the workspace finished opening" from its thread to the GUI thread."""

    sig_done = Signal()


def _opening_workspace(workspace_path: str | None) -> tuple[OpeningWorkspace, _Opened] | None:
    """A current SQLite workspace: its library rows now, the workspace itself in a background thread
    (once started), with the object that reports on the GUI thread when it is open."""
    from hubdesk.services.opening import OpeningWorkspace, quick_listing

    listing = quick_listing(workspace_path)
    if listing is None:
        return None
    opened = _Opened()
    return OpeningWorkspace(*listing, on_done=opened.sig_done.emit, author=settings.author_name()), opened


def _adopt_opened(window: LibraryWindow, opening: OpeningWorkspace, workspace_path: str | None) -> None:
    """On the GUI thread: the window takes the open workspace, or says why it could not be opened."""
    if cast(object, window.workspace) is not opening:
        return  # the user switched workspace meanwhile
    error = opening.error
    if error is None:
        window.workspace = opening.result()
        return
    fallback = _explain_failure(workspace_path, error)
    if fallback is not None:
        window.switch_workspace(fallback)
    else:
        window.close()
        QApplication.exit(2)


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
    if not exit_after_start:
        from ui.instance import hand_over  # QtNetwork: only when another instance may be running

        if hand_over(key, open_file):
            return 0
    quick = _opening_workspace(workspace_path)
    opening = quick[0] if quick is not None else None
    wants_password: list[str] = []  # a server URL whose password is asked in the window
    workspace = opening if opening is not None else _open_workspace(workspace_path, wants_password)
    if workspace is None:
        return 2
    from ui.library.window import LibraryWindow

    # an OpeningWorkspace stands in for the Workspace; the status check process starts after the paint
    window = LibraryWindow(cast("Workspace", workspace), hold_status_check=True)
    if quick is not None:
        opening, opened = quick
        opened.setParent(window)
        opened.sig_done.connect(lambda: _adopt_opened(window, opening, workspace_path))
        if opening.ready:  # opened before the connection was made
            _adopt_opened(window, opening, workspace_path)
    DropHandler(window)
    if not exit_after_start:
        from ui.instance import InstanceServer

        server = InstanceServer(key, window)
        server.sig_file.connect(
            lambda name: open_path(window, Path(name)) if name else window.bring_to_front()
        )

    def after_first_paint() -> None:
        log.info("first window painted")
        if exit_after_start:  # the workspace was read for the paint; the rest is never loaded
            window.close()  # stops the status check process, saves the geometry
            app.exit(0)
            return
        if opening is not None:
            opening.start()
        window.status_refresher.release()
        warm_up_in_background()
        if open_file:
            open_path(window, Path(open_file))
        if wants_password:
            from ui.library.shared_dialog import open_shared_workspace

            open_shared_workspace(window, wants_password[0], connect=False)

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

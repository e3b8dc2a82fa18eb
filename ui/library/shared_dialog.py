"""Opening a shared workspace on a PostgreSQL server: host, port, database and user, opened off the
GUI thread, with the reason in plain words when it cannot be opened.

The password is never stored: left empty, it comes from PGPASSWORD or a ``.pgpass`` file; when the
server asks for one, the dialog says so and the user types it (kept in memory for this session only).
The last server used (without any password) is offered again next time.
"""

from __future__ import annotations

import getpass
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QWidget,
)

from hubdesk.errors import HubDeskError
from ui import settings
from ui.widgets.palette import issue_color

if TYPE_CHECKING:
    from hubdesk.services import Workspace
    from ui.library.window import LibraryWindow

log = logging.getLogger("hubdesk.ui")

DEFAULT_PORT = 5432
#: opens the workspace (url, password or None, author or None); replaced in tests
Opener = Callable[[str, str | None, str | None], "Workspace"]


class _Attempt:
    """One try at opening; a cancelled one closes its workspace when it arrives."""

    cancelled = False


def _open(url: str, password: str | None, author: str | None) -> Workspace:
    from hubdesk.services.workspace import Workspace

    return Workspace.open(url, password=password, author=author)


def server_url(host: str, port: int, database: str, user: str) -> str:
    """``postgresql+psycopg://user@host:port/db``; a host starting with ``/`` is a Unix socket folder."""
    who = f"{quote(user, safe='')}@" if user else ""
    db = quote(database, safe="")
    if host.startswith("/"):
        return f"postgresql+psycopg://{who}/{db}?host={quote(host, safe='/')}&port={port}"
    shown = f"[{host}]" if ":" in host else host
    return f"postgresql+psycopg://{who}{shown}:{port}/{db}"


def url_fields(url: str) -> tuple[str, int, str, str]:
    """(host, port, database, user) of a server URL (the inverse of :func:`server_url`)."""
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    host = query.get("host", [parts.hostname or ""])[0]
    port_text = query.get("port", [""])[0]
    try:
        port = int(port_text) if port_text else (parts.port or DEFAULT_PORT)
    except ValueError:
        port = DEFAULT_PORT
    return host, port, unquote(parts.path.lstrip("/")), unquote(parts.username or "")


class SharedWorkspaceDialog(QDialog):
    """Window-modal, not blocking (``open()``); ``sig_opened(workspace)`` once it is open."""

    sig_opened = Signal(object)
    _sig_done = Signal(object, object)  # from the opening thread: workspace or None, error or None

    def __init__(self, parent: QWidget | None = None, *, opener: Opener = _open, lang: str = "it") -> None:
        super().__init__(parent)
        self.setObjectName("sharedWorkspaceDialog")
        self.setWindowTitle(self.tr("Open shared workspace"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._opener = opener
        self.lang = lang
        self._attempt = _Attempt()
        self._sig_done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "A workspace on a PostgreSQL server, shared with colleagues: everyone sees the others' "
                "changes within seconds."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        last = settings.get(settings.SHARED_WORKSPACE)
        host, port, database, user = url_fields(last) if last else ("", DEFAULT_PORT, "hubdesk", "")
        self.host = self._line("sharedHost", self.tr("Server"), host or "localhost")
        self.host.setPlaceholderText(self.tr("name or address of the server"))
        form.addRow(self.tr("Server"), self.host)
        self.port = QSpinBox()
        self.port.setObjectName("sharedPort")
        self.port.setAccessibleName(self.tr("Port"))
        self.port.setRange(1, 65535)
        self.port.setValue(port)
        form.addRow(self.tr("Port"), self.port)
        self.database = self._line("sharedDatabase", self.tr("Database"), database)
        form.addRow(self.tr("Database"), self.database)
        self.user = self._line("sharedUser", self.tr("User"), user or _system_user())
        form.addRow(self.tr("User"), self.user)
        self.password = self._line("sharedPassword", self.tr("Password"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: from PGPASSWORD or the .pgpass file"))
        form.addRow(self.tr("Password"), self.password)
        never = QLabel(self.tr("The password is never saved: it is asked again next time."))
        never.setWordWrap(True)
        form.addRow("", never)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy
        self.progress.setTextVisible(False)
        self.progress.hide()
        form.addRow(self.progress)
        self.status = QLabel()
        self.status.setObjectName("sharedStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        form.addRow(self.status)
        self.detail = QLabel()
        self.detail.setObjectName("sharedDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = self.detail.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.detail.setFont(small)
        self.detail.hide()
        form.addRow(self.detail)
        std = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(std.Open | std.Cancel)
        self.open_button = self.buttons.button(std.Open)
        self.open_button.setText(self.tr("Connect"))
        self.buttons.accepted.connect(self.start_opening)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._update_button)
        self._update_button()
        self.host.setMinimumWidth(360)  # the dialog keeps its width; a message makes it taller

    def _line(self, name: str, label: str, text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setObjectName(name)
        edit.setAccessibleName(label)
        return edit

    def _update_button(self) -> None:
        filled = all(f.text().strip() for f in (self.host, self.database, self.user))
        self.open_button.setEnabled(filled and not self.progress.isVisible())

    def set_url(self, url: str) -> None:
        host, port, database, user = url_fields(url)
        self.host.setText(host)
        self.port.setValue(port)
        self.database.setText(database)
        self.user.setText(user)

    def url(self) -> str:
        return server_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )

    # ------------------------------------------------------------------ opening
    def start_opening(self) -> None:
        """Open the workspace in a background thread; the dialog stays responsive meanwhile."""
        url = self.url()
        password = self.password.text() or None
        author = settings.author_name()
        self._attempt.cancelled = True
        attempt = self._attempt = _Attempt()
        self._busy(True)
        self._say("info", self.tr("Connecting to %1…").replace("%1", url))

        def run() -> None:
            ws: Any = None
            error: BaseException | None = None
            try:
                ws = opener(url, password, author)
            except BaseException as exc:  # handed to the GUI thread
                error = exc
            if attempt.cancelled:
                if ws is not None:
                    ws.close()
                return
            try:
                done.emit((attempt, ws), error)
            except RuntimeError:  # the dialog is gone: nobody will use the workspace
                if ws is not None:
                    ws.close()

        opener, done = self._opener, self._sig_done
        threading.Thread(target=run, name="hubdesk-open-shared", daemon=True).start()

    def _on_done(self, outcome: tuple[_Attempt, Any], error: BaseException | None) -> None:
        attempt, ws = outcome
        if attempt is not self._attempt or attempt.cancelled:  # cancelled meanwhile
            if ws is not None:
                ws.close()
            return
        self._busy(False)
        if error is None:
            settings.put(settings.SHARED_WORKSPACE, self.url())  # never a password
            self.password.clear()
            self.sig_opened.emit(ws)
            self.accept()
            return
        self._explain(error)

    def _explain(self, error: BaseException) -> None:
        from hubdesk.storage.server import PasswordRequired

        log.info("shared workspace not opened: %s", error)
        if isinstance(error, PasswordRequired):
            self._say(
                "warning",
                self.tr("Wrong password: type it again.")
                if error.wrong
                else self.tr("The server asks for a password: type it above and connect again."),
            )
            self.password.selectAll()
            self.password.setFocus()
            return
        from hubdesk.storage.server import ServerUnreachable

        text = error.message(self.lang) if isinstance(error, HubDeskError) else str(error)
        if isinstance(error, ServerUnreachable):
            clear = (
                self.tr(
                    "The server %1 (port %2) does not answer: check its name and port, the network, "
                    "or that the server is switched on. If it goes on, ask the administrator."
                )
                .replace("%1", self.host.text().strip())
                .replace("%2", str(self.port.value()))
            )
            self._say("error", clear, text)
            return
        self._say("error", text)

    def reject(self) -> None:
        self._attempt.cancelled = True  # an opening still running is closed when it ends
        super().reject()

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for w in (self.host, self.port, self.database, self.user, self.password):
            w.setEnabled(not busy)
        self._update_button()

    def _say(self, kind: str, text: str, detail: str = "") -> None:
        """Show ``text`` (and, smaller, the ``detail`` the server or the core gave)."""
        color = issue_color(kind).name() if kind in ("error", "warning") else ""
        self.status.setStyleSheet(f"color: {color};" if color else "")
        self.status.setText(text)
        self.status.show()
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.adjustSize()


def _system_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def open_shared_workspace(
    window: LibraryWindow, url: str | None = None, *, connect: bool = True
) -> SharedWorkspaceDialog:
    """Show the dialog (filled from ``url`` when given: a recent server, connecting at once, or the
    server named at start-up that asked for a password, ``connect=False``); the library switches to
    the workspace once it is open."""
    dialog = SharedWorkspaceDialog(window, lang=window.lang())
    dialog.sig_opened.connect(window.adopt_workspace)
    dialog.finished.connect(dialog.deleteLater)
    if url:
        dialog.set_url(url)
    dialog.open()
    if url and connect:
        dialog.start_opening()
    elif url:
        from hubdesk.storage.server import PasswordRequired

        dialog._explain(PasswordRequired(url, wrong=False))
    return dialog

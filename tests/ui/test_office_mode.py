"""Office mode in the app: the user's name on every change, who changed a dossier, shared workspaces."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from hubdesk.services import Workspace
from tests.ui.helpers import replace_text, type_text
from ui import settings
from ui.library.window import LibraryWindow


def _title_edit(ws: Any, dossier_id: str, value: str) -> None:
    state = ws.get(dossier_id)
    ws.update(
        dossier_id,
        state.version,
        [{"op": "replace", "path": "/proposal/title", "value": value}],
        description="T",
    )


def test_the_name_set_in_settings_is_the_author_of_the_changes(
    qtbot: Any, workspace: Workspace, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.delenv("HUBDESK_AUTHOR", raising=False)
    dossier = workspace.create(istat_code="072029").id
    window = LibraryWindow(workspace)
    window.show()
    try:
        dialog = window.show_settings()
        assert dialog.author.placeholderText()  # the name used when none is set
        type_text(dialog.author, "Maria  Rossi ")
        dialog.accept()
        assert settings.get(settings.AUTHOR_NAME) == "Maria Rossi"
        assert workspace.author == "Maria Rossi"
        _title_edit(window.workspace, dossier, "Primo")
        assert [e.author for e in workspace.history(dossier)] == ["Maria Rossi"]
        window.switch_workspace(tmp_path / "other.sqlite3")  # the next workspace opened too
        assert window.workspace.author == "Maria Rossi"
        again = window.show_settings()
        assert again.author.text() == "Maria Rossi"
        again.reject()
    finally:
        if shiboken6.isValid(window):
            window.close()
            window.workspace.close()


def test_a_refused_edit_names_who_changed_the_dossier_and_keeps_the_text(
    qtbot: Any, editor: Any, workspace: Workspace
) -> None:
    from hubdesk.labels import local_clock

    editor.live.stop()  # the edit itself meets the change
    dossier = editor.session.dossier_id
    other = Workspace.open(workspace.path, author="Maria Rossi")
    try:
        _title_edit(other, dossier, "Titolo di Maria")
        at = other.get(dossier).modified
    finally:
        other.close()
    page = editor.show_section("proposal")
    replace_text(page.title, "Il mio titolo")
    banner = editor.banner
    assert banner.isVisible() and banner.reload_button.isVisible()
    assert banner.message.text().startswith(f"Changed by Maria Rossi at {local_clock(at)}: reload")
    assert banner.yours.isVisible() and banner.yours.toPlainText() == "Il mio titolo"
    assert "Title" in banner.yours_label.text()
    replace_text(page.acronym, "MIO")  # typed on while in conflict: kept too, not stored
    assert banner.yours.toPlainText() == "Il mio titolo\n\nMIO"
    banner.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Il mio titolo\n\nMIO"
    banner.reload_button.click()
    assert page.title.text() == "Titolo di Maria"
    assert workspace.get(dossier).document["proposal"]["acronym"] != "MIO"
    assert banner.isVisible() and not banner.reload_button.isVisible()
    assert "NOT saved" in banner.message.text()
    replace_text(page.title, banner.yours.toPlainText().split("\n")[0])  # applied again: now it is stored
    assert workspace.get(dossier).document["proposal"]["title"] == "Il mio titolo"
    banner.close_button.click()
    assert not banner.isVisible()


def test_a_conflict_with_oneself_in_another_window_names_nobody(
    qtbot: Any, editor: Any, workspace: Workspace
) -> None:
    editor.live.stop()
    dossier = editor.session.dossier_id
    _title_edit(workspace, dossier, "Dall'altra finestra")  # same workspace, same author
    page = editor.show_section("proposal")
    replace_text(page.title, "Da questa")
    assert editor.banner.message.text().startswith("Changed in another window or program at ")


def test_the_library_shows_what_others_change_within_seconds(qtbot: Any, workspace: Workspace) -> None:
    from ui.library.model import COL_MODIFIED, COL_TITLE

    workspace.watch(lambda _change: None, interval=0.1)
    window = LibraryWindow(workspace)
    window.show()
    other = Workspace.open(workspace.path, author="Maria Rossi")
    try:
        dossier = other.create(istat_code="072029").id
        qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=15000)
        _title_edit(other, dossier, "Hub di Maria")
        row = window.model.row_of(dossier)
        qtbot.waitUntil(lambda: window.model.index(row, COL_TITLE).data() == "Hub di Maria", timeout=15000)
        assert "Maria Rossi" in window.model.index(row, COL_MODIFIED).data()
        other.delete(dossier)
        qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=15000)
    finally:
        other.close()
        window.close()


def test_while_typing_a_change_elsewhere_is_named_in_the_banner_and_the_text_stays(
    qtbot: Any, editor: Any, workspace: Workspace
) -> None:
    workspace.watch(lambda _change: None, interval=0.1)
    page = editor.show_section("proposal")
    type_text(page.title, "Sto scrivendo")  # no pause yet: the field waits to commit
    with Workspace.open(workspace.path, author="Maria Rossi") as other:
        _title_edit(other, editor.session.dossier_id, "Di Maria")
    qtbot.waitUntil(editor.banner.isVisible, timeout=15000)
    assert "Changed by Maria Rossi" in editor.banner.message.text()
    assert page.title.text() == "Sto scrivendo"
    assert not editor.live.note.isVisible()


def test_a_dossier_trashed_elsewhere_is_said_in_a_note(qtbot: Any, editor: Any, workspace: Workspace) -> None:
    workspace.watch(lambda _change: None, interval=0.1)
    with Workspace.open(workspace.path, author="Luca Bianchi") as other:
        other.delete(editor.session.dossier_id)
    qtbot.waitUntil(editor.live.note.isVisible, timeout=15000)
    assert "trash" in editor.live.note.text.text()


def test_an_editor_on_a_server_follows_another_client(qtbot: Any) -> None:
    from tests.pgserver import fresh_database
    from ui.editor.window import EditorWindow

    with fresh_database() as url, Workspace.open(url, author="Luca Bianchi") as ws:
        dossier = ws.create(istat_code="072029").id
        editor = EditorWindow(ws, dossier, "en")
        editor.show()
        try:
            assert ws.watching_ready(30)
            with Workspace.open(url, author="Maria Rossi") as other:
                _title_edit(other, dossier, "Dal server")
            qtbot.waitUntil(
                lambda: editor.session.document["proposal"]["title"] == "Dal server", timeout=15000
            )
            assert "Maria Rossi" in editor.live.note.text.text()
        finally:
            editor.close()


# ---------------------------------------------------------------------- shared workspace dialog
def _shared_dialog(window: LibraryWindow) -> Any:
    from ui.library.shared_dialog import SharedWorkspaceDialog

    menu_texts = [a.text() for m in window.menuBar().actions() for a in m.menu().actions()]
    assert "Open s&hared workspace…" in menu_texts
    window.open_shared_action.trigger()
    dialogs = [d for d in window.findChildren(SharedWorkspaceDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def _fill(dialog: Any, host: str, port: int, database: str, user: str) -> None:
    for field, value in ((dialog.host, host), (dialog.database, database), (dialog.user, user)):
        field.selectAll()
        QTest.keyClick(field, Qt.Key.Key_Delete)
        type_text(field, value)
    dialog.port.setValue(port)


def test_an_unreachable_server_is_explained_in_italian_off_the_gui_thread(
    qtbot: Any, workspace: Workspace
) -> None:
    import threading

    from hubdesk.services.workspace import Workspace as RealWorkspace
    from ui.library.shared_dialog import SharedWorkspaceDialog

    threads: list[str] = []

    def opener(url: str, password: str | None, author: str | None) -> Any:
        threads.append(threading.current_thread().name)
        return RealWorkspace.open(url, password=password, author=author)

    dialog = SharedWorkspaceDialog(None, opener=opener, lang="it")
    dialog.show()
    try:
        _fill(dialog, "127.0.0.1", 1, "ufficio", "maria")
        assert dialog.url() == "postgresql+psycopg://maria@127.0.0.1:1/ufficio"
        dialog.open_button.click()
        assert dialog.progress.isVisible() and not dialog.host.isEnabled()
        qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=30000)
        assert dialog.status.text().startswith("The server 127.0.0.1 (port 1) does not answer")
        assert "il server non risponde" in dialog.detail.text()  # the core's words, in Italian
        assert "maria@127.0.0.1:1/ufficio" in dialog.detail.text()
        assert threads and threading.main_thread().name not in threads
        assert dialog.isVisible() and dialog.host.isEnabled()  # correct the address and try again
        assert settings.get(settings.SHARED_WORKSPACE) == ""
    finally:
        dialog.close()


def test_a_password_is_asked_when_the_server_wants_one_and_never_stored(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    from hubdesk.storage.server import PasswordRequired
    from ui.library.shared_dialog import open_shared_workspace

    given: list[str | None] = []

    def opener(url: str, password: str | None, author: str | None) -> Any:
        given.append(password)
        if password != "segreta":
            raise PasswordRequired(url, wrong=password is not None)
        return Workspace.open(tmp_path / "as-if-on-the-server.sqlite3", author=author)

    window = LibraryWindow(workspace)
    window.show()
    try:
        dialog = open_shared_workspace(window)
        dialog._opener = opener
        _fill(dialog, "db.comune.example", 5432, "hubdesk", "maria")
        dialog.open_button.click()
        qtbot.waitUntil(lambda: "asks for a password" in dialog.status.text(), timeout=10000)
        assert dialog.password.hasFocus() or dialog.password.isEnabled()
        type_text(dialog.password, "sbagliata")
        dialog.open_button.click()
        qtbot.waitUntil(lambda: "Wrong password" in dialog.status.text(), timeout=10000)
        dialog.password.clear()
        type_text(dialog.password, "segreta")
        dialog.open_button.click()
        qtbot.waitUntil(
            lambda: window.workspace.path == tmp_path / "as-if-on-the-server.sqlite3", timeout=10000
        )
        assert given == [None, "sbagliata", "segreta"]
        assert (
            settings.get(settings.SHARED_WORKSPACE)
            == "postgresql+psycopg://maria@db.comune.example:5432/hubdesk"
        )
        from PySide6.QtCore import QSettings

        QSettings().sync()
        stored = Path(QSettings().fileName()).read_text(encoding="utf-8")
        assert "segreta" not in stored and "sbagliata" not in stored
    finally:
        window.close()
        window.workspace.close()


def test_a_shared_workspace_on_a_server_opens_in_the_library(qtbot: Any, workspace: Workspace) -> None:
    from tests.pgserver import fresh_database
    from ui.library.shared_dialog import url_fields

    with fresh_database() as url:
        with Workspace.open(url, author="Maria Rossi") as other:
            dossier = other.create(istat_code="072029").id
        window = LibraryWindow(workspace)
        window.show()
        try:
            dialog = _shared_dialog(window)
            _fill(dialog, *url_fields(url))
            dialog.open_button.click()
            qtbot.waitUntil(lambda: window.workspace is not workspace, timeout=30000)
            assert window.workspace.is_server and window.model.rowCount() == 1
            assert window.workspace.label in settings.get(settings.RECENT_WORKSPACES)
            with Workspace.open(url, author="Maria Rossi") as other:  # the feed follows the server
                _title_edit(other, dossier, "Dal server")
            row = window.model.row_of(dossier)
            qtbot.waitUntil(lambda: window.model.index(row, 1).data() == "Dal server", timeout=15000)
            shared = window.workspace
            window.switch_workspace(workspace.path)  # back to the file, then again from the recent menu
            shared_entry = next(
                a for a in window.menus.recent_menu.actions() if a.text().startswith("postgresql")
            )
            shared_entry.trigger()
            qtbot.waitUntil(lambda: window.workspace.is_server, timeout=30000)
            assert shared.engine.pool.checkedout() == 0
        finally:
            window.close()
            window.workspace.close()


def test_a_server_named_at_start_that_wants_a_password_is_asked_in_the_window(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    import ui.app as app_module
    from hubdesk.services.workspace import Workspace as RealWorkspace
    from hubdesk.storage.server import PasswordRequired
    from ui.library.shared_dialog import open_shared_workspace

    url = "postgresql+psycopg://maria@db.comune.example:5432/hubdesk"
    real_open = RealWorkspace.open

    def fake_open(location: Any = None, **kw: Any) -> Any:
        if location == url:
            raise PasswordRequired(url, wrong=False)
        return real_open(location, **kw)

    monkeypatch.setattr(RealWorkspace, "open", fake_open)
    monkeypatch.setattr(app_module, "default_workspace_path", lambda: tmp_path / "predefinita.sqlite3")
    wanted: list[str] = []
    ws = app_module._open_workspace(url, wanted)  # no message box: the window asks
    assert ws is not None and ws.path == tmp_path / "predefinita.sqlite3" and wanted == [url]
    window = LibraryWindow(ws)
    window.show()
    try:
        dialog = open_shared_workspace(window, wanted[0], connect=False)
        assert dialog.host.text() == "db.comune.example" and dialog.user.text() == "maria"
        assert "asks for a password" in dialog.status.text() and not dialog.progress.isVisible()
        dialog.reject()
    finally:
        window.close()
        window.workspace.close()

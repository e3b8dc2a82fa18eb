"""The editor under faults: an edit that was not stored says so and keeps the text; a busy workspace
never freezes the window (the serial database worker waits and retries); polling is off the GUI thread."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from typing import Any

from hubdesk.errors import WorkspaceError
from hubdesk.services import Workspace
from tests.ui.helpers import replace_text
from ui import dialogs

_HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE dossiers SET modified_at = modified_at")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def test_an_edit_that_was_not_stored_says_so_and_keeps_the_text(
    qtbot: Any, editor: Any, workspace: Workspace, monkeypatch: Any
) -> None:
    def full_disk(*args: Any, **kwargs: Any) -> Any:
        raise WorkspaceError(
            "Spazio su disco esaurito per l'area di lavoro: la modifica non è stata salvata.",
            "The disk holding the workspace is full: the change was not saved.",
        )

    page = editor.show_section("proposal")
    monkeypatch.setattr(workspace, "update", full_disk)
    replace_text(page.title, "Officina che non entra")
    qtbot.waitUntil(lambda: dialogs.last_message is not None, timeout=3000)
    kind, text = dialogs.last_message  # type: ignore[misc]
    assert kind == "warning" and "NOT saved" in text and "disk" in text
    assert "NOT saved" in editor.statusBar().currentMessage()
    assert "Saved (version" not in editor.statusBar().currentMessage()
    assert page.title.text() == "Officina che non entra"  # still on screen, to save again
    assert workspace.get(editor.session.dossier_id).document["proposal"]["title"] == ""
    monkeypatch.undo()
    replace_text(page.title, "Officina che entra")
    assert workspace.get(editor.session.dossier_id).document["proposal"]["title"] == "Officina che entra"


def test_a_busy_workspace_never_freezes_the_editor(qtbot: Any, editor: Any, workspace: Workspace) -> None:
    page = editor.show_section("proposal")
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(workspace.path), "2.5"], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    try:
        start = time.monotonic()
        replace_text(page.title, "Scritto mentre era occupato")
        replace_text(page.acronym, "OCCUP")
        assert time.monotonic() - start < 1.5  # the GUI thread did not wait for the lock
        assert "in use by another program" in editor.statusBar().currentMessage().lower()
        assert page.title.text() == "Scritto mentre era occupato"
        qtbot.waitUntil(lambda: not editor.session.waiting, timeout=15000)
    finally:
        holder.wait(timeout=30)
    doc = workspace.get(editor.session.dossier_id).document
    assert doc["proposal"]["title"] == "Scritto mentre era occupato" and doc["proposal"]["acronym"] == "OCCUP"
    qtbot.waitUntil(lambda: editor.undo_stack.count() == 2, timeout=3000)
    assert not editor.session.in_conflict
    editor.undo_action.trigger()
    assert workspace.get(editor.session.dossier_id).document["proposal"]["acronym"] != "OCCUP"


def test_a_change_made_elsewhere_is_read_off_the_gui_thread(
    qtbot: Any, editor: Any, workspace: Workspace, monkeypatch: Any
) -> None:
    threads: list[str] = []
    real = workspace.get

    def get(dossier_id: str) -> Any:
        threads.append(threading.current_thread().name)
        return real(dossier_id)

    workspace.watch(lambda _change: None, interval=0.1)
    other = Workspace.open(workspace.path)
    try:
        state = other.get(editor.session.dossier_id)
        monkeypatch.setattr(workspace, "get", get)
        other.update(state.id, state.version, [{"op": "replace", "path": "/proposal/title", "value": "B"}])
    finally:
        other.close()
    qtbot.waitUntil(lambda: editor.session.version == state.version + 1, timeout=15000)
    assert threads and threading.main_thread().name not in threads


def test_an_edit_queued_behind_other_jobs_is_shown_once_stored(qtbot: Any, editor: Any) -> None:
    """An edit waits behind an attachment read; another read is queued after it. Once the edit is
    stored the pages show it (before, they waited for the worker to be idle, and a new attachment
    then took an id already in use)."""
    first, second = threading.Event(), threading.Event()
    editor.db_worker.submit(lambda: first.wait(10))
    page = editor.show_section("proposal")
    replace_text(page.acronym, "CODA")  # queued: the worker is busy
    assert "another program" not in editor.statusBar().currentMessage()  # only a job of ours runs
    editor.db_worker.submit(lambda: second.wait(10))
    shown: list[Any] = []
    editor.session.sig_document_changed.connect(lambda doc: shown.append(doc["proposal"]["acronym"]))
    first.set()
    try:
        qtbot.waitUntil(lambda: "CODA" in shown, timeout=5000)
    finally:
        second.set()
    assert editor.session.document["proposal"]["acronym"] == "CODA"


def test_a_foreign_workspace_is_explained_and_the_default_one_offered(
    qapp: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    import ui.app as app_module

    foreign = tmp_path / "altro.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("create table notes(x)")
    before = foreign.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(app_module, "default_workspace_path", lambda: tmp_path / "predefinita.sqlite3")
    ws = app_module._open_workspace(str(foreign))
    try:
        assert ws is not None and ws.path == tmp_path / "predefinita.sqlite3"
    finally:
        if ws is not None:
            ws.close()
    assert len(shown) == 1
    assert "another program" in shown[0] or "altro programma" in shown[0]
    assert str(tmp_path / "predefinita.sqlite3") in shown[0]
    assert foreign.read_bytes() == before


def test_a_read_only_workspace_is_explained_and_the_default_one_offered(
    qapp: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    """Read-only for real (a read-only bind mount as root): the dialog says so and opens the default."""
    from PySide6.QtWidgets import QMessageBox

    import ui.app as app_module
    from tests.readonly import read_only

    path = tmp_path / "sola-lettura.sqlite3"
    with Workspace.open(path) as ws:
        ws.add_demo()
    before = path.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(app_module, "default_workspace_path", lambda: tmp_path / "predefinita.sqlite3")
    with read_only(path):
        opened = app_module._open_workspace(str(path))
        try:
            assert opened is not None and opened.path == tmp_path / "predefinita.sqlite3"
        finally:
            if opened is not None:
                opened.close()
        assert path.read_bytes() == before
    assert len(shown) == 1
    assert "read-only" in shown[0] or "sola lettura" in shown[0]
    assert str(tmp_path / "predefinita.sqlite3") in shown[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["predefinita.sqlite3", "sola-lettura.sqlite3"]

"""The library window: wizard, search and filter, clone and delete with undo, import/export, demo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from hubdesk.services import Workspace
from tests.ui.helpers import type_text
from ui import dialogs
from ui.library.window import LibraryWindow


def _library(qtbot: Any, workspace: Workspace) -> LibraryWindow:
    window = LibraryWindow(workspace)
    window.show()
    return window


def _close(window: LibraryWindow) -> None:
    if shiboken6.isValid(window):
        window.close()


def test_create_a_dossier_through_the_wizard(qtbot: Any, workspace: Workspace) -> None:
    window = _library(qtbot, workspace)
    try:
        dialog = window.new_dossier()
        assert not dialog.create_button.isEnabled()
        type_text(dialog.picker, "Molfetta")
        assert "eligible" in dialog.eligibility.text()
        assert dialog.population.value() > 20000
        type_text(dialog.picker, "x")
        assert not dialog.create_button.isEnabled()
        QTest.keyClick(dialog.picker, Qt.Key.Key_Backspace)
        assert dialog.create_button.isEnabled()
        dialog.create_button.click()
        rows = workspace.list_dossiers()
        assert [r.municipality for r in rows] == ["Comune di Molfetta"]
        assert rows[0].id in window.editors
        assert window.model.rowCount() == 1
    finally:
        _close(window)


def test_wizard_shows_ineligible_municipality_with_reason(qtbot: Any, workspace: Workspace) -> None:
    window = _library(qtbot, workspace)
    try:
        dialog = window.new_dossier()
        type_text(dialog.picker, "Accadia")
        assert "not eligible" in dialog.eligibility.text()
        dialog.reject()
    finally:
        _close(window)


def test_search_filter_clone_and_delete_with_undo(qtbot: Any, workspace: Workspace) -> None:
    workspace.create(istat_code="072029")
    bari = workspace.create(istat_code="072006").id
    window = _library(qtbot, workspace)
    try:
        assert window.proxy.rowCount() == 2
        window.search.setText("bari")
        assert window.proxy.rowCount() == 1
        window.search.clear()
        window.select_dossier(bari)
        window.clone_action.trigger()
        assert len(workspace.list_dossiers()) == 3
        window.undo_action.trigger()
        assert len(workspace.list_dossiers()) == 2
        window.select_dossier(bari)
        window.delete_action.trigger()
        assert [r.id for r in workspace.list_dossiers()].count(bari) == 0
        assert window.model.row_of(bari) < 0
        window.undo_action.trigger()
        assert window.model.row_of(bari) >= 0
        window.redo_action.trigger()
        assert window.model.row_of(bari) < 0
    finally:
        _close(window)


def test_export_and_import_with_injected_pickers(
    qtbot: Any, workspace: Workspace, tmp_path: Path, monkeypatch: Any
) -> None:
    workspace.create(istat_code="072029")
    window = _library(qtbot, workspace)
    out = tmp_path / "dossier.json"
    try:
        window.table.selectRow(0)
        monkeypatch.setattr(dialogs, "pick_save_file", lambda *a, **k: str(out))
        window.export_action.trigger()
        assert out.is_file()
        monkeypatch.setattr(dialogs, "pick_open_file", lambda *a, **k: str(out))
        window.import_action.trigger()
        assert len(workspace.list_dossiers()) == 2
        bad = tmp_path / "bad.json"
        bad.write_text("{not json", encoding="utf-8")
        monkeypatch.setattr(dialogs, "pick_open_file", lambda *a, **k: str(bad))
        window.import_action.trigger()
        assert dialogs.last_message is not None and dialogs.last_message[0] == "error"
    finally:
        _close(window)


def test_export_with_attachments_imports_elsewhere_without_att001(
    qtbot: Any, workspace: Workspace, tmp_path: Path, monkeypatch: Any
) -> None:
    demo = workspace.add_demo()[0]
    window = _library(qtbot, workspace)
    suggested: list[str] = []
    out = tmp_path / "demo.hubdesk.zip"

    def pick(parent: Any, caption: str, filters: str, name: str = "") -> str:
        suggested.append(name)
        return str(out)

    try:
        window.table.selectRow(window.model.row_of(demo))
        monkeypatch.setattr(dialogs, "pick_save_file", pick)
        window.export_action.trigger()
        assert out.is_file() and suggested[0].endswith(".hubdesk.zip")
    finally:
        _close(window)
    other = Workspace.open(tmp_path / "other.sqlite3")
    try:
        new_id = other.import_file(out)
        assert len(other.attachment_facts(new_id)) == len(other.get(new_id).document["attachments"])
    finally:
        other.close()


def test_open_demo_and_switch_workspace(qtbot: Any, workspace: Workspace, tmp_path: Path) -> None:
    window = _library(qtbot, workspace)
    try:
        window.demo_action.trigger()
        assert window.model.rowCount() == 1
        assert len(window.editors) == 1
        other = tmp_path / "other.sqlite3"
        window.switch_workspace(other)
        assert window.editors == {}
        assert window.workspace.path == other
        assert window.model.rowCount() == 0
        assert window.menus.recent_menu.actions()[0].text() == str(other)
        # ends with the application name, so the platform does not append it a second time
        assert window.windowTitle() == "other.sqlite3 — HubDesk"
        window.workspace.close()
    finally:
        _close(window)


def test_stale_rows_are_checked_off_the_gui_thread(qtbot: Any, workspace: Workspace) -> None:
    demo = workspace.add_demo()[0]
    for _ in range(5):
        workspace.clone(demo)  # never listed: their counts are not known yet
    state = workspace.get(demo)
    workspace.update(demo, state.version, [{"op": "replace", "path": "/proposal/title", "value": ""}])
    window = _library(qtbot, workspace)
    try:
        model = window.model
        statuses = lambda: [model.data(model.index(r, 3)) for r in range(model.rowCount())]  # noqa: E731
        assert model.rowCount() == 6
        # a separate process (interpreter start-up, then six checks): on a loaded machine, many seconds
        qtbot.waitUntil(lambda: "Checking…" not in statuses(), timeout=90000)
        assert sorted(statuses()) == ["1 error(s)"] + ["Ready"] * 5
        assert all(r.checked for r in model.rows)
    finally:
        window.status_refresher.stop()
        _close(window)


def test_stale_rows_are_checked_here_when_the_checker_cannot_start(
    qtbot: Any, workspace: Workspace, monkeypatch: Any
) -> None:
    from ui.library import status_worker

    monkeypatch.setattr(status_worker, "check_command", lambda _path: ("/nonexistent/hubdesk", []))
    demo = workspace.add_demo()[0]
    workspace.clone(demo)
    window = _library(qtbot, workspace)
    try:
        qtbot.waitUntil(lambda: all(r.checked for r in window.model.rows), timeout=10000)
        assert [r.errors for r in window.model.rows] == [0, 0]
    finally:
        window.status_refresher.stop()
        _close(window)


def test_archive_hides_a_dossier_and_undo_brings_it_back(qtbot: Any, workspace: Workspace) -> None:
    from ui.library.model import FILTER_ALL, FILTER_ARCHIVED

    first = workspace.add_demo()[0]
    second = workspace.clone(first).id
    window = _library(qtbot, workspace)
    try:
        window.select_dossier(second)
        window.archive_action.trigger()
        assert window.proxy.rowCount() == 1  # the archived clone is hidden
        assert "1 dossier" in window.summary.text()
        window.status_filter.setCurrentIndex(window.status_filter.findData(FILTER_ARCHIVED))
        assert window.proxy.rowCount() == 1
        window.select_dossier(second)
        assert window.archive_action.text() == "Bring back from the archive"
        window.undo_action.trigger()  # not archived any more
        assert window.proxy.rowCount() == 0
        window.status_filter.setCurrentIndex(window.status_filter.findData(FILTER_ALL))
        assert window.proxy.rowCount() == 2
        assert {s.id: s.archived for s in workspace.list_dossiers(include_archived=True)} == {
            first: False,
            second: False,
        }
    finally:
        window.status_refresher.stop()
        _close(window)


def test_deleting_a_worked_on_dossier_asks_first_and_no_keeps_it(
    qtbot: Any, workspace: Workspace, monkeypatch: Any
) -> None:
    fresh = workspace.create(istat_code="072006").id
    worked = workspace.create(istat_code="072029")
    title = [{"op": "replace", "path": "/proposal/title", "value": "Hub"}]
    workspace.update(worked.id, worked.version, title)
    questions: list[str] = []
    answers = iter([False, True])

    def confirm(_parent: Any, title: str, text: str) -> bool:
        questions.append(f"{title} {text}")
        return next(answers)

    monkeypatch.setattr(dialogs, "confirm", confirm)
    window = _library(qtbot, workspace)
    try:
        assert window.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
        window.select_dossier(fresh)  # nothing done on it yet: deleted at once, no question
        window.delete_action.trigger()
        assert questions == [] and window.model.row_of(fresh) < 0
        window.select_dossier(worked.id)
        window.delete_action.trigger()
        assert len(questions) == 1 and "1 saved change(s)" in questions[0] and "“Hub”" in questions[0]
        assert window.model.row_of(worked.id) >= 0  # answered No: still there
        window.delete_action.trigger()
        assert window.model.row_of(worked.id) < 0
        window.undo_action.trigger()
        assert window.model.row_of(worked.id) >= 0
    finally:
        _close(window)


def test_undoing_an_old_clone_that_was_edited_asks_first(
    qtbot: Any, workspace: Workspace, monkeypatch: Any
) -> None:
    source = workspace.create(istat_code="072029").id
    questions: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, title, text: questions.append(title) or False)
    window = _library(qtbot, workspace)
    try:
        window.select_dossier(source)
        window.clone_action.trigger()
        clone_id = window.selected_id()
        assert clone_id and clone_id != source and window.undo_action.text() == "&Undo Clone dossier"
        assert window.undo_action.iconText() == "Undo"  # the toolbar button keeps its width
        assert window.undo_action.toolTip() == "Undo Clone dossier"
        state = workspace.get(clone_id)  # later, the clone is worked on (in its editor)
        title = [{"op": "replace", "path": "/proposal/title", "value": "B"}]
        workspace.update(clone_id, state.version, title)
        window.undo_action.trigger()
        assert questions == ["Undo the clone?"]
        assert window.model.row_of(clone_id) >= 0
        assert workspace.get(clone_id).document["proposal"]["title"] == "B"
        monkeypatch.setattr(dialogs, "confirm", lambda *_a: True)
        window.undo_action.trigger()
        assert window.model.row_of(clone_id) < 0
    finally:
        _close(window)


def test_a_clone_with_a_long_title_is_told_apart_from_its_source(qtbot: Any, workspace: Workspace) -> None:
    state = workspace.create(istat_code="072029")
    title = "Hub di innovazione sociale per l'inclusione attiva dei giovani e delle famiglie " * 2
    workspace.update(state.id, state.version, [{"op": "replace", "path": "/proposal/title", "value": title}])
    clone_id = workspace.clone(state.id).id
    window = _library(qtbot, workspace)
    try:
        window.resize(900, 400)
        assert window.table.textElideMode() == Qt.TextElideMode.ElideMiddle
        index = window.proxy.mapFromSource(window.model.index(window.model.row_of(clone_id), 1))
        assert index.data(Qt.ItemDataRole.ToolTipRole).endswith("(copia)")
    finally:
        _close(window)

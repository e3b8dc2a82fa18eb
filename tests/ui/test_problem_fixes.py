"""A problem that needs an attachment offers the fix under the problems panel, and the fix works."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from hubdesk.services import Workspace

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _select_issue(editor: Any, rule: str, path: str) -> None:
    model, view = editor.problems_model, editor.problems
    for top in range(model.rowCount()):
        parent = model.index(top, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            issue = model.issue_at(index)
            if issue.rule == rule and issue.path == path:
                view.setCurrentIndex(index)
                return
    raise AssertionError(f"{rule} at {path} not in the panel")


def _wait_for_attachments(qtbot: Any, editor: Any, workspace: Workspace) -> None:
    """Files are stored off the GUI thread; the record follows once they are in the workspace."""
    dossier_id = editor.session.dossier_id
    qtbot.waitUntil(lambda: bool(workspace.get(dossier_id).document["attachments"]), timeout=10000)


def test_letter_of_intent_is_attached_from_the_problem(
    qtbot: Any, editor: Any, workspace: Workspace, tmp_path: Path
) -> None:
    page = editor.show_section("partners")
    page.add_button.click()
    qtbot.waitUntil(lambda: any(i.rule == "PART-003" for i in editor.issues), timeout=10000)
    path = next(i.path for i in editor.issues if i.rule == "PART-003")
    _select_issue(editor, "PART-003", path)
    button = editor.findChild(QPushButton, "problemFixButton")
    assert button.isVisible() and button.text() == "Attach the letter of intent…"
    letter = tmp_path / "scan0001.pdf"
    letter.write_bytes(PDF)
    editor.pages["attachments"].file_picker = lambda: [str(letter)]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _wait_for_attachments(qtbot, editor, workspace)
    doc = workspace.get(editor.session.dossier_id).document
    partner_id = doc["partners"][0]["id"]
    (record,) = doc["attachments"]
    assert (record["kind"], record["refers_to"], record["file_name"]) == (
        "letter_of_intent",
        partner_id,
        "scan0001.pdf",
    )
    assert editor.current_section() == "attachments"
    qtbot.waitUntil(lambda: not any(i.rule == "PART-003" for i in editor.issues), timeout=10000)
    editor.undo_action.trigger()  # one step
    assert workspace.get(editor.session.dossier_id).document["attachments"] == []


def test_no_button_for_a_problem_without_an_attachment_fix(qtbot: Any, editor: Any) -> None:
    qtbot.waitUntil(lambda: any(i.rule == "TXT-001" for i in editor.issues), timeout=10000)
    _select_issue(editor, "TXT-001", "/proposal/title")
    assert not editor.findChild(QPushButton, "problemFixButton").isVisible()


def test_a_new_attachment_gets_a_kind_from_its_name(
    qtbot: Any, editor: Any, workspace: Workspace, tmp_path: Path
) -> None:
    page = editor.show_section("attachments")
    resolution = tmp_path / "Delibera GC 12-2021.pdf"
    resolution.write_bytes(PDF)
    page.add_files([str(resolution)])
    _wait_for_attachments(qtbot, editor, workspace)
    (record,) = workspace.get(editor.session.dossier_id).document["attachments"]
    assert record["kind"] == "council_resolution"

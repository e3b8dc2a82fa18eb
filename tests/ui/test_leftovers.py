"""Changing the municipality or a property's owner offers to clear what belonged to the old choice."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hubdesk.services import Workspace
from tests.ui.helpers import replace_text


@pytest.fixture
def demo_editor(qtbot: Any, workspace: Workspace) -> Iterator[Any]:
    from ui.editor.window import EditorWindow

    dossier = workspace.add_demo()[0]
    window = EditorWindow(workspace, dossier, "en")
    with qtbot.waitSignal(window.validation.sig_result, timeout=10000):
        window.show()
    yield window
    if shiboken6.isValid(window):
        window.close()


def _answer(qtbot: Any, button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the question box as soon as it is shown (it runs its own loop)."""

    def click() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.objectName() == "leftovers_question" and w.isVisible():
                seen.append(w.informativeText())
                button = next(b for b in w.buttons() if b.text() == button_text)
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                return
        QTimer.singleShot(50, click)

    QTimer.singleShot(50, click)


def test_new_municipality_clears_the_old_ones_data_in_one_undoable_step(
    qtbot: Any, demo_editor: Any, workspace: Workspace
) -> None:
    page = demo_editor.show_section("applicant")
    dossier = demo_editor.session.dossier_id
    before = workspace.get(dossier).document
    assert before["applicant"]["fiscal_code"] and before["proposal"]["cup"]
    seen: list[str] = []
    _answer(qtbot, "Clear them", seen)
    replace_text(page.municipality, "Bisceglie")
    qtbot.waitUntil(
        lambda: workspace.get(dossier).document["applicant"]["istat_code"] == "110003", timeout=5000
    )
    assert seen and "Municipality fiscal code" in seen[0] and before["applicant"]["fiscal_code"] in seen[0]
    doc = workspace.get(dossier).document
    assert doc["applicant"]["name"] == "Comune di Bisceglie"
    assert doc["applicant"]["fiscal_code"] == "" and doc["applicant"]["pec"] == ""
    assert doc["applicant"]["legal_representative"]["full_name"] == ""
    assert doc["proposal"]["cup"] is None
    assert "second phase" in page.eligibility.text()
    demo_editor.undo_action.trigger()  # one step brings everything back
    assert workspace.get(dossier).document["applicant"] == before["applicant"]
    assert workspace.get(dossier).document["proposal"]["cup"] == before["proposal"]["cup"]


def test_keeping_the_old_data_changes_only_the_municipality(
    qtbot: Any, demo_editor: Any, workspace: Workspace
) -> None:
    page = demo_editor.show_section("applicant")
    dossier = demo_editor.session.dossier_id
    code = workspace.get(dossier).document["applicant"]["fiscal_code"]
    _answer(qtbot, "Keep them", [])
    replace_text(page.municipality, "Bisceglie")
    qtbot.waitUntil(
        lambda: workspace.get(dossier).document["applicant"]["istat_code"] == "110003", timeout=5000
    )
    assert workspace.get(dossier).document["applicant"]["fiscal_code"] == code


def test_owner_kind_province_offers_to_clear_the_comune_as_owner(
    qtbot: Any, demo_editor: Any, workspace: Workspace
) -> None:
    page = demo_editor.show_section("properties")
    dossier = demo_editor.session.dossier_id
    props = workspace.get(dossier).document["properties"]
    row = next(i for i, p in enumerate(props) if p["owner"]["kind"] == "applicant")
    page.select_row(row)
    combo = page.owner_kind
    _answer(qtbot, "Clear them", [])
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("province"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(
        lambda: workspace.get(dossier).document["properties"][row]["owner"]["kind"] == "province",
        timeout=5000,
    )
    owner = workspace.get(dossier).document["properties"][row]["owner"]
    assert owner["name"] == "" and owner["fiscal_code"] is None

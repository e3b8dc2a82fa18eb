"""The plan pages inside the real editor: edits are stored and undoable, problems jump to the cell."""

from __future__ import annotations

from typing import Any

from hubdesk.services import Workspace
from ui.sections.budget.model import COL_AMOUNT, COL_CATEGORY


def test_budget_cell_edit_is_stored_and_undone(qtbot: Any, demo_editor: Any, workspace: Workspace) -> None:
    page = demo_editor.show_section("budget")
    dossier = demo_editor.session.dossier_id
    before = workspace.get(dossier).document["budget"][0]["amount_cents"]
    index = page.proxy.mapFromSource(page.model.index(0, COL_AMOUNT))
    assert page.proxy.setData(index, "700.000,00")
    assert workspace.get(dossier).document["budget"][0]["amount_cents"] == 70_000_000
    assert page.model.data(page.model.index(0, COL_AMOUNT)) == "700.000,00"
    demo_editor.undo_action.trigger()
    assert workspace.get(dossier).document["budget"][0]["amount_cents"] == before
    assert page.totals.requested_grant == 200_405_879


def test_a_budget_problem_jumps_to_its_cell(qtbot: Any, demo_editor: Any) -> None:
    page = demo_editor.show_section("budget")
    index = page.proxy.mapFromSource(page.model.index(12, COL_CATEGORY))  # an FSE line
    assert page.proxy.setData(index, "works")  # not an FSE category: BUD-002
    qtbot.waitUntil(lambda: any(i.rule == "BUD-002" for i in demo_editor.issues), timeout=5000)
    issue = next(i for i in demo_editor.issues if i.rule == "BUD-002")
    assert issue.path == "/budget/12/category"
    demo_editor.show_section("applicant")
    demo_editor.jump_to_issue(issue)
    assert demo_editor.current_section() == "budget"
    current = page.proxy.mapToSource(page.table.currentIndex())
    assert (current.row(), current.column()) == (12, COL_CATEGORY)


def test_add_line_button_stores_a_zero_line_flagged_by_bud009(
    qtbot: Any, demo_editor: Any, workspace: Workspace
) -> None:
    """A new line of 0,00 EUR is a draft, not a broken document (FORMATS.md §5): stored, then BUD-009."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton

    page = demo_editor.show_section("budget")
    dossier = demo_editor.session.dossier_id
    count = len(workspace.get(dossier).document["budget"])
    button = next(b for b in page.findChildren(QAbstractButton) if b.text().replace("&", "") == "Add line")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    stored = workspace.get(dossier).document["budget"]
    assert len(stored) == count + 1 and stored[-1]["amount_cents"] == 0
    assert not page.message.isVisible() or not page.message.text()
    qtbot.waitUntil(
        lambda: any(
            i.rule == "BUD-009" and i.path == f"/budget/{count}/amount_cents" for i in demo_editor.issues
        ),
        timeout=5000,
    )

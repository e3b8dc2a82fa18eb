"""Indicators page: a table editor with add/remove."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hubdesk.validation.issues import Issue
from ui.sections.indicators import IndicatorsModel, parse_target
from ui.sections.registry import PAGE_CLASSES as PLAN_PAGES

from .plan_fixtures import Editor


def test_model_passes_modeltester(qtmodeltester, doc) -> None:
    model = IndicatorsModel()
    model.set_rows(doc["indicators"])
    qtmodeltester.check(model)


@pytest.mark.parametrize(("text", "value"), [("120", 120), ("1.500", 1500), ("12,5", 12.5), ("7.25", 7.25)])
def test_parse_target(text: str, value: float) -> None:
    assert parse_target(text) == value


def test_edit_add_remove_undo(qtbot, context, doc) -> None:
    page = PLAN_PAGES["indicators"](context)
    qtbot.addWidget(page)
    ed = Editor(page, doc)
    assert page.model.index(1, 3).data() == "850"
    assert page.model.setData(page.model.index(1, 3), "1.200")
    assert ed.doc["indicators"][1]["target"] == 1200
    assert not page.model.setData(page.model.index(1, 3), "lots")
    page.model.setData(page.model.index(0, 1), "Imprese")
    assert ed.doc["indicators"][0]["name"] == "Imprese"
    page.add_button.click()
    assert ed.doc["indicators"][-1]["id"] == "IND-3"
    flags = (
        page.table.selectionModel().SelectionFlag.ClearAndSelect
        | page.table.selectionModel().SelectionFlag.Rows
    )
    page.table.selectionModel().setCurrentIndex(page.model.index(0, 1), flags)
    page.remove_button.click()
    assert [i["id"] for i in ed.doc["indicators"]] == ["IND-2", "IND-3"]
    for _ in range(4):
        ed.undo()
    assert ed.doc["indicators"] == doc["indicators"]


def test_focus_and_issues(qtbot, context, doc) -> None:
    page = PLAN_PAGES["indicators"](context)
    qtbot.addWidget(page)
    Editor(page, doc)
    assert page.focus_path("/indicators/1/target")
    assert page.table.currentIndex().row() == 1 and page.table.currentIndex().column() == 3
    page.set_issues([Issue("X-1", "warning", "/indicators/1", "Obiettivo", "Target missing")])
    assert page.model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole) == "Target missing"

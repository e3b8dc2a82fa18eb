"""Read-only mode: the same pages for a document alone (reviewer view, frozen versions), no editing."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from hubdesk.callprofile import load_call_profile
from hubdesk.demo import demo_document
from hubdesk.validation import Issue
from ui.sections.names import DOCUMENT_SECTIONS
from ui.sections.page import EDIT_ACTION, KEEP_ENABLED
from ui.sections.read_only import ReadOnlySections
from ui.sections.registry import build_read_only_pages


@pytest.fixture
def doc() -> dict[str, Any]:
    return demo_document()


@pytest.fixture
def view(qtbot: Any, doc: dict[str, Any]) -> ReadOnlySections:
    view = ReadOnlySections(load_call_profile(), "en")
    qtbot.addWidget(view)
    view.set_document(doc)
    view.resize(1400, 900)
    view.show()
    return view


def _editable_widgets(root: QWidget) -> list[str]:
    """Every widget of ``root`` through which the user could still change something."""
    found = []
    for w in root.findChildren(QWidget):
        name = f"{type(w).__name__}#{w.objectName()}"
        if w.property(KEEP_ENABLED):  # a filter or a zoom: changes the view, never the document
            continue
        if w.property(EDIT_ACTION) and not w.isHidden():
            found.append("visible edit button " + name)
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            parent = w.parentWidget()
            if not w.isReadOnly() and not isinstance(parent, QComboBox | QAbstractSpinBox):
                found.append(name)
        elif isinstance(w, QComboBox | QCheckBox | QAbstractSpinBox) and w.isEnabled():
            if not (isinstance(w, QAbstractSpinBox) and w.isReadOnly()):
                found.append(name)
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            if not w.isEnabled():
                continue
            for r in range(model.rowCount(QModelIndex())):
                columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
                for c in range(columns):
                    index = model.index(r, c, QModelIndex())
                    flags = index.flags()
                    has_check = index.data(Qt.ItemDataRole.CheckStateRole) is not None
                    if (has_check and flags & Qt.ItemFlag.ItemIsUserCheckable) or (
                        flags & Qt.ItemFlag.ItemIsEditable
                        and w.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
                    ):
                        found.append(f"{name} cell {r},{c}")
                        break
    return found


def test_every_document_section_is_shown_without_a_way_to_edit(view: ReadOnlySections) -> None:
    assert list(view.pages) == list(DOCUMENT_SECTIONS)
    for key, page in view.pages.items():
        view.show_section(key)
        assert page.is_read_only()
        assert _editable_widgets(page) == [], key


def test_the_pages_show_the_document(view: ReadOnlySections, doc: dict[str, Any]) -> None:
    applicant = view.pages["applicant"]
    assert applicant.name.text() == doc["applicant"]["name"]  # type: ignore[attr-defined]
    budget = view.pages["budget"]
    assert budget.model.rowCount() == len(doc["budget"])  # type: ignore[attr-defined]
    assert view.pages["partners"].model.rowCount() == len(doc["partners"])  # type: ignore[attr-defined]


def test_nothing_is_ever_emitted(qtbot: Any, view: ReadOnlySections, doc: dict[str, Any]) -> None:
    emitted: list[Any] = []
    for page in view.pages.values():
        page.sig_edit.connect(lambda ops, _d: emitted.append(ops))
    budget: Any = view.pages["budget"]
    budget.add_line()
    index = budget.model.index(0, budget.model.column_of("description"))
    assert not budget.model.setData(index, "changed")
    activities: Any = view.pages["activities"]
    activities.add_activity()
    assert not activities.gantt.draggable
    view.show_section("applicant")
    applicant: Any = view.pages["applicant"]
    applicant.name.setFocus()
    qtbot.keyClicks(applicant.name, "xyz")
    applicant.binder.flush()
    assert applicant.name.text() == doc["applicant"]["name"]
    assert emitted == []


def test_read_only_can_be_switched_off_again(qtbot: Any, doc: dict[str, Any]) -> None:
    pages = build_read_only_pages(doc, load_call_profile(), "en")
    page: Any = pages["indicators"]
    qtbot.addWidget(page)
    page.set_read_only(False)
    assert not page.add_button.isHidden()
    assert page.model.index(0, 1).flags() & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(page.sig_edit):
        page.add_button.click()


def test_issues_and_jumps_work_read_only(view: ReadOnlySections) -> None:
    issue = Issue("ID-001", "error", "/partners/0/fiscal_code", "Codice errato", "Wrong code")
    view.set_issues([issue])
    assert view.focus_path("/partners/0/fiscal_code")
    partners: Any = view.pages["partners"]
    assert view.stack.currentWidget() is partners
    assert partners.fiscal_code.property("issueSeverity") == "error"


def test_every_table_model_passes_the_model_tester_read_only(
    qtmodeltester: Any, view: ReadOnlySections
) -> None:
    from ui.sections.common.table_model import DocTableModel

    checked = 0
    for page in view.pages.values():
        for model in page.findChildren(DocTableModel):
            assert model.is_read_only()
            qtmodeltester.check(model)
            checked += 1
    assert checked >= 5  # properties, partners, budget, indicators, attachments

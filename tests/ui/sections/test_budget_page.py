"""The budget page: model, delegates, keyboard, clipboard, totals, explain, problems panel wiring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit

from hubdesk.budget import compute_totals
from hubdesk.validation.issues import Issue
from ui.sections.budget.model import COL_AMOUNT, COL_CATEGORY, COL_FUND, COL_VAT_RECOVERABLE, BudgetModel
from ui.sections.budget.page import BudgetPage
from ui.sections.common.tsv import format_tsv
from ui.sections.common.vocab import Vocab
from ui.sections.registry import PAGE_CLASSES as PLAN_PAGES

from .plan_fixtures import Editor


def select(page: BudgetPage, row: int, col: int) -> None:
    """Make one cell current and the only selected one (independent of stale keyboard modifiers)."""
    flags = page.table.selectionModel().SelectionFlag.ClearAndSelect
    page.table.selectionModel().setCurrentIndex(page.proxy.index(row, col), flags)


def make(qtbot, context, doc) -> tuple[BudgetPage, Editor]:
    page = PLAN_PAGES["budget"](context)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    return page, Editor(page, doc)  # type: ignore[return-value]


def test_model_passes_modeltester(qtmodeltester, doc, profile) -> None:
    model = BudgetModel(Vocab.of(doc, profile, "en"))
    model.set_rows(doc["budget"])
    qtmodeltester.check(model)


def test_page_shows_lines_and_derived_totals(qtbot, context, doc) -> None:
    page, _ = make(qtbot, context, doc)
    assert page.proxy.rowCount() == 12
    assert page.model.index(0, 9).data() == "1.037.000,00"
    assert (
        page.model.index(5, COL_VAT_RECOVERABLE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    )
    # the grant, worked out here by hand from the lines: FESR and FSE, VAT counted where not recoverable
    by_hand = sum(
        line["amount_cents"] + (0 if line["vat_recoverable"] else line["vat_cents"])
        for line in doc["budget"]
        if line["fund"] in ("FESR", "FSE")
    )
    assert by_hand > 0
    assert page.totals.requested_grant == by_hand
    assert "of 2.175.000,00 €" in page.summary.ceiling_gauge.value_text
    assert page.summary.ceiling_gauge.ok and page.summary.fse_gauge.ok
    assert page.summary.chart.rows and page.summary.chart.rows[0].label == "Building and plant works"


def test_money_edit_through_delegate_is_one_op_and_undoable(qtbot, context, doc) -> None:
    page, ed = make(qtbot, context, doc)
    index = page.proxy.index(1, COL_AMOUNT)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.findChild(QLineEdit, "editor_amount_cents")
    assert editor is not None
    editor.setText("1.234,50")
    with qtbot.waitSignal(page.sig_edit) as blocker:
        QTest.keyClick(editor, Qt.Key.Key_Return)
    assert blocker.args[0] == [{"op": "replace", "path": "/budget/1/amount_cents", "value": 123450}]
    assert ed.doc["budget"][1]["amount_cents"] == 123450
    assert page.totals.by_fund["FESR"] == compute_totals(ed.doc["budget"]).by_fund["FESR"]
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == 2)  # Enter moves down
    ed.undo()
    assert page.model.index(1, COL_AMOUNT).data() == "95.000,00"


def test_ambiguous_money_is_refused_with_a_message(qtbot, context, doc) -> None:
    page, ed = make(qtbot, context, doc)
    index = page.proxy.index(0, COL_AMOUNT)
    page.table.edit(index)
    editor = page.table.findChild(QLineEdit, "editor_amount_cents")
    editor.setText("1,2,3")
    with qtbot.assertNotEmitted(page.sig_edit):
        page.table.commitData(editor)
    assert "1,2,3" in page.message.text() and not page.message.isHidden()
    assert ed.undo_stack == []


def test_type_non_ascii_description(qtbot, context, doc) -> None:
    page, ed = make(qtbot, context, doc)
    index = page.proxy.index(0, 4)
    page.table.edit(index)
    editor = page.table.findChild(QLineEdit)
    editor.clear()
    for ch in "Città €":
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, editor, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
    page.table.commitData(editor)
    assert ed.doc["budget"][0]["description"] == "Città €"


def test_category_choices_follow_the_fund(qtbot, context, doc) -> None:
    page, ed = make(qtbot, context, doc)
    index = page.proxy.index(5, COL_CATEGORY)  # an FSE line
    page.table.edit(index)
    combo = page.table.findChild(QComboBox, "editor_category")
    codes = [combo.itemData(i) for i in range(combo.count())]
    assert "personnel" in codes and "works" not in codes
    combo.setCurrentIndex(codes.index("training"))
    page.table.commitData(combo)
    assert ed.doc["budget"][5]["category"] == "training"
    page.table.closeEditor(combo, page.delegate.EndEditHint.NoHint)
    cofin = page.proxy.index(9, COL_CATEGORY)  # co-financing: any category
    page.table.edit(cofin)
    combo = page.table.indexWidget(cofin)
    assert combo.count() == len(context.profile.cost_categories)


def test_vat_checkbox_and_fund_combo(qtbot, context, doc) -> None:
    page, ed = make(qtbot, context, doc)
    page.proxy.setData(
        page.proxy.index(0, COL_VAT_RECOVERABLE), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert ed.doc["budget"][0]["vat_recoverable"] is True
    assert page.model.index(0, 9).data() == "850.000,00"
    page.proxy.setData(page.proxy.index(0, COL_FUND), "FSE")
    assert ed.doc["budget"][0]["fund"] == "FSE"


def test_keyboard_insert_duplicate_delete(qtbot, context, doc) -> None:
    page, ed = make(qtbot, context, doc)
    select(page, 2, 3)
    QTest.keyClick(page.table, Qt.Key.Key_Insert)
    assert len(ed.doc["budget"]) == 13 and ed.doc["budget"][-1]["id"] == "VOC-13"
    assert ed.doc["budget"][-1]["activity"] == "ATT-1"
    select(page, 2, 3)
    QTest.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert ed.doc["budget"][3]["description"] == "Arredi" and ed.doc["budget"][3]["id"] == "VOC-14"
    select(page, 3, 3)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert [x["id"] for x in ed.doc["budget"][2:4]] == ["VOC-3", "VOC-4"]
    for _ in range(3):
        ed.undo()
    assert ed.doc["budget"] == doc["budget"]
    assert page.model.rowCount() == 12


def test_paste_twenty_rows_is_one_undoable_op_list(qtbot, context, doc) -> None:
    page, ed = make(qtbot, context, doc)
    rows = [
        ["ATT-2", "FSE", "Training", f"Corso {i}", "PAR-1", f"{i + 1}.000,00", "0", "no"] for i in range(20)
    ]
    select(page, 10, 1)
    QGuiApplication.clipboard().setText(format_tsv(rows))
    QTest.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(ed.undo_stack) == 1
    budget = ed.doc["budget"]
    assert len(budget) == 30  # 2 overwritten, 18 appended
    assert budget[10]["description"] == "Corso 0" and budget[10]["id"] == "VOC-11"
    assert budget[29]["amount_cents"] == 2000000 and budget[29]["category"] == "training"
    assert page.totals.total_eligible == compute_totals(budget).total_eligible
    ed.undo()
    assert ed.doc["budget"] == doc["budget"]


def test_paste_with_a_bad_cell_is_refused(qtbot, context, doc) -> None:
    page, ed = make(qtbot, context, doc)
    select(page, 0, COL_AMOUNT)
    page.paste_text("1,2,3\n")
    assert ed.undo_stack == [] and "Row 1" in page.message.text()


def test_copy_range_pastes_back_unchanged(qtbot, context, doc) -> None:
    page, ed = make(qtbot, context, doc)
    sel = page.table.selectionModel()
    for r in range(0, 3):
        for c in range(0, 10):
            sel.select(page.proxy.index(r, c), sel.SelectionFlag.Select)
    text = page.table.copy_selection()
    assert text.splitlines()[0].startswith("VOC-1\tATT-1")
    assert QGuiApplication.clipboard().text() == text
    select(page, 0, 0)
    page.paste_text(text)
    assert ed.undo_stack == [[]] or ed.undo_stack == []


def test_sort_and_filter(qtbot, context, doc) -> None:
    page, _ = make(qtbot, context, doc)
    page.table.sortByColumn(COL_AMOUNT, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, 0).data() == "VOC-1"
    page.filter_edit.setText("Cooperativa")
    assert page.proxy.rowCount() == 2


def test_explain_a_total(qtbot, context, doc) -> None:
    page, _ = make(qtbot, context, doc)
    assert page.summary.select_total("fund", "FESR")
    text = page.summary.explanation.toPlainText()
    assert text.startswith("ERDF = VOC-1 1.037.000,00 + VOC-2 115.900,00")  # an English page
    assert text.splitlines()[0].endswith("= 1.500.100,00 €")
    page.proxy.setData(page.proxy.index(1, COL_AMOUNT), 10000000)
    qtbot.waitUntil(lambda: "VOC-2 120.900,00" in page.summary.explanation.toPlainText())
    assert page.summary.select_total("grant")
    assert "FESR" in page.summary.explanation.toPlainText()


def test_focus_path_and_issues(qtbot, context, doc) -> None:
    page, _ = make(qtbot, context, doc)
    page.table.sortByColumn(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    assert page.focus_path("/budget/11/category")
    cur = page.table.currentIndex()
    assert page.proxy.mapToSource(cur).row() == 11 and cur.column() == COL_CATEGORY
    assert page.table.findChild(QComboBox, "editor_category") is not None
    issues = [
        Issue("BUD-002", "error", "/budget/3/category", "Categoria non ammessa", "Category not allowed"),
        Issue("BUD-001", "error", "/budget", "Tetto superato", "Ceiling exceeded"),
    ]
    page.set_issues(issues)
    idx = page.model.index(3, COL_CATEGORY)
    assert idx.data(Qt.ItemDataRole.ToolTipRole) == "Category not allowed"
    assert idx.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.index(3, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "Ceiling exceeded" in page.section_issues.text()
    page.set_issues([])
    assert idx.data(Qt.ItemDataRole.BackgroundRole) is None
    assert not page.focus_path("/activities/1")


def test_set_document_keeps_selection_and_signals_only_changed_rows(qtbot, context, doc) -> None:
    page, _ = make(qtbot, context, doc)
    select(page, 7, 4)
    resets: list[int] = []
    changed: list[tuple[int, int]] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    page.proxy.setData(page.proxy.index(2, COL_AMOUNT), 777)
    assert resets == [] and changed == [(2, 2)]
    assert page.table.currentIndex().row() == 7


def test_paste_of_spreadsheet_labels_with_blank_vat(qtbot, context, doc) -> None:
    """What an officer pastes from a spreadsheet: Italian labels, amounts with €, a blank VAT cell."""
    page, ed = make(qtbot, context, doc)
    before = len(ed.doc["budget"])
    row = ["ATT-2", "FSE", "Formazione", "Corso di progettazione", "PAR-1", "€ 12.500,00", "", "Sì"]
    select(page, before - 1, 1)  # the first row overwrites the last line, the second is appended
    page.paste_text(format_tsv([row, row]))
    budget = ed.doc["budget"]
    assert len(budget) == before + 1
    assert budget[-1]["category"] == "training" and budget[-1]["vat_cents"] == 0
    assert budget[-1]["amount_cents"] == 1250000 and budget[-1]["vat_recoverable"] is True

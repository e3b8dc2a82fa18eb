"""End-to-end editing: type accented text, see problems, jump to them, undo/redo, reopen, conflicts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hubdesk.services import Workspace
from tests.ui.helpers import replace_text, type_text
from ui import dialogs

GOOD_CF = "06543120726"  # a valid 11-digit code (demo partner)
BAD_CF = "06543120727"  # same, wrong check digit


def _validated(qtbot: Any, editor: Any) -> Any:
    with qtbot.waitSignal(editor.validation.sig_result, timeout=10000) as blocker:
        pass
    return blocker.args[0]


def _wait_for_issue(qtbot: Any, editor: Any, rule: str, path: str) -> Any:
    qtbot.waitUntil(lambda: any(i.rule == rule and i.path == path for i in editor.issues), timeout=10000)
    return next(i for i in editor.issues if i.rule == rule and i.path == path)


def test_fill_applicant_with_accents_is_stored(qtbot: Any, editor: Any, workspace: Workspace) -> None:
    page = editor.show_section("applicant")
    replace_text(page.rep_name, "Nicolò Càrdone")
    replace_text(page.rup_name, "Maria Lucia D'Urso Città")
    doc = workspace.get(editor.session.dossier_id).document
    assert doc["applicant"]["legal_representative"]["full_name"] == "Nicolò Càrdone"
    assert doc["applicant"]["rup"]["full_name"] == "Maria Lucia D'Urso Città"


def test_text_commits_after_a_typing_pause(qtbot: Any, editor: Any, workspace: Workspace) -> None:
    page = editor.show_section("proposal")
    type_text(page.title, "Officina sociale")
    assert workspace.get(editor.session.dossier_id).document["proposal"]["title"] == ""
    qtbot.waitUntil(
        lambda: workspace.get(editor.session.dossier_id).document["proposal"]["title"] == "Officina sociale",
        timeout=3000,
    )


def test_partner_with_wrong_check_digit_is_flagged_while_typing(qtbot: Any, editor: Any) -> None:
    page = editor.show_section("partners")
    page.add_button.click()
    assert page.model.rowCount() == 1
    replace_text(page.name, "Società Cooperativa Sociale Àncora")
    type_text(page.fiscal_code, BAD_CF)
    assert page.fiscal_code.property("issueSeverity") == "error"
    assert "check digit" in page.fiscal_code.toolTip()
    QTest.keyClick(page.fiscal_code, Qt.Key.Key_Backspace)
    type_text(page.fiscal_code, "6")
    assert page.fiscal_code.property("issueSeverity") is None
    doc = editor.session.document
    assert doc["partners"][0]["name"] == "Società Cooperativa Sociale Àncora"


def test_runts_enabled_only_for_third_sector(qtbot: Any, editor: Any) -> None:
    page = editor.show_section("partners")
    page.add_button.click()
    assert page.runts.isEnabled()
    company = page.legal_form.findData("company")
    page.legal_form.setCurrentIndex(company)
    page.legal_form.activated.emit(company)
    assert not page.runts.isEnabled()
    partner = editor.session.document["partners"][0]
    assert partner["legal_form"] == "company"
    assert partner["runts_section"] is None


def test_problem_appears_and_jumps_to_the_field(qtbot: Any, editor: Any) -> None:
    page = editor.show_section("partners")
    page.add_button.click()
    replace_text(page.fiscal_code, BAD_CF)
    issue = _wait_for_issue(qtbot, editor, "ID-001", "/partners/0/fiscal_code")
    assert editor.nav_model.status("partners") == "error"
    assert "✕" in editor.nav_model.label("partners")
    editor.show_section("applicant")
    model = editor.problems_model
    index = next(
        model.index(r, 0, model.index(g, 0))
        for g in range(model.rowCount())
        for r in range(model.rowCount(model.index(g, 0)))
        if model.issue_at(model.index(r, 0, model.index(g, 0))) == issue
    )
    editor.problems.setFocus()
    editor.problems.setCurrentIndex(index)
    QTest.keyClick(editor.problems, Qt.Key.Key_Return)
    assert editor.current_section() == "partners"
    assert QApplication.focusWidget() is page.fiscal_code
    assert page.fiscal_code.property("issueSeverity") == "error"
    assert issue.message("en") in page.fiscal_code.toolTip()


def test_undo_and_redo_every_edit(qtbot: Any, editor: Any, workspace: Workspace) -> None:
    page = editor.show_section("proposal")
    replace_text(page.title, "Hub Città")
    replace_text(page.acronym, "HUBC")
    stored = lambda: workspace.get(editor.session.dossier_id).document["proposal"]  # noqa: E731
    assert (stored()["title"], stored()["acronym"]) == ("Hub Città", "HUBC")
    editor.undo_action.trigger()
    assert stored()["acronym"] == ""
    assert page.acronym.text() == ""
    editor.undo_action.trigger()
    assert stored()["title"] == ""
    editor.redo_action.trigger()
    editor.redo_action.trigger()
    assert (stored()["title"], stored()["acronym"]) == ("Hub Città", "HUBC")


def test_consecutive_edits_of_one_field_merge(qtbot: Any, editor: Any) -> None:
    page = editor.show_section("proposal")
    replace_text(page.title, "Hub")
    replace_text(page.title, "Hub di Molfetta")
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert editor.session.document["proposal"]["title"] == ""


def test_list_edits_are_undoable(qtbot: Any, editor: Any) -> None:
    page = editor.show_section("properties")
    page.add_button.click()
    replace_text(page.name, "Ex mercato")
    page.duplicate_button.click()
    names = [p["name"] for p in editor.session.document["properties"]]
    assert names == ["Ex mercato", "Ex mercato (copy)"]
    page.up_button.click()
    assert [p["name"] for p in editor.session.document["properties"]] == ["Ex mercato (copy)", "Ex mercato"]
    page.remove_button.click()
    assert len(editor.session.document["properties"]) == 1
    assert editor.undo_stack.count() == 5  # add, name, duplicate, move, remove
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert editor.session.document["properties"] == []


def test_everything_is_there_after_reopening(qtbot: Any, editor: Any, workspace: Workspace) -> None:
    page = editor.show_section("applicant")
    replace_text(page.pec, "protocollo@pec.comune.molfetta.ba.it")
    partners = editor.show_section("partners")
    partners.add_button.click()
    replace_text(partners.name, "Associazione Città Aperta")
    dossier = editor.session.dossier_id
    path = workspace.path
    editor.close()
    again = Workspace.open(path)
    try:
        doc = again.get(dossier).document
        assert doc["applicant"]["pec"] == "protocollo@pec.comune.molfetta.ba.it"
        assert doc["partners"][0]["name"] == "Associazione Città Aperta"
    finally:
        again.close()


def test_conflicting_edit_is_refused_visibly(qtbot: Any, editor: Any, workspace: Workspace) -> None:
    dossier = editor.session.dossier_id
    other = Workspace.open(workspace.path)
    try:
        state = other.get(dossier)
        op = {"op": "replace", "path": "/proposal/title", "value": "Da fuori"}
        other.update(dossier, state.version, [op])
        page = editor.show_section("proposal")
        replace_text(page.title, "Dalla finestra")
        assert editor.banner.isVisible()
        assert dialogs.last_message is not None and dialogs.last_message[0] == "warning"
        assert other.get(dossier).document["proposal"]["title"] == "Da fuori"
        editor.reload_action.trigger()
        assert page.title.text() == "Da fuori"
        # the refused text stays on screen to apply again, until the banner is closed
        assert editor.banner.isVisible() and editor.banner.yours.toPlainText() == "Dalla finestra"
        editor.banner.close_button.click()
        assert not editor.banner.isVisible()
    finally:
        other.close()


def test_schema_rejection_keeps_the_stored_value(qtbot: Any, editor: Any) -> None:
    editor._on_page_edit([{"op": "replace", "path": "/proposal/duration_months", "value": "many"}], "bad")
    assert dialogs.last_message is not None
    assert editor.session.document["proposal"]["duration_months"] == 30
    assert editor.undo_stack.count() == 0


def test_add_partner_from_workspace(qtbot: Any, editor: Any, workspace: Workspace) -> None:
    workspace.add_demo()
    page = editor.show_section("partners")
    seen: list[Any] = []

    def pick(_parent: Any, candidates: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
        seen.extend(candidates)
        return candidates[0][1]

    page.pick_partner = pick
    page.from_workspace_button.click()
    assert seen
    added = editor.session.document["partners"][0]
    assert added["name"] == seen[0][1]["name"]
    assert added["id"] == "PAR-1"


def test_every_section_has_its_own_page(editor: Any) -> None:
    from ui.sections.names import SECTION_KEYS
    from ui.sections.page import SectionPage

    assert list(editor.pages) == list(SECTION_KEYS)
    for key, page in editor.pages.items():
        assert isinstance(page, SectionPage)
        assert page.section == key, f"the page shown for {key} is the page of {page.section!r}"
    assert len({type(p) for p in editor.pages.values()}) == len(SECTION_KEYS)


def test_undo_and_redo_after_closing_and_reopening(qtbot: Any, editor: Any, workspace: Workspace) -> None:
    from ui.editor.window import EditorWindow

    page = editor.show_section("proposal")
    replace_text(page.title, "Hub")
    replace_text(page.title, "Hub di Molfetta")  # one step with the edit before
    replace_text(page.acronym, "HUBM")
    editor.undo_action.trigger()  # acronym undone: a redo step waits
    dossier = editor.session.dossier_id
    editor.close()

    reopened = EditorWindow(workspace, dossier, "en")
    with qtbot.waitSignal(reopened.validation.sig_result, timeout=10000):
        reopened.show()
    assert reopened.undo_stack.count() == 2 and reopened.undo_stack.index() == 1
    title_step, acronym_step = workspace.history(dossier)
    assert not title_step.undone and acronym_step.undone
    assert reopened.undo_stack.undoText() == title_step.description
    assert reopened.undo_stack.redoText() == acronym_step.description
    reopened.redo_action.trigger()
    assert workspace.get(dossier).document["proposal"]["acronym"] == "HUBM"
    reopened.undo_action.trigger()
    reopened.undo_action.trigger()
    assert workspace.get(dossier).document["proposal"]["title"] == ""
    assert reopened.show_section("proposal").title.text() == ""
    reopened.close()


def test_a_change_made_elsewhere_is_shown_without_editing(
    qtbot: Any, editor: Any, workspace: Workspace
) -> None:
    workspace.watch(lambda _change: None, interval=0.1)  # look often
    other = Workspace.open(workspace.path, author="Maria Rossi")
    try:
        state = other.get(editor.session.dossier_id)
        other.update(
            state.id, state.version, [{"op": "replace", "path": "/proposal/title", "value": "Altrove"}]
        )
    finally:
        other.close()
    qtbot.waitUntil(lambda: editor.session.document["proposal"]["title"] == "Altrove", timeout=15000)
    assert not editor.banner.isVisible() and not editor.session.in_conflict
    assert editor.live.note.isVisible() and "Maria Rossi" in editor.live.note.text.text()
    assert editor.show_section("proposal").title.text() == "Altrove"

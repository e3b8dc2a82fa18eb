"""Every item model of the UI passes pytest-qt's qtmodeltester, empty and with data."""

from __future__ import annotations

from typing import Any

from hubdesk.services import Workspace
from hubdesk.validation import Issue
from ui.editor.navigation import SectionListModel
from ui.editor.problems import ProblemsModel
from ui.library.model import FILTER_ERRORS, DossierFilterProxy, DossierTableModel
from ui.sections.common.marks import IssueMarks
from ui.sections.common.table_model import Column, DocTableModel


def test_dossier_table_and_proxy(qtmodeltester: Any, workspace: Workspace) -> None:
    model = DossierTableModel()
    qtmodeltester.check(model)
    workspace.add_demo()
    workspace.create(istat_code="071001")
    model.set_rows(workspace.list_dossiers())
    qtmodeltester.check(model)
    proxy = DossierFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_status_filter(FILTER_ERRORS)
    qtmodeltester.check(proxy)
    proxy.set_search("bitonto")
    assert proxy.rowCount() == 0


def test_amounts_still_being_checked_are_not_shown_as_zero(workspace: Workspace) -> None:
    from dataclasses import replace

    from ui.library.model import COL_FESR, COL_FSE, COL_STATUS

    workspace.add_demo()
    row = workspace.list_dossiers()[0]
    model = DossierTableModel()
    model.set_rows([replace(row, checked=False, requested_fesr_cents=0, requested_fse_cents=0)])
    cells = [model.data(model.index(0, c)) for c in (COL_STATUS, COL_FESR, COL_FSE)]
    assert cells == ["Checking…", "…", "…"]  # never a false "0,00 €"
    model.set_rows([row])
    assert model.data(model.index(0, COL_FESR)).endswith("€") and row.requested_fesr_cents > 0


def test_section_list(qtmodeltester: Any) -> None:
    model = SectionListModel()
    qtmodeltester.check(model)
    model.set_counts({"partners": {"error": 2, "warning": 1, "info": 0}})
    qtmodeltester.check(model)
    assert model.status("partners") == "error"
    assert model.status("applicant") == "ok"


def test_problems_tree(qtmodeltester: Any) -> None:
    model = ProblemsModel("it")
    qtmodeltester.check(model)
    model.set_issues(
        [
            Issue("ID-001", "error", "/partners/0/fiscal_code", "Codice errato", "Wrong code"),
            Issue("TXT-001", "error", "/proposal/title", "Titolo vuoto", "Empty title"),
            Issue("PART-003", "warning", "/partners/1", "Manca la lettera", "Letter missing"),
            Issue("X-1", "info", "/format", "Nota", "Note"),
        ]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    first = model.first_issue_index()
    assert model.issue_at(first).rule == "TXT-001"


def test_items_table(qtmodeltester: Any) -> None:
    model = DocTableModel(
        section="partners",
        context_name="PartnersPage",
        columns=[Column("name", "Name", editable=False, getter=lambda i: i["name"])],
    )
    model.row_icons = True
    qtmodeltester.check(model)
    model.set_rows([{"name": "A"}, {"name": "B"}])
    model.set_marks(IssueMarks("partners", [Issue("X-1", "error", "/partners/1", "bad", "bad")]))
    qtmodeltester.check(model)

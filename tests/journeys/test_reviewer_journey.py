"""A reviewer triages the packages received by PEC: opens the folder from the menu, sorts by verdict,
filters, opens one package and reads its verdict, signer and the signed PDF."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableView, QWidget

from tests.reviewer_packages import Folder, build_folder
from tests.ui.helpers import type_text
from ui import dialogs


@pytest.fixture(scope="module")
def pec(tmp_path_factory: pytest.TempPathFactory) -> Folder:
    return build_folder(tmp_path_factory.mktemp("journey"))


def _action(menu: Any, text: str) -> QAction:
    for action in menu.actions():
        if action.text().replace("&", "") == text:
            return action
    raise AssertionError(f"no menu entry {text!r}")


def _window(name: str) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
    assert found, name
    return found[-1]


@pytest.mark.slow
def test_reviewer_triages_a_folder(qtbot: Any, workspace: Any, pec: Folder, monkeypatch: Any) -> None:
    from hubdesk.verify.truststore import TrustStore, read_anchor_files
    from ui.library.window import LibraryWindow

    TrustStore().add(read_anchor_files([pec.ca_pem]))  # the Region's CA, added once in Settings/CLI
    library = LibraryWindow(workspace)
    qtbot.addWidget(library)
    library.show()
    monkeypatch.setattr(dialogs, "pick_folder", lambda *_a: str(pec.path))
    menu = next(a for a in library.menuBar().actions() if a.menu()).menu()  # the first menu
    _action(menu, "Open folder of packages…").trigger()
    triage = _window("triageWindow")
    qtbot.addWidget(triage)
    qtbot.waitUntil(lambda: "verified" in triage.findChild(QLabel, "triageStatus").text(), timeout=90000)
    table = triage.findChild(QTableView, "triageTable")
    header = table.horizontalHeader()
    verdict_col = next(
        c
        for c in range(header.count())
        if table.model().headerData(c, Qt.Orientation.Horizontal) == "Verdict"
    )
    x = header.sectionViewportPosition(verdict_col) + header.sectionSize(verdict_col) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    model = table.model()
    verdicts = [model.index(r, verdict_col).data() for r in range(model.rowCount())]
    if verdicts[0] != "Not valid":  # first click may sort descending, depending on the style
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        verdicts = [model.index(r, verdict_col).data() for r in range(model.rowCount())]
    assert verdicts[0] == "Not valid" and "Valid, to check" in verdicts
    search = triage.findChild(QLineEdit, "triageSearch")
    type_text(search, "MOLHUB")
    assert model.rowCount() == 1
    search.clear()
    type_text(search, "OFFICINE")
    rows = model.rowCount()
    assert rows == 3
    row = next(r for r in range(rows) if model.index(r, verdict_col).data() == "Valid, to check")
    rect = table.visualRect(model.index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    package = _window("packageWindow")
    qtbot.addWidget(package)
    headline = package.findChild(QLabel, "verdictHeadline")
    assert "Intact and signed by the legal representative" in headline.text()
    assert package.findChild(QLabel, "signer_fiscal_code").text() == "VNTGPP68P03A893Z"
    assert package.findChild(QLabel, "signer_legal_rep").text() == "yes"
    qtbot.waitUntil(lambda: package.pdf_view.rendered_count() > 0, timeout=30000)
    package.close()
    triage.close()

"""The reviewer windows on real packages: verdict banner, signer box, files, proposal, PDF, triage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel

from tests.reviewer_packages import Folder
from ui.reviewer.model import COL_DUPLICATES, COL_LEGAL_REP, COL_VERDICT, TriageModel
from ui.reviewer.package_window import PackageWindow
from ui.reviewer.triage_window import TriageWindow


def _field(window: PackageWindow, key: str) -> str:
    label = window.findChild(QLabel, f"signer_{key}")
    assert label is not None
    return label.text()


def test_good_package_is_green_with_signer_and_pdf(qtbot: Any, pec: Folder, trusted: Path) -> None:
    window = PackageWindow(pec.good)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sig_verified, timeout=20000):
        window.show()
    assert window.banner.property("level") == "green"
    assert window.headline.text() == "Intact and signed by the legal representative"
    assert _field(window, "name") == "Giuseppe Antonio Ventura"
    assert _field(window, "fiscal_code") == "VNTGPP68P03A893Z"
    assert "HubDesk Test CA" in _field(window, "issuer") and _field(window, "legal_rep") == "yes"
    assert "ca.pem" in _field(window, "trust")
    assert window.files.rowCount() >= 13 and window.files.item(0, 1).text() == "intact"
    qtbot.waitUntil(lambda: window.pdf_view.rendered_count() > 0, timeout=20000)
    qtbot.waitUntil(lambda: hasattr(window, "sections"), timeout=10000)
    window.close()


def test_tampered_is_red_rup_is_amber_without_trust_indeterminate(
    qtbot: Any, pec: Folder, trusted: Path
) -> None:
    for path, level, text in (
        (pec.tampered, "red", "Not valid"),
        (pec.rup, "amber", "not by the legal representative"),
    ):
        window = PackageWindow(path)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.sig_verified, timeout=20000):
            window.show()
        assert window.banner.property("level") == level and text in window.headline.text()
        window.close()


def test_no_trust_is_never_green(qtbot: Any, pec: Folder) -> None:
    window = PackageWindow(pec.good)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sig_verified, timeout=20000):
        window.show()
    assert window.banner.property("level") == "amber" and "cannot be confirmed" in window.headline.text()
    assert "no trusted authority" in _field(window, "trust")
    window.close()


def test_triage_table_fills_sorts_and_flags(
    qtbot: Any, qtmodeltester: Any, pec: Folder, trusted: Path
) -> None:
    window = TriageWindow(pec.path, workers=1)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.sig_all_verified, timeout=60000):
        window.show()
    qtmodeltester.check(window.model)
    model: TriageModel = window.model
    assert model.rowCount() == 4 and model.finished() == 4
    window.table.sortByColumn(
        COL_VERDICT, window.table.horizontalHeader().sortIndicatorOrder().AscendingOrder
    )
    first = window.proxy.index(0, COL_VERDICT).data()
    assert first == "Not valid"
    cells = {window.proxy.index(r, 0).data(): r for r in range(4)}
    molfetta = cells["Comune di Molfetta"]
    assert window.proxy.index(molfetta, COL_LEGAL_REP).data() == "no"
    bitonto = [r for r in range(4) if window.proxy.index(r, 0).data() == "Comune di Bitonto"]
    assert all(window.proxy.index(r, COL_DUPLICATES).data() for r in bitonto)
    window.proxy.set_text("molfetta")
    assert window.proxy.rowCount() == 1
    window.close()


def test_opening_a_package_file_shows_the_reviewer(
    qtbot: Any, workspace: Any, pec: Folder, trusted: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.library.window import LibraryWindow
    from ui.open_files import open_path

    library = LibraryWindow(workspace)
    qtbot.addWidget(library)
    library.show()
    open_path(library, pec.good)
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, PackageWindow) and w.isVisible()]
    assert windows and windows[-1].path == pec.good
    window = windows[-1]
    qtbot.waitUntil(lambda: window.verdict is not None, timeout=20000)
    assert window.acceptDrops()  # the library's drop handler watches reviewer windows too
    window.close()


def test_settings_manage_the_trust_store(qtbot: Any, pec: Folder, monkeypatch: Any) -> None:
    from hubdesk.verify.truststore import TrustStore
    from ui import dialogs
    from ui.library.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    box = dialog.trust
    assert "No trusted authority" in box.list.item(0).text() and not box.remove.isEnabled()
    monkeypatch.setattr(dialogs, "pick_open_file", lambda *_a: str(pec.ca_pem))
    box.add_files.click()
    assert len(TrustStore().anchors()) == 1 and "HubDesk Test CA" in box.list.item(0).text()
    box.list.setCurrentRow(0)
    box.remove.click()
    assert TrustStore().anchors() == []
    junk = pec.path.parent / "junk.pem"
    junk.write_text("no")
    box.add_paths([junk])
    assert dialogs.last_message is not None and dialogs.last_message[0] == "error"

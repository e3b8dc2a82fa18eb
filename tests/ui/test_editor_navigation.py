"""The section list is wide enough for every section name with its counts, in Italian too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QTranslator

from ui.sections.names import SECTION_KEYS

QM = Path(__file__).resolve().parents[2] / "resources" / "translations" / "hubdesk_it.qm"


def test_every_section_with_its_counts_fits_without_scrolling(qtbot: Any, workspace: Any) -> None:
    from ui.editor.window import EditorWindow

    translator = QTranslator()
    assert translator.load(str(QM))  # the longest names are the Italian ones
    QCoreApplication.installTranslator(translator)
    dossier_id = workspace.create(istat_code="072029").id
    window = EditorWindow(workspace, dossier_id, "it")
    try:
        with qtbot.waitSignal(window.validation.sig_result, timeout=10000):
            window.show()
        window.resize(1200, 800)
        window.nav_model.set_counts({key: {"error": 12, "warning": 3} for key in SECTION_KEYS})
        qtbot.wait(50)
        nav = window.nav
        assert "cronoprogramma" in nav_text(window)
        for row in range(window.nav_model.rowCount()):
            rect = nav.visualRect(window.nav_model.index(row))
            assert rect.right() <= nav.viewport().width(), window.nav_model.label(SECTION_KEYS[row])
        assert not nav.horizontalScrollBar().isVisible()
    finally:
        if shiboken6.isValid(window):
            window.close()
        QCoreApplication.removeTranslator(translator)


def nav_text(window: Any) -> str:
    return " ".join(window.nav_model.label(key) for key in SECTION_KEYS)

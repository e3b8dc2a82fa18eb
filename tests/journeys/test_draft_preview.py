"""Journey: «Anteprima PDF» on a dossier with errors, shown inside the app, then saved."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QToolBar

from hubdesk.report.draft import DRAFT_MARK
from ui import dialogs
from ui.editor.window import EditorWindow
from ui.widgets.pdf_view import PDFIUM_LOCK


@pytest.fixture
def dossier_id(workspace: Any) -> str:
    """A new, empty dossier for Molfetta: a draft with many errors."""
    return str(workspace.create(istat_code="072029").id)


def test_preview_a_draft_with_errors_and_save_it(
    qtbot: Any, workspace: Any, dossier_id: str, tmp_path: Path, monkeypatch: Any
) -> None:
    editor = EditorWindow(workspace, dossier_id, "en")  # a new dossier: full of errors
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.validation.sig_result, timeout=10000):
        editor.show()
    assert editor.result is not None and editor.result.errors > 0
    toolbar = editor.findChild(QToolBar, "editorToolbar")
    action = next(a for a in toolbar.actions() if a.text().replace("&", "") == "PDF preview")
    QTest.mouseClick(toolbar.widgetForAction(action), Qt.MouseButton.LeftButton)
    preview = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "draftPreviewWindow")
    qtbot.waitUntil(lambda: preview.data is not None, timeout=30000)
    qtbot.waitUntil(lambda: preview.view.rendered_count() > 0, timeout=30000)
    assert "error" in preview.status.text()

    target = tmp_path / "bozza.pdf"
    monkeypatch.setattr(dialogs, "pick_save_file", lambda *args: str(target))
    save = next(b for b in preview.findChildren(QPushButton) if b.text() == "Save PDF…")
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.view.rendered_count() == preview.view.page_count(), timeout=30000)
    with PDFIUM_LOCK:  # PDFium is not thread-safe: the preview may still be closing its document
        pdf = pdfium.PdfDocument(target.read_bytes())
        try:
            assert len(pdf) >= 1
            for index in range(len(pdf)):
                page = pdf[index]
                text = page.get_textpage()
                assert DRAFT_MARK in " ".join(text.get_text_range().split())
                text.close()
                page.close()
        finally:
            pdf.close()
    # no menu bar: the keyboard still closes it (Esc, Ctrl+W)
    close = next(a for a in preview.actions() if QKeySequence("Esc") in a.shortcuts())
    assert QKeySequence(QKeySequence.StandardKey.Close) in close.shortcuts()
    close.trigger()
    assert not preview.isVisible()

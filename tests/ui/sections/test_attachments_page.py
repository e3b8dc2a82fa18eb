"""Attachments page: add (picker, drop), classify, preview, open, replace; round trip with the service."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage

from hubdesk.validation.issues import Issue
from ui.sections.attachments.model import AttachmentsModel, format_size
from ui.sections.attachments.page import AttachmentsPage
from ui.sections.common.vocab import Vocab
from ui.sections.page import EditorContext
from ui.sections.registry import PAGE_CLASSES as PLAN_PAGES

from .plan_fixtures import Editor, FakeWorkspace, WorkspaceEditor, fixture_document

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def png_file(path: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    image.save(str(path), "PNG")
    return path


def make(qtbot, context, doc) -> tuple[AttachmentsPage, Editor]:
    page = PLAN_PAGES["attachments"](context)
    qtbot.addWidget(page)
    return page, Editor(page, doc, context.workspace)  # type: ignore[return-value]


def test_model_passes_modeltester(qtmodeltester, doc, profile) -> None:
    model = AttachmentsModel(Vocab.of(doc, profile, "it"))
    model.set_rows(doc["attachments"])
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Delibera di Giunta/Consiglio"
    assert format_size(1000) == "1000 B" and format_size(1536) == "1,5 KB"


def test_add_by_picker_records_the_stored_file(qtbot, context, doc, tmp_path: Path) -> None:
    page, ed = make(qtbot, context, doc)
    files = [png_file(tmp_path / "foto.png"), tmp_path / "planimetria.pdf"]
    files[1].write_bytes(PDF)
    page.file_picker = lambda: [str(f) for f in files]
    page.add_button.click()
    assert len(ed.undo_stack) == 1
    rec = ed.doc["attachments"][1]
    assert rec["id"] == "ALL-2" and rec["file_name"] == "foto.png" and rec["media_type"] == "image/png"
    assert rec["sha256"] == hashlib.sha256(files[0].read_bytes()).hexdigest()
    assert rec["refers_to"] is None and rec["kind"] == "photo" and rec["size"] == files[0].stat().st_size
    assert ed.doc["attachments"][2]["media_type"] == "application/pdf"
    assert ed.doc["attachments"][2]["kind"] == "floor_plan"  # guessed from the name, not "Altro"
    ed.undo()
    assert len(ed.doc["attachments"]) == 1


def test_too_large_file_shows_the_message(qtbot, context, doc, tmp_path: Path) -> None:
    context.workspace.max_bytes = 10
    page, ed = make(qtbot, context, doc)
    big = tmp_path / "big.pdf"
    big.write_bytes(PDF)
    page.add_files([str(big)])
    assert ed.undo_stack == [] and page.message.text() == "File too large"


def test_drop_files(qtbot, context, doc, tmp_path: Path) -> None:
    page, ed = make(qtbot, context, doc)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(png_file(tmp_path / "a.png")))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    page.dropEvent(event)
    assert ed.doc["attachments"][-1]["file_name"] == "a.png"


def test_classify_preview_open_replace(qtbot, context, doc, tmp_path: Path) -> None:
    page, ed = make(qtbot, context, doc)
    page.add_files([str(png_file(tmp_path / "foto.png"))])
    row = 1
    page.model.setData(page.model.index(row, 1), "photo")
    page.model.setData(page.model.index(row, 3), "IMM-1")
    page.model.setData(page.model.index(row, 2), "Facciata")
    rec = ed.doc["attachments"][row]
    assert (rec["kind"], rec["refers_to"], rec["title"]) == ("photo", "IMM-1", "Facciata")
    assert page.model.index(row, 3).data() == "IMM-1 \u00b7 Ex Mercato ittico"
    page.table.setCurrentIndex(page.model.index(row, 2))
    assert page.preview.kind == "image"
    opened: list[QUrl] = []
    page.url_opener = opened.append
    page.open_current()
    target = page.last_opened
    assert target is not None and target.read_bytes() == (tmp_path / "foto.png").read_bytes()
    assert opened == [QUrl.fromLocalFile(str(target))]
    new = tmp_path / "nuova.pdf"
    new.write_bytes(PDF)
    page.replace_current(str(new))
    rec = ed.doc["attachments"][row]
    assert (rec["id"], rec["kind"], rec["title"]) == ("ALL-2", "photo", "Facciata")
    assert (rec["file_name"], rec["media_type"], rec["size"]) == ("nuova.pdf", "application/pdf", len(PDF))


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler not installed")
def test_pdf_preview_rendered_in_worker(qtbot, context, doc, tmp_path: Path) -> None:
    page, _ = make(qtbot, context, doc)
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(PDF)
    with qtbot.waitSignal(
        page.preview.sig_ready, timeout=10000, check_params_cb=lambda: page.preview.kind == "pdf"
    ):
        page.add_files([str(pdf)])
        page.table.setCurrentIndex(page.model.index(1, 1))
    page.preview.wait_idle()
    assert page.preview.kind == "pdf"


def test_focus_and_issues(qtbot, context, doc) -> None:
    page, _ = make(qtbot, context, doc)
    assert page.focus_path("/attachments/0/kind")
    assert page.table.currentIndex().column() == 1
    page.set_issues([Issue("ATT-001", "error", "/attachments/0/sha256", "Hash errato", "Hash mismatch")])
    assert page.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) is None
    page.set_issues([Issue("ATT-001", "error", "/attachments/0", "Hash errato", "Hash mismatch")])
    assert page.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "Hash mismatch"


def test_round_trip_through_the_workspace_service(qtbot, workspace, tmp_path: Path) -> None:
    """Bytes out = bytes in, hash recorded, with the real service (hubdesk.services.Workspace)."""
    state = workspace.create(istat_code="072029")
    page = AttachmentsPage(EditorContext(workspace, state.id, workspace.profile, "it"))
    qtbot.addWidget(page)
    shell = WorkspaceEditor(page, workspace, state.id)
    src = tmp_path / "delibera.pdf"
    src.write_bytes(PDF + b"%" + bytes(range(256)))
    page.add_files([str(src)])
    rec = shell.state.document["attachments"][-1]
    assert rec["sha256"] == hashlib.sha256(src.read_bytes()).hexdigest()
    with workspace.open_attachment(state.id, rec["id"]) as fh:
        assert fh.read() == src.read_bytes()
    shell.undo()
    assert shell.state.document["attachments"] == []


def test_fake_workspace_matches_service_shape() -> None:
    ws = FakeWorkspace()
    assert hasattr(ws, "store_file") and hasattr(ws, "open_attachment")
    assert fixture_document()["attachments"][0]["id"] == "ALL-1"


def test_files_are_stored_off_the_gui_thread(qtbot, workspace, tmp_path: Path) -> None:
    """With the window's database worker, a large file is copied while the GUI keeps running."""
    import threading

    from ui.db_worker import DatabaseWorker

    threads: list[threading.Thread] = []
    real_store = workspace.store_file

    def store_file(path: Path):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real_store(path)

    workspace.store_file = store_file
    worker = DatabaseWorker()
    try:
        state = workspace.create(istat_code="072029")
        page = AttachmentsPage(EditorContext(workspace, state.id, workspace.profile, "en", worker=worker))
        qtbot.addWidget(page)
        shell = WorkspaceEditor(page, workspace, state.id)
        src = tmp_path / "scansione.pdf"
        src.write_bytes(PDF + b"%" + b"x" * 3_000_000)
        page.add_files([str(src)])
        assert not page.add_button.isEnabled()  # one store at a time; the message says what is going on
        assert "scansione.pdf" in page.message.text()
        qtbot.waitUntil(lambda: bool(shell.state.document["attachments"]), timeout=10000)
        assert threads and threads[0] is not threading.main_thread()
        assert page.add_button.isEnabled() and not page.message.isVisible()
        assert shell.state.document["attachments"][0]["file_name"] == "scansione.pdf"
    finally:
        worker.shutdown()

"""The draft PDF: rendered with errors too, every page marked BOZZA – NON VALIDA PER L'INVIO and dated."""

from __future__ import annotations

import copy
from datetime import date

import pypdfium2 as pdfium

from hubdesk.callprofile import load_call_profile
from hubdesk.demo.document import demo_document
from hubdesk.report.draft import DRAFT_MARK, render_draft_pdf
from hubdesk.validation import validate_document


def _page_texts(data: bytes) -> list[str]:
    pdf = pdfium.PdfDocument(data)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


def test_every_page_is_marked_even_with_errors() -> None:
    doc = copy.deepcopy(demo_document())
    doc["proposal"]["title"] = ""
    doc["budget"][0]["amount_cents"] = 0
    result = validate_document(doc, load_call_profile())
    assert result.errors > 0
    data = render_draft_pdf(doc, validation=result, generated_on=date(2026, 12, 2))
    texts = _page_texts(data)
    assert len(texts) > 3
    for text in texts:
        flat = " ".join(text.split())
        assert f"{DRAFT_MARK} – 02/12/2026" in flat
    assert any("BUD-009" in t or "TXT" in t for t in texts)  # the open problems are printed


def test_an_empty_new_dossier_previews(tmp_path) -> None:
    from hubdesk.document import new_document

    doc = new_document("puglia-hub-2019", istat_code="072011", name="Comune di Bitonto", population=56258)
    out = tmp_path / "bozza.pdf"
    data = render_draft_pdf(doc, out)
    assert out.read_bytes() == data and data.startswith(b"%PDF")
    assert all(DRAFT_MARK in " ".join(t.split()) for t in _page_texts(data))

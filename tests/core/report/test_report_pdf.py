"""The proposal PDF: embedded fonts, Italian content, page numbering, metadata, reproducible bytes."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from report_docs import large_document

from hubdesk.demo import demo_document
from hubdesk.document import new_document
from hubdesk.money import format_eur
from hubdesk.progress import Cancelled
from hubdesk.report import render_proposal_pdf
from hubdesk.validation.issues import Issue, ValidationResult

DAY = date(2021, 1, 15)


def _need(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} non installato")


def _render(doc: dict, **kw: object) -> bytes:
    out = io.BytesIO()
    kw.setdefault("generated_on", DAY)
    render_proposal_pdf(doc, out, **kw)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "demo.pdf"
    issues = [
        Issue("DOC-001", "warning", "/proposal/summary", "Sintesi lunga", "Long summary"),
        Issue("ATT-009", "error", "/attachments/3", "Allegato mancante", "Missing attachment"),
    ]
    render_proposal_pdf(
        demo_document(), path, validation=ValidationResult.of(issues), version=3, generated_on=DAY
    )
    return path


def _text(path: Path) -> str:
    _need("pdftotext")
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_all_fonts_embedded(demo_pdf: Path) -> None:
    _need("pdffonts")
    out = subprocess.run(["pdffonts", str(demo_pdf)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        assert re.search(r"\byes\s+yes\s+yes\b", row), row
    assert "Helvetica" not in out


def test_contents_are_italian_and_complete(demo_pdf: Path) -> None:
    doc = demo_document()
    text = _text(demo_pdf)
    pages = text.count("\f")
    assert f"Pagina 1 di {pages}" in text and f"Pagina {pages} di {pages}" in text
    for needle in (
        "Indice",
        "Ente proponente",
        "Responsabile unico del procedimento",
        "Aree tematiche",
        "Dati catastali",
        "Partenariato",
        "Cronoprogramma",
        "Piano finanziario",
        "Ripartizione per categoria di spesa",
        "Ripartizione per beneficiario",
        "Ripartizione per attività",
        "Indicatori",
        "Allegati",
        "Esito della verifica",
        "Termine ammissibilità 31/12/2023",
        "Versione del dossier",
        "15/01/2021",
        doc["applicant"]["name"],
        doc["applicant"]["rup"]["full_name"],
        doc["proposal"]["cup"],
        doc["attachments"][0]["sha256"][:32],
        "Cooperativa sociale",
        "Allegato mancante",
        "Errori: 1",
    ):
        assert needle in text, needle
    eligible = sum(b["amount_cents"] + (0 if b["vat_recoverable"] else b["vat_cents"]) for b in doc["budget"])
    assert format_eur(eligible) in text
    grant = sum(
        b["amount_cents"] + (0 if b["vat_recoverable"] else b["vat_cents"])
        for b in doc["budget"]
        if b["fund"] in ("FESR", "FSE")
    )
    assert f"Contributo richiesto (FESR + FSE): {format_eur(grant)}" in text


def test_metadata(demo_pdf: Path) -> None:
    _need("pdfinfo")
    info = subprocess.run(["pdfinfo", str(demo_pdf)], capture_output=True, text=True, check=True).stdout
    doc = demo_document()
    assert f"Author:          {doc['applicant']['name']}" in info
    assert "Creator:         HubDesk" in info
    assert "Title:           " + doc["proposal"]["title"] in info
    assert "Subject:         Proposta progettuale" in info
    assert re.search(rf"CreationDate:\s+\S+ {DAY:%b} {DAY.day:2d} .*{DAY.year}", info), (
        info
    )  # the version's date


def test_the_cover_names_who_signs_and_never_a_role_the_certificate_may_not_hold() -> None:
    from hubdesk.report.cover import signature_note

    assert signature_note("Giuseppe Ventura (VNTGPP68P03A893Z)").endswith(
        "firmato digitalmente da Giuseppe Ventura (VNTGPP68P03A893Z)."
    )
    assert "legale rappresentante" not in signature_note(None)
    pdf = _render(demo_document(), version=1, signer_name="Anna Bianchi (BNCNNA80A41A662X)")
    assert b"/CreationDate (D:20210115000000+00'00')" in pdf  # the version's date, not 2000-01-01


def test_where_a_problem_is_reads_as_words_not_a_pointer(demo_pdf: Path) -> None:
    text = _text(demo_pdf)
    assert "/attachments/3" not in text and "/proposal/summary" not in text
    doc = demo_document()
    assert f"Allegato {doc['attachments'][3]['id']}" in text  # the item's id, as the app shows it


def test_file_names_break_at_their_separators() -> None:
    from hubdesk.report.styles import file_name_markup

    lines = file_name_markup("accordo_di_collaborazione_comodato_immobile_via_roma.pdf", 90).split("<br/>")
    assert len(lines) > 1 and "".join(lines) == "accordo_di_collaborazione_comodato_immobile_via_roma.pdf"
    assert all(line.endswith(("_", ".", "-")) for line in lines[:-1])  # never ".p" / "df"


def test_same_input_gives_identical_bytes() -> None:
    doc = demo_document()
    assert _render(doc, version=2) == _render(doc, version=2)
    assert _render(doc, version=2) != _render(doc, version=3)


def test_large_document_has_many_pages_and_repeats_table_headers(tmp_path: Path) -> None:
    path = tmp_path / "large.pdf"
    path.write_bytes(_render(large_document(), version=1))
    text = _text(path)
    pages = text.split("\f")
    assert len(pages) >= 30
    detail_pages = [p for p in pages if "VOC-" in p and "Ammissibile" in p]
    assert len(detail_pages) >= 3  # the header row of the lines table is repeated on each page


def test_empty_draft_renders(tmp_path: Path) -> None:
    data = _render(new_document(istat_code="072011", name="Comune di Bitonto"))
    assert data.startswith(b"%PDF") and b"%%EOF" in data[-10:]


def test_cancel_stops_rendering() -> None:
    class Stop:
        def report(self, fraction: float, message: str = "") -> None:
            return None

        def cancelled(self) -> bool:
            return True

    with pytest.raises(Cancelled):
        _render(demo_document(), progress=Stop())


@pytest.mark.parametrize("text", ["A" * 3000, "parola " * 2800, "Coop <Alfa> & Beta </para> 🚀"])
def test_extreme_texts_never_break_the_layout(text: str) -> None:
    """A cell taller than a page continues on the next one; markup-like text is shown as text."""
    import copy
    import io

    from hubdesk.demo import demo_document
    from hubdesk.report import render_proposal_pdf

    doc = copy.deepcopy(demo_document())
    doc["proposal"]["title"] = text[:1000]
    doc["proposal"]["summary"] = text
    doc["partners"][0]["role"] = text
    doc["properties"][0]["works"] = text
    doc["budget"][0]["description"] = text[:2000]
    doc["attachments"][0]["file_name"] = "x" * 200 + ".pdf"
    out = io.BytesIO()
    render_proposal_pdf(doc, out, version=1)
    assert out.getvalue().startswith(b"%PDF-")

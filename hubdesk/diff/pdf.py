"""«Prospetto delle modifiche»: the changes between two rounds as the table a municipality attaches
to its resubmission (Italian), with the fonts, colours and page frame of the proposal PDF.
"""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from reportlab.platypus import Flowable, Paragraph, Spacer

from hubdesk.budget import eligible_cents
from hubdesk.diff.compare import SECTIONS, Change
from hubdesk.diff.text import (
    beneficiary_name,
    format_pair,
    format_value,
    fund_label,
    item_caption,
    money_delta,
)
from hubdesk.fileio import FileWriteError, atomic_output
from hubdesk.labels import field_words, item_label, section_label
from hubdesk.money import format_eur
from hubdesk.progress import NullProgress
from hubdesk.report.document import ProposalDocTemplate, make_canvas_class
from hubdesk.report.styles import register_fonts, styles, text
from hubdesk.report.tables import data_table, field_table, it_date

if TYPE_CHECKING:
    from hubdesk.diff import DiffResult
    from hubdesk.diff.sources import Round

#: budget fields whose change moves the line's eligible cost
_MONEY_KEYS = ("/amount_cents", "/vat_cents", "/vat_recoverable")
VALUE_LIMIT = 400


def line_money_delta(change: Change, result: DiffResult) -> int | None:
    """The eligible-cost change a budget row brings (added, removed, amount, VAT), else None."""
    if change.section != "budget":
        return None
    if change.op == "added":
        return eligible_cents(change.after)
    if change.op == "removed":
        return -eligible_cents(change.before)
    if change.field not in _MONEY_KEYS:
        return None
    a_line = _line(result.a.document, change.item)
    b_line = _line(result.b.document, change.item)
    if a_line is None or b_line is None:
        return None
    # the delta of the whole line, shown once: on its first money field that changed
    first = next(
        c
        for c in result.changes
        if c.section == "budget" and c.item == change.item and c.field in _MONEY_KEYS and c.op == "changed"
    )
    return eligible_cents(b_line) - eligible_cents(a_line) if first is change else None


def _line(doc: dict[str, Any], ident: str | None) -> dict[str, Any] | None:
    for line in doc.get("budget") or []:
        if isinstance(line, dict) and line.get("id") == ident:
            return line
    return None


def _round_text(r: Round) -> str:
    bits = [r.source]
    if r.version is not None:
        bits.append(f"versione {r.version}")
    elif r.kind == "draft":
        bits.append("stato attuale (bozza)")
    return " — ".join(bits)


def _money_table(money: dict[str, Any]) -> Flowable:
    rows: list[list[object]] = []

    def add(label: str, t: dict[str, int]) -> None:
        rows.append([label, format_eur(t["a"]), format_eur(t["b"]), money_delta(t["delta"])])

    add("Contributo richiesto (FESR + FSE)", money["requested_cents"])
    for fund, t in money["by_fund"].items():
        add(fund_label(fund), t)
    for key, t in money["by_activity"].items():
        add(f"Attività {key}", t)
    for key, t in money["by_beneficiary"].items():
        add(f"Beneficiario: {beneficiary_name(key)}", t)
    return data_table(
        ["Voce", "Versione A", "Versione B", "Differenza"], rows, [0.43, 0.19, 0.19, 0.19], right=(1, 2, 3)
    )


def _change_rows(result: DiffResult) -> list[list[object]]:
    rows: list[list[object]] = []
    for section in SECTIONS:
        for c in (c for c in result.changes if c.section == section):
            delta = line_money_delta(c, result)
            if c.op == "changed":
                item = item_label(section, c.item) if c.item else "—"
                field = field_words(c.field) or section_label(section)
                before, after = format_pair(c.field, c.before, c.after, limit=VALUE_LIMIT)
            else:
                item = item_caption(c)
                field = "Elemento aggiunto" if c.op == "added" else "Elemento eliminato"
                whole = c.before if c.op == "removed" else c.after
                summary = format_value("", whole, limit=VALUE_LIMIT)
                before, after = ("—", summary) if c.op == "added" else (summary, "—")
            rows.append(
                [
                    section_label(section),
                    item,
                    field,
                    before,
                    after,
                    money_delta(delta) if delta is not None else "",
                ]
            )
    return rows


def changes_story(result: DiffResult, generated_on: date) -> list[Flowable]:
    doc = result.b.document
    applicant = (doc.get("applicant") or {}).get("name") or ""
    proposal = doc.get("proposal") or {}
    s = styles()
    story: list[Flowable] = [
        Paragraph("Prospetto delle modifiche", s["h1"]),
        field_table(
            [
                ("Ente proponente", applicant),
                ("Proposta", " — ".join(x for x in (proposal.get("acronym"), proposal.get("title")) if x)),
                ("Versione A (precedente)", _round_text(result.a)),
                ("Versione B (nuova)", _round_text(result.b)),
                ("Numero di modifiche", str(len(result.changes))),
                ("Data", it_date(generated_on)),
            ]
        ),
        Spacer(1, 8),
        Paragraph("Importi (costo ammissibile)", s["h2"]),
        _money_table(result.money),
        Spacer(1, 8),
        Paragraph("Modifiche", s["h2"]),
    ]
    if not result.changes:
        story.append(Paragraph(text("Nessuna differenza tra le due versioni."), s["body"]))
    else:
        story.append(
            data_table(
                ["Sezione", "Elemento", "Campo", "Prima", "Dopo", "Var. importo"],
                _change_rows(result),
                [0.12, 0.15, 0.15, 0.23, 0.23, 0.12],
                right=(5,),
            )
        )
    return story


def write_changes_pdf(
    result: DiffResult, out: BinaryIO | str | os.PathLike[str], *, generated_on: date | None = None
) -> None:
    """Write the «Prospetto delle modifiche» to ``out`` (a path or a binary stream)."""
    from hubdesk.diff.sources import DiffInputError

    register_fonts()
    when = generated_on or date.today()
    story = changes_story(result, when)
    doc = result.b.document
    applicant = str((doc.get("applicant") or {}).get("name") or "")
    acronym = str((doc.get("proposal") or {}).get("acronym") or "")
    header = " — ".join(x for x in (applicant, acronym, "Prospetto delle modifiche") if x)
    footer = f"Prospetto delle modifiche — generato il {it_date(when)}"

    def build(fh: BinaryIO) -> None:
        template = ProposalDocTemplate(
            fh,
            progress=NullProgress(),
            expected_flowables=len(story),
            title="Prospetto delle modifiche",
            author=applicant,
            subject="Modifiche tra due versioni della proposta — Hub di Innovazione Sociale, Regione Puglia",
            creator="HubDesk",
        )
        template.build(story, canvasmaker=make_canvas_class(header, footer))

    if isinstance(out, str | os.PathLike):
        try:
            with atomic_output(out) as fh:  # all or nothing: a full disk leaves no empty PDF
                build(cast("BinaryIO", fh))
        except FileWriteError as exc:
            raise DiffInputError(exc.message_it, exc.message_en) from exc
    else:
        build(out)

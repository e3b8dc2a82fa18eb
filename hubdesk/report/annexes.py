"""Closing sections: budget, indicators, attachments with their SHA-256, validation summary."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, PageBreak

from hubdesk.callprofile import CallProfile
from hubdesk.labels import pointer_words
from hubdesk.report.budget_tables import budget_flowables
from hubdesk.report.headings import h1, h2
from hubdesk.report.styles import FRAME_WIDTH, SEVERITY_COLOURS, file_name_markup, markup, para, text
from hubdesk.report.tables import CELL_PADDING, data_table
from hubdesk.validation.issues import SECTIONS, ValidationResult

SEVERITY_IT = {"error": "Errore", "warning": "Avviso", "info": "Nota"}


def budget_section(doc: dict[str, Any], profile: CallProfile) -> list[Flowable]:
    return [PageBreak(), h1("6. Piano finanziario"), *budget_flowables(doc, profile, h2)]


def indicators_section(doc: dict[str, Any]) -> list[Flowable]:
    rows = []
    for i in (i for i in doc.get("indicators") or [] if isinstance(i, dict)):
        shown = _number(i.get("target"))
        rows.append([str(i.get("id", "")), str(i.get("name", "")), str(i.get("unit", "")), shown])
    return [
        h1("7. Indicatori"),
        data_table(
            ["ID", "Indicatore", "Unità di misura", "Valore obiettivo"],
            rows,
            [0.1, 0.5, 0.22, 0.18],
            right=[3],
        ),
    ]


def _number(value: Any) -> str:
    """Italian number: ``1820.5`` -> ``1.820,5``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value if value is not None else "—")
    shown = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}".rstrip("0").rstrip(".")
    return shown.replace(",", "X").replace(".", ",").replace("X", ".")


def _size(n: Any) -> str:
    if not isinstance(n, int):
        return "—"
    for unit, div in (("MB", 1024 * 1024), ("kB", 1024)):
        if n >= div:
            return f"{n / div:.1f} {unit}".replace(".", ",")
    return f"{n} B"


ATTACHMENT_WIDTHS = (0.09, 0.35, 0.26, 0.30)
FILE_ROOM = ATTACHMENT_WIDTHS[2] * FRAME_WIDTH - 2 * CELL_PADDING


def attachments_section(doc: dict[str, Any], profile: CallProfile) -> list[Flowable]:
    rows = []
    for a in (a for a in doc.get("attachments") or [] if isinstance(a, dict)):
        kind = a.get("kind")
        kind_label = profile.attachment_kinds[kind].label("it") if kind in profile.attachment_kinds else kind
        sha = str(a.get("sha256") or "")
        rows.append(
            [
                para(a.get("id")),
                markup(
                    f"<b>{text(a.get('title'))}</b><br/>{text(kind_label)}"
                    + (f" — rif. {text(a['refers_to'])}" if a.get("refers_to") else ""),
                    "cell",
                ),
                markup(
                    f"{file_name_markup(a.get('file_name'), FILE_ROOM)}<br/>{text(_size(a.get('size')))}",
                    "cell",
                ),
                markup(f"<font size='6'>{text(sha[:32])}<br/>{text(sha[32:])}</font>", "cell"),
            ]
        )
    return [
        h1("8. Allegati"),
        para("L'impronta SHA-256 identifica il file allegato: qualunque modifica la cambia.", "small"),
        data_table(["ID", "Documento", "File", "Impronta SHA-256"], rows, ATTACHMENT_WIDTHS),
    ]


def validation_section(
    validation: ValidationResult | None, doc: dict[str, Any] | None = None
) -> list[Flowable]:
    out: list[Flowable] = [h1("9. Esito della verifica")]
    if validation is None:
        return [
            *out,
            para("La verifica delle regole del bando non è stata eseguita su questa stampa.", "body"),
        ]
    counts = validation.counts
    verdict = (
        "La proposta rispetta tutte le regole verificabili del bando."
        if validation.errors == 0
        else "La proposta contiene errori da correggere prima dell'invio."
    )
    out.append(
        markup(
            f"<b>{text(verdict)}</b><br/>Errori: {counts.get('error', 0)}"
            f" — Avvisi: {counts.get('warning', 0)} — Note: {counts.get('info', 0)}",
            "body",
        )
    )
    if validation.skipped_rules:
        out.append(para("Regole non verificate: " + ", ".join(validation.skipped_rules), "small"))
    rows = []
    for issue in validation.issues:
        colour = SEVERITY_COLOURS.get(issue.severity, SEVERITY_COLOURS["info"]).hexval().replace("0x", "#")
        rows.append(
            [
                markup(
                    f"<font color='{colour}'><b>{text(SEVERITY_IT.get(issue.severity, issue.severity))}"
                    "</b></font>"
                    f"<br/>{text(issue.rule)}",
                    "cell",
                ),
                para(pointer_words(doc or {}, issue.path) or SECTIONS.get(issue.section, ("", ""))[0]),
                para(issue.message("it")),
            ]
        )
    if rows:
        out.append(data_table(["Esito / regola", "Dove", "Messaggio"], rows, [0.17, 0.28, 0.55]))
    return out

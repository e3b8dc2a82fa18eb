"""The cover page: what the proposal is, who presents it, which version, when."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, PageBreak, Spacer, Table, TableStyle

from hubdesk.callprofile import CallProfile
from hubdesk.report.styles import ACCENT, FONT, FRAME_WIDTH, RULE, markup, para, text
from hubdesk.report.tables import it_date


def cover_flowables(
    doc: dict[str, Any],
    profile: CallProfile,
    version: int | None,
    generated_on: date,
    signer_name: str | None = None,
) -> list[Flowable]:
    applicant = doc.get("applicant") or {}
    proposal = doc.get("proposal") or {}
    title = proposal.get("title") or "Proposta senza titolo"
    acronym = proposal.get("acronym") or ""
    rows = [
        ("Ente proponente", applicant.get("name")),
        ("Codice fiscale", applicant.get("fiscal_code")),
        (
            "Legale rappresentante",
            " — ".join(
                x
                for x in (
                    (applicant.get("legal_representative") or {}).get("full_name"),
                    (applicant.get("legal_representative") or {}).get("role"),
                )
                if x
            ),
        ),
        ("Nome dell'Hub", proposal.get("hub_name")),
        ("CUP", proposal.get("cup") or "non ancora assegnato"),
        ("Versione del dossier", str(version) if version is not None else "bozza"),
        ("Data di generazione", it_date(generated_on)),
    ]
    info = Table(
        [[para(k, "label"), para(v or "—", "value")] for k, v in rows],
        colWidths=[0.32 * FRAME_WIDTH, 0.5 * FRAME_WIDTH],
    )
    info.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [
        Spacer(1, 18 * mm),
        para("REGIONE PUGLIA", "cover_kicker"),
        para(f"Procedura negoziale «{profile.title_it}»", "cover_kicker"),
        Spacer(1, 14 * mm),
        HRFlowable(width="60%", thickness=1.2, color=ACCENT, spaceAfter=10 * mm),
        para("Proposta progettuale", "cover_sub"),
        para(title, "cover_title"),
        markup(f"<b>{text(acronym)}</b>", "cover_sub") if acronym else Spacer(1, 1),
        para(proposal.get("hub_name") or "", "cover_sub"),
        HRFlowable(width="60%", thickness=1.2, color=ACCENT, spaceBefore=8 * mm, spaceAfter=14 * mm),
        info,
        Spacer(1, 20 * mm),
        para(signature_note(signer_name), "small"),
        PageBreak(),
    ]


def signature_note(signer_name: str | None) -> str:
    """Who signs the document, as the certificate says: never a role the certificate may not hold."""
    if signer_name:
        return f"Documento generato con HubDesk dal dossier digitale e firmato digitalmente da {signer_name}."
    return "Documento generato con HubDesk dal dossier digitale; la firma digitale è apposta all'invio."

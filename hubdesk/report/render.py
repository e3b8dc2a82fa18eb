"""Render the proposal PDF (Italian) from the canonical document: the paper the mayor signs."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import Flowable, PageBreak, Paragraph

from hubdesk.callprofile import CallProfile, load_call_profile
from hubdesk.progress import NullProgress, Progress, check_cancel
from hubdesk.report.annexes import (
    attachments_section,
    budget_section,
    indicators_section,
    validation_section,
)
from hubdesk.report.cover import cover_flowables
from hubdesk.report.document import ProposalDocTemplate, TableOfContents, make_canvas_class, number_headings
from hubdesk.report.sections import (
    activities_section,
    applicant_section,
    partners_section,
    properties_section,
    proposal_section,
)
from hubdesk.report.styles import register_fonts, styles
from hubdesk.report.tables import it_date
from hubdesk.validation.issues import ValidationResult


def _profile_for(doc: dict[str, Any]) -> CallProfile:
    call = doc.get("call")
    try:
        return load_call_profile(call) if isinstance(call, str) and call else load_call_profile()
    except (FileNotFoundError, KeyError, ValueError):
        return load_call_profile()


def build_story(
    doc: dict[str, Any],
    profile: CallProfile,
    validation: ValidationResult | None,
    version: int | None,
    generated_on: date,
    signer_name: str | None = None,
) -> list[Flowable]:
    body = [
        *applicant_section(doc),
        *proposal_section(doc, profile),
        *properties_section(doc, profile),
        *partners_section(doc, profile),
        *activities_section(doc, profile),
        *budget_section(doc, profile),
        *indicators_section(doc),
        *attachments_section(doc, profile),
        *validation_section(validation, doc),
    ]
    toc = TableOfContents(number_headings(body))
    return [
        *cover_flowables(doc, profile, version, generated_on, signer_name),
        Paragraph("Indice", styles()["toc_title"]),
        toc,
        PageBreak(),
        *body,
    ]


def render_proposal_pdf(
    doc: dict[str, Any],
    out: BinaryIO | str | os.PathLike[str],
    *,
    validation: ValidationResult | None = None,
    version: int | None = None,
    generated_on: date | None = None,
    progress: Progress | None = None,
    watermark: str | None = None,
    signer_name: str | None = None,
) -> None:
    """Write the proposal PDF to ``out`` (a binary stream or a path).

    ``signer_name`` is who signs it (the certificate's holder): the cover names that person.

    ``watermark`` marks every page (the draft preview: see :func:`hubdesk.report.draft.render_draft_pdf`).

    The same arguments give byte-identical output; pass ``generated_on`` to fix the printed date.
    Raises :class:`hubdesk.progress.Cancelled` when ``progress`` asks to stop.
    """
    progress = progress or NullProgress()
    register_fonts()
    when = generated_on or date.today()
    profile = _profile_for(doc)
    progress.report(0.0, "Preparazione della proposta")
    story = build_story(doc, profile, validation, version, when, signer_name)
    check_cancel(progress)
    applicant = str((doc.get("applicant") or {}).get("name") or "")
    proposal = doc.get("proposal") or {}
    title = str(proposal.get("title") or "Proposta")
    acronym = str(proposal.get("acronym") or "")
    header = " — ".join(x for x in (applicant, acronym, "Hub di Innovazione Sociale") if x)
    footer = f"Versione {version if version is not None else 'bozza'} — generata il {it_date(when)}"
    if isinstance(out, str | os.PathLike):
        with Path(out).open("wb") as fh:
            _build(fh, story, progress, title, applicant, acronym, header, footer, watermark, when)
    else:
        _build(out, story, progress, title, applicant, acronym, header, footer, watermark, when)
    progress.report(1.0, "Proposta impaginata")


def _build(
    fh: BinaryIO,
    story: list[Flowable],
    progress: Progress,
    title: str,
    applicant: str,
    acronym: str,
    header: str,
    footer: str,
    watermark: str | None,
    made_on: date,
) -> None:
    template = ProposalDocTemplate(
        fh,
        progress=progress,
        expected_flowables=len(story),
        title=title,
        author=applicant,
        subject="Proposta progettuale — procedura negoziale Hub di Innovazione Sociale, Regione Puglia",
        creator="HubDesk",
        keywords=[k for k in (acronym, "Hub di Innovazione Sociale") if k],
    )
    template.build(story, canvasmaker=make_canvas_class(header, footer, watermark, made_on))

"""The draft preview: the proposal PDF at any moment, errors or not, marked on every page as not
valid for submission. Same renderer as the package PDF (:func:`render_proposal_pdf`).
"""

from __future__ import annotations

import io
import os
from datetime import date
from typing import Any, BinaryIO

from hubdesk.progress import Progress
from hubdesk.report.render import render_proposal_pdf
from hubdesk.report.tables import it_date
from hubdesk.validation.issues import ValidationResult

DRAFT_MARK = "BOZZA – NON VALIDA PER L'INVIO"


def draft_mark(when: date) -> str:
    """``BOZZA – NON VALIDA PER L'INVIO – 02/12/2026``."""
    return f"{DRAFT_MARK} – {it_date(when)}"


def render_draft_pdf(
    doc: dict[str, Any],
    out: BinaryIO | str | os.PathLike[str] | None = None,
    *,
    validation: ValidationResult | None = None,
    generated_on: date | None = None,
    progress: Progress | None = None,
) -> bytes:
    """Render the draft PDF (to ``out`` when given) and return its bytes.

    The validation result, when given, is printed as in the package PDF: the draft shows the open
    problems instead of hiding them.
    """
    when = generated_on or date.today()
    buffer = io.BytesIO()
    render_proposal_pdf(
        doc,
        buffer,
        validation=validation,
        version=None,
        generated_on=when,
        progress=progress,
        watermark=draft_mark(when),
    )
    data = buffer.getvalue()
    if isinstance(out, str | os.PathLike):
        with open(out, "wb") as fh:
            fh.write(data)
    elif out is not None:
        out.write(data)
    return data

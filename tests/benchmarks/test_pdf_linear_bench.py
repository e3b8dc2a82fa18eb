"""The proposal PDF grows linearly: the 4x synthetic dossier takes about 4x the 1x one (same run).

Long lists are laid out a page at a time (``report.tables.LongTable``); one ReportLab Table per list
re-measured every remaining row at each page split and made a 2,000-line budget quadratic.
CPU time of this process is compared (less noisy than wall time on a shared machine).
"""

from __future__ import annotations

import io
import time
from datetime import date

from hubdesk.report import render_proposal_pdf
from tests.benchmarks.bounds import report
from tests.synthetic import synthetic_dossier

BASE = 0.25  # 500 budget lines; 4x is the 2,000-line dossier of the issue


def _render(scale: float) -> tuple[float, int]:
    doc = synthetic_dossier(scale)
    out = io.BytesIO()
    start = time.process_time()
    render_proposal_pdf(doc, out, generated_on=date(2021, 1, 15))
    return time.process_time() - start, out.getvalue().count(b"/Type /Page\n")


def test_proposal_pdf_is_linear_in_the_dossier_size() -> None:
    _render(0.02)  # fonts, styles, call profile
    small, small_pages = _render(BASE)
    large, large_pages = _render(4 * BASE)
    ratio = large / small
    print(f"\nPDF 1x ({small_pages} pages): {small:.2f} s CPU; 4x ({large_pages} pages): {large:.2f} s CPU")
    assert large_pages > 3 * small_pages
    # goal 4x (linear); a quadratic layout would be ~16x: fail well before that
    assert report("PDF 4x / 1x CPU time", ratio, 4.4, unit="x", factor=2.0)
    assert report("PDF 2,000-line dossier", large, 2.0, unit="s CPU")

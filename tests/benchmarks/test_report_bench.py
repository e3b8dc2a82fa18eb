"""A ~40-page proposal PDF (many activities and budget lines) renders in <= 3 s."""

from __future__ import annotations

import importlib.util
import io
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from hubdesk.report import render_proposal_pdf
from tests.benchmarks.bounds import report

REPORT_TESTS = Path(__file__).resolve().parents[1] / "core" / "report"


def _large_document() -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location("report_docs", REPORT_TESTS / "report_docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("report_docs", module)
    spec.loader.exec_module(module)
    return module.large_document(activities=32, lines_per_activity=6)


def test_forty_page_proposal_in_three_seconds(benchmark: Any) -> None:
    doc = _large_document()
    render_proposal_pdf(doc, io.BytesIO(), generated_on=date(2021, 1, 15))  # warm caches (fonts, profile)
    out = io.BytesIO()

    def run() -> None:
        out.seek(0)
        out.truncate()
        render_proposal_pdf(doc, out, version=1, generated_on=date(2021, 1, 15))

    start = time.perf_counter()
    benchmark.pedantic(run, rounds=1, iterations=1)
    elapsed = time.perf_counter() - start
    pages = out.getvalue().count(b"/Type /Page\n") or out.getvalue().count(b"/Type /Page")
    print(f"\nproposal PDF: {pages} pages in {elapsed:.2f} s")
    assert pages >= 38
    assert report("proposal PDF", elapsed, 3.0, unit="s")

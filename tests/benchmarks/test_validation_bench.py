"""Validation speed on synthetic dossiers (goal: full validation at 1x <= 150 ms, linear growth).

Run with ``pytest tests/benchmarks/test_validation_bench.py --benchmark-enable``; by default the
benchmarks run once as plain tests.
"""

from __future__ import annotations

import time
from functools import cache
from typing import Any

import pytest

from hubdesk.validation import validate_document
from hubdesk.validation.schema import document_validator
from tests.benchmarks.bounds import report
from tests.synthetic import synthetic_attachment_facts, synthetic_dossier


@cache
def _dossier(scale: float) -> tuple[dict[str, Any], dict[str, Any]]:
    doc = synthetic_dossier(scale)
    return doc, synthetic_attachment_facts(doc)


@pytest.mark.parametrize("scale", [1, 4, 16])
def test_full_validation(benchmark: Any, scale: int) -> None:
    doc, facts = _dossier(scale)
    result = benchmark(validate_document, doc, attachment_facts=facts)
    assert result.issues == ()


def test_bare_jsonschema_pass(benchmark: Any) -> None:
    doc, _ = _dossier(1)
    validator = document_validator()
    errors = benchmark(lambda: list(validator.iter_errors(doc)))
    assert errors == []


def test_fragment_check_after_one_edit(benchmark) -> None:
    """The schema re-check the workspace runs after each edit: one budget line of 2,000."""
    from hubdesk.validation import check_fragment

    doc = synthetic_dossier(1.0)
    benchmark(check_fragment, doc, ["/budget/17/amount_cents"])
    start = time.perf_counter()
    for _ in range(100):
        check_fragment(doc, ["/budget/17/amount_cents"])
    per_check_ms = (time.perf_counter() - start) / 100 * 1000
    assert report("check_fragment after one edit", per_check_ms, 5.0)

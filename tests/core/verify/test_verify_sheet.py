"""Printable verification sheets: one per package (files with SHA-256, verdict, trust) and one per folder."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from hubdesk.verify import verify_package
from hubdesk.verify.sheet import write_package_sheet, write_summary_sheet
from hubdesk.verify.truststore import trust_from_files
from tests.core.verify.conftest import Env


def _text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext non installato")
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_package_sheet_lists_files_digests_verdict_and_trust(env: Env, tmp_path: Path) -> None:
    v = verify_package(env.good, trust_from_files([env.pki.ca_pem]))
    out = tmp_path / "scheda.pdf"
    write_package_sheet(v, out)
    text = _text(out)
    assert "Scheda di verifica del pacchetto" in text and "VALIDO (TOTAL_PASSED)" in text
    assert v.files_sha256["dossier.json"] in text.replace("\n", "").replace(" ", "")
    assert "ca.pem (--trust)" in text and "Giuseppe Antonio Ventura" in text


def test_summary_sheet_has_a_row_per_package(env: Env, tmp_path: Path) -> None:
    verdicts = [verify_package(p, []) for p in (env.good, env.other)]
    out = tmp_path / "riepilogo.pdf"
    write_summary_sheet(verdicts, "pec", out, "en")
    text = _text(out)
    assert (
        "Package verification summary" in text and "2 packages: 0 valid without errors, 2 to look at" in text
    )
    assert text.count("INDETERMINATE") >= 2

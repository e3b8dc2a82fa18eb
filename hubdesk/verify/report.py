"""Verdicts for people: a readable text block per package, and a CSV report for a spreadsheet.

Signer names and problems come from untrusted packages: control characters are removed before they
reach a terminal, and CSV cells that a spreadsheet would run as formulas are defused.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path

from hubdesk.errors import HubDeskError
from hubdesk.verify.verdict import INDETERMINATE, MEANING, TOTAL_PASSED, PackageVerdict

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MAX_RULES_SHOWN = 10
CSV_HEADER = (
    "path",
    "indication",
    "sub_indication",
    "signer",
    "signed_at",
    "files_ok",
    "files_total",
    "rule_errors",
    "rule_warnings",
    "first_problem",
)

_LABELS = {
    "it": {
        TOTAL_PASSED: "VALIDO",
        INDETERMINATE: "INDETERMINATO",
        "TOTAL_FAILED": "NON VALIDO",
        "outcome": "Esito",
        "signer": "Firmatario",
        "signed_at": "Ora di firma (dichiarata)",
        "files": "File",
        "intact": "integri",
        "rules": "Regole del bando",
        "errors": "errori",
        "warnings": "avvisi",
        "problems": "Problemi e note",
        "not_run": "non controllate (dossier illeggibile)",
        "none": "—",
        "summary": "{n} pacchetti: {ok} validi senza errori, {bad} da esaminare",
    },
    "en": {
        TOTAL_PASSED: "VALID",
        INDETERMINATE: "INDETERMINATE",
        "TOTAL_FAILED": "NOT VALID",
        "outcome": "Outcome",
        "signer": "Signer",
        "signed_at": "Signing time (claimed)",
        "files": "Files",
        "intact": "intact",
        "rules": "Call rules",
        "errors": "errors",
        "warnings": "warnings",
        "problems": "Problems and notes",
        "not_run": "not checked (unreadable dossier)",
        "none": "—",
        "summary": "{n} packages: {ok} valid without errors, {bad} to look at",
    },
}


def clean(text: object) -> str:
    """One printable line: control characters (terminal escapes, newlines) become spaces."""
    return _CONTROL.sub(" ", str(text))


def format_verdict(v: PackageVerdict, lang: str = "it") -> str:
    t = _LABELS["en" if lang == "en" else "it"]
    idx = 1 if lang == "en" else 0
    outcome = f"{t[v.indication]} ({v.indication}"
    if v.sub_indication:
        meaning = MEANING.get(v.sub_indication)
        outcome += f", {v.sub_indication}" + (f": {meaning[idx]}" if meaning else "")
    lines = [
        clean(v.path),
        f"  {t['outcome']}: {outcome})",
        f"  {t['signer']}: {clean(v.signer) if v.signer else t['none']}",
        f"  {t['signed_at']}: {v.signed_at or t['none']}",
        f"  {t['files']}: {v.files_ok}/{len(v.files)} {t['intact']}",
    ]
    lines += [f"    {f.status:<9} {clean(f.name)}" for f in v.files if f.status != "OK"]
    if v.rules_checked:
        lines.append(f"  {t['rules']}: {v.rule_errors} {t['errors']}, {v.rule_warnings} {t['warnings']}")
        shown = [i for i in v.rule_issues if i.severity == "error"][:MAX_RULES_SHOWN]
        lines += [f"    {i.rule} {clean(i.path)}: {clean(i.message(lang))}" for i in shown]
    else:
        lines.append(f"  {t['rules']}: {t['not_run']}")
    if v.problems:
        lines.append(f"  {t['problems']}:")
        lines += [f"    - {clean(p.text(lang))}" for p in v.problems]
    return "\n".join(lines)


def format_summary(verdicts: Sequence[PackageVerdict], lang: str = "it") -> str:
    t = _LABELS["en" if lang == "en" else "it"]
    ok = sum(1 for v in verdicts if v.passed)
    return t["summary"].format(n=len(verdicts), ok=ok, bad=len(verdicts) - ok)


def _cell(value: object) -> str:
    text = clean("" if value is None else value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def write_csv(verdicts: Sequence[PackageVerdict], path: str | Path, lang: str = "it") -> None:
    """One row per package, UTF-8 with BOM so that Excel shows accented letters right."""
    rows = [CSV_HEADER] + [
        (
            v.path,
            v.indication,
            v.sub_indication,
            v.signer,
            v.signed_at,
            v.files_ok,
            len(v.files),
            v.rule_errors,
            v.rule_warnings,
            v.problems[0].text(lang) if v.problems else "",
        )
        for v in verdicts
    ]
    try:
        with Path(path).open("w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows([[_cell(c) for c in row] for row in rows])
    except OSError as exc:
        raise HubDeskError(
            f"Impossibile scrivere il rapporto {path}: {exc.strerror}",
            f"Cannot write report {path}: {exc.strerror}",
        ) from exc

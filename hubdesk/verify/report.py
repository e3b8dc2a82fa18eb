"""Verdicts for people: a readable text block per package, and a CSV report for a spreadsheet.

Signer names and problems come from untrusted packages: control characters are removed before they
reach a terminal, and CSV cells that a spreadsheet would run as formulas are defused.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path

from hubdesk.fileio import atomic_output
from hubdesk.labels import local_datetime
from hubdesk.money import format_eur
from hubdesk.verify.verdict import INDETERMINATE, MEANING, TOTAL_PASSED, PackageVerdict, SignatureCheck

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MAX_RULES_SHOWN = 10
CSV_HEADER = (
    "path",
    "municipality",
    "istat_code",
    "acronym",
    "indication",
    "sub_indication",
    "signer",
    "signer_fiscal_code",
    "signer_issuer",
    "signer_valid_from",
    "signer_valid_to",
    "signed_by_legal_representative",
    "signed_at",
    "trust_source",
    "trust_as_of",
    "requested_fesr_cents",
    "requested_fse_cents",
    "files_ok",
    "files_total",
    "rule_errors",
    "rule_warnings",
    "duplicates",
    "reason",
)

_LABELS = {
    "it": {
        TOTAL_PASSED: "VALIDO",
        INDETERMINATE: "INDETERMINATO",
        "TOTAL_FAILED": "NON VALIDO",
        "outcome": "Esito",
        "applicant": "Proponente",
        "signer": "Firmatario",
        "issuer": "Emesso da",
        "validity": "Validità del certificato",
        "validity_fmt": "dal {a} al {b}",
        "legal_rep": "Legale rappresentante",
        True: "sì",
        False: "NO",
        None: "non determinabile",
        "signed_at": "Ora di firma (dichiarata)",
        "trust": "Fiducia",
        "trust_none": "nessuna autorità attendibile configurata",
        "as_of": "aggiornata al",
        "requested": "Contributo richiesto",
        "signatures": "Firme",
        "files": "File",
        "intact": "integri",
        "rules": "Regole del bando",
        "error": ("errore", "errori"),
        "warning": ("avviso", "avvisi"),
        "duplicates": "Duplicati nella cartella",
        "problems": "Problemi e note",
        "not_run": "non controllate (dossier illeggibile)",
        "none": "—",
        "package": ("pacchetto", "pacchetti"),
        "valid": ("valido", "validi"),
        "summary": "{n}: {ok} senza errori, {bad} da esaminare",
    },
    "en": {
        TOTAL_PASSED: "VALID",
        INDETERMINATE: "INDETERMINATE",
        "TOTAL_FAILED": "NOT VALID",
        "outcome": "Outcome",
        "applicant": "Applicant",
        "signer": "Signer",
        "issuer": "Issued by",
        "validity": "Certificate validity",
        "validity_fmt": "from {a} to {b}",
        "legal_rep": "Legal representative",
        True: "yes",
        False: "NO",
        None: "cannot tell",
        "signed_at": "Signing time (claimed)",
        "trust": "Trust",
        "trust_none": "no trusted authority configured",
        "as_of": "as of",
        "requested": "Requested grant",
        "signatures": "Signatures",
        "files": "Files",
        "intact": "intact",
        "rules": "Call rules",
        "error": ("error", "errors"),
        "warning": ("warning", "warnings"),
        "duplicates": "Duplicates in the folder",
        "problems": "Problems and notes",
        "not_run": "not checked (unreadable dossier)",
        "none": "—",
        "package": ("package", "packages"),
        "valid": ("valid", "valid"),
        "summary": "{n}: {ok} without errors, {bad} to look at",
    },
}


def labels(lang: str) -> dict[object, object]:
    return _LABELS["en" if lang == "en" else "it"]  # type: ignore[return-value]


def count(n: int, word: str, lang: str = "it") -> str:
    """``1 errore``, ``2 errori``; ``1 error``, ``2 errors``."""
    forms = labels(lang)[word]
    assert isinstance(forms, tuple)
    return f"{n} {forms[0] if n == 1 else forms[1]}"


def clean(text: object) -> str:
    """One printable line: control characters (terminal escapes, newlines) become spaces."""
    return _CONTROL.sub(" ", str(text))


def outcome_text(v: PackageVerdict | SignatureCheck, lang: str = "it") -> str:
    """``NON VALIDO (TOTAL_FAILED, HASH_FAILURE: contenuto modificato dopo la firma)``.

    The ETSI code is repeated only when the label differs from it (never "INDETERMINATE (INDETERMINATE").
    """
    t = labels(lang)
    label = str(t[v.indication])
    codes = [v.indication] if label != v.indication else []
    if v.sub_indication:
        meaning = MEANING.get(v.sub_indication)
        codes.append(v.sub_indication + (f": {meaning[1 if lang == 'en' else 0]}" if meaning else ""))
    return f"{label} ({', '.join(codes)})" if codes else label


def trust_text(v: PackageVerdict, lang: str = "it") -> str:
    t = labels(lang)
    source = v.trust.get("source")
    if not source or source == "nessuna":
        return str(t["trust_none"])
    as_of = v.trust.get("as_of")
    return clean(trust_source(source, lang)) + (f" ({t['as_of']} {day(as_of, lang)})" if as_of else "")


_SOURCE_WORDS = (("archivio fiduciario: ", "trust store: "), ("Lista di fiducia ", "Trusted list "))


def trust_source(source: str, lang: str = "it") -> str:
    """The trust a verdict used, named in ``lang`` (the verdict records it in Italian)."""
    if lang == "en":
        for it, en in _SOURCE_WORDS:
            if source.startswith(it):
                return en + source[len(it) :]
    return source


def day(value: str | None, lang: str = "it") -> str:
    """A date of the report (validity, trusted-list issue) as people read it."""
    return clean(local_datetime(value, lang, with_time=False)) if value else "—"


def when(value: str | None, lang: str = "it") -> str:
    """A time of the report (the claimed signing time) in local time."""
    return clean(local_datetime(value, lang)) if value else "—"


def format_verdict(v: PackageVerdict, lang: str = "it") -> str:
    t = labels(lang)
    lines = [clean(v.path), f"  {t['outcome']}: {outcome_text(v, lang)}"]
    if v.municipality or v.acronym:
        who = " · ".join(clean(x) for x in (v.municipality, v.istat_code, v.acronym) if x)
        lines.append(f"  {t['applicant']}: {who}")
        fesr, fse = v.requested_cents.get("FESR", 0), v.requested_cents.get("FSE", 0)
        erdf, esf = ("ERDF", "ESF") if lang == "en" else ("FESR", "FSE")
        amounts = f"{erdf} {format_eur(fesr, lang=lang)}, {esf} {format_eur(fse, lang=lang)}"
        lines.append(f"  {t['requested']}: {amounts}")
    lines.append(f"  {t['signer']}: {clean(v.signer) if v.signer else t['none']}")
    if v.signer:
        issuer = v.issuer_text(lang)
        if issuer:
            lines.append(f"  {t['issuer']}: {clean(issuer)}")
        if v.signer_valid_from and v.signer_valid_to:
            period = str(t["validity_fmt"]).format(
                a=day(v.signer_valid_from, lang), b=day(v.signer_valid_to, lang)
            )
            lines.append(f"  {t['validity']}: {period}")
        lines.append(f"  {t['legal_rep']}: {t[v.signed_by_legal_representative]}")
    lines.append(f"  {t['signed_at']}: {when(v.signed_at, lang) if v.signed_at else t['none']}")
    lines.append(f"  {t['trust']}: {trust_text(v, lang)}")
    if len(v.signatures) > 1:
        lines.append(f"  {t['signatures']}:")
        for s in v.signatures:
            lines.append(f"    {clean(s.file)}: {outcome_text(s, lang)} — {clean(s.signer or t['none'])}")
    lines.append(f"  {t['files']}: {v.files_ok}/{len(v.files)} {t['intact']}")
    lines += [f"    {f.status:<9} {clean(f.name)}" for f in v.files if f.status != "OK"]
    if v.rules_checked:
        lines.append(
            f"  {t['rules']}: {count(v.rule_errors, 'error', lang)}, "
            f"{count(v.rule_warnings, 'warning', lang)}"
        )
        shown = [i for i in v.rule_issues if i.severity == "error"][:MAX_RULES_SHOWN]
        lines += [f"    {i.rule} {clean(i.path)}: {clean(i.message(lang))}" for i in shown]
    else:
        lines.append(f"  {t['rules']}: {t['not_run']}")
    if v.duplicates:
        lines.append(f"  {t['duplicates']}: {', '.join(clean(d) for d in v.duplicates)}")
    if v.problems:
        lines.append(f"  {t['problems']}:")
        lines += [f"    - {clean(p.text(lang))}" for p in v.problems]
    return "\n".join(lines)


def format_summary(verdicts: Sequence[PackageVerdict], lang: str = "it") -> str:
    t = labels(lang)
    ok = sum(1 for v in verdicts if v.passed)
    return str(t["summary"]).format(
        n=count(len(verdicts), "package", lang), ok=count(ok, "valid", lang), bad=len(verdicts) - ok
    )


def reason(v: PackageVerdict, lang: str = "it") -> str:
    """The decisive reason: the first problem of a refused package, the rule breach of a passed one."""
    if v.indication != TOTAL_PASSED and v.problems:
        return v.problems[0].text(lang)
    if v.rule_errors:
        return next((p.text(lang) for p in v.problems), "")
    return ""


def _cell(value: object) -> str:
    if value is True or value is False:
        value = "sì" if value else "no"
    text = clean("" if value is None else value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def csv_row(v: PackageVerdict, lang: str = "it") -> tuple[object, ...]:
    return (
        v.path,
        v.municipality,
        v.istat_code,
        v.acronym,
        v.indication,
        v.sub_indication,
        v.signer,
        v.signer_fiscal_code,
        v.signer_issuer,
        v.signer_valid_from,
        v.signer_valid_to,
        v.signed_by_legal_representative,
        v.signed_at,
        v.trust.get("source"),
        v.trust.get("as_of"),
        v.requested_cents.get("FESR", 0),
        v.requested_cents.get("FSE", 0),
        v.files_ok,
        len(v.files),
        v.rule_errors,
        v.rule_warnings,
        " ".join(v.duplicates),
        reason(v, lang),
    )


def write_csv(verdicts: Sequence[PackageVerdict], path: str | Path, lang: str = "it") -> None:
    """One row per package, ``;``-separated, UTF-8 with BOM: what Italian spreadsheets open directly."""
    rows = [CSV_HEADER] + [csv_row(v, lang) for v in verdicts]
    with atomic_output(path, "w", encoding="utf-8-sig", newline="") as fh:  # FileWriteError: exit 2
        csv.writer(fh, delimiter=";").writerows([[_cell(c) for c in row] for row in rows])

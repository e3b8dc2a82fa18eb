"""Printable verification sheets (ReportLab, the proposal PDF's fonts and styles).

One sheet per package: verdict, applicant, signers, every file with its SHA-256, rule issues, trust
used and its date, when the check was made. One summary sheet for a folder: a row per package.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from hubdesk.labels import local_datetime
from hubdesk.money import format_eur
from hubdesk.report.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE_SIZE, styles
from hubdesk.report.tables import data_table, field_table
from hubdesk.verify.report import count, day, labels, outcome_text, reason, trust_text, when
from hubdesk.verify.verdict import PackageVerdict

_T = {
    "it": {
        "title": "Scheda di verifica del pacchetto",
        "summary_title": "Riepilogo della verifica dei pacchetti",
        "made": "Verifica eseguita il",
        "package": "Pacchetto",
        "folder": "Cartella",
        "municipality": "Comune",
        "istat": "Codice ISTAT",
        "acronym": "Acronimo",
        "fesr": "FESR richiesto",
        "fse": "FSE richiesto",
        "signatures": "Firme",
        "file": "File",
        "status": "Integrità",
        "sha": "SHA-256",
        "rules": "Regole del bando",
        "rule": "Regola",
        "where": "Dove",
        "message": "Messaggio",
        "problems": "Problemi e note",
        "verdict": "Esito",
        "reason": "Motivo",
        "duplicates": "Duplicati",
        "none": "Nessuno",
        "totals": "{n}: {ok} senza errori, {bad} da esaminare",
    },
    "en": {
        "title": "Package verification sheet",
        "summary_title": "Package verification summary",
        "made": "Verified on",
        "package": "Package",
        "folder": "Folder",
        "municipality": "Municipality",
        "istat": "ISTAT code",
        "acronym": "Acronym",
        "fesr": "ERDF requested",
        "fse": "ESF requested",
        "signatures": "Signatures",
        "file": "File",
        "status": "Integrity",
        "sha": "SHA-256",
        "rules": "Call rules",
        "rule": "Rule",
        "where": "Where",
        "message": "Message",
        "problems": "Problems and notes",
        "verdict": "Verdict",
        "reason": "Reason",
        "duplicates": "Duplicates",
        "none": "None",
        "totals": "{n}: {ok} without errors, {bad} to look at",
    },
}


def _doc(path: Path, title: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        str(path),
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author="HubDesk",
    )


def _p(text: str, style: str = "body") -> Paragraph:
    from xml.sax.saxutils import escape

    return Paragraph(escape(text), styles()[style])


def _now(lang: str) -> str:
    return local_datetime(datetime.now().astimezone(), lang)


def package_story(v: PackageVerdict, lang: str = "it") -> list[object]:
    t, lab = _T["en" if lang == "en" else "it"], labels(lang)
    story: list[object] = [_p(t["title"], "h1"), _p(f"{t['made']} {_now(lang)}", "small"), Spacer(1, 3 * mm)]
    story.append(
        field_table(
            [
                (t["package"], Path(v.path).name),
                (str(lab["outcome"]), outcome_text(v, lang)),
                (t["reason"], reason(v, lang) or "—"),
                (t["municipality"], v.municipality),
                (t["istat"], v.istat_code),
                (t["acronym"], v.acronym),
                (t["fesr"], format_eur(v.requested_cents.get("FESR", 0), lang=lang)),
                (t["fse"], format_eur(v.requested_cents.get("FSE", 0), lang=lang)),
                (str(lab["signer"]), v.signer),
                (str(lab["issuer"]), v.issuer_text(lang)),
                (str(lab["validity"]), f"{day(v.signer_valid_from, lang)} — {day(v.signer_valid_to, lang)}"),
                (str(lab["legal_rep"]), str(lab[v.signed_by_legal_representative])),
                (str(lab["signed_at"]), when(v.signed_at, lang) if v.signed_at else None),
                (str(lab["trust"]), trust_text(v, lang)),
                (t["duplicates"], ", ".join(v.duplicates) or t["none"]),
            ]
        )
    )
    if v.signatures:
        story += [_p(t["signatures"], "h2")]
        rows = [[s.file, outcome_text(s, lang), s.signer or "—"] for s in v.signatures]
        story.append(
            data_table([t["file"], str(lab["outcome"]), str(lab["signer"])], rows, [0.32, 0.3, 0.38])
        )
    story += [_p(str(lab["files"]), "h2")]
    story.append(
        data_table(
            [t["file"], t["status"], t["sha"]],
            [[f.name, f.status, v.files_sha256.get(f.name, "—")] for f in v.files],
            [0.36, 0.12, 0.52],
        )
    )
    story += [
        _p(
            f"{t['rules']}: {count(v.rule_errors, 'error', lang)}, {count(v.rule_warnings, 'warning', lang)}",
            "h2",
        )
    ]
    if v.rule_issues:
        story.append(
            data_table(
                [t["rule"], t["where"], t["message"]],
                [[i.rule, i.path, i.message(lang)] for i in v.rule_issues],
                [0.14, 0.3, 0.56],
            )
        )
    if v.problems:
        story += [_p(t["problems"], "h2")] + [_p("• " + p.text(lang)) for p in v.problems]
    return story


def write_package_sheet(v: PackageVerdict, path: Path, lang: str = "it") -> None:
    t = _T["en" if lang == "en" else "it"]
    _doc(path, t["title"]).build(package_story(v, lang))


def write_summary_sheet(
    verdicts: Sequence[PackageVerdict], folder: str, path: Path, lang: str = "it"
) -> None:
    t, lab = _T["en" if lang == "en" else "it"], labels(lang)
    ok = sum(1 for v in verdicts if v.passed)
    story: list[object] = [
        _p(t["summary_title"], "h1"),
        _p(f"{t['folder']}: {folder}", "small"),
        _p(f"{t['made']} {_now(lang)}", "small"),
        _p(
            t["totals"].format(
                n=count(len(verdicts), "package", lang), ok=count(ok, "valid", lang), bad=len(verdicts) - ok
            )
        ),
        Spacer(1, 2 * mm),
    ]
    rows = [
        [
            v.municipality or Path(v.path).name,
            v.acronym or "",
            outcome_text(v, lang),
            v.signer_name or v.signer or "—",
            str(lab[v.signed_by_legal_representative]),
            format_eur(v.requested_cents.get("FESR", 0), lang=lang),
            format_eur(v.requested_cents.get("FSE", 0), lang=lang),
            f"{v.rule_errors} / {v.rule_warnings}",
            ", ".join(v.duplicates),
        ]
        for v in verdicts
    ]
    header = [
        t["municipality"],
        t["acronym"],
        t["verdict"],
        str(lab["signer"]),
        "L.R.",
        t["fesr"],
        t["fse"],
        "E / A" if lang != "en" else "E / W",
        t["duplicates"],
    ]
    story.append(data_table(header, rows, [0.13, 0.1, 0.19, 0.14, 0.05, 0.12, 0.11, 0.06, 0.1], right=(5, 6)))
    if verdicts:
        story.append(_p(trust_text(verdicts[0], lang), "small"))
    _doc(path, t["summary_title"]).build(story)

"""Verify submission packages: the one entry point for the CLI and the reviewer UI.

A hostile or broken package yields a TOTAL_FAILED/FORMAT_FAILURE verdict, never an exception, so a
batch always runs to the end; only a cancel request (``Cancelled``) stops it. pyHanko runs its checks
with ``asyncio.run``: call these functions from a worker thread, not from inside an asyncio event loop.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import x509

from hubdesk.package import PackageError, read_package
from hubdesk.package import names as N
from hubdesk.package.read import FileCheck, PackageContents
from hubdesk.progress import Cancelled, NullProgress, Progress, ScaledProgress, check_cancel
from hubdesk.verify import certs
from hubdesk.verify.cades import verify_cades
from hubdesk.verify.pades import verify_pades
from hubdesk.verify.rules import check_rules
from hubdesk.verify.structure import file_findings, read_parts
from hubdesk.verify.trust import validation_context
from hubdesk.verify.verdict import FORMAT_FAILURE, TOTAL_FAILED, Finding, PackageVerdict, decide

log = logging.getLogger("hubdesk.verify")
_NO_MANIFEST_NOTE = "Manifesto ASiC assente"  # read_package's remark; structure.py says it better


def _iso(when: datetime | None) -> str | None:
    return when.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z") if when else None


def _check(
    path: Path,
    contents: PackageContents,
    trust_roots: Sequence[x509.Certificate],
    progress: Progress,
    verdict: PackageVerdict,
    now: datetime,
) -> list[Finding]:
    findings = [Finding.note(p, p) for p in contents.problems if not p.startswith(_NO_MANIFEST_NOTE)]
    verdict.files = list(contents.files)
    check_cancel(progress)
    progress.report(0.2, "Controllo della struttura del pacchetto")
    parts = read_parts(path)
    findings += parts.findings
    digests = file_findings(verdict.files)
    if parts.manifest is None:  # every entry is "unsigned": the missing manifest is the one reason
        digests = [f for f in digests if f.sub_indication != FORMAT_FAILURE]
    findings += digests
    context = validation_context(trust_roots)
    cades_cert = None
    if parts.manifest is not None and parts.signature is not None:
        check_cancel(progress)
        progress.report(0.35, "Verifica della firma del pacchetto (CAdES)")
        cades = verify_cades(parts.manifest, parts.signature, context, now=now)
        findings += cades.findings
        cades_cert = cades.signer_cert
        verdict.signed_at = _iso(cades.signed_at)
        if cades_cert is not None:
            verdict.signer, verdict.signer_fiscal_code = certs.signer_identity(cades_cert)
            verdict.signer_issuer = cades_cert.issuer.human_friendly
    pdf_status = next((f.status for f in verdict.files if f.name == N.PROPOSAL_PDF), None)
    if parts.pdf is not None and pdf_status == "OK":
        check_cancel(progress)
        progress.report(0.55, "Verifica della firma della proposta (PAdES)")
        pades = verify_pades(parts.pdf, context, cades_cert)
        findings += pades.findings
        if pades.status is not None:
            verdict.files = [
                FileCheck(f.name, pades.status) if f.name == N.PROPOSAL_PDF else f for f in verdict.files
            ]
    check_cancel(progress)
    progress.report(0.75, "Controllo delle regole del bando")
    result = check_rules(contents)
    verdict.rule_errors, verdict.rule_warnings = result.errors, result.warnings
    verdict.rule_issues, verdict.rules_checked = tuple(result.issues), True
    if result.errors:
        first = next(i for i in result.issues if i.severity == "error")
        findings.insert(
            0,
            Finding.note(
                f"Il dossier viola {result.errors} regole del bando (la prima: {first.rule} {first.path}: "
                f"{first.message('it')})",
                f"The dossier breaks {result.errors} call rules (first: {first.rule} {first.path}: "
                f"{first.message('en')})",
            ),
        )
    return findings


def verify_package(
    path: str | Path,
    trust_roots: Sequence[x509.Certificate],
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> PackageVerdict:
    """Structure, digests, CAdES over the manifest, PAdES in the PDF, schema and rules of one package.

    ``trust_roots`` are the only trust anchors (see ``load_trust_roots``); ``now`` is the validation
    time, the current time by default.
    """
    progress = progress or NullProgress()
    started = time.perf_counter()
    verdict = PackageVerdict(path=str(path), indication=TOTAL_FAILED, sub_indication=FORMAT_FAILURE)
    findings: list[Finding] = []
    progress.report(0.0, "Lettura del pacchetto")
    try:
        with read_package(path) as contents:
            findings = _check(Path(path), contents, trust_roots, progress, verdict, now or datetime.now(UTC))
    except Cancelled:
        raise
    except PackageError as exc:
        findings.append(Finding.fail(FORMAT_FAILURE, exc.message_it, exc.message_en))
    except Exception as exc:  # the batch must go on whatever a hostile package triggers
        log.exception("verification of %s failed", path)
        findings.append(
            Finding.fail(
                FORMAT_FAILURE,
                f"Il pacchetto non può essere verificato: {type(exc).__name__}: {exc}",
                f"The package cannot be verified: {type(exc).__name__}: {exc}",
            )
        )
    verdict.indication, verdict.sub_indication, verdict.problems = decide(findings)
    verdict.seconds = time.perf_counter() - started
    progress.report(1.0, "Verifica completata")
    return verdict


def verify_many(
    paths: Sequence[str | Path],
    trust_roots: Sequence[x509.Certificate],
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
) -> list[PackageVerdict]:
    """Verify each package in turn (batch triage); a cancel stops between or inside packages."""
    progress = progress or NullProgress()
    out: list[PackageVerdict] = []
    total = max(len(paths), 1)
    for i, path in enumerate(paths):
        check_cancel(progress)
        sub = ScaledProgress(progress, i / total, (i + 1) / total)
        out.append(verify_package(path, trust_roots, progress=sub, now=now))
    return out

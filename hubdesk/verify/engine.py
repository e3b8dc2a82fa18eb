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

from hubdesk.budget import requested_grant
from hubdesk.package import PackageError
from hubdesk.package import names as N
from hubdesk.package.read import FileCheck
from hubdesk.progress import Cancelled, NullProgress, Progress, ScaledProgress, check_cancel
from hubdesk.verify import certs
from hubdesk.verify.cades import CadesResult, verify_cades
from hubdesk.verify.container import LayoutError, check_layout
from hubdesk.verify.contents import Contents, read_contents
from hubdesk.verify.pades import verify_pades
from hubdesk.verify.rules import check_rules
from hubdesk.verify.signer import compare_signer
from hubdesk.verify.structure import Parts, SignatureParts, file_findings, read_parts
from hubdesk.verify.trust import TrustAnchors
from hubdesk.verify.verdict import (
    FORMAT_FAILURE,
    TOTAL_FAILED,
    Finding,
    PackageVerdict,
    Problem,
    SignatureCheck,
    decide,
)

log = logging.getLogger("hubdesk.verify")


def _iso(when: datetime | None) -> str | None:
    return when.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z") if when else None


def _prefixed(findings: list[Finding], file: str, many: bool) -> list[Finding]:
    if not many:
        return findings
    return [
        Finding(f.indication, f.sub_indication, Problem(f"{file}: {f.problem.it}", f"{file}: {f.problem.en}"))
        for f in findings
    ]


def _signature(sig: SignatureParts, trust: TrustAnchors, now: datetime) -> tuple[CadesResult, SignatureCheck]:
    assert sig.manifest is not None
    cades = verify_cades(sig.manifest, sig.data, trust, now=now, file=sig.file)
    indication, sub, _ = decide(cades.findings)
    check = SignatureCheck(sig.file, sig.manifest_name, indication, sub, signed_at=_iso(cades.signed_at))
    if cades.signer_cert is not None:
        check.signer, check.signer_fiscal_code = certs.signer_identity(cades.signer_cert)
        check.signer_issuer = cades.signer_cert.issuer.human_friendly
        check.signer_issuer_name = certs.name_parts(cades.signer_cert.issuer)
        check.signer_valid_from, check.signer_valid_to = certs.validity_period(cades.signer_cert)
    return cades, check


def _describe(verdict: PackageVerdict, doc: object) -> None:
    """Municipality, ISTAT code, acronym, CUP and requested amounts, read defensively from the dossier."""
    if not isinstance(doc, dict):
        return
    applicant = doc.get("applicant")
    applicant = applicant if isinstance(applicant, dict) else {}
    proposal = doc.get("proposal")
    proposal = proposal if isinstance(proposal, dict) else {}

    def text(value: object) -> str | None:
        return value if isinstance(value, str) and value.strip() else None

    verdict.municipality = text(applicant.get("name"))
    verdict.istat_code = text(applicant.get("istat_code"))
    verdict.acronym = text(proposal.get("acronym"))
    verdict.cup = text(proposal.get("cup"))
    try:
        grant = requested_grant(doc)
        verdict.requested_cents = {"FESR": int(grant.get("FESR", 0)), "FSE": int(grant.get("FSE", 0))}
    except Exception:  # a hostile dossier may hold anything where amounts belong
        log.info("requested amounts unreadable in %s", verdict.path)


def _check(
    path: Path,
    parts: Parts,
    contents: Contents,
    trust: TrustAnchors,
    progress: Progress,
    verdict: PackageVerdict,
    now: datetime,
) -> list[Finding]:
    findings = [Finding.note(it, en) for it, en in contents.problems]
    findings += parts.findings
    verdict.files = list(contents.files) + parts.meta_files
    _describe(verdict, contents.document)
    digests = file_findings(verdict.files)
    if not any(s.manifest is not None for s in parts.signatures):  # the missing manifest says it all
        digests = [f for f in digests if f.sub_indication != FORMAT_FAILURE]
    findings += digests
    check_cancel(progress)
    progress.report(0.35, "Verifica delle firme del pacchetto (CAdES)")
    signed = [s for s in parts.signatures if s.manifest is not None]
    primary = parts.primary
    cades_cert = None
    for sig in signed:
        check_cancel(progress)
        cades, check = _signature(sig, trust, now)
        verdict.signatures.append(check)
        findings += _prefixed(cades.findings, sig.file, len(parts.signatures) > 1)
        if sig is primary:
            cades_cert = cades.signer_cert
            verdict.signed_at = check.signed_at
            verdict.signer, verdict.signer_fiscal_code = check.signer, check.signer_fiscal_code
            verdict.signer_issuer, verdict.signer_issuer_name = check.signer_issuer, check.signer_issuer_name
            verdict.signer_valid_from, verdict.signer_valid_to = (
                check.signer_valid_from,
                check.signer_valid_to,
            )
            if cades_cert is not None:
                verdict.signer_name = certs.signer_identity(cades_cert)[0].split(" (")[0]
    verdict.signatures += [
        SignatureCheck(s.file, None, "INDETERMINATE", "SIGNED_DATA_NOT_FOUND")
        for s in parts.signatures
        if s.manifest is None
    ]
    pdf_status = next((f.status for f in verdict.files if f.name == N.PROPOSAL_PDF), None)
    if parts.pdf is not None and pdf_status == "OK":
        check_cancel(progress)
        progress.report(0.55, "Verifica della firma della proposta (PAdES)")
        pades = verify_pades(parts.pdf, cades_cert)
        findings += pades.findings
        if pades.status is not None:
            verdict.files = [
                FileCheck(f.name, pades.status) if f.name == N.PROPOSAL_PDF else f for f in verdict.files
            ]
    if cades_cert is not None:
        code = verdict.signer_fiscal_code
        ok, warnings = compare_signer(
            contents.document,
            verdict.signer_name,
            code,
            code is not None and certs.fiscal_code_is_valid(code),
        )
        verdict.signed_by_legal_representative = ok
        findings += warnings
    verdict.files_sha256 = {
        f.name: parts.signed[f.name][1].hex()
        for f in verdict.files
        if f.status == "OK" and f.name in parts.signed and parts.signed[f.name][0] == "sha256"
    }
    check_cancel(progress)
    progress.report(0.75, "Controllo delle regole del bando")
    result = check_rules(contents.document, contents.facts)
    verdict.rule_errors, verdict.rule_warnings = result.errors, result.warnings
    verdict.rule_issues, verdict.rules_checked = tuple(result.issues), True
    if result.errors:
        first = next(i for i in result.issues if i.severity == "error")
        n = result.errors
        findings.insert(
            0,
            Finding.note(
                f"Il dossier viola {n} {'regola' if n == 1 else 'regole'} del bando "
                f"({'la prima: ' if n > 1 else ''}{first.rule} {first.path}: {first.message('it')})",
                f"The dossier breaks {n} call {'rule' if n == 1 else 'rules'} "
                f"({'first: ' if n > 1 else ''}{first.rule} {first.path}: {first.message('en')})",
            ),
        )
    return findings


def verify_package(
    path: str | Path,
    trust_roots: Sequence[x509.Certificate] | TrustAnchors,
    *,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> PackageVerdict:
    """Layout, signatures and coverage, digests, CAdES over each manifest, PAdES in the PDF, rules.

    ``trust_roots`` are the only trust anchors (a :class:`TrustAnchors`, or plain certificates
    given with ``--trust``); ``now`` is the validation time, the current time by default.
    """
    progress = progress or NullProgress()
    trust = TrustAnchors.of(trust_roots)
    started = time.perf_counter()
    verdict = PackageVerdict(path=str(path), indication=TOTAL_FAILED, sub_indication=FORMAT_FAILURE)
    verdict.trust = trust.to_json()
    findings: list[Finding] = []
    progress.report(0.0, "Lettura del pacchetto")
    try:
        check_layout(path)
        progress.report(0.1, "Controllo della struttura del pacchetto")
        parts = read_parts(path)
        contents = read_contents(path, parts.signed)
        findings = _check(Path(path), parts, contents, trust, progress, verdict, now or datetime.now(UTC))
    except Cancelled:
        raise
    except LayoutError as exc:
        findings.append(
            Finding.fail(
                FORMAT_FAILURE, f"Pacchetto rifiutato: {exc.message_it}", f"Package refused: {exc.message_en}"
            )
        )
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
    trust_roots: Sequence[x509.Certificate] | TrustAnchors,
    progress: Progress | None = None,
    *,
    now: datetime | None = None,
) -> list[PackageVerdict]:
    """Verify each package in turn (batch triage); a cancel stops between or inside packages."""
    progress = progress or NullProgress()
    now = now or datetime.now(UTC)
    out: list[PackageVerdict] = []
    total = max(len(paths), 1)
    for i, path in enumerate(paths):
        check_cancel(progress)
        sub = ScaledProgress(progress, i / total, (i + 1) / total)
        out.append(verify_package(path, trust_roots, progress=sub, now=now))
    return out

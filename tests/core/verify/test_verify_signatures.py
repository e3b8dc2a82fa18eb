"""Verdicts on real packages and tampered copies: each ETSI sub-indication from the case that causes it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hubdesk.document import dump_bytes, load_bytes
from hubdesk.package import names as N
from hubdesk.signing import load_pkcs12_signer
from hubdesk.verify import verify_package
from tests.core.package.pki import PASSWORD
from tests.core.verify.conftest import Env
from tests.core.verify.tampering import entries, sign_raw, tamper, with_signature

ATTACHMENT = "allegati/ALL-2-nomina-rup.pdf"


def status_of(verdict, name: str) -> str:
    return next(f.status for f in verdict.files if f.name == name)


def test_good_package_passes(env: Env) -> None:
    v = verify_package(env.good, env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_PASSED", None)
    assert v.files and all(f.status == "OK" for f in v.files)
    assert {N.DOSSIER, N.PROPOSAL_PDF, N.VALIDATION_REPORT, ATTACHMENT} <= {f.name for f in v.files}
    assert v.signer == "Giuseppe Antonio Ventura (VNTGPP68P03A893Z)"
    assert v.signer_fiscal_code == "VNTGPP68P03A893Z"
    signed = datetime.fromisoformat(v.signed_at or "")
    assert abs((datetime.now(UTC) - signed).total_seconds()) < 3600
    assert (v.rule_errors, v.rules_checked, v.problems, v.passed) == (0, True, [], True)


def test_untrusted_is_indeterminate(env: Env) -> None:
    v = verify_package(env.good, [])
    assert (v.indication, v.sub_indication) == ("INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND")
    assert v.signer and v.signer.startswith("Giuseppe Antonio Ventura")
    assert not v.passed


def test_modified_attachment_is_hash_failure(env: Env, tmp_path: Path) -> None:
    data = entries(env.good)[ATTACHMENT]
    pkg = tamper(env.good, tmp_path / "p.asice", replace={ATTACHMENT: data.replace(b"%%EOF", b"%%EOX")})
    v = verify_package(pkg, env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_FAILED", "HASH_FAILURE")
    assert status_of(v, ATTACHMENT) == "MODIFIED"
    assert sum(f.status != "OK" for f in v.files) == 1
    assert ATTACHMENT in v.problems[0].it


def test_removed_entry_is_missing(env: Env, tmp_path: Path) -> None:
    v = verify_package(tamper(env.good, tmp_path / "p.asice", replace={ATTACHMENT: None}), env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_FAILED", "HASH_FAILURE")
    assert status_of(v, ATTACHMENT) == "MISSING"
    assert v.rule_errors > 0  # ATT-001: the dossier lists an attachment the package no longer carries


def test_extra_unlisted_entry_is_unsigned(env: Env, tmp_path: Path) -> None:
    pkg = tamper(env.good, tmp_path / "p.asice", replace={"allegati/extra.pdf": b"%PDF-1.4 nuovo"})
    v = verify_package(pkg, env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_FAILED", "FORMAT_FAILURE")
    assert status_of(v, "allegati/extra.pdf") == "UNSIGNED"


def test_extra_meta_inf_entry_is_unsigned_format_failure(env: Env, tmp_path: Path) -> None:
    pkg = tamper(env.good, tmp_path / "p.asice", replace={"META-INF/note.txt": b"x"})
    v = verify_package(pkg, env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_FAILED", "FORMAT_FAILURE")
    assert status_of(v, "META-INF/note.txt") == "UNSIGNED" and "META-INF/note.txt" in v.problems[0].en


def test_tampered_manifest_is_sig_crypto_failure(env: Env, tmp_path: Path) -> None:
    manifest = entries(env.good)[N.MANIFEST].decode()
    start = manifest.index("<ds:DigestValue>") + len("<ds:DigestValue>")
    forged = manifest[:start] + ("A" if manifest[start] != "A" else "B") + manifest[start + 1 :]
    v = verify_package(
        tamper(env.good, tmp_path / "p.asice", replace={N.MANIFEST: forged.encode()}), env.roots
    )
    assert (v.indication, v.sub_indication) == ("TOTAL_FAILED", "SIG_CRYPTO_FAILURE")
    assert "MODIFIED" in {f.status for f in v.files}  # the forged digest no longer matches dossier.json


def test_signature_from_another_package_is_sig_crypto_failure(env: Env, tmp_path: Path) -> None:
    swapped = {N.SIGNATURE: entries(env.other)[N.SIGNATURE]}
    v = verify_package(tamper(env.good, tmp_path / "p.asice", replace=swapped), env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_FAILED", "SIG_CRYPTO_FAILURE")
    assert all(f.status == "OK" for f in v.files)


def _expired(env: Env, at: datetime):
    return load_pkcs12_signer(env.pki.expired_p12, PASSWORD, at=at)  # bypasses the pre-signing check


def test_certificate_expired_since_signing_is_expired(env: Env, tmp_path: Path) -> None:
    then = datetime.now(UTC) - timedelta(days=100)  # inside the expired certificate's validity
    pkg = tamper(env.good, tmp_path / "p.asice", resign=_expired(env, then), signing_time=then)
    v = verify_package(pkg, env.roots)
    assert (v.indication, v.sub_indication) == ("INDETERMINATE", "EXPIRED")
    assert v.signer and v.signer.startswith("Scaduto")
    assert v.signed_at == then.isoformat(timespec="seconds").replace("+00:00", "Z")


def test_signed_after_expiry_is_expired(env: Env, tmp_path: Path) -> None:
    then = datetime.now(UTC) - timedelta(days=100)
    pkg = tamper(env.good, tmp_path / "p.asice", resign=_expired(env, then))  # signingTime = now
    v = verify_package(pkg, env.roots)
    assert (v.indication, v.sub_indication) == ("INDETERMINATE", "EXPIRED")
    assert "già scaduto" in v.problems[0].it


def test_certificate_not_yet_valid_is_total_failed(env: Env, tmp_path: Path) -> None:
    later = datetime.now(UTC) + timedelta(days=20)
    signer = load_pkcs12_signer(env.pki.future_p12, PASSWORD, at=later)
    v = verify_package(tamper(env.good, tmp_path / "p.asice", resign=signer), env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_FAILED", "NOT_YET_VALID")


def test_no_signature_file_is_format_failure(env: Env, tmp_path: Path) -> None:
    v = verify_package(tamper(env.good, tmp_path / "p.asice", replace={N.SIGNATURE: None}), env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_FAILED", "FORMAT_FAILURE")
    assert v.signer is None


def test_signature_without_manifest_is_signed_data_not_found(env: Env, tmp_path: Path) -> None:
    v = verify_package(tamper(env.good, tmp_path / "p.asice", replace={N.MANIFEST: None}), env.roots)
    assert (v.indication, v.sub_indication) == ("INDETERMINATE", "SIGNED_DATA_NOT_FOUND")
    assert {f.status for f in v.files} == {"UNSIGNED"}


@pytest.mark.parametrize("ess", ["absent", "other certificate"])
def test_signing_certificate_not_bound(env: Env, tmp_path: Path, ess: str) -> None:
    key, cert = env.pki.signer_key_der.read_bytes(), env.pki.signer_cert_der.read_bytes()
    ess_der = None if ess == "absent" else env.roots[0].dump()
    pkg = with_signature(
        env.good, tmp_path / "p.asice", lambda m: sign_raw(m, key, cert, ess_cert_der=ess_der)
    )
    v = verify_package(pkg, env.roots)
    assert (v.indication, v.sub_indication) == ("INDETERMINATE", "NO_SIGNING_CERTIFICATE_FOUND")
    assert "signing-certificate-v2" in v.problems[0].it


def test_hand_built_cades_with_signing_certificate_v2_passes(env: Env, tmp_path: Path) -> None:
    key, cert = env.pki.signer_key_der.read_bytes(), env.pki.signer_cert_der.read_bytes()
    pkg = with_signature(env.good, tmp_path / "p.asice", lambda m: sign_raw(m, key, cert, ess_cert_der=cert))
    assert verify_package(pkg, env.roots).indication == "TOTAL_PASSED"  # the helper above is sound


def test_pdf_altered_and_repackaged_breaks_its_pades_signature(env: Env, tmp_path: Path) -> None:
    pdf = entries(env.good)[N.PROPOSAL_PDF]
    assert b"ReportLab" in pdf
    altered = pdf.replace(b"ReportLab", b"ReportLAb", 1)
    pkg = tamper(env.good, tmp_path / "p.asice", replace={N.PROPOSAL_PDF: altered}, resign=env.signer)
    v = verify_package(pkg, env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_FAILED", "HASH_FAILURE")
    assert status_of(v, N.PROPOSAL_PDF) == "MODIFIED"
    assert "PAdES" in v.problems[0].it


def test_sound_signature_with_rule_error_counts_the_errors(env: Env, tmp_path: Path) -> None:
    doc = load_bytes(entries(env.good)[N.DOSSIER])
    code = doc["applicant"]["fiscal_code"]
    doc["applicant"]["fiscal_code"] = code[:-1] + ("8" if code.endswith("9") else "9")  # wrong check digit
    dossier = dump_bytes(doc)
    pkg = tamper(env.good, tmp_path / "p.asice", replace={N.DOSSIER: dossier}, resign=env.signer)
    v = verify_package(pkg, env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_PASSED", None)
    assert v.rule_errors >= 1 and not v.passed
    assert any(i.rule == "ID-001" for i in v.rule_issues)
    assert "ID-001" in v.problems[0].it


@pytest.mark.parametrize("lang", ["it", "en"])
def test_problems_follow_the_language(env: Env, lang: str) -> None:
    problems = verify_package(env.good, []).to_json(lang)["problems"]
    assert ("authorities" in problems[0]) == (lang == "en")

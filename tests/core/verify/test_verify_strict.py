"""Crafted packages that a lenient verifier passes: each one must be refused, with a fitting reason."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from hubdesk.package import names as N
from hubdesk.package.manifest import build_manifest, parse_manifest
from hubdesk.signing import load_pkcs12_signer
from hubdesk.verify import format_verdict, verify_package
from tests.core.package.pki import PASSWORD
from tests.core.verify.conftest import Env
from tests.core.verify.tampering import entries, resign_pdf, sign, tamper, write_zip

REFUSED = {"TOTAL_FAILED", "INDETERMINATE"}


def _signer(env: Env, name: str):
    return load_pkcs12_signer(getattr(env.pki, name), PASSWORD)


def _second_manifest(items: dict[str, bytes], sig_file: str) -> bytes:
    _uri, refs = parse_manifest(items[N.MANIFEST])
    body = build_manifest([(n, "application/octet-stream", d) for n, (_a, d) in refs.items()])
    return body.replace(N.SIGNATURE.encode(), sig_file.encode())


def test_pdf_signed_by_someone_else_with_manifest_resigned_is_refused(env: Env, tmp_path: Path) -> None:
    """The trusted signer re-signs the manifest over a PDF that another (trusted) person signed."""
    pdf = resign_pdf(entries(env.good)[N.PROPOSAL_PDF], _signer(env, "rup_p12"))
    pkg = tamper(env.good, tmp_path / "p.asice", replace={N.PROPOSAL_PDF: pdf}, resign=env.signer)
    v = verify_package(pkg, env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_FAILED", "FORMAT_FAILURE")
    assert "proposta.pdf" in v.problems[0].it and "Mario Rossi" in v.problems[0].it


def test_pdf_signed_by_untrusted_impostor_is_refused(env: Env, tmp_path: Path) -> None:
    pdf = resign_pdf(entries(env.good)[N.PROPOSAL_PDF], _signer(env, "stranger_p12"))
    pkg = tamper(env.good, tmp_path / "p.asice", replace={N.PROPOSAL_PDF: pdf}, resign=env.signer)
    v = verify_package(pkg, env.roots)
    assert v.indication in REFUSED and not v.passed


@pytest.mark.parametrize("junk", [b"X", b"PK\x03\x04" + bytes(60)])
def test_bytes_before_the_archive_are_refused(env: Env, tmp_path: Path, junk: bytes) -> None:
    pkg = tmp_path / "p.asice"
    pkg.write_bytes(junk + env.good.read_bytes())
    v = verify_package(pkg, env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_FAILED", "FORMAT_FAILURE")


def test_two_archives_concatenated_are_refused(env: Env, tmp_path: Path) -> None:
    pkg = tmp_path / "p.asice"
    pkg.write_bytes(env.other.read_bytes() + env.good.read_bytes())
    v = verify_package(pkg, env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_FAILED", "FORMAT_FAILURE")


def test_bytes_after_the_archive_are_refused(env: Env, tmp_path: Path) -> None:
    pkg = tmp_path / "p.asice"
    pkg.write_bytes(env.good.read_bytes() + b"<script>")
    assert verify_package(pkg, env.roots).sub_indication == "FORMAT_FAILURE"


def test_directory_entry_with_data_is_refused(env: Env, tmp_path: Path) -> None:
    pkg = tmp_path / "p.asice"
    with zipfile.ZipFile(env.good) as src, zipfile.ZipFile(pkg, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(zipfile.ZipInfo("allegati/"), b"hidden content")
    v = verify_package(pkg, env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_FAILED", "FORMAT_FAILURE")
    assert "cartella" in v.problems[0].it


def test_local_header_disagreeing_with_directory_is_refused(env: Env, tmp_path: Path) -> None:
    data = bytearray(env.good.read_bytes())
    at = data.index(b"PK\x03\x04", 10)  # the second local header (dossier.json)
    name_at = at + 30
    data[name_at : name_at + 12] = b"dossieR.json"
    pkg = tmp_path / "p.asice"
    pkg.write_bytes(bytes(data))
    assert verify_package(pkg, env.roots).sub_indication == "FORMAT_FAILURE"


def test_duplicate_names_are_refused(env: Env, tmp_path: Path) -> None:
    pkg = tmp_path / "p.asice"
    with zipfile.ZipFile(env.good) as src, zipfile.ZipFile(pkg, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            dst.writestr(zipfile.ZipInfo(N.DOSSIER), b"{}")
    assert verify_package(pkg, env.roots).sub_indication == "FORMAT_FAILURE"


def test_second_signature_by_untrusted_signer_is_checked(env: Env, tmp_path: Path) -> None:
    items = entries(env.good)
    sig2 = "META-INF/signature002.p7s"
    items["META-INF/ASiCManifest002.xml"] = _second_manifest(items, sig2)
    items[sig2] = sign(items["META-INF/ASiCManifest002.xml"], _signer(env, "stranger_p12"))
    v = verify_package(write_zip(tmp_path / "p.asice", items), env.roots)
    assert (v.indication, v.sub_indication) == ("INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND")
    results = {s.file: (s.indication, s.sub_indication) for s in v.signatures}
    assert results == {
        N.SIGNATURE: ("TOTAL_PASSED", None),
        sig2: ("INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND"),
    }
    assert any(sig2 in p.it for p in v.problems)
    text = format_verdict(v, "it")  # each signature's outcome in words, as the package window shows it
    assert (
        f"{sig2}: INDETERMINATO (INDETERMINATE, NO_CERTIFICATE_CHAIN_FOUND" in text
        and f"{N.SIGNATURE}: VALIDO (TOTAL_PASSED)" in text
    )


def test_second_trusted_signature_passes_with_both_reported(env: Env, tmp_path: Path) -> None:
    items = entries(env.good)
    sig2 = "META-INF/signature002.p7s"
    items["META-INF/ASiCManifest002.xml"] = _second_manifest(items, sig2)
    items[sig2] = sign(items["META-INF/ASiCManifest002.xml"], env.signer)
    v = verify_package(write_zip(tmp_path / "p.asice", items), env.roots)
    assert v.indication == "TOTAL_PASSED" and len(v.signatures) == 2


def test_signature_without_its_manifest_is_signed_data_not_found(env: Env, tmp_path: Path) -> None:
    items = entries(env.good)
    items["META-INF/signature002.p7s"] = items[N.SIGNATURE]
    v = verify_package(write_zip(tmp_path / "p.asice", items), env.roots)
    assert (v.indication, v.sub_indication) == ("INDETERMINATE", "SIGNED_DATA_NOT_FOUND")


def test_uncovered_meta_inf_entry_is_refused(env: Env, tmp_path: Path) -> None:
    items = {**entries(env.good), "META-INF/manifest.xml": b"<manifest/>"}
    v = verify_package(write_zip(tmp_path / "p.asice", items), env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_FAILED", "FORMAT_FAILURE")


def test_good_package_is_signed_by_the_legal_representative(env: Env) -> None:
    v = verify_package(env.good, env.roots)
    assert v.signed_by_legal_representative is True
    assert v.signer_issuer and "HubDesk Test CA" in v.signer_issuer
    assert v.signer_valid_from and v.signer_valid_to and v.signer_valid_from < v.signer_valid_to
    assert v.municipality and v.istat_code == "072011" and v.acronym
    assert v.requested_cents["FESR"] > 0 and v.requested_cents["FSE"] > 0


def test_package_signed_by_rup_warns_and_flags_the_fiscal_code(env: Env, tmp_path: Path) -> None:
    pkg = tamper(env.good, tmp_path / "p.asice", resign=_signer(env, "rup_p12"))
    v = verify_package(pkg, env.roots)
    assert v.indication == "TOTAL_PASSED"  # cryptographically sound: the reviewer decides
    assert v.signed_by_legal_representative is False and v.signer_fiscal_code == "RSSMRA80A01H501X"
    texts = " ".join(p.it for p in v.problems)
    assert "carattere di controllo" in texts and "non dal legale rappresentante" in texts
    assert v.has_warnings


def test_impostor_with_the_right_fiscal_code_is_untrusted(env: Env, tmp_path: Path) -> None:
    pkg = tamper(env.good, tmp_path / "p.asice", resign=_signer(env, "stranger_p12"))
    v = verify_package(pkg, env.roots)
    assert (v.indication, v.sub_indication) == ("INDETERMINATE", "NO_CERTIFICATE_CHAIN_FOUND")

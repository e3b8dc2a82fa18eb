"""Signer sources: PKCS#12 with a UTF-8 password, and clear Italian errors for unusable certificates."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from hubdesk.signing import SigningError, load_pkcs12_signer, signer_summary
from tests.core.package.pki import PASSWORD, Pki


def test_accented_password_opens_the_p12(pki: Pki) -> None:
    signer = load_pkcs12_signer(pki.signer_p12, PASSWORD)
    summary = signer_summary(signer)
    assert summary["subject_cn"] == "Giuseppe Antonio Ventura"
    assert summary["issuer_cn"] == "HubDesk Test CA"
    assert int(summary["serial"], 16) == signer.signing_cert.serial_number
    assert (
        datetime.fromisoformat(summary["not_before"])
        < datetime.now(UTC)
        < datetime.fromisoformat(summary["not_after"])
    )


@pytest.mark.parametrize("password", ["", "wrong", "Passwörd-è", PASSWORD.encode("utf-8").decode("latin-1")])
def test_wrong_password_is_a_signing_error(pki: Pki, password: str) -> None:
    with pytest.raises(SigningError) as info:
        load_pkcs12_signer(pki.signer_p12, password)
    assert "Password del certificato errata" in info.value.message_it
    assert info.value.message_en.startswith("Wrong certificate password")


def test_expired_certificate_is_refused(pki: Pki) -> None:
    with pytest.raises(SigningError, match="scaduto"):
        load_pkcs12_signer(pki.expired_p12, PASSWORD)


def test_not_yet_valid_certificate_is_refused(pki: Pki) -> None:
    with pytest.raises(SigningError, match="non è ancora valido"):
        load_pkcs12_signer(pki.future_p12, PASSWORD)


def test_certificate_without_signing_key_usage_is_refused(pki: Pki) -> None:
    with pytest.raises(SigningError, match="non è abilitato alla firma"):
        load_pkcs12_signer(pki.no_signing_usage_p12, PASSWORD)


def test_missing_or_garbage_file(pki: Pki, tmp_path: Path) -> None:
    with pytest.raises(SigningError, match="non trovato"):
        load_pkcs12_signer(tmp_path / "nope.p12", PASSWORD)
    junk = tmp_path / "junk.p12"
    junk.write_bytes(b"not a pkcs12")
    with pytest.raises(SigningError, match="PKCS#12"):
        load_pkcs12_signer(junk, PASSWORD)


def test_validity_checked_at_a_given_time(pki: Pki) -> None:
    with pytest.raises(SigningError, match="scaduto"):
        load_pkcs12_signer(pki.signer_p12, PASSWORD, at=datetime(2100, 1, 1, tzinfo=UTC))

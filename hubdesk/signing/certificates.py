"""Checks on the signer's certificate, made before anything is signed so the user hears why early."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from asn1crypto import x509
from pyhanko.sign.signers import Signer

from hubdesk.labels import local_datetime
from hubdesk.signing.errors import SigningError

_SIGNING_USAGES = frozenset({"digital_signature", "non_repudiation"})


def _fmt(when: datetime, lang: str = "it") -> str:
    return local_datetime(when, lang)


def check_certificate(cert: x509.Certificate, *, at: datetime | None = None) -> None:
    """Raise :class:`SigningError` if ``cert`` is outside its validity or not meant for signatures."""
    now = at or datetime.now(UTC)
    validity = cert["tbs_certificate"]["validity"]
    not_before = validity["not_before"].native
    not_after = validity["not_after"].native
    if now < not_before:
        raise SigningError(
            f"Il certificato di firma non è ancora valido: lo sarà dal {_fmt(not_before)}",
            f"The signing certificate is not yet valid: valid from {_fmt(not_before, 'en')}",
        )
    if now > not_after:
        raise SigningError(
            f"Il certificato di firma è scaduto il {_fmt(not_after)}: rinnovarlo presso il certificatore",
            f"The signing certificate expired on {_fmt(not_after, 'en')}",
        )
    usages = cert.key_usage_value
    # No keyUsage extension means no restriction (RFC 5280 §4.2.1.3).
    if usages is not None and not (set(usages.native) & _SIGNING_USAGES):
        raise SigningError(
            "Il certificato non è abilitato alla firma digitale (keyUsage senza digitalSignature "
            "né nonRepudiation): usare il certificato di firma, non quello di autenticazione (CNS)",
            "The certificate is not meant for signatures (keyUsage lacks digitalSignature and "
            "nonRepudiation)",
        )


def _name(name: x509.Name) -> str:
    return str(name.human_friendly)


def certificate_summary(cert: x509.Certificate) -> dict[str, Any]:
    """Plain values the UI shows before the user confirms a signature."""
    validity = cert["tbs_certificate"]["validity"]
    subject = cert.subject.native
    return {
        "subject_cn": subject.get("common_name", ""),
        "subject": _name(cert.subject),
        "issuer": _name(cert.issuer),
        "issuer_cn": cert.issuer.native.get("common_name", ""),
        "serial": format(cert.serial_number, "x"),
        "not_before": validity["not_before"].native.isoformat(),
        "not_after": validity["not_after"].native.isoformat(),
        "fiscal_code": subject.get("serial_number", ""),
    }


def signer_summary(signer: Signer) -> dict[str, Any]:
    """Subject CN, issuer, serial (hex) and validity of the signer's certificate."""
    cert = signer.signing_cert
    if cert is None:
        raise SigningError("Nessun certificato di firma disponibile", "No signing certificate available")
    return certificate_summary(cert)

"""The CAdES detached signature over META-INF/ASiCManifest.xml (FORMATS.md §2).

pyHanko checks the mathematics and the chain; the binding of the certificate (signing-certificate-v2)
and its validity at the signing time are checked here, so each failure gets its own sub-indication.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime

from asn1crypto import cms, x509
from pyhanko.sign.validation import async_validate_detached_cms
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext

from hubdesk.verify import certs
from hubdesk.verify.verdict import (
    FORMAT_FAILURE,
    INDETERMINATE,
    NO_CERTIFICATE_CHAIN_FOUND,
    NO_SIGNING_CERTIFICATE_FOUND,
    REVOKED,
    SIG_CRYPTO_FAILURE,
    TOTAL_FAILED,
    Finding,
    Problem,
)

log = logging.getLogger("hubdesk.verify")

# What check_certificate accepts when signing: either usage marks a signature certificate.
SIGNING_USAGE = KeyUsageConstraints(
    key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False
)
# Chain problems about time are decided by certs.check_validity, with the claimed signing time.
_TIME_INDICATIONS = {
    "OUT_OF_BOUNDS_NO_POE",
    "OUT_OF_BOUNDS_NOT_REVOKED",
    "EXPIRED",
    "NOT_YET_VALID",
    "CERTIFICATE_CHAIN_GENERAL_FAILURE",
}


@dataclass
class CadesResult:
    findings: list[Finding] = field(default_factory=list)
    signer_cert: x509.Certificate | None = None
    signed_at: datetime | None = None


def _parse(signature: bytes) -> tuple[cms.SignedData, cms.SignerInfo]:
    info = cms.ContentInfo.load(signature, strict=True)
    if info["content_type"].native != "signed_data":
        raise ValueError("not a CMS SignedData")
    signed_data = info["content"]
    signed_data.native  # noqa: B018  (parse it all now: malformed DER is a format failure, not a crash)
    if signed_data["encap_content_info"]["content"].native is not None:
        raise ValueError("the signature is not detached")
    if len(signed_data["signer_infos"]) != 1:
        raise ValueError("exactly one SignerInfo expected")
    return signed_data, signed_data["signer_infos"][0]


def _trust_finding(status: object, time_explained: bool) -> Finding | None:
    """NO_CERTIFICATE_CHAIN_FOUND / REVOKED / other chain problems reported by pyHanko, if any.

    A time-related chain problem is dropped only when ``check_validity`` already explained it.
    """
    indic = getattr(status, "trust_problem_indic", None)
    if getattr(status, "revoked", False):
        return Finding.fail(
            REVOKED, "Il certificato del firmatario è revocato", "The signer's certificate is revoked"
        )
    path = getattr(status, "validation_path", None)
    if indic is None or (time_explained and indic.name in _TIME_INDICATIONS and path is not None):
        return None
    if indic.name == NO_CERTIFICATE_CHAIN_FOUND or path is None:
        return Finding.indeterminate(
            NO_CERTIFICATE_CHAIN_FOUND,
            "Il certificato del firmatario non è riconducibile a nessuna delle autorità attendibili "
            "indicate (--trust)",
            "The signer's certificate does not chain to any of the trusted authorities given (--trust)",
        )
    indication = TOTAL_FAILED if type(indic).__name__ == "AdESFailure" else INDETERMINATE
    return Finding(
        indication,
        indic.name,
        Problem(
            f"Verifica del certificato del firmatario non superata ({indic.name})",
            f"The signer's certificate did not pass validation ({indic.name})",
        ),
    )


def _refusal(exc: Exception) -> Finding:
    """pyHanko's own sub-indication when it gives one (e.g. certificate binding), else SIG_CRYPTO_FAILURE."""
    indic = getattr(exc, "ades_subindication", None)
    if indic is None:
        return Finding.fail(
            SIG_CRYPTO_FAILURE,
            f"La firma del manifesto non può essere verificata ({exc})",
            f"The manifest signature cannot be verified ({exc})",
        )
    indication = TOTAL_FAILED if type(indic).__name__ == "AdESFailure" else INDETERMINATE
    return Finding(
        indication,
        indic.name,
        Problem(
            f"Firma del manifesto non verificabile: {exc}", f"Manifest signature cannot be verified: {exc}"
        ),
    )


def verify_cades(
    manifest: bytes, signature: bytes, context: ValidationContext, *, now: datetime | None = None
) -> CadesResult:
    """Check ``signature`` (DER CMS) over the exact ``manifest`` bytes."""
    now = now or datetime.now(UTC)
    out = CadesResult()
    try:
        signed_data, signer_info = _parse(signature)
        out.signed_at = certs.signing_time(signer_info)
        cert = certs.find_signer_cert(signed_data, signer_info)
    except Exception as exc:  # asn1crypto raises many types for hostile DER
        log.info("unreadable CMS signature: %s", exc)
        out.findings.append(
            Finding.fail(
                FORMAT_FAILURE,
                f"Il file di firma META-INF/signature001.p7s non è una firma CMS/CAdES leggibile ({exc})",
                f"META-INF/signature001.p7s is not a readable CMS/CAdES signature ({exc})",
            )
        )
        return out
    if cert is None:
        out.findings.append(
            Finding.indeterminate(
                NO_SIGNING_CERTIFICATE_FOUND,
                "La firma non contiene il certificato del firmatario",
                "The signature does not contain the signer's certificate",
            )
        )
        return out
    out.signer_cert = cert
    try:
        binding = certs.check_signing_certificate_attr(signer_info, cert)
    except Exception as exc:
        binding = Finding.indeterminate(
            NO_SIGNING_CERTIFICATE_FOUND,
            f"Attributo signing-certificate-v2 illeggibile ({exc})",
            f"Unreadable signing-certificate-v2 attribute ({exc})",
        )
    if binding is not None:
        out.findings.append(binding)
    try:
        status = asyncio.run(
            async_validate_detached_cms(
                manifest,
                signed_data,
                signer_validation_context=context,
                key_usage_settings=SIGNING_USAGE,
            )
        )
    except Exception as exc:  # pyHanko refuses unsupported algorithms or inconsistent structures
        log.info("CMS validation failed: %s", exc)
        finding = _refusal(exc)
        if binding is None or finding.sub_indication != binding.sub_indication:
            out.findings.append(finding)
        return out
    if not status.intact:
        out.findings.append(
            Finding.fail(
                SIG_CRYPTO_FAILURE,
                "La firma non corrisponde al manifesto ASiC: il manifesto è stato alterato o la firma "
                "proviene da un altro pacchetto",
                "The signature does not match the ASiC manifest: the manifest was altered or the signature "
                "comes from another package",
            )
        )
    elif not status.valid:
        out.findings.append(
            Finding.fail(
                SIG_CRYPTO_FAILURE,
                "Il valore di firma non è valido per il certificato del firmatario",
                "The signature value is not valid for the signer's certificate",
            )
        )
    validity = certs.check_validity(cert, out.signed_at, now)
    trust = _trust_finding(status, validity is not None)
    out.findings += [f for f in (trust, validity) if f is not None]
    if out.signed_at is not None and (out.signed_at - now).total_seconds() > 300:
        out.findings.append(
            Finding.note(
                "L'ora di firma dichiarata è nel futuro rispetto all'orologio di questo computer",
                "The claimed signing time is in the future according to this computer's clock",
            )
        )
    return out

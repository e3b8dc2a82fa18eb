"""A CAdES detached signature over its ASiC manifest (FORMATS.md §2), and the signer's trust path.

pyHanko checks the mathematics (``validate_sig_integrity``) and builds the chain
(``validate_cert_usage``); the binding of the certificate (signing-certificate-v2) and its validity at
the signing time are checked here, so each failure gets its own sub-indication.

The CMS is parsed once and never re-serialised. The chain of a certificate is validated once per
process and trust set (:class:`PathCache`): fifty packages by the same signer build one path, and
the PDF's PAdES signature, which must be by the same certificate, reuses it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from asn1crypto import cms, x509
from cryptography.exceptions import InvalidSignature
from pyhanko.sign.general import find_unique_cms_attribute
from pyhanko.sign.validation.generic_cms import validate_cert_usage
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator.sig_validate import DefaultSignatureValidator, SignatureValidationContext

from hubdesk.verify import certs
from hubdesk.verify.trust import TrustAnchors, validation_context
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


_STRONG_DIGESTS = {"sha256", "sha384", "sha512", "sha3_256", "sha3_384", "sha3_512"}


@dataclass(frozen=True, slots=True)
class PathOutcome:
    """What validating a certificate's chain concluded (independent of any one signature)."""

    indic: Any  # pyHanko AdESFailure / AdESIndeterminate, or None when the chain is trusted
    path: Any  # ValidationPath or None
    revoked: bool


class PathCache:
    """Chain validation results keyed by certificate, embedded certificates, trust set and minute."""

    def __init__(self) -> None:
        self._results: dict[tuple[Any, ...], PathOutcome] = {}
        self.misses = 0

    def outcome(
        self, cert: x509.Certificate, others: Sequence[x509.Certificate], trust: TrustAnchors, now: datetime
    ) -> PathOutcome:
        key = (
            hashlib.sha256(cert.dump()).digest(),
            tuple(sorted(hashlib.sha256(c.dump()).digest() for c in others)),
            trust.key,
            now.replace(second=0, microsecond=0),
        )
        found = self._results.get(key)
        if found is None:
            self.misses += 1
            found = asyncio.run(_validate_path(cert, others, trust, now))
            if len(self._results) > 1000:
                self._results.clear()
            self._results[key] = found
        return found


PROCESS_CACHE = PathCache()


async def _validate_path(
    cert: x509.Certificate, others: Sequence[x509.Certificate], trust: TrustAnchors, now: datetime
) -> PathOutcome:
    context = validation_context(trust.roots, moment=now)  # fresh: embedded certificates stay per package
    context.certificate_registry.register_multiple(list(others))
    result = await validate_cert_usage(
        cert,
        context,
        key_usage_settings=SIGNING_USAGE,
        paths=context.path_builder.async_build_paths_lazy(cert),
    )
    path = result.success_result or result.error_path
    return PathOutcome(result.error_subindic, path, result.revo_details is not None)


@dataclass
class CadesResult:
    findings: list[Finding] = field(default_factory=list)
    signer_cert: x509.Certificate | None = None
    signed_at: datetime | None = None
    path: PathOutcome | None = None


def _parse(signature: bytes) -> tuple[cms.SignedData, cms.SignerInfo]:
    info = cms.ContentInfo.load(signature, strict=True)
    if info["content_type"].native != "signed_data":
        raise ValueError("not a CMS SignedData")
    signed_data = info["content"]
    eci = signed_data["encap_content_info"]
    if eci["content_type"].native != "data":
        raise ValueError("the signed content type is not id-data")
    if eci["content"].native is not None:
        raise ValueError("the signature is not detached")
    if len(signed_data["signer_infos"]) != 1:
        raise ValueError("exactly one SignerInfo expected")
    return signed_data, signed_data["signer_infos"][0]


def other_certs(signed_data: cms.SignedData, signer: x509.Certificate) -> list[x509.Certificate]:
    out = []
    for choice in signed_data["certificates"] or []:
        if choice.name == "certificate" and choice.chosen.dump() != signer.dump():
            out.append(choice.chosen)
    return out


def trust_finding(outcome: PathOutcome, time_explained: bool) -> Finding | None:
    """NO_CERTIFICATE_CHAIN_FOUND / REVOKED / other chain problems, if any.

    A time-related chain problem is dropped only when ``check_validity`` already explained it.
    """
    indic = outcome.indic
    if outcome.revoked or (indic is not None and indic.name.startswith("REVOKED")):
        return Finding.fail(
            REVOKED, "Il certificato del firmatario è revocato", "The signer's certificate is revoked"
        )
    if indic is None and outcome.path is not None:
        return None
    if indic is not None and time_explained and indic.name in _TIME_INDICATIONS and outcome.path is not None:
        return None
    if indic is None or indic.name == NO_CERTIFICATE_CHAIN_FOUND or outcome.path is None:
        return Finding.indeterminate(
            NO_CERTIFICATE_CHAIN_FOUND,
            "Il certificato del firmatario non è riconducibile a nessuna delle autorità attendibili "
            "configurate",
            "The signer's certificate does not chain to any of the configured trusted authorities",
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


def _signed_attr_bytes(signer_info: cms.SignerInfo) -> bytes:
    """The DER the signature covers: the signed attributes as received, re-tagged as SET OF.

    The original bytes are used (no re-serialisation of the structure: faster, and exactly what the
    signer hashed).
    """
    attrs = signer_info["signed_attrs"]
    # asn1crypto keeps the bytes it parsed in _header/_contents; dump() would sort and re-encode the
    # SET OF (milliseconds per signature), and for DER input gives the same bytes.
    header, contents = getattr(attrs, "_header", None), getattr(attrs, "_contents", None)
    if not isinstance(header, bytes) or not isinstance(contents, bytes):
        header, contents = b"", attrs.dump()
        header, contents = contents[: len(contents) - len(attrs.contents)], attrs.contents
    if not header or header[0] != 0xA0:
        raise ValueError("signed attributes missing")
    return b"\x31" + header[1:] + contents


def signature_integrity(
    signer_info: cms.SignerInfo, cert: x509.Certificate, actual_digest: bytes
) -> tuple[bool, bool]:
    """``(intact, valid)``: the message-digest attribute matches the data; the signature value verifies."""
    attrs = signer_info["signed_attrs"]
    if find_unique_cms_attribute(attrs, "content_type").native != "data":
        raise ValueError("the signed content type is not id-data")
    embedded = find_unique_cms_attribute(attrs, "message_digest").native
    try:
        DefaultSignatureValidator().validate_signature(
            signer_info["signature"].native,
            _signed_attr_bytes(signer_info),
            cert.public_key,
            signer_info["signature_algorithm"],
            context=SignatureValidationContext(
                contextual_md_algorithm=signer_info["digest_algorithm"]["algorithm"].native, prehashed=False
            ),
        )
        valid = True
    except InvalidSignature:
        valid = False
    return embedded == actual_digest, valid


def check_integrity(signer_info: cms.SignerInfo, cert: x509.Certificate, digest_of: Any) -> Finding | None:
    """Digest algorithm strength, message digest and signature value: None when all are sound."""
    algorithm = signer_info["digest_algorithm"]["algorithm"].native
    if algorithm not in _STRONG_DIGESTS:
        return Finding.fail(
            SIG_CRYPTO_FAILURE,
            f"Algoritmo di impronta non ammesso nella firma ({algorithm})",
            f"Digest algorithm not allowed in the signature ({algorithm})",
        )
    intact, valid = signature_integrity(signer_info, cert, digest_of(algorithm))
    if not intact:
        return Finding.fail(
            SIG_CRYPTO_FAILURE,
            "La firma non corrisponde ai dati firmati: sono stati alterati o la firma proviene da un altro "
            "pacchetto",
            "The signature does not match the signed data: it was altered or the signature comes from "
            "another package",
        )
    if not valid:
        return Finding.fail(
            SIG_CRYPTO_FAILURE,
            "Il valore di firma non è valido per il certificato del firmatario",
            "The signature value is not valid for the signer's certificate",
        )
    return None


def verify_cades(
    manifest: bytes,
    signature: bytes,
    trust: TrustAnchors,
    *,
    now: datetime | None = None,
    file: str = "META-INF/signature001.p7s",
    cache: PathCache | None = None,
) -> CadesResult:
    """Check ``signature`` (DER CMS) over the exact ``manifest`` bytes, and the signer's chain."""
    now = now or datetime.now(UTC)
    cache = cache or PROCESS_CACHE
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
                f"Il file di firma {file} non è una firma CMS/CAdES leggibile ({exc})",
                f"{file} is not a readable CMS/CAdES signature ({exc})",
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
        crypto = check_integrity(signer_info, cert, lambda alg: hashlib.new(alg, manifest).digest())
        out.path = cache.outcome(cert, other_certs(signed_data, cert), trust, now)
    except Exception as exc:  # pyHanko refuses unsupported algorithms or inconsistent structures
        log.info("CMS validation failed: %s", exc)
        out.findings.append(_refusal(exc))
        return out
    if crypto is not None:
        out.findings.append(crypto)
        return out
    validity = certs.check_validity(cert, out.signed_at, now)
    found = trust_finding(out.path, validity is not None)
    out.findings += [f for f in (found, validity) if f is not None]
    if out.signed_at is not None and (out.signed_at - now).total_seconds() > 300:
        out.findings.append(
            Finding.note(
                "L'ora di firma dichiarata è nel futuro rispetto all'orologio di questo computer",
                "The claimed signing time is in the future according to this computer's clock",
            )
        )
    return out

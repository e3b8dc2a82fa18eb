"""The proposal PDF's own PAdES signature (FORMATS.md §2: proposta.pdf, signed by the same signer).

The manifest already covers the PDF's bytes; this check catches a PDF replaced by one that somebody
else signed (with the manifest re-signed by the trusted signer): the reviewer would read a document
the municipality never signed. So the PDF must carry exactly one PAdES signature, covering the whole
file, intact, bound to its certificate, and made with the very certificate that signed the package;
that certificate's chain was validated once for the CAdES signature and is not validated again.

The signature is located directly in the bytes (one ``/ByteRange [0 a b c]`` that covers the whole
file but the ``/Contents`` hole): a full PDF parse costs more than the rest of a verification, and
a signature whose byte range is the entire file leaves no room for changes after signing.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field

from asn1crypto import cms, x509

from hubdesk.verify import certs
from hubdesk.verify.cades import check_integrity
from hubdesk.verify.verdict import FORMAT_FAILURE, HASH_FAILURE, SIG_CRYPTO_FAILURE, Finding

log = logging.getLogger("hubdesk.verify")
_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[\s*(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s+(\d{1,12})\s*\]")
_SUBFILTER = re.compile(rb"/SubFilter\s*/(ETSI\.CAdES\.detached|adbe\.pkcs7\.detached)")
_HEX = re.compile(rb"[0-9A-Fa-f]*")


@dataclass
class PadesResult:
    """``status`` overrides the PDF's file status (MODIFIED / UNSIGNED) when the PDF signature fails."""

    findings: list[Finding] = field(default_factory=list)
    status: str | None = None
    signer_cert: x509.Certificate | None = None


def _fail(out: PadesResult, sub: str, status: str, it: str, en: str) -> PadesResult:
    out.findings.append(Finding.fail(sub, it, en))
    out.status = status
    return out


class _Refused(Exception):
    def __init__(self, sub: str, status: str, it: str, en: str) -> None:
        super().__init__(en)
        self.args4 = (sub, status, it, en)


def _locate(pdf: bytes) -> tuple[bytes, bytes]:
    """``(signed bytes, DER CMS)`` of the PDF's single signature covering the whole file."""
    if not pdf.startswith(b"%PDF-"):
        raise _Refused(FORMAT_FAILURE, "MODIFIED", "proposta.pdf non è un PDF", "proposta.pdf is not a PDF")
    ranges = list(_BYTE_RANGE.finditer(pdf))
    if not ranges:
        raise _Refused(
            FORMAT_FAILURE,
            "UNSIGNED",
            "proposta.pdf non contiene la firma PAdES richiesta",
            "proposta.pdf lacks the required PAdES signature",
        )
    if len(ranges) != 1 or len(_SUBFILTER.findall(pdf)) != 1:
        raise _Refused(
            FORMAT_FAILURE,
            "MODIFIED",
            "proposta.pdf deve contenere una sola firma PAdES",
            "proposta.pdf must carry exactly one PAdES signature",
        )
    a, b, c, d = (int(x) for x in ranges[0].groups())
    if a != 0 or not 0 < b < c or c + d != len(pdf) or pdf[b : b + 1] != b"<" or pdf[c - 1 : c] != b">":
        raise _Refused(
            HASH_FAILURE,
            "MODIFIED",
            "La firma PAdES di proposta.pdf non copre l'intero documento: contiene modifiche successive",
            "The PAdES signature of proposta.pdf does not cover the whole document: it was changed after",
        )
    hex_digits = pdf[b + 1 : c - 1]
    if len(hex_digits) % 2 or not _HEX.fullmatch(hex_digits):
        raise _Refused(
            FORMAT_FAILURE,
            "MODIFIED",
            "Firma PAdES illeggibile in proposta.pdf",
            "Unreadable PAdES signature",
        )
    der = bytes.fromhex(hex_digits.decode("ascii"))
    return pdf[:b] + pdf[c:], der


def verify_pades(pdf: bytes, cades_signer: x509.Certificate | None) -> PadesResult:
    out = PadesResult()
    try:
        signed, der = _locate(pdf)
        info = cms.ContentInfo.load(der, strict=False)
        if der[len(info.dump()) :].strip(b"\x00"):
            raise ValueError("data after the CMS in /Contents")
        if info["content_type"].native != "signed_data":
            raise ValueError("not a CMS SignedData")
        signed_data = info["content"]
        if len(signed_data["signer_infos"]) != 1:
            raise ValueError("exactly one SignerInfo expected")
        signer_info = signed_data["signer_infos"][0]
        cert = certs.find_signer_cert(signed_data, signer_info)
        if cert is None:
            raise ValueError("signer certificate missing")
        return _check(out, signed, signer_info, cert, cades_signer)
    except _Refused as exc:
        return _fail(out, *exc.args4)
    except Exception as exc:  # hostile DER or PDF bytes
        log.info("PDF signature validation failed: %s", exc)
        return _fail(
            out,
            SIG_CRYPTO_FAILURE,
            "MODIFIED",
            f"La firma PAdES di proposta.pdf non può essere verificata ({exc})",
            f"The PAdES signature of proposta.pdf cannot be verified ({exc})",
        )


def _check(
    out: PadesResult,
    signed: bytes,
    signer_info: cms.SignerInfo,
    cert: x509.Certificate,
    cades_signer: x509.Certificate | None,
) -> PadesResult:
    out.signer_cert = cert
    if cades_signer is not None and cert.dump() != cades_signer.dump():
        return _fail(
            out,
            FORMAT_FAILURE,
            "MODIFIED",
            "proposta.pdf è firmato da un certificato diverso da quello che firma il pacchetto "
            f"({certs.signer_identity(cert)[0]}): il documento non è quello firmato dal firmatario",
            "proposta.pdf is signed with a different certificate from the package signature "
            f"({certs.signer_identity(cert)[0]}): it is not the document the signer signed",
        )
    binding = certs.check_signing_certificate_attr(signer_info, cert)
    if binding is not None:
        out.findings.append(binding)
    crypto = check_integrity(signer_info, cert, lambda alg: hashlib.new(alg, signed).digest())
    if crypto is not None:
        sub = HASH_FAILURE if "non corrisponde" in crypto.problem.it else SIG_CRYPTO_FAILURE
        return _fail(
            out,
            sub,
            "MODIFIED",
            "La firma PAdES di proposta.pdf non corrisponde al documento o non è valida",
            "The PAdES signature of proposta.pdf does not match the document or is invalid",
        )
    return out

"""The proposal PDF's own PAdES signature (FORMATS.md §2: proposta.pdf, signed by the same signer).

The manifest already covers the PDF's bytes; this check catches a PDF replaced by one that somebody
else signed (with the manifest re-signed by the trusted signer): the reviewer would read a document
the municipality never signed. So the PDF must carry exactly one PAdES signature, covering the whole
file, intact, bound to its certificate, and made with the very certificate that signed the package;
that certificate's chain was validated once for the CAdES signature and is not validated again.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field

from asn1crypto import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation.status import SignatureCoverageLevel

from hubdesk.verify import certs
from hubdesk.verify.cades import check_integrity
from hubdesk.verify.verdict import FORMAT_FAILURE, HASH_FAILURE, SIG_CRYPTO_FAILURE, Finding

log = logging.getLogger("hubdesk.verify")
_HARMLESS = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES)
_SUBFILTERS = ("/ETSI.CAdES.detached", "/adbe.pkcs7.detached")


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


def verify_pades(pdf: bytes, cades_signer: x509.Certificate | None) -> PadesResult:
    out = PadesResult()
    try:
        signatures = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures
    except Exception as exc:  # a hostile PDF can break the parser in many ways
        log.info("unreadable PDF: %s", exc)
        return _fail(
            out,
            FORMAT_FAILURE,
            "MODIFIED",
            f"proposta.pdf non è un PDF leggibile ({exc})",
            f"proposta.pdf is not a readable PDF ({exc})",
        )
    if not signatures:
        return _fail(
            out,
            FORMAT_FAILURE,
            "UNSIGNED",
            "proposta.pdf non contiene la firma PAdES richiesta",
            "proposta.pdf lacks the required PAdES signature",
        )
    if len(signatures) != 1:
        return _fail(
            out,
            FORMAT_FAILURE,
            "MODIFIED",
            f"proposta.pdf contiene {len(signatures)} firme invece di una sola",
            f"proposta.pdf carries {len(signatures)} signatures instead of one",
        )
    try:
        return _check(out, signatures[0], cades_signer)
    except Exception as exc:
        log.info("PDF signature validation failed: %s", exc)
        return _fail(
            out,
            SIG_CRYPTO_FAILURE,
            "MODIFIED",
            f"La firma PAdES di proposta.pdf non può essere verificata ({exc})",
            f"The PAdES signature of proposta.pdf cannot be verified ({exc})",
        )


def _check(out: PadesResult, sig: object, cades_signer: x509.Certificate | None) -> PadesResult:
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    assert isinstance(sig, EmbeddedPdfSignature)
    if sig.sig_object_type != "/Sig" or str(sig.sig_object.get("/SubFilter")) not in _SUBFILTERS:
        return _fail(
            out,
            FORMAT_FAILURE,
            "MODIFIED",
            "La firma di proposta.pdf non è una firma PAdES",
            "The signature of proposta.pdf is not a PAdES signature",
        )
    cert = sig.signer_cert
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
    binding = certs.check_signing_certificate_attr(sig.signer_info, cert)
    if binding is not None:
        out.findings.append(binding)
    crypto = check_integrity(sig.signer_info, cert, lambda alg: sig.compute_digest(alg))
    if crypto is not None:
        sub = HASH_FAILURE if "non corrisponde" in crypto.problem.it else SIG_CRYPTO_FAILURE
        return _fail(
            out,
            sub,
            "MODIFIED",
            "La firma PAdES di proposta.pdf non corrisponde al documento o non è valida",
            "The PAdES signature of proposta.pdf does not match the document or is invalid",
        )
    sig.compute_integrity_info()
    info = sig.summarise_integrity_info()
    level = sig.diff_result.modification_level if sig.diff_result is not None else None
    if info.get("coverage") != SignatureCoverageLevel.ENTIRE_FILE or (
        level is not None and level not in _HARMLESS
    ):
        return _fail(
            out,
            HASH_FAILURE,
            "MODIFIED",
            "proposta.pdf contiene modifiche aggiunte dopo la firma PAdES",
            "proposta.pdf contains changes added after its PAdES signature",
        )
    return out

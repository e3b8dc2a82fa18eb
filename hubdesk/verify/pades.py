"""The proposal PDF's own PAdES signature (FORMATS.md §2: proposta.pdf, signed by the same signer).

The manifest already covers the PDF's bytes; this check catches a PDF that was altered and then
re-packaged, and tells the reviewer that the document they will read is the one that was signed.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field

from asn1crypto import x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from hubdesk.verify.cades import SIGNING_USAGE
from hubdesk.verify.verdict import FORMAT_FAILURE, HASH_FAILURE, SIG_CRYPTO_FAILURE, Finding

log = logging.getLogger("hubdesk.verify")
_HARMLESS = (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES)


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


def verify_pades(
    pdf: bytes, context: ValidationContext, cades_signer: x509.Certificate | None
) -> PadesResult:
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
    for sig in signatures:
        try:
            status = validate_pdf_signature(sig, context, key_usage_settings=SIGNING_USAGE)
        except Exception as exc:
            log.info("PDF signature validation failed: %s", exc)
            return _fail(
                out,
                SIG_CRYPTO_FAILURE,
                "MODIFIED",
                f"La firma PAdES di proposta.pdf non può essere verificata ({exc})",
                f"The PAdES signature of proposta.pdf cannot be verified ({exc})",
            )
        if not status.intact:
            return _fail(
                out,
                HASH_FAILURE,
                "MODIFIED",
                "proposta.pdf è stato modificato dopo la firma PAdES (impronta diversa)",
                "proposta.pdf was modified after its PAdES signature (digest mismatch)",
            )
        if not status.valid:
            return _fail(
                out,
                SIG_CRYPTO_FAILURE,
                "MODIFIED",
                "La firma PAdES di proposta.pdf non è valida crittograficamente",
                "The PAdES signature of proposta.pdf is cryptographically invalid",
            )
        if status.modification_level is not None and status.modification_level not in _HARMLESS:
            return _fail(
                out,
                HASH_FAILURE,
                "MODIFIED",
                "proposta.pdf contiene modifiche aggiunte dopo la firma PAdES",
                "proposta.pdf contains changes added after its PAdES signature",
            )
        out.signer_cert = out.signer_cert or status.signing_cert
        if cades_signer is not None and status.signing_cert.dump() != cades_signer.dump():
            out.findings.append(
                Finding.note(
                    "proposta.pdf è firmato da un certificato diverso da quello che firma il pacchetto",
                    "proposta.pdf is signed with a different certificate from the package signature",
                )
            )
        elif not status.trusted and cades_signer is None:
            out.findings.append(
                Finding.note(
                    "La firma PAdES di proposta.pdf è integra ma il certificato non è attendibile",
                    "The PAdES signature of proposta.pdf is intact but its certificate is not trusted",
                )
            )
    return out

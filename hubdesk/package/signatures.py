"""The two signatures of the package: PAdES B-B inside the PDF and CAdES-BES over the manifest."""

from __future__ import annotations

import asyncio
import io

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.signers import Signer

from hubdesk.signing import SigningError

FIELD_NAME = "FirmaLegaleRappresentante"


def sign_pdf(
    pdf: bytes, signer: Signer, *, reason: str = "Proposta progettuale", location: str = ""
) -> bytes:
    """PAdES baseline B-B (ETSI.CAdES.detached), invisible, SHA-256; the original bytes stay a prefix."""
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location or None,
    )
    out = io.BytesIO()
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        signers.PdfSigner(meta, signer=signer).sign_pdf(writer, output=out)
    except SigningError:
        raise
    except Exception as exc:  # token and crypto libraries raise many unrelated types
        raise SigningError(f"Firma del PDF non riuscita: {exc}", f"PDF signing failed: {exc}") from exc
    return out.getvalue()


def sign_detached_cades(data: bytes, signer: Signer) -> bytes:
    """DER CMS SignedData, detached, with signing-certificate-v2 (CAdES-BES) over ``data``."""
    try:
        content_info = asyncio.run(
            signer.async_sign_general_data(io.BytesIO(data), "sha256", detached=True, use_cades=True)
        )
    except Exception as exc:
        raise SigningError(
            f"Firma del manifesto non riuscita: {exc}", f"Manifest signing failed: {exc}"
        ) from exc
    der: bytes = content_info.dump()
    return der

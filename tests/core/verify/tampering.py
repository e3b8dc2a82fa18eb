"""Tools to tamper with copies of real packages: rewrite the ZIP, re-sign the manifest."""

from __future__ import annotations

import asyncio
import hashlib
import io
import shutil
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from asn1crypto import cms, tsp, x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from pyhanko.sign.signers import SimpleSigner
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

from hubdesk.package import names as N
from hubdesk.package.manifest import build_manifest, parse_manifest


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def write_zip(path: Path, items: dict[str, bytes]) -> Path:
    """A ZIP with ``mimetype`` first and stored, like a real package; other entries deflated."""
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in items.items():
            kind = zipfile.ZIP_STORED if name == N.MIMETYPE else zipfile.ZIP_DEFLATED
            zf.writestr(zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0)), data, compress_type=kind)
    return path


def sign(
    data: bytes, signer: SimpleSigner, *, signing_time: datetime | None = None, cades: bool = True
) -> bytes:
    attrs = PdfCMSSignedAttributes(signing_time=signing_time) if signing_time else None
    info = asyncio.run(
        signer.async_sign_general_data(
            io.BytesIO(data),
            "sha256",
            detached=True,
            use_cades=cades,
            signed_attr_settings=attrs,
        )
    )
    return info.dump()


def _media_type(name: str) -> str:
    return {"json": "application/json", "pdf": "application/pdf", "png": "image/png"}.get(
        name.rpartition(".")[2], "application/octet-stream"
    )


def resigned_manifest(items: dict[str, bytes]) -> bytes:
    """The manifest recomputed over the entries it references (so edits keep matching digests)."""
    _sig, refs = parse_manifest(items[N.MANIFEST])
    return build_manifest([(n, _media_type(n), hashlib.sha256(items[n]).digest()) for n in refs])


def unsigned_pdf(signed: bytes) -> bytes:
    """The PDF as it was before its PAdES signature (the signature is an incremental update)."""
    end = signed.index(b"%%EOF") + len(b"%%EOF")
    return signed[: end + 1] if signed[end : end + 1] == b"\n" else signed[:end]


def resign_pdf(signed: bytes, signer: SimpleSigner) -> bytes:
    from hubdesk.package.signatures import sign_pdf

    return sign_pdf(unsigned_pdf(signed), signer)


def tamper(
    src: Path,
    dst: Path,
    *,
    replace: dict[str, bytes | None] | None = None,
    resign: SimpleSigner | None = None,
    pdf_too: bool = True,
    **sign_kw: Any,
) -> Path:
    """Copy ``src`` to ``dst`` with entries replaced (None removes), optionally re-signing the manifest.

    ``resign`` re-signs like a full rebuild by that signer: the PDF too, unless ``pdf_too`` is False
    (then the PDF keeps its original PAdES signature).
    """
    items = entries(src)
    for name, data in (replace or {}).items():
        if data is None:
            items.pop(name, None)
        else:
            items[name] = data
    if resign is not None and pdf_too and N.PROPOSAL_PDF in items and N.PROPOSAL_PDF not in (replace or {}):
        items[N.PROPOSAL_PDF] = resign_pdf(items[N.PROPOSAL_PDF], resign)
    if resign is not None:
        items[N.MANIFEST] = resigned_manifest(items)
        items[N.SIGNATURE] = sign(items[N.MANIFEST], resign, **sign_kw)
    return write_zip(dst, items)


def copy(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    return dst


def sign_raw(data: bytes, key_der: bytes, cert_der: bytes, *, ess_cert_der: bytes | None = None) -> bytes:
    """A detached CMS built by hand, with signing-certificate-v2 only when ``ess_cert_der`` is given.

    pyHanko always adds signing-certificate-v2, so the cases "absent" and "names another certificate"
    need a signature assembled here (a real, valid RSA signature over the signed attributes).
    """
    cert = x509.Certificate.load(cert_der)
    attrs = [
        cms.CMSAttribute({"type": "content_type", "values": ["data"]}),
        cms.CMSAttribute({"type": "signing_time", "values": [cms.Time({"utc_time": datetime.now(UTC)})]}),
        cms.CMSAttribute({"type": "message_digest", "values": [hashlib.sha256(data).digest()]}),
    ]
    if ess_cert_der is not None:
        ess = tsp.SigningCertificateV2({"certs": [{"cert_hash": hashlib.sha256(ess_cert_der).digest()}]})
        attrs.append(cms.CMSAttribute({"type": "signing_certificate_v2", "values": [ess]}))
    signed_attrs = cms.CMSAttributes(attrs)
    key = serialization.load_der_private_key(key_der, password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    value = key.sign(signed_attrs.dump(), padding.PKCS1v15(), hashes.SHA256())
    signer_info = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                {
                    "issuer_and_serial_number": cms.IssuerAndSerialNumber(
                        {"issuer": cert.issuer, "serial_number": cert.serial_number}
                    )
                }
            ),
            "digest_algorithm": {"algorithm": "sha256"},
            "signed_attrs": signed_attrs,
            "signature_algorithm": {"algorithm": "rsassa_pkcs1v15"},
            "signature": value,
        }
    )
    signed_data = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [{"algorithm": "sha256"}],
            "encap_content_info": {"content_type": "data"},
            "certificates": [cert],
            "signer_infos": [signer_info],
        }
    )
    return cms.ContentInfo({"content_type": "signed_data", "content": signed_data}).dump()


def with_signature(src: Path, dst: Path, make_signature: Callable[[bytes], bytes]) -> Path:
    """Copy ``src`` with its signature replaced by ``make_signature(manifest bytes)``."""
    items = entries(src)
    items[N.SIGNATURE] = make_signature(items[N.MANIFEST])
    return write_zip(dst, items)


def other_ca_pem() -> bytes:
    """A self-signed CA that has nothing to do with the test PKI (EC: fast to make)."""
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = cx509.Name([cx509.NameAttribute(NameOID.COMMON_NAME, "Altra CA")])
    now = datetime.now(UTC)
    cert = (
        cx509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=9))
        .add_extension(cx509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)

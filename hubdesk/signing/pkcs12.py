"""Signer from a PKCS#12 file (.p12/.pfx), the software form of an Italian signing certificate."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from asn1crypto import keys, x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.sign.signers import SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore
from pyhanko_certvalidator.util import get_pyca_cryptography_hash

from hubdesk.fileio import FileReadError, FileTooLarge, read_bounded
from hubdesk.signing.certificates import check_certificate
from hubdesk.signing.errors import SigningError

MAX_P12_BYTES = 1024 * 1024  # a certificate file holds a key and a few certificates


def load_pkcs12_signer(path: str | Path, password: str, *, at: datetime | None = None) -> SimpleSigner:
    """Open ``path`` with ``password`` (any Unicode: encoded as UTF-8) and check its certificate."""
    p = Path(path)
    try:
        data = read_bounded(
            p, MAX_P12_BYTES, what=("per un certificato PKCS#12", "for a PKCS#12 certificate")
        )
    except FileTooLarge as exc:
        raise SigningError(exc.message_it, exc.message_en) from exc
    except FileReadError as exc:
        if not p.exists():
            raise SigningError(
                f"File del certificato non trovato: {p}", f"Certificate file not found: {p}"
            ) from exc
        raise SigningError(exc.message_it, exc.message_en) from exc
    secret = password.encode("utf-8") if password else None
    try:
        key, cert, _others = pkcs12.load_key_and_certificates(data, secret)
    except ValueError as exc:
        raise SigningError(
            "Password del certificato errata, oppure il file non è un PKCS#12 (.p12/.pfx) valido",
            "Wrong certificate password, or the file is not a valid PKCS#12 (.p12/.pfx)",
        ) from exc
    if key is None or cert is None:
        raise SigningError(
            "Il file PKCS#12 non contiene sia la chiave privata sia il certificato di firma",
            "The PKCS#12 file does not hold both a private key and a signing certificate",
        )
    # One decryption: the key and certificates opened above are handed to pyHanko as they are
    # (SimpleSigner.load_pkcs12_data would decrypt the file a second time).
    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    store = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    store.register_multiple(
        {x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in _others}
    )
    signer = KeyedSigner(
        signing_cert=x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        signing_key=keys.PrivateKeyInfo.load(der_key),
        cert_registry=store,
        loaded_key=key,
    )
    check_certificate(signer.signing_cert, at=at)
    return signer


class KeyedSigner(SimpleSigner):
    """A SimpleSigner that keeps the loaded private key: pyHanko's parses the key again at each
    signature (a package signs twice: the PDF and the manifest)."""

    def __init__(self, *args: Any, loaded_key: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._loaded_key = loaded_key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
        try:
            algo = mechanism.signature_algo
        except ValueError:
            algo = mechanism["algorithm"].native
        key = self._loaded_key
        if algo == "rsassa_pkcs1v15" and isinstance(key, RSAPrivateKey):
            return key.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))
        if algo == "ecdsa" and isinstance(key, EllipticCurvePrivateKey):
            return key.sign(data, ECDSA(get_pyca_cryptography_hash(digest_algorithm)))
        return super().sign_raw(data, digest_algorithm)  # other mechanisms: pyHanko's own path

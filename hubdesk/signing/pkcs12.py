"""Signer from a PKCS#12 file (.p12/.pfx), the software form of an Italian signing certificate."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.sign.signers import SimpleSigner

from hubdesk.fileio import FileReadError, FileTooLarge, read_bounded
from hubdesk.signing.certificates import check_certificate
from hubdesk.signing.errors import SigningError

MAX_P12_BYTES = 1024 * 1024  # a certificate file holds a key and a few certificates


def load_pkcs12_signer(path: str | Path, password: str, *, at: datetime | None = None) -> SimpleSigner:
    """Open ``path`` with ``password`` (any Unicode: encoded as UTF-8) and check its certificate."""
    p = Path(path)
    try:
        data = read_bounded(p, MAX_P12_BYTES)  # counted while reading: a device or a pipe too
    except FileTooLarge as exc:
        raise SigningError(
            f"Il file {p} è troppo grande per essere un certificato PKCS#12",
            f"The file {p} is too large to be a PKCS#12 certificate",
        ) from exc
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
    signer: SimpleSigner = SimpleSigner.load_pkcs12_data(data, other_certs=(), passphrase=secret)
    check_certificate(signer.signing_cert, at=at)
    return signer

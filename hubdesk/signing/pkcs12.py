"""Signer from a PKCS#12 file (.p12/.pfx), the software form of an Italian signing certificate."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.serialization import pkcs12
from pyhanko.sign.signers import SimpleSigner

from hubdesk.signing.certificates import check_certificate
from hubdesk.signing.errors import SigningError


def load_pkcs12_signer(path: str | Path, password: str, *, at: datetime | None = None) -> SimpleSigner:
    """Open ``path`` with ``password`` (any Unicode: encoded as UTF-8) and check its certificate."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise SigningError(
            f"File del certificato non trovato: {p}", f"Certificate file not found: {p}"
        ) from exc
    except OSError as exc:
        raise SigningError(
            f"Impossibile leggere {p}: {exc.strerror}", f"Cannot read {p}: {exc.strerror}"
        ) from exc
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

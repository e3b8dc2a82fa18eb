"""Trust anchors for verification: certificates the reviewer chooses, never the system store.

Verification is offline and must give the same answer on every reviewer's machine, so nothing is
trusted unless it was passed explicitly (an empty list means "no chain can be found").
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from asn1crypto import pem, x509
from pyhanko_certvalidator import ValidationContext

from hubdesk.errors import HubDeskError

MAX_TRUST_FILE_BYTES = 20 * 1024 * 1024


class TrustStoreError(HubDeskError):
    """A ``--trust`` file cannot be read or holds no certificate."""


def _certificates(data: bytes) -> list[x509.Certificate]:
    if pem.detect(data):
        ders = [der for kind, _headers, der in pem.unarmor(data, multiple=True) if kind == "CERTIFICATE"]
    else:
        ders = [data]
    certs = []
    for der in ders:
        cert = x509.Certificate.load(der, strict=True)
        cert.native  # noqa: B018  (parse everything now, not lazily in the middle of a verification)
        certs.append(cert)
    return certs


def load_trust_roots(paths: Iterable[str | Path]) -> list[x509.Certificate]:
    """Every certificate in the given PEM (one or many certificates) or DER files."""
    roots: list[x509.Certificate] = []
    for raw in paths:
        path = Path(raw)
        try:
            if path.stat().st_size > MAX_TRUST_FILE_BYTES:
                raise TrustStoreError(
                    f"File di certificati troppo grande: {path}", f"Certificate file too large: {path}"
                )
            data = path.read_bytes()
        except OSError as exc:
            raise TrustStoreError(
                f"Impossibile leggere il file di certificati {path}: {exc.strerror}",
                f"Cannot read certificate file {path}: {exc.strerror}",
            ) from exc
        try:
            found = _certificates(data)
        except Exception as exc:  # asn1crypto raises several types for malformed input
            raise TrustStoreError(
                f"Il file {path} non contiene certificati X.509 leggibili (PEM o DER)",
                f"{path} holds no readable X.509 certificate (PEM or DER)",
            ) from exc
        if not found:
            raise TrustStoreError(f"Nessun certificato nel file {path}", f"No certificate in {path}")
        roots.extend(found)
    return roots


def validation_context(trust_roots: Iterable[x509.Certificate]) -> ValidationContext:
    """Offline context: no fetching, unknown revocation status tolerated (there is nothing to ask)."""
    return ValidationContext(trust_roots=list(trust_roots), allow_fetching=False, revocation_mode="soft-fail")

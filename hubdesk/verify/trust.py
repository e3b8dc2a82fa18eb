"""Trust anchors for verification: certificates the reviewer chooses, never the system store.

Verification is offline and must give the same answer on every reviewer's machine, so nothing is
trusted unless it was passed explicitly (an empty list means "no chain can be found").
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from asn1crypto import pem, x509
from pyhanko_certvalidator import ValidationContext

from hubdesk.errors import HubDeskError
from hubdesk.fileio import FileReadError, FileTooLarge, read_bounded

MAX_TRUST_FILE_BYTES = 20 * 1024 * 1024
_WHAT = ("per un file di certificati", "for a certificate file")


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
            data = read_bounded(path, MAX_TRUST_FILE_BYTES, what=_WHAT)  # counted while reading
        except FileTooLarge as exc:
            raise TrustStoreError(exc.message_it, exc.message_en) from exc
        except FileReadError as exc:
            raise TrustStoreError(
                f"Impossibile leggere il file di certificati {path}: {exc.message_it}",
                f"Cannot read certificate file {path}: {exc.message_en}",
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


def fingerprint(cert: x509.Certificate) -> str:
    """SHA-256 of the DER certificate, lowercase hex (how ``trust remove`` names a certificate)."""
    return hashlib.sha256(cert.dump()).hexdigest()


@dataclass(frozen=True)
class TrustAnchors:
    """The certificates a verdict relied on, where they came from and how current they are.

    ``source`` names the origin ("--trust ca.pem", "archivio fiduciario", a trusted list's name);
    ``as_of`` is the trusted list's issue date or the day the store was last changed (ISO date).
    """

    roots: tuple[x509.Certificate, ...]
    source: str = "--trust"
    as_of: str | None = None
    key: tuple[str, ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", tuple(sorted(fingerprint(c) for c in self.roots)))

    @staticmethod
    def of(roots: Sequence[x509.Certificate] | TrustAnchors, source: str = "--trust") -> TrustAnchors:
        if isinstance(roots, TrustAnchors):
            return roots
        return TrustAnchors(tuple(roots), source if roots else "nessuna", None)

    def to_json(self) -> dict[str, str | None]:
        return {"source": self.source, "as_of": self.as_of}


def validation_context(
    trust_roots: Iterable[x509.Certificate], *, moment: datetime | None = None
) -> ValidationContext:
    """Offline context: no fetching, unknown revocation status tolerated (there is nothing to ask)."""
    return ValidationContext(
        trust_roots=list(trust_roots), allow_fetching=False, revocation_mode="soft-fail", moment=moment
    )

"""Signer sources (PKCS#12 file, PKCS#11 token) that give a checked pyHanko ``Signer``."""

from hubdesk.signing.certificates import certificate_summary, check_certificate, signer_summary
from hubdesk.signing.errors import SigningError
from hubdesk.signing.pkcs11 import close_signer, open_pkcs11_signer
from hubdesk.signing.pkcs12 import load_pkcs12_signer

__all__ = [
    "SigningError",
    "certificate_summary",
    "check_certificate",
    "close_signer",
    "load_pkcs12_signer",
    "open_pkcs11_signer",
    "signer_summary",
]

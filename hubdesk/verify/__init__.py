"""Reviewer-side verification of submission packages (Qt-free; the CLI and the reviewer UI share it).

Public API: :func:`verify_package`, :func:`verify_many` (both return :class:`PackageVerdict`),
:func:`load_trust_roots`, and the text/CSV renderers :func:`format_verdict`, :func:`write_csv`.

Verdict policy (ETSI EN 319 102-1 vocabulary, FORMATS.md §3):
- TOTAL_FAILED/FORMAT_FAILURE: not a readable or safe ASiC-E (not a ZIP, zip-slip, zip bomb, hostile
  XML, mimetype wrong), no signature at all, entries not covered by the manifest (UNSIGNED), PDF
  without its PAdES signature.
- TOTAL_FAILED/SIG_CRYPTO_FAILURE: the CMS does not match the manifest bytes (tampered manifest, or a
  signature taken from another package) or its signature value is wrong.
- TOTAL_FAILED/HASH_FAILURE: a signed entry MODIFIED or MISSING, or the PDF altered after its PAdES
  signature.
- TOTAL_FAILED/NOT_YET_VALID, REVOKED: certificate not valid yet at the claimed signing time; revoked.
- INDETERMINATE/SIGNED_DATA_NOT_FOUND: a signature file without the manifest it signs.
- INDETERMINATE/NO_SIGNING_CERTIFICATE_FOUND: signer certificate absent, or not bound by
  signing-certificate-v2.
- INDETERMINATE/NO_CERTIFICATE_CHAIN_FOUND: no chain to the ``--trust`` anchors (none by default).
- INDETERMINATE/EXPIRED: certificate expired at the claimed signing time, or expired since (a B-B
  signature has no timestamp proving it was made before expiry).
Rule errors never change the indication; they are counted and make ``verdict.passed`` false.
"""

from hubdesk.verify.engine import verify_many, verify_package
from hubdesk.verify.report import format_summary, format_verdict, write_csv
from hubdesk.verify.trust import TrustStoreError, load_trust_roots
from hubdesk.verify.verdict import (
    INDETERMINATE,
    MEANING,
    TOTAL_FAILED,
    TOTAL_PASSED,
    PackageVerdict,
    Problem,
)

__all__ = [
    "INDETERMINATE",
    "MEANING",
    "TOTAL_FAILED",
    "TOTAL_PASSED",
    "PackageVerdict",
    "Problem",
    "TrustStoreError",
    "format_summary",
    "format_verdict",
    "load_trust_roots",
    "verify_many",
    "verify_package",
    "write_csv",
]

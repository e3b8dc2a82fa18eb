"""Schema and call rules re-run on the dossier inside the package, on the package's own bytes.

ATT-001/ATT-002 compare each attachment record with the extracted file, so an attachment replaced
by a different file (even if re-signed) shows up as a rule error, not only as a digest problem.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from hubdesk.package.read import PackageContents
from hubdesk.package.zipio import CHUNK
from hubdesk.validation import AttachmentFacts, ValidationResult, sniff_media_type, validate_document


def _facts(path: Path) -> AttachmentFacts:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        sniffed = sniff_media_type(fh)
        fh.seek(0)
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return AttachmentFacts(size=size, sha256=digest.hexdigest(), sniffed_media_type=sniffed)


def attachment_facts(contents: PackageContents) -> dict[str, AttachmentFacts]:
    """Facts keyed by attachment id, for the attachments the package actually carries."""
    return {att_id: _facts(path) for att_id, path in contents.attachment_paths.items() if path.is_file()}


def check_rules(contents: PackageContents) -> ValidationResult:
    """``validate_document`` with the call profile the dossier names (the default one otherwise)."""
    return validate_document(contents.document, attachment_facts=attachment_facts(contents))

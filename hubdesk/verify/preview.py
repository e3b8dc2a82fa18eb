"""What the reviewer reads of a package: its dossier and signed PDF, read with the verifier's limits.

Only a container that passes the raw layout check is opened; sizes are bounded as in verification.
The caller shows these next to the verdict, never instead of it.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hubdesk.document import load_bytes
from hubdesk.package import names as N
from hubdesk.package.read import MAX_DOSSIER_BYTES
from hubdesk.package.zipio import read_entry
from hubdesk.verify.container import LayoutError, check_layout
from hubdesk.verify.structure import MAX_PDF_BYTES


@dataclass(frozen=True)
class Preview:
    document: dict[str, Any] | None
    pdf: bytes | None


def read_preview(path: str | Path) -> Preview:
    try:
        check_layout(path)
        with zipfile.ZipFile(path) as zf:
            entries = {i.filename: i for i in zf.infolist()}
            doc = pdf = None
            if N.DOSSIER in entries:
                try:
                    doc = load_bytes(read_entry(zf, entries[N.DOSSIER], MAX_DOSSIER_BYTES))
                except Exception:  # an unreadable dossier: the verdict already says why
                    doc = None
            if N.PROPOSAL_PDF in entries:
                pdf = read_entry(zf, entries[N.PROPOSAL_PDF], MAX_PDF_BYTES)
            return Preview(doc, pdf)
    except (LayoutError, zipfile.BadZipFile, OSError, ValueError):
        return Preview(None, None)
    except Exception:  # hostile input: nothing to show
        return Preview(None, None)

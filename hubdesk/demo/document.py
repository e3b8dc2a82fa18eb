"""Assemble the demo dossier document (FORMATS.md §1) from its parts and its generated files."""

from __future__ import annotations

import hashlib
from typing import Any

from hubdesk.demo import data, plan, texts
from hubdesk.demo.files import demo_attachment_files, specs
from hubdesk.document import CURRENT_FORMAT_VERSION, FORMAT


def _attachments() -> list[dict[str, Any]]:
    files = demo_attachment_files()
    records = []
    for spec in specs():
        content = files[spec.file_name]
        records.append(
            {
                "id": spec.id,
                "kind": spec.kind,
                "title": spec.title,
                "file_name": spec.file_name,
                "media_type": spec.media_type,
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
                "refers_to": spec.refers_to,
            }
        )
    return records


def demo_document() -> dict[str, Any]:
    """A complete, eligible dossier for the Comune di Bitonto; a fresh object on every call."""
    return {
        "format": FORMAT,
        "format_version": CURRENT_FORMAT_VERSION,
        "call": "puglia-hub-2019",
        "id": data.DEMO_DOSSIER_ID,
        "applicant": data.applicant(),
        "proposal": texts.proposal(),
        "properties": data.properties(),
        "partners": data.partners(),
        "activities": plan.activities(),
        "budget": plan.budget(),
        "indicators": plan.indicators(),
        "attachments": _attachments(),
    }

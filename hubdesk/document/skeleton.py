"""An empty but well-formed dossier document: where a new dossier starts."""

from __future__ import annotations

import uuid
from typing import Any

from hubdesk.document.canonical import CURRENT_FORMAT_VERSION, FORMAT


def new_document(
    call_id: str = "puglia-hub-2019",
    *,
    istat_code: str = "",
    name: str = "",
    population: int = 0,
    population_reference: str = "ISTAT, censimento 2011",
    dossier_id: str | None = None,
) -> dict[str, Any]:
    """Return a document with every required field present (texts empty, lists empty)."""
    return {
        "format": FORMAT,
        "format_version": CURRENT_FORMAT_VERSION,
        "call": call_id,
        "id": dossier_id or str(uuid.uuid4()),
        "applicant": {
            "istat_code": istat_code,
            "name": name,
            "fiscal_code": "",
            "pec": "",
            "population": population,
            "population_reference": population_reference,
            "joint_bat": False,
            "legal_representative": {"full_name": "", "role": "Sindaco", "fiscal_code": ""},
            "rup": {"full_name": "", "fiscal_code": "", "email": "", "phone": ""},
        },
        "proposal": {
            "title": "",
            "acronym": "",
            "hub_name": "",
            "summary": "",
            "objectives": "",
            "target_groups": [],
            "thematic_areas": [],
            "start_date": "2021-03-01",
            "duration_months": 30,
            "cup": None,
        },
        "properties": [],
        "partners": [],
        "activities": [],
        "budget": [],
        "indicators": [],
        "attachments": [],
    }

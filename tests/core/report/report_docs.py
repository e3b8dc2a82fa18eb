"""Documents for report tests and benchmarks: the demo dossier, scaled up to a ~40-page proposal."""

from __future__ import annotations

import copy
from typing import Any

from hubdesk.demo import demo_document

LONG = (
    "Il Comune promuove percorsi di co-progettazione con gli enti del Terzo settore, "
    "laboratori di comunità e servizi di prossimità accessibili a tutte le età. "
)


def large_document(activities: int = 60, lines_per_activity: int = 6) -> dict[str, Any]:
    """The demo dossier with many activities, budget lines and long texts (every field kept valid)."""
    doc = copy.deepcopy(demo_document())
    base_acts = doc["activities"]
    base_lines = doc["budget"]
    acts, lines = [], []
    for i in range(activities):
        act = copy.deepcopy(base_acts[i % len(base_acts)])
        act["id"] = f"ATT-{i + 1}"
        act["title"] = f"{act['title']} — lotto {i + 1}"
        act["description"] = act["description"] + " " + LONG * (1 + i % 4)
        act["start_month"] = 1 + i % 12
        act["end_month"] = min(act["start_month"] + 6 + i % 18, doc["proposal"]["duration_months"])
        acts.append(act)
        for j in range(lines_per_activity):
            line = copy.deepcopy(base_lines[(i + j) % len(base_lines)])
            line["id"] = f"VOC-{i + 1}-{j + 1}"
            line["activity"] = act["id"]
            line["description"] = f"{line['description']} (quota {j + 1} dell'attività {i + 1})"
            lines.append(line)
    doc["activities"], doc["budget"] = acts, lines
    doc["proposal"]["summary"] = doc["proposal"]["summary"] + "\n\n" + LONG * 8
    return doc

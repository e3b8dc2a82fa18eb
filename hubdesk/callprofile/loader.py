"""Load a call profile from ``resources/calls/<id>.json`` after checking it against its schema."""

from __future__ import annotations

import csv
import json
from functools import cache
from typing import Any

import jsonschema

from hubdesk.callprofile.model import CallProfile, Choice, Municipality
from hubdesk.paths import resource_path, schema_path

DEFAULT_CALL_ID = "puglia-hub-2019"


class CallProfileError(ValueError):
    """The requested call profile does not exist or is malformed."""


def _choices(items: list[dict[str, Any]]) -> dict[str, Choice]:
    out: dict[str, Choice] = {}
    for item in items:
        label = item.get("label", {})
        extra = {k: v for k, v in item.items() if k not in {"code", "label", "funds", "kind"}}
        out[item["code"]] = Choice(
            code=item["code"],
            label_it=label.get("it", item["code"]),
            label_en=label.get("en", label.get("it", item["code"])),
            funds=tuple(item.get("funds", ())),
            kind=item.get("kind", ""),
            extra=extra,
        )
    return out


def _municipalities(file_name: str) -> dict[str, Municipality]:
    path = resource_path("calls", file_name)
    with path.open(encoding="utf-8", newline="") as fh:
        return {
            row["istat_code"]: Municipality(
                istat_code=row["istat_code"],
                name=row["name"],
                province=row["province"],
                cadastral_code=row["cadastral_code"],
                population_2011=int(row["population_2011"]),
                provincial_capital=row["provincial_capital"] == "1",
            )
            for row in csv.DictReader(fh)
        }


@cache
def load_call_profile(call_id: str = DEFAULT_CALL_ID) -> CallProfile:
    """Return the (cached, immutable) profile for ``call_id``."""
    path = resource_path("calls", f"{call_id}.json")
    if not path.is_file():
        raise CallProfileError(f"Profilo di bando sconosciuto: {call_id!r}")
    raw = json.loads(path.read_text(encoding="utf-8"))
    schema = json.loads(schema_path("callprofile.schema.json").read_text(encoding="utf-8"))
    try:
        jsonschema.Draft202012Validator(schema).validate(raw)
    except jsonschema.ValidationError as exc:
        raise CallProfileError(f"Profilo di bando {call_id!r} non valido: {exc.message}") from exc
    return CallProfile(
        id=raw["id"],
        title_it=raw["title"]["it"],
        title_en=raw["title"]["en"],
        raw=raw,
        municipalities=_municipalities(raw["municipalities_file"]),
        funds=_choices(raw["funds"]),
        thematic_areas=_choices(raw["thematic_areas"]),
        cost_categories=_choices(raw["cost_categories"]),
        legal_forms=_choices(raw["legal_forms"]),
        runts_sections=_choices(raw["runts_sections"]),
        owner_kinds=_choices(raw["owner_kinds"]),
        availability_titles=_choices(raw["availability_titles"]),
        attachment_kinds=_choices(raw["attachment_kinds"]),
        accepted_media_types={m["media_type"]: tuple(m["extensions"]) for m in raw["accepted_media_types"]},
    )

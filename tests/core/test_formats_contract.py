"""The dossier format of docs/FORMATS.md section 1 against the JSON Schema the app validates with."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FORMATS_MD = ROOT / "docs" / "FORMATS.md"
SCHEMA = ROOT / "schemas" / "dossier.schema.json"


def _section_one_example() -> str:
    text = FORMATS_MD.read_text(encoding="utf-8")
    section = text.split("## 1.", 1)[1].split("\n## 2.", 1)[0]
    return section.split("```", 2)[1]


def _property_names(schema: Any) -> set[str]:
    names: set[str] = set()
    if isinstance(schema, dict):
        names |= set(schema.get("properties", {}))
        for value in schema.values():
            names |= _property_names(value)
    elif isinstance(schema, list):
        for value in schema:
            names |= _property_names(value)
    return names


def test_every_field_of_the_documented_example_is_in_the_schema() -> None:
    fields = set(re.findall(r'"([a-z_0-9]+)"\s*:', _section_one_example()))
    assert len(fields) > 40, "the example in FORMATS.md section 1 was not found"
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert fields - _property_names(schema) == set()


def test_the_document_top_level_is_the_documented_one() -> None:
    example = _section_one_example()
    top = re.findall(r'^  "([a-z_]+)"\s*:', example, re.M)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert top == list(schema["properties"])

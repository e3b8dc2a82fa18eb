"""The problems panel names fields the way an officer reads them, not as JSON Pointers."""

from __future__ import annotations

from typing import Any

import pytest

from ui.editor.field_labels import FIELDS, field_label


@pytest.mark.parametrize(
    ("pointer", "label"),
    [
        ("/applicant/rup/email", "RUP › E-mail"),
        ("/partners/2/fiscal_code", "Partner 3 › Fiscal code"),
        ("/activities/0/partners/1", "Activity 1 › Partners › no. 2"),
        ("/properties/1/cadastre/subordinate", "Property 2 › Cadastre › Subordinate"),
        ("/budget/12/category", "Budget line 13 › Category"),
        ("/budget", "Budget"),
        ("/proposal/cup", "CUP"),
        ("/not/a/field", "/not/a/field"),
    ],
)
def test_pointer_labels(qapp: Any, pointer: str, label: str) -> None:
    assert field_label(pointer) == label


def test_every_document_field_has_a_label() -> None:
    import json

    from hubdesk.paths import schema_path

    names: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "object":
                names.update(node.get("properties", {}))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(schema_path("dossier.schema.json").read_text(encoding="utf-8")))
    top_level = {
        "format",
        "format_version",
        "call",
        "applicant",
        "proposal",
        "properties",
        "partners",
        "activities",
        "budget",
        "indicators",
        "attachments",
    }
    assert names - top_level - set(FIELDS) == set()

"""New list items: one id policy and one template per list (hubdesk.document.ids / templates)."""

from __future__ import annotations

from hubdesk.callprofile import load_call_profile
from hubdesk.document.ids import ID_PREFIXES, next_id, next_id_in, next_ids
from hubdesk.document.patch import apply_ops
from hubdesk.document.skeleton import new_document
from hubdesk.document.templates import (
    new_activity,
    new_budget_line,
    new_indicator,
    new_partner,
    new_property,
)
from hubdesk.validation import schema_issues


def test_ids_follow_the_highest_number_and_never_reuse_a_removed_one() -> None:
    assert next_id([], "PAR") == "PAR-1"
    assert next_ids([{"id": "VOC-3"}, {"id": "VOC-12"}, {"id": "X"}], "VOC", 2) == ["VOC-13", "VOC-14"]
    assert next_id([{"id": "PAR-5"}], "PAR") == "PAR-6"  # PAR-1..4 were removed: not reused
    assert next_id([{"id": "PAR-1"}, "not a dict", {"id": "IMM-9"}], "PAR") == "PAR-2"
    assert next_id_in({"budget": [{"id": "VOC-2"}]}, "budget") == "VOC-3"
    assert next_id_in({}, "attachments") == "ALL-1"
    assert set(ID_PREFIXES) == {"properties", "partners", "activities", "budget", "indicators", "attachments"}


def test_every_template_makes_a_draft_the_schema_accepts() -> None:
    profile = load_call_profile()
    doc = new_document(istat_code="072029", name="Comune di Molfetta", population=59_000)
    doc["applicant"]["fiscal_code"] = "00306180720"
    steps = [
        ("properties", lambda d: new_property(d, profile)),
        ("partners", new_partner),
        ("activities", lambda d: new_activity(d, profile, "Nuova attività")),
        ("budget", lambda d: new_budget_line(d, profile)),
        ("budget", lambda d: new_budget_line(d, profile, d["budget"][0])),
        ("indicators", new_indicator),
    ]
    for section, make in steps:
        item = make(doc)
        assert item["id"] == next_id_in(doc, section)
        doc, _inverse = apply_ops(doc, [{"op": "add", "path": f"/{section}/-", "value": item}])
    assert [i.path for i in schema_issues(doc)] == []
    prop = doc["properties"][0]
    assert prop["cadastre"]["municipality_code"] == profile.municipalities["072029"].cadastral_code
    assert prop["owner"] == {"kind": "applicant", "name": "Comune di Molfetta", "fiscal_code": "00306180720"}
    activity = doc["activities"][0]
    assert (
        activity["fund"] == profile.grant_funds[0]
        and activity["end_month"] == doc["proposal"]["duration_months"]
    )
    first, second = doc["budget"]
    assert first["activity"] == activity["id"] and first["fund"] == activity["fund"]
    assert profile.category_allowed(first["fund"], first["category"])
    assert first["amount_cents"] == 0 and second["id"] == "VOC-2"

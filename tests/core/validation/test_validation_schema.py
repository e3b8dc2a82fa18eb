"""Schema layer: pointers of SCHEMA-001, fragments, enums vs the call profile, compiled = jsonschema."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from hubdesk.callprofile import load_call_profile
from hubdesk.validation import check_fragment, schema_issues, validate_document
from hubdesk.validation.schema import dossier_schema, jsonschema_errors
from tests.core.validation.conftest import BASE, only
from tests.synthetic import synthetic_dossier

Doc = dict[str, Any]


def test_base_is_schema_valid(base: Doc) -> None:
    assert schema_issues(base) == []
    assert jsonschema_errors(base) == []


@pytest.mark.parametrize(
    ("mutate", "pointer"),
    [
        (lambda d: d["partners"][0].update(nickname="x"), "/partners/0/nickname"),
        (lambda d: d.update(extra=1), "/extra"),
        (lambda d: d["budget"][2].update(amount_cents="100"), "/budget/2/amount_cents"),
        (lambda d: d["budget"][2].update(amount_cents=1.5), "/budget/2/amount_cents"),
        (lambda d: d["budget"][2].update(amount_cents=-1), "/budget/2/amount_cents"),
        (lambda d: d["applicant"]["rup"].pop("email"), "/applicant/rup/email"),
        (lambda d: d.pop("indicators"), "/indicators"),
        (lambda d: d["activities"][1].update(fund="FEASR"), "/activities/1/fund"),
        (lambda d: d["proposal"].update(start_date="2021-02-30"), "/proposal/start_date"),
        (
            lambda d: d["properties"][0]["availability"].update(valid_until="31/12/2030"),
            "/properties/0/availability/valid_until",
        ),
        (
            lambda d: d["proposal"].update(thematic_areas=["repurposing", "repurposing"]),
            "/proposal/thematic_areas",
        ),
        (lambda d: d.update(format_version=True), "/format_version"),
        (lambda d: d["applicant"].update(joint_bat=0), "/applicant/joint_bat"),
        (lambda d: d["partners"][1].update(runts_section="h"), "/partners/1/runts_section"),
        (lambda d: d["attachments"][0].update(sha256="AB" * 32), "/attachments/0/sha256"),
    ],
)
def test_broken_variants_point_at_the_value(base: Doc, mutate: Any, pointer: str) -> None:
    mutate(base)
    found = schema_issues(base)
    assert {i.path for i in found} == {pointer}
    assert found[0].rule == "SCHEMA-001" and found[0].severity == "error"
    result = validate_document(base)
    assert pointer in {i.path for i in only(result, "SCHEMA-001")}


def test_schema_messages_are_specific(base: Doc) -> None:
    base["proposal"]["start_date"] = "2021-02-30"
    base["activities"][0]["fund"] = "X"
    msgs = {i.path: i for i in schema_issues(base)}
    assert "AAAA-MM-GG" in msgs["/proposal/start_date"].message_it
    assert "FESR" in msgs["/activities/0/fund"].message_it


def test_non_object_document() -> None:
    assert [i.path for i in schema_issues([])] == [""]
    assert validate_document("text").errors >= 1


def test_schema_enums_equal_call_profile_codes() -> None:
    p, props = load_call_profile(), dossier_schema()["properties"]
    assert props["proposal"]["properties"]["thematic_areas"]["items"]["enum"] == list(p.thematic_areas)
    assert props["activities"]["items"]["properties"]["thematic_area"]["enum"] == list(p.thematic_areas)
    assert props["activities"]["items"]["properties"]["fund"]["enum"] == list(p.raw["activity_funds"])
    assert props["budget"]["items"]["properties"]["fund"]["enum"] == list(p.funds)
    assert props["budget"]["items"]["properties"]["category"]["enum"] == list(p.cost_categories)
    assert props["partners"]["items"]["properties"]["legal_form"]["enum"] == list(p.legal_forms)
    assert props["partners"]["items"]["properties"]["runts_section"]["enum"] == [*p.runts_sections, None]
    assert props["attachments"]["items"]["properties"]["kind"]["enum"] == list(p.attachment_kinds)
    prop_item = props["properties"]["items"]["properties"]
    assert prop_item["owner"]["properties"]["kind"]["enum"] == list(p.owner_kinds)
    assert prop_item["availability"]["properties"]["title"]["enum"] == list(p.availability_titles)
    assert prop_item["cadastre"]["properties"]["register"]["enum"] == p.raw["property_registers"]


def test_fragment_item(base: Doc) -> None:
    base["budget"][2]["amount_cents"] = "x"
    base["partners"][0]["name"] = 5  # not touched: not reported
    found = check_fragment(base, ["/budget/2/amount_cents"])
    assert [i.path for i in found] == ["/budget/2/amount_cents"]


def test_fragment_sections(base: Doc) -> None:
    base["applicant"]["population"] = -1
    base["budget"].append({"id": "VOC-9"})
    assert [i.path for i in check_fragment(base, ["/applicant/name"])] == ["/applicant/population"]
    paths = {i.path for i in check_fragment(base, ["/budget/-"])}
    assert "/budget/4/amount_cents" in paths
    assert paths == {i.path for i in check_fragment(base, ["/budget"])}
    del base["indicators"]
    assert [i.path for i in check_fragment(base, ["/indicators/0"])] == ["/indicators"]
    assert check_fragment(base, ["/nope"]) == []


def test_fragment_whole_document(base: Doc) -> None:
    base["budget"][0]["vat_cents"] = -1
    assert [i.path for i in check_fragment(base, [""])] == ["/budget/0/vat_cents"]


def _signature(errors: list[Any]) -> list[tuple[Any, ...]]:
    return sorted((e.path, e.keyword, repr(e.value)) for e in errors)


def test_compiled_checker_matches_jsonschema_on_synthetic() -> None:
    from hubdesk.validation.schema import _checker

    doc = synthetic_dossier(0.2)
    doc["budget"][3]["amount_cents"] = True
    doc["budget"][4]["vat_cents"] = 1.0
    doc["activities"][0]["start_month"] = 2.5
    doc["proposal"]["thematic_areas"] = ["repurposing", 1, True, "repurposing"]
    doc["format_version"] = 1.0
    doc["partners"][0]["runts_section"] = 0
    doc["id"] = "x\n"
    errors: list[Any] = []
    check = _checker(None, False)
    assert check is not None
    check(doc, (), None, errors)
    assert _signature(errors) == _signature(jsonschema_errors(doc))
    assert errors


def test_copy_of_base_untouched() -> None:
    assert copy.deepcopy(BASE) == BASE

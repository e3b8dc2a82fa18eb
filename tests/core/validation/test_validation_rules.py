"""Every rule of RULES.md: a mutation of the valid base that triggers it (exact paths), and a near miss."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from hubdesk.validation import RULES, AttachmentFacts
from tests.core.validation.conftest import SHA, facts_for, only

Doc = dict[str, Any]


def _set(path: str, value: Any) -> Callable[[Doc], None]:
    """A mutation that sets ``value`` at a slash path like ``partners/1/vat_number``."""

    def mutate(doc: Doc) -> None:
        *head, last = path.split("/")
        node: Any = doc
        for token in head:
            node = node[int(token)] if isinstance(node, list) else node[token]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value

    return mutate


def _all(*mutations: Callable[[Doc], None]) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        for m in mutations:
            m(doc)

    return mutate


def _drop_attachment(att_id: str) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        doc["attachments"] = [a for a in doc["attachments"] if a["id"] != att_id]

    return mutate


def _add_line(**fields: Any) -> Callable[[Doc], None]:
    def mutate(doc: Doc) -> None:
        line = {
            "id": f"VOC-{len(doc['budget']) + 1}",
            "activity": "ATT-1",
            "fund": "FESR",
            "category": "land_purchase",
            "description": "Terreno",
            "beneficiary": "applicant",
            "amount_cents": 1,
            "vat_cents": 0,
            "vat_recoverable": True,
        }
        line.update(fields)
        doc["budget"].append(line)

    return mutate


def _add_activity(doc: Doc) -> None:
    doc["activities"].append(
        {
            "id": "ATT-4",
            "title": "Comunicazione",
            "description": "",
            "thematic_area": "public_spaces",
            "fund": "FESR",
            "lead": "applicant",
            "partners": [],
            "property": None,
            "start_month": 1,
            "end_month": 2,
            "deliverables": [],
        }
    )


TRIGGERS: list[tuple[str, Callable[[Doc], None], set[str]]] = [
    ("ELIG-001", _set("applicant/istat_code", "72006"), {"/applicant/istat_code"}),
    ("ELIG-001", _set("applicant/istat_code", "063049"), {"/applicant/istat_code"}),
    (
        "ELIG-002",
        _all(_set("applicant/istat_code", "072001"), _set("applicant/population", 20000)),
        {"/applicant/population"},
    ),
    ("ELIG-003", _set("applicant/population", 351000), {"/applicant/population"}),
    ("ELIG-004", _set("applicant/joint_bat", True), {"/applicant/joint_bat"}),
    ("ID-001", _set("partners/1/vat_number", "00743110158"), {"/partners/1/vat_number"}),
    ("ID-001", _set("applicant/fiscal_code", ""), {"/applicant/fiscal_code"}),
    ("ID-001", _set("properties/1/owner/fiscal_code", "1234567890"), {"/properties/1/owner/fiscal_code"}),
    (
        "ID-001",
        _all(_set("partners/0/fiscal_code", "00743110158"), _set("partners/1/fiscal_code", "ABC")),
        {"/partners/0/fiscal_code", "/partners/1/fiscal_code"},
    ),
    ("ID-002", _set("applicant/rup/fiscal_code", "RCCMNL83S18D969A"), {"/applicant/rup/fiscal_code"}),
    (
        "ID-002",
        _set("applicant/legal_representative/fiscal_code", "RCCMNL83S81D969V"),
        {"/applicant/legal_representative/fiscal_code"},
    ),
    ("ID-002", _set("partners/0/fiscal_code", "RCCMNL83S18D969A"), {"/partners/0/fiscal_code"}),
    ("ID-003", _set("proposal/cup", "B51B2100012000"), {"/proposal/cup"}),
    ("ID-004", _set("partners/0/contact/email", "anna@@ilfaro"), {"/partners/0/contact/email"}),
    (
        "ID-004",
        _all(_set("applicant/pec", ""), _set("partners/1/pec", "uni bari@pec.it")),
        {"/applicant/pec", "/partners/1/pec"},
    ),
    ("ID-005", _set("partners/1/fiscal_code", "00743110157"), {"/partners/1/fiscal_code"}),
    ("ID-005", _set("partners/0/fiscal_code", "80015010723"), {"/partners/0/fiscal_code"}),
    ("REF-001", _set("activities/0/partners", ["PAR-1", "PAR-9"]), {"/activities/0/partners/1"}),
    (
        "REF-001",
        _all(
            _set("budget/0/activity", "ATT-9"),
            _set("attachments/2/refers_to", "XXX"),
            _set("activities/1/lead", "PAR-7"),
            _set("activities/2/property", "IMM-9"),
            _set("budget/1/beneficiary", "PAR-3"),
        ),
        {
            "/budget/0/activity",
            "/attachments/2/refers_to",
            "/activities/1/lead",
            "/activities/2/property",
            "/budget/1/beneficiary",
        },
    ),
    ("REF-002", _set("budget/1/id", "VOC-1"), {"/budget/1/id"}),
    (
        "PROP-001",
        _all(_set("properties/0/cadastre/subordinate", None), _set("properties/1/cadastre/sheet", "")),
        {"/properties/0/cadastre/subordinate", "/properties/1/cadastre/sheet"},
    ),
    ("PROP-002", _drop_attachment("ALL-5"), {"/properties/1"}),
    ("PROP-002", _set("attachments/4/refers_to", "IMM-1"), {"/properties/1"}),
    (
        "PROP-003",
        _set("properties/1/availability/valid_until", "2028-08-30"),
        {"/properties/1/availability/valid_until"},
    ),
    (
        "PROP-004",
        _all(
            _set("properties/0/public_funding_last_10_years", True),
            _add_line(category="building_purchase", amount_cents=1_000_000),
        ),
        {"/budget/4"},
    ),
    (
        "PROP-005",
        _set("proposal/thematic_areas", ["innovation_workshops", "public_spaces"]),
        {"/proposal/thematic_areas"},
    ),
    (
        "PROP-005",
        _all(
            _set("properties", []),
            _set("activities/0/property", None),
            _set("activities/2/property", None),
            _set("budget/0/category", "equipment"),
            _drop_attachment("ALL-5"),
        ),
        {"/proposal/thematic_areas"},
    ),
    (
        "PART-001",
        _all(_set("partners/0/runts_section", None), _set("partners/1/runts_section", "a")),
        {"/partners/0/runts_section", "/partners/1/runts_section"},
    ),
    (
        "PART-002",
        _all(_set("partners/0/legal_form", "company"), _set("partners/0/runts_section", None)),
        {"/partners"},
    ),
    ("PART-003", _drop_attachment("ALL-4"), {"/partners/1"}),
    ("PLAN-001", _set("activities/0/end_month", 31), {"/activities/0/end_month"}),
    (
        "PLAN-001",
        _all(_set("activities/0/start_month", 0), _set("activities/2/start_month", 13)),
        {"/activities/0/start_month", "/activities/2/end_month"},
    ),
    ("PLAN-002", _set("proposal/duration_months", 35), {"/proposal/duration_months"}),
    ("PLAN-003", _add_activity, {"/activities/3"}),
    ("PLAN-004", _set("activities/1/thematic_area", "mutual_aid"), {"/activities/1/thematic_area"}),
    ("PLAN-004", _set("activities/0/fund", "FSE"), {"/activities/0/fund"}),
    ("BUD-001", _set("budget/0/amount_cents", 250_000_000), {"/budget"}),
    (
        "BUD-001",
        _all(_set("applicant/istat_code", "110002"), _set("applicant/population", 94239)),
        {"/budget"},
    ),
    ("BUD-002", _set("budget/2/category", "works"), {"/budget/2/category"}),
    ("BUD-003", _add_line(amount_cents=13_000_000), {"/budget"}),
    (
        "BUD-003",
        _all(_set("properties/0/derelict_site", True), _add_line(amount_cents=21_000_000)),
        {"/budget"},
    ),
    ("BUD-004", _set("budget/1/vat_cents", 100), {"/budget/1/vat_cents"}),
    (
        "BUD-005",
        _all(_set("budget/1/fund", "FSE"), _set("budget/1/category", "communication")),
        {"/budget/1/fund"},
    ),
    ("BUD-006", _set("activities/0/property", None), {"/budget/0"}),
    ("BUD-007", _set("budget/2/amount_cents", 1_000_000), {"/budget"}),
    ("BUD-007", _set("budget/2/amount_cents", 100_000_000), {"/budget"}),
    ("BUD-008", lambda d: d.update(budget=[d["budget"][3]]), {"/budget"}),
    ("ATT-002", _set("attachments/0/media_type", "application/zip"), {"/attachments/0/media_type"}),
    ("ATT-003", _drop_attachment("ALL-1"), {"/attachments"}),
    (
        "TXT-001",
        _all(
            _set("proposal/title", "  "),
            _set("partners/1/name", ""),
            _set("activities/2/title", ""),
            _set("properties/0/name", ""),
            _set("proposal/hub_name", ""),
        ),
        {
            "/proposal/title",
            "/partners/1/name",
            "/activities/2/title",
            "/properties/0/name",
            "/proposal/hub_name",
        },
    ),
    ("TXT-002", _set("proposal/summary", "x" * 3001), {"/proposal/summary"}),
    ("BUD-009", _set("budget/1/amount_cents", 0), {"/budget/1/amount_cents"}),
    (
        "BUD-009",
        _all(_add_line(amount_cents=0), _add_line(amount_cents=0, category="equipment")),
        {"/budget/4/amount_cents", "/budget/5/amount_cents"},
    ),
    (
        "TXT-003",
        _all(
            _set("applicant/legal_representative/full_name", ""),
            _set("applicant/legal_representative/role", " "),
            _set("applicant/rup/full_name", ""),
            _set("applicant/rup/email", ""),
            _set("applicant/rup/phone", ""),
        ),
        {
            "/applicant/legal_representative/full_name",
            "/applicant/legal_representative/role",
            "/applicant/rup/full_name",
            "/applicant/rup/email",
            "/applicant/rup/phone",
        },
    ),
    ("TXT-003", _set("applicant/rup/phone", None), {"/applicant/rup/phone"}),
    (
        "PLAN-005",
        _all(
            _set("proposal/thematic_areas", []),
            _set("activities", []),
            _set("budget", []),
        ),
        {"/proposal/thematic_areas"},
    ),
    ("PLAN-006", _set("proposal/target_groups", []), {"/proposal/target_groups"}),
    ("PLAN-006", _set("proposal/target_groups", ["  "]), {"/proposal/target_groups"}),
    (
        "IND-001",
        lambda d: d["indicators"].append({"id": "IND-2", "name": "", "unit": "", "target": 0}),
        {"/indicators/1/name", "/indicators/1/unit", "/indicators/1/target"},
    ),
    ("IND-001", _set("indicators/0/target", -3), {"/indicators/0/target"}),
    ("IND-001", _set("indicators/0/target", 0.0), {"/indicators/0/target"}),
    ("ATT-004", _set("attachments/2/size", 52_428_801), {"/attachments/2/size"}),
]

NEAR_MISSES: list[tuple[str, Callable[[Doc], None]]] = [
    ("ELIG-001", _set("applicant/istat_code", "074001")),
    ("ELIG-002", _all(_set("applicant/istat_code", "072001"), _set("applicant/population", 20001))),
    ("ELIG-003", _set("applicant/population", 345000)),
    (
        "ELIG-004",
        _all(
            _set("applicant/istat_code", "110002"),
            _set("applicant/population", 94239),
            _set("applicant/joint_bat", True),
        ),
    ),
    (
        "ID-001",
        _all(
            _set("properties/1/owner/fiscal_code", None),
            _set("partners/0/vat_number", None),
            _set("properties/0/owner/fiscal_code", ""),
        ),
    ),
    ("ID-001", _set("partners/0/fiscal_code", "RCCMNL83S18D969H")),
    ("ID-002", _set("applicant/rup/fiscal_code", "RCCMNL83S18D96VW")),
    ("ID-002", _set("partners/0/fiscal_code", "CNTCHR83T41D969D")),
    ("ID-003", _set("proposal/cup", None)),
    ("ID-003", _set("proposal/cup", "")),
    ("ID-004", _set("partners/0/contact/email", "anna.lorusso+hub@mail.ilfaro.it")),
    ("ID-005", _set("partners/1/fiscal_code", "00306180720")),
    (
        "REF-001",
        _all(
            _set("attachments/0/refers_to", ""),
            _set("activities/1/property", ""),
            _set("attachments/1/refers_to", "IND-1"),
        ),
    ),
    ("REF-002", _set("budget/1/id", "ATT-1")),
    ("PROP-001", _set("properties/1/cadastre/subordinate", None)),
    ("PROP-002", _set("properties/1/owner/kind", "applicant")),
    ("PROP-003", _set("properties/1/availability/valid_until", "2028-08-31")),
    ("PROP-004", _add_line(category="building_purchase", amount_cents=1_000_000)),
    ("PROP-005", lambda d: None),
    ("PART-001", _set("partners/1/legal_form", "company")),
    ("PART-002", _all(_set("partners/0/legal_form", "odv"), _set("partners/0/runts_section", "a"))),
    ("PART-003", _set("attachments/3/title", "Altro titolo")),
    ("PLAN-001", _all(_set("activities/0/end_month", 30), _set("activities/0/start_month", 30))),
    ("PLAN-002", _set("proposal/duration_months", 34)),
    ("PLAN-003", _all(_add_activity, _add_line(activity="ATT-4", category="equipment"))),
    ("PLAN-004", _set("activities/2/fund", "FSE")),
    (
        "BUD-001",
        _all(
            _set("applicant/istat_code", "110002"),
            _set("applicant/population", 94239),
            _set("applicant/joint_bat", True),
        ),
    ),
    ("BUD-002", _set("budget/3/category", "personnel")),
    ("BUD-003", _add_line(amount_cents=12_800_000)),
    ("BUD-003", _all(_set("properties/0/derelict_site", True), _add_line(amount_cents=13_000_000))),
    ("BUD-004", _set("budget/2/vat_cents", 100)),
    ("BUD-005", _set("budget/3/activity", "ATT-2")),
    ("BUD-006", _set("budget/0/activity", "ATT-3")),
    ("BUD-007", _set("budget/2/amount_cents", 20_250_000)),
    ("BUD-008", _set("budget/3/fund", "COFIN_PRIVATE")),
    ("ATT-003", _drop_attachment("ALL-3")),
    ("TXT-001", _set("proposal/target_groups", [])),
    ("TXT-002", _set("proposal/summary", "x" * 3000)),
    ("BUD-009", _set("budget/1/amount_cents", 1)),
    ("TXT-003", _all(_set("applicant/rup/phone", "0"), _set("applicant/legal_representative/role", "S"))),
    ("PLAN-005", _set("proposal/thematic_areas", ["repurposing", "innovation_workshops", "public_spaces"])),
    ("PLAN-006", _set("proposal/target_groups", ["", "Anziani"])),
    ("IND-001", _all(_set("indicators/0/target", 0.5), _set("indicators/0/unit", "%"))),
    ("ATT-004", _set("attachments/2/size", 52_428_800)),
]


@pytest.mark.parametrize(
    ("rule", "mutate", "paths"), TRIGGERS, ids=[f"{t[0]}-{i}" for i, t in enumerate(TRIGGERS)]
)
def test_rule_fires_with_exact_paths(
    base: Doc, validate: Any, rule: str, mutate: Any, paths: set[str]
) -> None:
    mutate(base)
    result = validate(base)
    found = only(result, rule)
    assert {i.path for i in found} == paths
    assert len(found) == len(paths)  # one issue per offending item
    for i in found:
        assert i.severity == RULES[rule].severity
        assert i.message_it and i.message_en and i.message_it != i.message_en
    assert not only(result, "SCHEMA-001"), [i.path for i in only(result, "SCHEMA-001")]
    assert not only(result, "SYS-001")


@pytest.mark.parametrize(
    ("rule", "mutate"), NEAR_MISSES, ids=[f"{t[0]}-{i}" for i, t in enumerate(NEAR_MISSES)]
)
def test_rule_near_miss_does_not_fire(base: Doc, validate: Any, rule: str, mutate: Any) -> None:
    mutate(base)
    result = validate(base)
    assert only(result, rule) == []
    assert not only(result, "SYS-001")


def test_base_is_clean(base: Doc, validate: Any) -> None:
    result = validate(base)
    assert result.issues == ()
    assert result.skipped_rules == ()


def test_every_rule_has_a_trigger_and_a_near_miss() -> None:
    rules = set(RULES) - {"SCHEMA-001", "SYS-001", "ATT-001"}
    assert rules <= {t[0] for t in TRIGGERS}
    assert rules - {"ATT-002"} <= {n[0] for n in NEAR_MISSES}


def test_att004_uses_the_bytes_when_larger_than_the_record(base: Doc, validate: Any) -> None:
    facts = facts_for(base)
    facts["ALL-1"] = AttachmentFacts(60_000_000, SHA, "application/pdf")
    (found,) = only(validate(base, facts), "ATT-004")
    assert found.path == "/attachments/0/size"
    assert "57,2 MB" in found.message_it and "50,0 MB" in found.message_it
    assert "57.2 MB" in found.message_en


def test_att004_limit_comes_from_the_profile(base: Doc) -> None:
    from hubdesk.callprofile import load_call_profile
    from hubdesk.validation import validate_document

    profile = load_call_profile()
    small = dataclasses.replace(profile, raw={**profile.raw, "attachment_max_bytes": 2500})
    found = only(validate_document(base, small, attachment_facts=facts_for(base)), "ATT-004")
    assert {i.path for i in found} == {"/attachments/2/size", "/attachments/3/size", "/attachments/4/size"}


def test_drafts_pass_the_schema(base: Doc, validate: Any) -> None:
    """FORMATS.md §5: an unfinished draft is structurally valid; only the rules speak."""
    base["budget"][0]["amount_cents"] = 0
    base["indicators"][0].update(name="", unit="", target=-1)
    base["proposal"]["thematic_areas"] = []
    base["proposal"]["target_groups"] = []
    base["applicant"]["rup"]["full_name"] = ""
    result = validate(base)
    assert not only(result, "SCHEMA-001")
    assert {"BUD-009", "IND-001", "PLAN-005", "PLAN-006", "TXT-003"} <= {i.rule for i in result.issues}
    assert not result.ok


def test_att001_missing_changed_and_resized(base: Doc, validate: Any) -> None:
    facts = facts_for(base)
    del facts["ALL-3"]
    facts["ALL-1"] = AttachmentFacts(1000, "cd" * 32, "application/pdf")
    facts["ALL-2"] = AttachmentFacts(2001, SHA, "application/pkcs7-mime")
    found = only(validate(base, facts), "ATT-001")
    assert {i.path for i in found} == {"/attachments/2", "/attachments/0/sha256", "/attachments/1/size"}
    assert all(i.severity == "error" for i in found)


def test_att001_near_miss_hash_case(base: Doc, validate: Any) -> None:
    facts = facts_for(base)
    facts["ALL-1"] = AttachmentFacts(1000, SHA.upper(), "application/pdf")
    assert only(validate(base, facts), "ATT-001") == []


def test_att002_sniffed_type_differs(base: Doc, validate: Any) -> None:
    facts = facts_for(base)
    facts["ALL-2"] = AttachmentFacts(2000, SHA, "application/pdf")
    facts["ALL-3"] = AttachmentFacts(3000, SHA, None)
    found = only(validate(base, facts), "ATT-002")
    assert {i.path for i in found} == {"/attachments/1/media_type", "/attachments/2/media_type"}


def test_att002_near_miss_signed_pdf(base: Doc, validate: Any) -> None:
    assert only(validate(base), "ATT-002") == []


def test_bytes_rules_skipped_without_facts(base: Doc, validate: Any) -> None:
    base["attachments"][0]["media_type"] = "application/zip"
    result = validate(base, None)
    assert result.skipped_rules == ("ATT-001", "ATT-002")
    assert not only(result, "ATT-001") and not only(result, "ATT-002")
    assert result.to_json()["skipped_rules"] == ["ATT-001", "ATT-002"]


def test_att003_both_missing(base: Doc, validate: Any) -> None:
    _all(_drop_attachment("ALL-1"), _drop_attachment("ALL-2"))(base)
    found = only(validate(base), "ATT-003")
    assert [i.path for i in found] == ["/attachments", "/attachments"]
    assert "Delibera" in found[0].message_it and "RUP" in found[1].message_it


def test_message_names_the_partner(base: Doc, validate: Any) -> None:
    base["partners"][0]["fiscal_code"] = "00743110158"
    (found,) = only(validate(base), "ID-001")
    assert "«Coop. Sociale Il Faro»" in found.message_it
    assert "cifra di controllo" in found.message_it
    assert "check digit" in found.message_en


def test_project_end_and_durability_use_profile(base: Doc, validate: Any) -> None:
    base["proposal"]["start_date"] = "2021-03-31"
    base["proposal"]["duration_months"] = 1  # ends 2021-04-30
    base["properties"][1]["availability"]["valid_until"] = "2026-04-29"
    for a in base["activities"]:
        a["start_month"] = a["end_month"] = 1
    (found,) = only(validate(base), "PROP-003")
    assert "30/04/2026" in found.message_it

"""Eligibility phase and the leftovers of a municipality or owner-kind change (core, no UI)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from hubdesk.applicant_changes import municipality_change, owner_kind_change
from hubdesk.callprofile import load_call_profile
from hubdesk.callprofile.eligibility import applicant_eligibility
from hubdesk.document.patch import apply_ops
from tests.core.validation.conftest import BASE


def _apply(doc: dict[str, Any], ops: list[dict[str, Any]]) -> dict[str, Any]:
    return apply_ops(doc, ops)[0]


@pytest.fixture
def doc() -> dict[str, Any]:
    return copy.deepcopy(BASE)


def test_capitals_are_phase_one_large_towns_phase_two() -> None:
    profile = load_call_profile()
    bari = applicant_eligibility(profile, "072006", 315933)
    assert (bari.eligible, bari.reason, bari.phase) == (True, "capital", 1)
    assert "prima fase" in bari.text() and "first phase" in bari.text("en")
    trani = applicant_eligibility(profile, "110009", 100)  # a capital whatever its population
    assert trani.phase == 1
    molfetta = applicant_eligibility(profile, "072029", 60433)
    assert (molfetta.eligible, molfetta.reason, molfetta.phase) == (True, "above_threshold", 2)
    assert "seconda fase" in molfetta.text() and "20.000" in molfetta.text()
    assert "second phase" in molfetta.text("en") and "20,000" in molfetta.text("en")
    small = applicant_eligibility(profile, "072003", 10924)
    assert (small.eligible, small.phase, small.reason) == (False, None, "below_threshold")
    edge = applicant_eligibility(profile, "072003", 20000)  # "above 20,000": 20,000 is not enough
    assert not edge.eligible
    assert applicant_eligibility(profile, "072003", 20001).phase == 2
    unknown = applicant_eligibility(profile, "999999", 50000)
    assert (unknown.eligible, unknown.reason) == (False, "unknown_municipality")
    assert profile.is_eligible_applicant("072029", 60433) == (True, molfetta.text("it"))


def test_municipality_change_offers_to_clear_what_belonged_to_the_old_one(doc: dict[str, Any]) -> None:
    profile = load_call_profile()
    change = municipality_change(doc, profile, "072029")  # Bari -> Molfetta
    paths = {left.path for left in change.leftovers}
    assert paths == {
        "/applicant/fiscal_code",
        "/applicant/pec",
        "/applicant/legal_representative/full_name",
        "/applicant/legal_representative/fiscal_code",
        "/proposal/cup",
        "/properties/0/cadastre/municipality_code",
        "/properties/1/cadastre/municipality_code",
        "/properties/0/owner/fiscal_code",
    }
    assert all(left.label_it and left.label_en for left in change.leftovers)
    only_change = _apply(doc, change.ops)
    assert only_change["applicant"]["istat_code"] == "072029"
    assert only_change["applicant"]["name"] == "Comune di Molfetta"
    assert only_change["applicant"]["population"] == 60433
    assert only_change["applicant"]["fiscal_code"] == "80015010723"  # kept unless cleared
    assert only_change["properties"][0]["owner"]["name"] == "Comune di Molfetta"  # the owner follows
    cleared = _apply(doc, change.all_ops())
    assert cleared["applicant"]["fiscal_code"] == "" and cleared["applicant"]["pec"] == ""
    assert cleared["applicant"]["legal_representative"]["full_name"] == ""
    assert cleared["applicant"]["legal_representative"]["role"] == "Sindaco"
    assert cleared["proposal"]["cup"] is None
    assert cleared["properties"][0]["cadastre"]["municipality_code"] == ""
    assert cleared["properties"][0]["owner"]["fiscal_code"] is None
    assert cleared["properties"][1]["owner"]["fiscal_code"] == "80000110728"  # not the Comune's


def test_municipality_change_near_misses(doc: dict[str, Any]) -> None:
    profile = load_call_profile()
    assert municipality_change(doc, profile, "072006").ops == []  # same municipality
    assert municipality_change(doc, profile, "999999").ops == []  # unknown
    doc["properties"][1]["cadastre"]["municipality_code"] = "F284"  # already elsewhere: not Bari's
    doc["applicant"]["pec"] = ""
    paths = {left.path for left in municipality_change(doc, profile, "072029").leftovers}
    assert "/properties/1/cadastre/municipality_code" not in paths and "/applicant/pec" not in paths


def test_joint_bat_is_dropped_outside_bat(doc: dict[str, Any]) -> None:
    profile = load_call_profile()
    doc["applicant"].update(istat_code="110009", name="Comune di Trani", joint_bat=True)
    ops = municipality_change(doc, profile, "072029").ops
    assert {"op": "replace", "path": "/applicant/joint_bat", "value": False} in ops


def test_owner_kind_change_offers_to_clear_the_comune_as_owner(doc: dict[str, Any]) -> None:
    change = owner_kind_change(doc, 0, "province")
    assert change.ops == [{"op": "replace", "path": "/properties/0/owner/kind", "value": "province"}]
    assert [left.path for left in change.leftovers] == [
        "/properties/0/owner/name",
        "/properties/0/owner/fiscal_code",
    ]
    after = _apply(doc, change.all_ops())
    assert after["properties"][0]["owner"] == {"kind": "province", "name": "", "fiscal_code": None}
    # near miss: a province-owned property moving to another public body keeps its owner's data
    assert owner_kind_change(doc, 1, "other_public").leftovers == []
    assert owner_kind_change(doc, 1, "province").ops == []
    assert owner_kind_change(doc, 7, "province").ops == []


def test_owner_becoming_the_applicant_fills_its_name_and_code(doc: dict[str, Any]) -> None:
    doc["properties"][1]["owner"] = {"kind": "province", "name": "", "fiscal_code": None}
    after = _apply(doc, owner_kind_change(doc, 1, "applicant").all_ops())
    assert after["properties"][1]["owner"] == {
        "kind": "applicant",
        "name": "Comune di Bari",
        "fiscal_code": "80015010723",
    }

"""Budget arithmetic of the core: one eligible cost, the FSE share check, totals and their explanation."""

from __future__ import annotations

from hubdesk.budget import compute_totals, eligible_cents, explain, fse_share_in_range
from hubdesk.callprofile import load_call_profile
from hubdesk.validation.context import line_eligible_cents


def test_fse_share_bounds_are_inclusive_and_exact() -> None:
    assert fse_share_in_range(20, 100, 20, 45)
    assert fse_share_in_range(45, 100, 20, 45)
    assert not fse_share_in_range(19, 100, 20, 45)
    assert not fse_share_in_range(46, 100, 20, 45)
    # 45 % of 1,000,001 cents is 450,000.45: 450,001 is already above the bound
    assert fse_share_in_range(450_000, 1_000_001, 20, 45)
    assert not fse_share_in_range(450_001, 1_000_001, 20, 45)
    assert fse_share_in_range(0, 0, 20, 45)  # no grant, no share (BUD-008 reports it)


def test_profile_exposes_the_call_numbers_typed() -> None:
    profile = load_call_profile()
    assert profile.fse_share_range == (20, 45)
    assert profile.land_purchase_percent(False) == 10 and profile.land_purchase_percent(True) == 15
    assert profile.summary_max_chars == 3000
    assert profile.required_attachment_kinds == ("council_resolution", "rup_appointment")
    assert profile.fund_colors["FESR"].startswith("#") and set(profile.fund_colors) == set(profile.funds)
    assert profile.media_type_names[0] == "PDF"


def test_validation_and_totals_share_the_eligible_cost() -> None:
    lines = [
        {"id": "V1", "fund": "FESR", "amount_cents": 1000, "vat_cents": 220, "vat_recoverable": False},
        {"id": "V2", "fund": "FSE", "amount_cents": 500, "vat_cents": 110, "vat_recoverable": True},
        {"id": "V3", "fund": "FSE", "amount_cents": 300, "vat_cents": "x"},
    ]
    assert [line_eligible_cents(x) for x in lines] == [eligible_cents(x) for x in lines] == [1220, 500, 300]
    assert line_eligible_cents({"amount_cents": True}) is None and eligible_cents({"amount_cents": True}) == 0
    t = compute_totals(lines)
    assert t.requested_grant == 2020 and t.by_fund == {"FESR": 1220, "FSE": 800}
    assert explain(lines, "fund", "FSE").terms == (("V2", 500), ("V3", 300))

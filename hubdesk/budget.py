"""Budget arithmetic on the canonical document, in integer cents (never floats).

A line's eligible cost is amount + VAT when the VAT is not recoverable, else the amount alone.
The requested grant is the eligible cost of the grant-fund lines (FESR, FSE); co-financing is on top.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

GRANT_FUNDS: tuple[str, ...] = ("FESR", "FSE")


def eligible_cents(line: Any) -> int:
    """Eligible cost of one budget line; 0 for a malformed line (the rules report those)."""
    if not isinstance(line, Mapping):
        return 0
    amount = line.get("amount_cents")
    vat = line.get("vat_cents")
    if not isinstance(amount, int) or isinstance(amount, bool):
        return 0
    if line.get("vat_recoverable") is True or not isinstance(vat, int) or isinstance(vat, bool):
        return amount
    return amount + vat


def totals_by(lines: list[Any], key: str) -> dict[str, int]:
    """Eligible cost summed by a line field (``fund``, ``category``, ``beneficiary``, ``activity``)."""
    out: dict[str, int] = defaultdict(int)
    for line in lines:
        if isinstance(line, dict):
            out[str(line.get(key))] += eligible_cents(line)
    return dict(out)


def requested_grant(doc: dict[str, Any], grant_funds: tuple[str, ...] = GRANT_FUNDS) -> dict[str, int]:
    """Requested grant per grant fund plus ``"total"``."""
    lines = doc.get("budget") if isinstance(doc, dict) else None
    by_fund = totals_by(lines if isinstance(lines, list) else [], "fund")
    out = {fund: by_fund.get(fund, 0) for fund in grant_funds}
    out["total"] = sum(out.values())
    return out


def fse_share_in_range(fse_cents: int, grant_cents: int, low_percent: int, high_percent: int) -> bool:
    """Whether FSE is ``low_percent``..``high_percent`` of the requested grant (exact, in integers).

    A zero grant has no share: the check is then vacuous (BUD-008 reports the zero grant).
    """
    if grant_cents <= 0:
        return True
    return low_percent * grant_cents <= fse_cents * 100 <= high_percent * grant_cents


@dataclass(frozen=True, slots=True)
class Totals:
    """Eligible cost grouped every way the budget page shows it."""

    by_fund: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, int] = field(default_factory=dict)
    by_beneficiary: dict[str, int] = field(default_factory=dict)
    by_activity: dict[str, int] = field(default_factory=dict)
    by_category_fund: dict[tuple[str, str], int] = field(default_factory=dict)
    total_eligible: int = 0
    lines: int = 0

    @property
    def requested_grant(self) -> int:
        """FESR + FSE eligible cost; co-financing lines come on top of the grant."""
        return sum(self.by_fund.get(f, 0) for f in GRANT_FUNDS)

    @property
    def fse_share_percent(self) -> float | None:
        """FSE share of the requested grant, None while the grant is zero."""
        grant = self.requested_grant
        return None if grant <= 0 else 100.0 * self.by_fund.get("FSE", 0) / grant


def compute_totals(budget: Iterable[Mapping[str, Any]]) -> Totals:
    """One O(n) pass over the lines."""
    by_fund: dict[str, int] = {}
    by_cat: dict[str, int] = {}
    by_ben: dict[str, int] = {}
    by_act: dict[str, int] = {}
    by_cf: dict[tuple[str, str], int] = {}
    total = 0
    count = 0
    for line in budget:
        if not isinstance(line, dict):
            continue
        count += 1
        e = eligible_cents(line)
        fund, cat = str(line.get("fund") or ""), str(line.get("category") or "")
        ben, act = str(line.get("beneficiary") or ""), str(line.get("activity") or "")
        total += e
        by_fund[fund] = by_fund.get(fund, 0) + e
        by_cat[cat] = by_cat.get(cat, 0) + e
        by_ben[ben] = by_ben.get(ben, 0) + e
        by_act[act] = by_act.get(act, 0) + e
        by_cf[cat, fund] = by_cf.get((cat, fund), 0) + e
    return Totals(by_fund, by_cat, by_ben, by_act, by_cf, total, count)


#: The groupings a total can belong to, and the line field each groups by.
GROUP_FIELDS: dict[str, str] = {
    "fund": "fund",
    "category": "category",
    "beneficiary": "beneficiary",
    "activity": "activity",
}


@dataclass(frozen=True, slots=True)
class Explanation:
    """The terms that make a total: ``(term name, cents)`` pairs and their sum."""

    terms: tuple[tuple[str, int], ...]
    total: int


def explain(budget: Iterable[Mapping[str, Any]], group: str, key: str) -> Explanation:
    """The lines (by id) whose eligible costs add up to the total of ``key`` in ``group``.

    ``group`` is one of GROUP_FIELDS, ``"grant"`` (FESR + FSE, by fund) or ``"all"`` (every line).
    """
    lines = [ln for ln in budget if isinstance(ln, Mapping)]
    if group == "grant":
        t = compute_totals(lines)
        terms = tuple((f, t.by_fund.get(f, 0)) for f in GRANT_FUNDS)
        return Explanation(terms, sum(c for _, c in terms))
    if group == "all":
        picked = lines
    else:
        fld = GROUP_FIELDS[group]
        picked = [ln for ln in lines if str(ln.get(fld) or "") == key]
    terms = tuple((str(ln.get("id", "?")), eligible_cents(ln)) for ln in picked)
    return Explanation(terms, sum(c for _, c in terms))

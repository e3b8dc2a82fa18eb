"""Budget arithmetic on the canonical document, in integer cents (never floats).

A line's eligible cost is amount + VAT when the VAT is not recoverable, else the amount alone.
The requested grant is the eligible cost of the grant-fund lines (FESR, FSE); co-financing is on top.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

GRANT_FUNDS: tuple[str, ...] = ("FESR", "FSE")


def eligible_cents(line: Any) -> int:
    """Eligible cost of one budget line; 0 for a malformed line (the rules report those)."""
    if not isinstance(line, dict):
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

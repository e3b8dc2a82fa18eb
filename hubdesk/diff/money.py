"""Money deltas between two rounds: eligible costs in cents from the budget code the app uses.

Totals come from :mod:`hubdesk.budget` (the same functions behind the budget page), so the figures
of a comparison are the figures the officer saw on screen in each round.
"""

from __future__ import annotations

from typing import Any

from hubdesk.budget import GRANT_FUNDS, requested_grant, totals_by

ALL_FUNDS: tuple[str, ...] = ("FESR", "FSE", "COFIN_APPLICANT", "COFIN_PRIVATE")


def _lines(doc: dict[str, Any]) -> list[Any]:
    lines = doc.get("budget") if isinstance(doc, dict) else None
    return lines if isinstance(lines, list) else []


def _triple(a: int, b: int) -> dict[str, int]:
    return {"a": a, "b": b, "delta": b - a}


def _grouped(
    a_lines: list[Any], b_lines: list[Any], key: str, always: tuple[str, ...] = ()
) -> dict[str, Any]:
    ta, tb = totals_by(a_lines, key), totals_by(b_lines, key)
    keys = list(always) + sorted((set(ta) | set(tb)) - set(always))
    return {k: _triple(ta.get(k, 0), tb.get(k, 0)) for k in keys}


def money_deltas(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """``{"requested_cents", "by_fund", "by_activity", "by_beneficiary"}`` as in FORMATS.md §5.

    ``by_fund`` always lists the four funds; ``by_activity`` and ``by_beneficiary`` list every
    activity / beneficiary that some budget line of either round names (all funds, co-financing
    included: the eligible cost of the lines, as the budget page totals them).
    """
    la, lb = _lines(a), _lines(b)
    return {
        "requested_cents": _triple(
            requested_grant(a, GRANT_FUNDS)["total"], requested_grant(b, GRANT_FUNDS)["total"]
        ),
        "by_fund": _grouped(la, lb, "fund", ALL_FUNDS),
        "by_activity": _grouped(la, lb, "activity"),
        "by_beneficiary": _grouped(la, lb, "beneficiary"),
    }


def money_changed(money: dict[str, Any]) -> bool:
    """Whether any money figure differs between the rounds."""
    if money["requested_cents"]["delta"]:
        return True
    return any(
        t["delta"] for group in ("by_fund", "by_activity", "by_beneficiary") for t in money[group].values()
    )

"""Budget edits as document operations: add, duplicate, remove, paste a spreadsheet range.

Each function returns the whole op list of one user action, so the shell makes it one undo step.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from hubdesk.document.ids import next_ids
from hubdesk.document.pointer import join_pointer
from hubdesk.document.templates import new_budget_line
from ui.sections.budget.model import BudgetModel
from ui.sections.budget.money_input import MoneyInputError, parse_amount
from ui.sections.common.vocab import Vocab, parse_bool

Op = dict[str, Any]
CTX = "BudgetOps"


class PasteError(ValueError):
    """A pasted cell that does not fit its column; the message names the row and column."""


def new_line(
    budget: list[dict[str, Any]], vocab: Vocab, like: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A fresh line (the core's template), taking activity and fund from ``like`` or the first activity."""
    activities = [{"id": i, "fund": f} for i, _t, f in vocab.activities]
    return new_budget_line({"budget": budget, "activities": activities}, vocab.profile, like)


def add_ops(budget: list[dict[str, Any]], vocab: Vocab, like: dict[str, Any] | None = None) -> list[Op]:
    return [{"op": "add", "path": "/budget/-", "value": new_line(budget, vocab, like)}]


def duplicate_ops(budget: list[dict[str, Any]], rows: Sequence[int]) -> list[Op]:
    """Copies of ``rows`` (new ids) inserted together after the last of them."""
    rows = sorted(set(rows))
    if not rows:
        return []
    ids = next_ids(budget, "VOC", len(rows))
    at = rows[-1] + 1
    ops: list[Op] = []
    for k, (row, new_id) in enumerate(zip(rows, ids, strict=True)):
        line = copy.deepcopy(budget[row])
        line["id"] = new_id
        ops.append({"op": "add", "path": join_pointer("budget", at + k), "value": line})
    return ops


def remove_ops(rows: Sequence[int]) -> list[Op]:
    """Remove from the bottom up so every index is still right when its op applies."""
    return [{"op": "remove", "path": join_pointer("budget", r)} for r in sorted(set(rows), reverse=True)]


def _parser(field: str, vocab: Vocab) -> Callable[[str], Any] | None:
    return {
        "activity": vocab.parse_activity,
        "fund": vocab.parse_fund,
        "category": vocab.parse_category,
        "description": lambda s: s.strip(),
        "beneficiary": vocab.parse_party,
        "amount_cents": parse_amount,
        "vat_cents": lambda s: parse_amount(s) if s.strip() else 0,  # a blank VAT cell means none
        "vat_recoverable": parse_bool,
    }.get(field)


def paste_ops(
    budget: list[dict[str, Any]],
    vocab: Vocab,
    cells: list[list[str]],
    targets: Sequence[int | None],
    first_column: int,
) -> list[Op]:
    """Ops writing ``cells`` from ``first_column``; ``targets[i]``: the line row i lands on (None: new).

    Read-only columns (line id, eligible cost) are skipped but keep the alignment, so a range copied
    out of this table pastes back unchanged. Raise PasteError on the first cell that does not fit.
    """
    ops: list[Op] = []
    columns = BudgetModel.columns
    fresh: list[dict[str, Any]] = []
    for i, cells_row in enumerate(cells):
        target = targets[i] if i < len(targets) else None
        base = budget[target] if target is not None else None
        values: dict[str, Any] = {}
        for j, text in enumerate(cells_row):
            c = first_column + j
            if c >= len(columns) or columns[c].field in ("", "id"):
                continue
            parse = _parser(columns[c].field, vocab)
            if parse is None:
                continue
            try:
                values[columns[c].field] = parse(text)
            except (ValueError, MoneyInputError) as exc:
                title = QCoreApplication.translate("BudgetModel", columns[c].title)
                detail = str(exc) if isinstance(exc, MoneyInputError) else ""
                msg = QCoreApplication.translate(
                    "BudgetOps", "Row %1, column %2: \u201c%3\u201d is not a valid value."
                )
                msg = msg.replace("%1", str(i + 1)).replace("%2", title).replace("%3", text)
                raise PasteError(f"{msg} {detail}".strip()) from exc
        if base is not None:
            for field, value in values.items():
                if base.get(field) != value:
                    ops.append(
                        {"op": "replace", "path": join_pointer("budget", target, field), "value": value}
                    )
        else:
            line = new_line(budget + fresh, vocab, fresh[-1] if fresh else (budget[-1] if budget else None))
            if "fund" not in values and "activity" in values:
                values["fund"] = vocab.activity_fund(values["activity"]) or line["fund"]
            if "category" not in values and not vocab.profile.category_allowed(
                values.get("fund", line["fund"]), line["category"]
            ):
                cats = vocab.category_choices(values.get("fund", line["fund"]))
                values["category"] = cats[0][0] if cats else line["category"]
            line.update(values)
            fresh.append(line)
            ops.append({"op": "add", "path": "/budget/-", "value": line})
    return ops

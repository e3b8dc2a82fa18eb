"""Edit operations: applying the inverse restores the document; the input is never mutated."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubdesk.demo import demo_document
from hubdesk.document.patch import PatchError, apply_ops

DEMO = demo_document()


@st.composite
def op_lists(draw: st.DrawFn) -> list[dict[str, Any]]:
    ops: list[dict[str, Any]] = []
    sizes = {k: len(DEMO[k]) for k in ("properties", "partners", "activities", "budget", "indicators")}
    for _ in range(draw(st.integers(1, 6))):
        section = draw(st.sampled_from(sorted(sizes)))
        n = sizes[section]
        kind = draw(st.sampled_from(["replace", "add", "remove", "move"] if n > 1 else ["add", "replace"]))
        if kind == "replace" and n:
            i = draw(st.integers(0, n - 1))
            ops.append({"op": "replace", "path": f"/{section}/{i}/id", "value": draw(st.text(max_size=5))})
        elif kind == "add":
            ops.append({"op": "add", "path": f"/{section}/{draw(st.integers(0, n))}", "value": {"id": "NEW"}})
            sizes[section] += 1
        elif kind == "remove" and n:
            ops.append({"op": "remove", "path": f"/{section}/{draw(st.integers(0, n - 1))}"})
            sizes[section] -= 1
        elif kind == "move" and n > 1:
            i, j = draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1))
            ops.append({"op": "move", "from": f"/{section}/{i}", "path": f"/{section}/{j}"})
    ops.append({"op": "replace", "path": "/applicant/rup/email", "value": draw(st.emails())})
    return ops


@settings(max_examples=150, deadline=None)
@given(op_lists())
def test_inverse_restores_and_input_is_untouched(ops: list[dict[str, Any]]) -> None:
    before = copy.deepcopy(DEMO)
    new, inverse = apply_ops(DEMO, ops)
    assert before == DEMO
    restored, redo = apply_ops(new, inverse)
    assert restored == DEMO
    assert apply_ops(restored, redo)[0] == new


@pytest.mark.parametrize(
    "op",
    [
        {"op": "replace", "path": "/nope/x", "value": 1},
        {"op": "replace", "path": "/applicant/unknown", "value": 1},
        {"op": "remove", "path": "/budget/999"},
        {"op": "add", "path": "/applicant/name", "value": 1},
        {"op": "move", "from": "/budget/0", "path": "/partners/0"},
        {"op": "frobnicate", "path": "/budget/0"},
    ],
)
def test_bad_operations_are_refused(op: dict[str, Any]) -> None:
    with pytest.raises(PatchError):
        apply_ops(DEMO, [op])

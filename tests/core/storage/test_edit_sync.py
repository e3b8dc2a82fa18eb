"""Whatever edits are applied, the rows written equal the edited document (read back uncached)."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hubdesk.demo import demo_document
from hubdesk.services import Workspace
from hubdesk.workspace_location import Location

DEMO = demo_document()
SECTIONS = ("properties", "partners", "activities", "budget", "indicators", "attachments")


@st.composite
def edit_sequences(draw: st.DrawFn) -> list[list[dict[str, Any]]]:
    sizes = {s: len(DEMO[s]) for s in SECTIONS}
    steps: list[list[dict[str, Any]]] = []
    for _ in range(draw(st.integers(1, 8))):
        section = draw(st.sampled_from(SECTIONS))
        n = sizes[section]
        kind = draw(st.sampled_from(["copy", "remove", "move", "replace"]))
        if kind == "copy" and n:
            src = draw(st.integers(0, n - 1))
            at = draw(st.integers(0, n))
            item = copy.deepcopy(DEMO[section][min(src, len(DEMO[section]) - 1)])
            steps.append([{"op": "add", "path": f"/{section}/{at}", "value": item}])
            sizes[section] += 1
        elif kind == "remove" and n:
            steps.append([{"op": "remove", "path": f"/{section}/{draw(st.integers(0, n - 1))}"}])
            sizes[section] -= 1
        elif kind == "move" and n > 1:
            i, j = draw(st.integers(0, n - 1)), draw(st.integers(0, n - 1))
            steps.append([{"op": "move", "from": f"/{section}/{i}", "path": f"/{section}/{j}"}])
        elif n:
            i = draw(st.integers(0, n - 1))
            steps.append(
                [
                    {
                        "op": "replace",
                        "path": f"/{section}/{i}/id",
                        "value": draw(st.text(min_size=1, max_size=8)),
                    }
                ]
            )
    return steps


@pytest.fixture(scope="module")
def module_ws(module_location: Location) -> Workspace:
    ws = Workspace.open(module_location)
    yield ws
    ws.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edit_sequences())
def test_rows_always_match_the_document(module_ws: Workspace, steps: list[list[dict[str, Any]]]) -> None:
    state = module_ws.insert_document(
        {**copy.deepcopy(DEMO), "id": __import__("uuid").uuid4().hex[:8] + DEMO["id"][8:]}
    )
    inverses = []
    for ops in steps:
        result = module_ws.update(state.id, state.version, ops)
        inverses.append(result.inverse)
        state = result.state
    module_ws._cache.clear()
    assert module_ws.get(state.id).document == state.document
    for inverse in reversed(inverses):  # undo everything, also through the rows
        state = module_ws.update(state.id, state.version, inverse).state
    module_ws._cache.clear()
    assert module_ws.get(state.id).document == {**DEMO, "id": state.id}

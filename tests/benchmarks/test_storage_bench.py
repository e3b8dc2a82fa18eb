"""Storage costs on the large synthetic dossier (2,000 budget lines): open, edit, shift, undo.

Run with ``pytest tests/benchmarks/test_storage_bench.py --benchmark-enable``; by default each runs once.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from hubdesk.services import Workspace
from tests.synthetic import synthetic_dossier


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workspace, str]:
    ws = Workspace.open(Path(tmp_path_factory.mktemp("bench")) / "ws.sqlite3")
    doc = synthetic_dossier(1.0)
    ws.insert_document(doc)
    yield ws, doc["id"]
    ws.close()


def test_open_large_dossier(benchmark, big) -> None:
    ws, dossier_id = big

    def load() -> dict:
        ws._cache.clear()
        return ws.get(dossier_id).document

    doc = benchmark(load)
    assert len(doc["budget"]) == 2000


def test_edit_one_cell(benchmark, big) -> None:
    ws, dossier_id = big
    counter = iter(range(1, 10**9))

    def edit() -> None:
        state = ws.get(dossier_id)
        ws.update(
            dossier_id,
            state.version,
            [{"op": "replace", "path": "/budget/1000/amount_cents", "value": 100_000 + next(counter)}],
        )

    benchmark(edit)


def test_insert_at_top_and_undo(benchmark, big) -> None:
    ws, dossier_id = big
    line = copy.deepcopy(ws.get(dossier_id).document["budget"][0])

    def insert_and_undo() -> None:
        state = ws.get(dossier_id)
        result = ws.update(dossier_id, state.version, [{"op": "add", "path": "/budget/0", "value": line}])
        ws.update(dossier_id, result.state.version, result.inverse)

    benchmark(insert_and_undo)
    assert len(ws.get(dossier_id).document["budget"]) == 2000

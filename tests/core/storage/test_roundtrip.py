"""Storage -> document -> storage is the identity, for any schema-valid document."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from hubdesk.document import dump_bytes
from hubdesk.services import Workspace
from hubdesk.workspace_location import Location
from tests.strategies import dossier_documents


@pytest.fixture(scope="module")
def module_ws(module_location: Location) -> Workspace:
    ws = Workspace.open(module_location)
    yield ws
    ws.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dossier_documents())
def test_document_survives_storage_exactly(module_ws: Workspace, doc: dict[str, Any]) -> None:
    doc = {**doc, "id": str(uuid.uuid4())}
    module_ws.insert_document(doc)
    module_ws._cache.clear()  # read back from the rows, not from the cache
    stored = module_ws.get(doc["id"]).document
    assert stored == doc
    assert dump_bytes(stored) == dump_bytes(doc)


def test_int_and_float_numbers_keep_their_type(ws: Workspace) -> None:
    from hubdesk.demo import demo_document

    doc = demo_document()
    doc["properties"][0]["floor_area_sqm"] = 850
    doc["properties"][1]["floor_area_sqm"] = 850.5
    doc["indicators"][0]["target"] = 12.0
    ws.insert_document(doc)
    ws._cache.clear()
    back = ws.get(doc["id"]).document
    assert dump_bytes(back) == dump_bytes(doc)

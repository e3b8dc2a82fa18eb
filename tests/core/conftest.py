"""Fixtures for the core tests: a fresh workspace file and the demo dossier in it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hubdesk.services import Workspace

HANDWRITTEN = Path(__file__).resolve().parent.parent / "data" / "handwritten"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "ws.sqlite3")
    yield workspace
    workspace.close()


@pytest.fixture
def demo_id(ws: Workspace) -> str:
    return ws.add_demo()[0]

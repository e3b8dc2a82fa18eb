"""Fixtures for the core tests: a fresh workspace (a file, or a database on a server) and the demo dossier."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hubdesk.services import Workspace
from hubdesk.workspace_location import Location
from tests.pgserver import fresh_database

HANDWRITTEN = Path(__file__).resolve().parent.parent / "data" / "handwritten"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "ws.sqlite3")
    yield workspace
    workspace.close()


@pytest.fixture
def demo_id(ws: Workspace) -> str:
    return ws.add_demo()[0]


ENGINES = ("sqlite", "postgresql")


@pytest.fixture(params=ENGINES)
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Location]:
    """A new workspace location on each engine: a file, then an empty PostgreSQL database."""
    if request.param == "sqlite":
        yield tmp_path / "ws.sqlite3"
        return
    with fresh_database() as url:
        yield url


@pytest.fixture(scope="module", params=ENGINES)
def module_location(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Location]:
    if request.param == "sqlite":
        yield tmp_path_factory.mktemp("ws") / "ws.sqlite3"
        return
    with fresh_database() as url:
        yield url

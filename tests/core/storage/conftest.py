"""These tests run on both engines: a workspace file and a PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hubdesk.services import Workspace
from hubdesk.workspace_location import Location


@pytest.fixture
def ws(location: Location) -> Iterator[Workspace]:
    workspace = Workspace.open(location)
    yield workspace
    workspace.close()

"""Fixtures for the planning pages (helpers live in plan_fixtures.py so benchmarks can import them)."""

from __future__ import annotations

from typing import Any

import pytest

from hubdesk.callprofile import load_call_profile
from ui.sections.page import EditorContext

from .plan_fixtures import FakeWorkspace, fixture_document


@pytest.fixture
def profile():
    return load_call_profile()


@pytest.fixture
def fake_workspace() -> FakeWorkspace:
    return FakeWorkspace()


@pytest.fixture
def context(fake_workspace, profile) -> EditorContext:
    return EditorContext(fake_workspace, "0b7f8a36-3f0e-4a55-9c4e-6d5b8c1e2f10", profile, "en")  # type: ignore[arg-type]


@pytest.fixture
def doc() -> dict[str, Any]:
    return fixture_document()

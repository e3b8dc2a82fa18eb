"""Shared test setup: Qt runs offscreen, QSettings go to a temporary folder, and a fresh workspace."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "HUBDESK_STATE_DIR" not in os.environ:  # the registry of temporary files stays out of the user's folder
    import tempfile as _tempfile

    os.environ["HUBDESK_STATE_DIR"] = _tempfile.mkdtemp(prefix="hubdesk-test-state-")
if "HUBDESK_LOG_DIR" not in os.environ:  # nor do the logs of the command lines the tests run
    import tempfile as _tempfile

    os.environ["HUBDESK_LOG_DIR"] = _tempfile.mkdtemp(prefix="hubdesk-test-log-")

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests run on a shared 2-core CI machine: no per-example deadline, no "too slow" check.
settings.register_profile("hubdesk", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("hubdesk")


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The trust store and other user configuration live in a temporary folder during tests."""
    monkeypatch.setenv("HUBDESK_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[object]:
    """A new workspace file in a temporary folder, closed after the test."""
    from hubdesk.services import Workspace

    ws = Workspace.open(tmp_path / "ws.sqlite3")
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> Iterator[None]:
    """QSettings in an INI file under a temporary folder, so tests never touch the user's settings."""
    from PySide6.QtCore import QCoreApplication, QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("HubDeskTests")
    QCoreApplication.setApplicationName("HubDeskTests")
    yield

"""Where the workspace lives: --workspace, then HUBDESK_WORKSPACE, then the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "HubDesk"
DEFAULT_FILE = "workspace.sqlite3"


def default_workspace_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_FILE


def resolve_workspace_path(explicit: str | Path | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("HUBDESK_WORKSPACE")
    if env:
        return Path(env).expanduser()
    return default_workspace_path()

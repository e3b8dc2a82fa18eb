"""What every command shares: the workspace it works on, the language, exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

from hubdesk.services import Workspace
from hubdesk.services.location import resolve_workspace_path

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_INPUT = 2


class CliContext:
    """Opens the workspace lazily, so commands that do not need it never touch it."""

    def __init__(self, workspace: str | None, lang: str) -> None:
        self.workspace_path: Path = resolve_workspace_path(workspace)
        self.lang = lang
        self._ws: Workspace | None = None

    def workspace(self) -> Workspace:
        if self._ws is None:
            self._ws = Workspace.open(self.workspace_path)
        return self._ws

    def close(self) -> None:
        if self._ws is not None:
            self._ws.close()
            self._ws = None


def fail(message: str, code: int = EXIT_INPUT) -> int:
    print(f"hubdesk: {message}", file=sys.stderr)
    return code

"""What every command shares: the workspace it works on, the language, exit codes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hubdesk.workspace_location import resolve_workspace_path

if TYPE_CHECKING:
    from hubdesk.services import Workspace

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
            from hubdesk.services import Workspace  # imported on demand: it pulls in SQLAlchemy
            from hubdesk.storage.engine import BUSY_NOTICE_EN, BUSY_NOTICE_IT

            self._ws = Workspace.open(self.workspace_path)
            notice = BUSY_NOTICE_EN if self.lang == "en" else BUSY_NOTICE_IT
            self._ws.on_busy = lambda: print(f"hubdesk: {notice}", file=sys.stderr, flush=True)
        return self._ws

    def close(self) -> None:
        if self._ws is not None:
            self._ws.close()
            self._ws = None


def fail(message: str, code: int = EXIT_INPUT) -> int:
    print(f"hubdesk: {message}", file=sys.stderr)
    return code

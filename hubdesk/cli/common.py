"""What every command shares: the workspace it works on, the language, exit codes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from hubdesk.workspace_location import Location, resolve_workspace

if TYPE_CHECKING:
    from hubdesk.services import Workspace

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_INPUT = 2
EXIT_CONFLICT = 3


class CliContext:
    """Opens the workspace lazily, so commands that do not need it never touch it."""

    def __init__(self, workspace: str | None, lang: str) -> None:
        #: a file path (SQLite) or a server URL (PostgreSQL)
        self.workspace_location: Location = resolve_workspace(workspace)
        self.lang = lang
        self._ws: Workspace | None = None

    @property
    def workspace_path(self) -> Path:
        loc = self.workspace_location
        return loc if isinstance(loc, Path) else Path(loc)

    def workspace(self) -> Workspace:
        if self._ws is None:
            from hubdesk.services import Workspace  # imported on demand: it pulls in SQLAlchemy
            from hubdesk.storage.engine import BUSY_NOTICE_EN, BUSY_NOTICE_IT
            from hubdesk.storage.server import PasswordRequired

            try:
                self._ws = Workspace.open(self.workspace_location)
            except PasswordRequired as exc:
                password = _prompt_password(exc.message(self.lang), self.lang)
                if password is None:
                    raise
                self._ws = Workspace.open(self.workspace_location, password=password)
            notice = BUSY_NOTICE_EN if self.lang == "en" else BUSY_NOTICE_IT
            self._ws.on_busy = lambda: print(f"hubdesk: {notice}", file=sys.stderr, flush=True)
        return self._ws

    def close(self) -> None:
        if self._ws is not None:
            self._ws.close()
            self._ws = None


def _prompt_password(reason: str, lang: str) -> str | None:
    """Ask for the server password on the terminal (never echoed, never stored)."""
    if not sys.stdin.isatty():
        return None
    import getpass

    print(f"hubdesk: {reason}", file=sys.stderr)
    try:
        return getpass.getpass("Password: ")
    except (EOFError, KeyboardInterrupt):
        return None


def fail(message: str, code: int = EXIT_INPUT) -> int:
    print(f"hubdesk: {message}", file=sys.stderr)
    return code

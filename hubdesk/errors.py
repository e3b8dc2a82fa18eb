"""The base of every error the core shows to people: an Italian message and an English one.

The UI and the CLI print ``message(lang)``; ``pointer`` (a JSON Pointer, possibly empty) says
which part of the dossier the error is about, so the UI can jump there.
"""

from __future__ import annotations


class HubDeskError(Exception):
    def __init__(self, message_it: str, message_en: str | None = None, pointer: str = "") -> None:
        super().__init__(message_it)
        self.message_it = message_it
        self.message_en = message_en or message_it
        self.pointer = pointer

    def message(self, lang: str = "it") -> str:
        return self.message_en if lang == "en" else self.message_it


class WorkspaceError(HubDeskError):
    """The workspace file cannot be opened (not a HubDesk workspace, newer schema, unreadable)."""

"""Errors the services raise for the UI and the CLI to show (Italian first, English too)."""

from __future__ import annotations


class ServiceError(Exception):
    def __init__(self, message_it: str, message_en: str | None = None, pointer: str = "") -> None:
        super().__init__(message_it)
        self.message_it = message_it
        self.message_en = message_en or message_it
        self.pointer = pointer

    def message(self, lang: str = "it") -> str:
        return self.message_en if lang == "en" else self.message_it


class InputError(ServiceError):
    """Rejected input: nothing was written."""


class NotFoundError(ServiceError):
    """No such dossier, attachment or version in this workspace."""


class ConflictError(ServiceError):
    """Another window or process changed the dossier first: this edit was not written."""

    def __init__(self, dossier_id: str, expected: int, actual: int) -> None:
        super().__init__(
            "Il dossier è stato modificato in un'altra finestra o da un altro programma "
            f"(versione {actual}, attesa {expected}): la modifica non è stata salvata. "
            "Ricaricare il dossier per vedere le modifiche.",
            "The dossier was changed in another window or program "
            f"(version {actual}, expected {expected}): the edit was not saved. Reload the dossier.",
        )
        self.dossier_id = dossier_id
        self.expected = expected
        self.actual = actual

"""Errors the services raise for the UI and the CLI to show (Italian first, English too)."""

from __future__ import annotations

from hubdesk.errors import HubDeskError


class ServiceError(HubDeskError):
    """A use case could not be carried out; nothing was written."""


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

"""Errors the services raise for the UI and the CLI to show (Italian first, English too)."""

from __future__ import annotations

from hubdesk.errors import HubDeskError
from hubdesk.labels import local_clock


class ServiceError(HubDeskError):
    """A use case could not be carried out; nothing was written."""


class InputError(ServiceError):
    """Rejected input: nothing was written."""


class NotFoundError(ServiceError):
    """No such dossier, attachment or version in this workspace."""


class ConflictError(ServiceError):
    """Another window or process changed the dossier first: this edit was not written."""

    def __init__(
        self, dossier_id: str, expected: int, actual: int, *, by: str | None = None, at: str | None = None
    ) -> None:
        when = local_clock(at)
        who_it = f"da {by} " if by else "in un'altra finestra o da un altro programma "
        who_en = f"by {by} " if by else "in another window or program "
        at_it = f"alle {when} " if when else ""
        at_en = f"at {when} " if when else ""
        it = f"Il dossier è stato modificato {who_it}{at_it}"
        en = f"The dossier was changed {who_en}{at_en}"
        super().__init__(
            f"{it}(versione {actual}, attesa {expected}): la modifica non è stata salvata. "
            "Ricaricare il dossier per vedere le modifiche.",
            f"{en}(version {actual}, expected {expected}): the edit was not saved. Reload the dossier.",
        )
        self.dossier_id = dossier_id
        self.expected = expected
        self.actual = actual
        #: who made the change that got in first, and when (UTC ISO time), when known
        self.by = by
        self.at = at

"""Errors of the submission package, each with an Italian message for the user and an English one."""

from __future__ import annotations

from collections.abc import Sequence

from hubdesk.errors import HubDeskError
from hubdesk.validation.issues import Issue


class PackageError(HubDeskError):
    """The package cannot be built or read; ``message_it`` says why."""


class PackageRefused(PackageError):
    """Building was refused because validation still reports errors (they are in ``issues``)."""

    def __init__(self, issues: Sequence[Issue]) -> None:
        n = len(issues)
        super().__init__(
            f"Pacchetto non generato: la proposta contiene {n} errori da correggere",
            f"Package not built: the proposal has {n} errors to fix",
        )
        self.issues = tuple(issues)


class PackageFormatError(PackageError):
    """The file is not a readable HubDesk package, or reading it would be unsafe (zip-slip, zip bomb)."""

"""Use cases shared by the desktop app and the command line. Plain values in, plain values out.

:class:`Workspace` (with SQLAlchemy behind it) loads on first use, so the errors and value types
here import without it (the desktop app paints its library before the storage stack loads).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hubdesk.services.errors import ConflictError, InputError, NotFoundError, ServiceError
from hubdesk.services.types import DossierState, DossierSummary, EditResult, StoredFile, VersionInfo

if TYPE_CHECKING:
    from hubdesk.services.workspace import Workspace

__all__ = [
    "ConflictError",
    "DossierState",
    "DossierSummary",
    "EditResult",
    "InputError",
    "NotFoundError",
    "ServiceError",
    "StoredFile",
    "VersionInfo",
    "Workspace",
]


def __getattr__(name: str) -> object:
    if name == "Workspace":
        from hubdesk.services.workspace import Workspace

        return Workspace
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

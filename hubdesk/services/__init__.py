"""Use cases shared by the desktop app and the command line. Plain values in, plain values out."""

from hubdesk.services.errors import ConflictError, InputError, NotFoundError, ServiceError
from hubdesk.services.types import DossierState, DossierSummary, EditResult, StoredFile, VersionInfo
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

"""Plain values the services return (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class DossierSummary:
    id: str
    istat_code: str
    municipality: str
    title: str
    acronym: str
    modified: str
    version: int
    archived: bool
    errors: int
    warnings: int
    requested_fesr_cents: int
    requested_fse_cents: int
    #: False when the counts and totals are from an older version (or unknown): a check is due
    checked: bool = True
    #: who made the last change (database user or the name set in Settings), when recorded
    modified_by: str | None = None


@dataclass(frozen=True, slots=True)
class DossierState:
    """A dossier at one version. ``document`` is shared with the service's cache: never mutate it,
    change it through edit operations."""

    id: str
    version: int
    document: dict[str, Any]
    modified: str


@dataclass(frozen=True, slots=True)
class EditResult:
    state: DossierState
    inverse: list[dict[str, Any]]
    #: the undo-history entry that records this action (None when not recorded)
    entry: int | None = None


@dataclass(frozen=True, slots=True)
class StoredFile:
    sha256: str
    size: int
    sniffed_media_type: str | None
    file_name: str


@dataclass(frozen=True, slots=True)
class VersionInfo:
    number: int
    created_at: str
    package_name: str | None
    package_sha256: str | None


@dataclass(frozen=True, slots=True)
class DossierFootprint:
    """What a dossier holds beyond its document: asked before it is deleted (or its clone undone)."""

    changes: int  #: changes saved since it was created (each one a new version of the document)
    versions: int  #: frozen versions
    packages: int  #: packages built from it

    @property
    def worked_on(self) -> bool:
        return bool(self.changes or self.versions or self.packages)

"""The library list read with the standard ``sqlite3`` module, before SQLAlchemy is loaded.

The desktop app paints its first window from these rows while the rest of the workspace stack
(SQLAlchemy, the call profile, validation) loads in the background. Only a SQLite workspace already
at :data:`~hubdesk.storage.revision.HEAD_REVISION` qualifies; anything else (missing file, older or
foreign schema, a lock, damage) answers ``None`` and the caller takes the normal path, which
creates, upgrades or refuses the file with a proper message. The file is opened read-only.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from hubdesk.storage.revision import HEAD_REVISION

_LIST = """
SELECT d.uuid, d.istat_code, d.applicant_name, d.title, d.acronym, d.modified_at, d.version,
       d.archived, d.modified_by,
       s.version, s.errors, s.warnings, s.requested_fesr_cents, s.requested_fse_cents
FROM dossiers AS d LEFT OUTER JOIN dossier_status AS s ON s.dossier_pk = d.pk
WHERE d.deleted_at IS NULL
ORDER BY d.modified_at DESC
"""


@dataclass(frozen=True, slots=True)
class LibraryRow:
    """One dossier not in the trash, with its cached status (None: never checked)."""

    uuid: str
    istat_code: str
    applicant_name: str
    title: str
    acronym: str
    modified_at: str
    version: int
    archived: bool
    modified_by: str | None
    status_version: int | None
    errors: int
    warnings: int
    requested_fesr_cents: int
    requested_fse_cents: int


def read_library(path: Path) -> list[LibraryRow] | None:
    """Every dossier not in the trash (archived too), newest change first; None: take the normal path."""
    try:
        if not path.is_file():
            return None
        uri = path.resolve().as_uri() + "?mode=ro"
        con = sqlite3.connect(uri, uri=True, timeout=0.25)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        if con.execute("SELECT version_num FROM alembic_version").fetchall() != [(HEAD_REVISION,)]:
            return None
        rows = con.execute(_LIST).fetchall()
    except sqlite3.Error:  # not a workspace, damaged, locked, or missing a table
        return None
    finally:
        con.close()
    return [
        LibraryRow(
            uuid=r[0],
            istat_code=r[1],
            applicant_name=r[2],
            title=r[3],
            acronym=r[4],
            modified_at=r[5],
            version=int(r[6]),
            archived=bool(r[7]),
            modified_by=r[8],
            status_version=r[9],
            errors=int(r[10] or 0),
            warnings=int(r[11] or 0),
            requested_fesr_cents=int(r[12] or 0),
            requested_fse_cents=int(r[13] or 0),
        )
        for r in rows
    ]

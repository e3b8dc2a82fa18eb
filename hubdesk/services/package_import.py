"""An ``.asice`` package, signed or not, becomes a new dossier."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from hubdesk.package import PackageError, read_package
from hubdesk.services.errors import InputError

if TYPE_CHECKING:
    from hubdesk.services.workspace import Workspace


def import_package(ws: Workspace, path: Path) -> str:
    """Read the package safely, then import its document with the attachment files it carries.

    The attachment bytes are checked against the document's SHA-256 values like any import.
    """
    from hubdesk.services.transfer import import_document

    try:
        contents = read_package(path)
    except PackageError as exc:
        raise InputError(exc.message_it, exc.message_en) from exc
    with contents:
        return import_document(ws, contents.document, contents.attachments_dir)

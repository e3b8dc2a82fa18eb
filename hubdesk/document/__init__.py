"""The canonical dossier document (FORMATS.md §1): the one truth the PDF, package, diff and rules read."""

from hubdesk.document.canonical import (
    CURRENT_FORMAT_VERSION,
    FORMAT,
    DocumentError,
    dump_bytes,
    dumps,
    load_bytes,
    load_path,
)
from hubdesk.document.pointer import escape_token, join_pointer, resolve_pointer
from hubdesk.document.skeleton import new_document

__all__ = [
    "CURRENT_FORMAT_VERSION",
    "FORMAT",
    "DocumentError",
    "dump_bytes",
    "dumps",
    "escape_token",
    "join_pointer",
    "load_bytes",
    "load_path",
    "new_document",
    "resolve_pointer",
]

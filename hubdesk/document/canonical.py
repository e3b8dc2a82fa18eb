"""Load a dossier document with clear errors, and dump it canonically.

Canonical form: sorted keys, 2-space indent, UTF-8 (no ASCII escaping), final newline. The same
document always gives the same bytes, which the package's determinism relies on.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO

from hubdesk.document import numbers
from hubdesk.errors import HubDeskError
from hubdesk.fileio import FileReadError, FileTooLarge, format_limit, read_bounded

FORMAT = "hubdesk.dossier"
CURRENT_FORMAT_VERSION = 1
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024
MAX_PATCH_BYTES = 64 * 1024 * 1024


class DocumentError(HubDeskError, ValueError):
    """Unusable input: not JSON, not UTF-8, not a dossier document, or from a newer HubDesk."""


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DocumentError(
                f"Chiave duplicata {key!r} nello stesso oggetto JSON",
                f"Duplicate key {key!r} in the same JSON object",
            )
        out[key] = value
    return out


def _reject_constant(name: str) -> Any:
    raise DocumentError(f"Valore JSON non ammesso: {name}", f"JSON value not allowed: {name}")


def parse_json(data: bytes) -> Any:
    """Decode strict UTF-8 JSON (no NaN/Infinity, no duplicate keys, bounded nesting)."""
    if len(data) > MAX_DOCUMENT_BYTES:
        limit = format_limit(MAX_DOCUMENT_BYTES)
        raise DocumentError(
            f"Il dossier supera il limite di {limit}", f"The dossier exceeds the {limit} limit"
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"Il file non è codificato in UTF-8 (byte non valido alla posizione {exc.start})",
            f"The file is not UTF-8 encoded (invalid byte at offset {exc.start})",
        ) from exc
    try:
        value = json.loads(
            text,
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_reject_constant,
            parse_int=numbers.parse_int,
            parse_float=numbers.parse_float,
        )
    except RecursionError as exc:
        raise DocumentError(
            "Il JSON è annidato troppo in profondità", "The JSON is nested too deeply"
        ) from exc
    except json.JSONDecodeError as exc:
        raise DocumentError(
            f"Il file non è JSON valido: riga {exc.lineno}, colonna {exc.colno} ({exc.msg})",
            f"The file is not valid JSON: line {exc.lineno}, column {exc.colno} ({exc.msg})",
        ) from exc
    try:
        numbers.check_numbers(value)
    except numbers.NumberError as exc:
        raise DocumentError(exc.message_it, exc.message_en, exc.pointer) from exc
    return value


def check_envelope(doc: Any) -> dict[str, Any]:
    """Check that ``doc`` is a HubDesk dossier this version of the app can read."""
    if not isinstance(doc, dict):
        raise DocumentError("Il documento non è un oggetto JSON", "The document is not a JSON object")
    if doc.get("format") != FORMAT:
        raise DocumentError(
            f'Non è un dossier HubDesk: il campo "format" deve valere "{FORMAT}"',
            f'Not a HubDesk dossier: the "format" field must be "{FORMAT}"',
            "/format",
        )
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise DocumentError(
            'Il campo "format_version" deve essere un intero positivo',
            'The "format_version" field must be a positive integer',
            "/format_version",
        )
    if version > CURRENT_FORMAT_VERSION:
        raise DocumentError(
            f"Il dossier usa il formato {version}, più recente di questa versione di HubDesk "
            f"(formato {CURRENT_FORMAT_VERSION}): aggiornare HubDesk",
            f"The dossier uses format {version}, newer than this HubDesk (format {CURRENT_FORMAT_VERSION}):"
            " update HubDesk",
            "/format_version",
        )
    return doc


def load_bytes(data: bytes) -> dict[str, Any]:
    """Parse and check a dossier document; raises :class:`DocumentError` with a clear message."""
    return check_envelope(parse_json(data))


def load_path(path: str | Path) -> dict[str, Any]:
    """Read and check a document file; its size is checked while reading (a pipe, a device too)."""
    try:
        data = read_bounded(path, MAX_DOCUMENT_BYTES, what=("per un dossier", "for a dossier"))
    except (FileTooLarge, FileReadError) as exc:
        raise DocumentError(exc.message_it, exc.message_en) from exc
    return load_bytes(data)


def load_patch(source: str | Path | BinaryIO) -> Any:
    """The JSON of a patch file or stream (standard input), size counted while reading, parsed strictly.

    Strict as a document is (UTF-8, no NaN, no duplicate keys, numbers that can be stored); the
    operations themselves are checked when the patch is applied.
    """
    try:
        data = read_bounded(source, MAX_PATCH_BYTES, what=("per una patch", "for a patch"))
    except (FileTooLarge, FileReadError) as exc:
        raise DocumentError(exc.message_it, exc.message_en) from exc
    return parse_json(data)


def dumps(doc: dict[str, Any]) -> str:
    """Canonical text: sorted keys, 2-space indent, UTF-8 characters kept, final newline."""
    return json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def dump_bytes(doc: dict[str, Any]) -> bytes:
    return dumps(doc).encode("utf-8")

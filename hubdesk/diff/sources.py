"""Where a round comes from: a ``.json`` document, a ``.asice`` package, ``ID`` or ``ID@N``.

Files are recognised by their content (a ZIP is a package, anything else must be a dossier
document); a spec that names no existing file is a dossier id in the workspace, optionally with
``@N`` for its frozen version N. Every failure is a :class:`DiffInputError` with a clear message.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hubdesk.document import DocumentError, load_bytes, load_path
from hubdesk.errors import HubDeskError
from hubdesk.fileio import FileReadError, check_input
from hubdesk.package import names as N
from hubdesk.package.errors import PackageFormatError
from hubdesk.package.zipio import read_entry

if TYPE_CHECKING:
    from hubdesk.services import Workspace

MAX_DOSSIER_BYTES = 50 * 1024 * 1024
MAX_REPORT_BYTES = 16 * 1024 * 1024
_VERSIONED = re.compile(r"^(?P<id>.+)@(?P<n>\d+)$")
_FILE_SUFFIXES = (".json", ".asice", ".zip", ".sce")


class DiffInputError(HubDeskError):
    """A round that cannot be read (no such file or dossier, not a dossier, damaged package)."""


@dataclass(frozen=True, slots=True)
class Round:
    """One side of a comparison."""

    source: str
    document: dict[str, Any]
    dossier_id: str | None
    version: int | None  # the frozen version (ID@N) or the package's dossier version
    kind: str  # json | package | draft | version

    def header(self) -> dict[str, Any]:
        return {"source": self.source, "dossier_id": self.dossier_id, "version": self.version}


def _doc_id(doc: dict[str, Any]) -> str | None:
    ident = doc.get("id")
    return ident if isinstance(ident, str) else None


def read_package_round(path: Path, source: str | None = None) -> Round:
    """The dossier.json of a package (bounded read) and the version its validation report records."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise DiffInputError(
            f"{path}: non è un pacchetto .asice leggibile", f"{path}: not a readable .asice package"
        ) from exc
    with zf:
        try:
            info = zf.getinfo(N.DOSSIER)
        except KeyError:
            raise DiffInputError(
                f"{path}: il pacchetto non contiene dossier.json", f"{path}: the package has no dossier.json"
            ) from None
        try:
            doc = load_bytes(read_entry(zf, info, MAX_DOSSIER_BYTES))
        except PackageFormatError as exc:
            raise DiffInputError(f"{path}: {exc.message_it}", f"{path}: {exc.message_en}") from exc
        except DocumentError as exc:
            raise DiffInputError(
                f"{path}: dossier.json non valido: {exc.message_it}",
                f"{path}: invalid dossier.json: {exc.message_en}",
            ) from exc
        version = None
        if N.VALIDATION_REPORT in zf.namelist():
            try:
                report = json.loads(read_entry(zf, zf.getinfo(N.VALIDATION_REPORT), MAX_REPORT_BYTES))
                v = report.get("dossier_version") if isinstance(report, dict) else None
                version = v if isinstance(v, int) and not isinstance(v, bool) else None
            except (PackageFormatError, ValueError):
                version = None
    return Round(source or str(path), doc, _doc_id(doc), version, "package")


def read_file_round(path: Path, source: str | None = None) -> Round:
    try:
        regular = check_input(path) is not None  # a device or a pipe can only be a document
        if regular:
            with path.open("rb") as fh:
                head = fh.read(4)
    except FileReadError as exc:
        raise DiffInputError(exc.message_it, exc.message_en) from exc
    except OSError as exc:
        raise DiffInputError(
            f"Impossibile leggere {path}: {exc.strerror}", f"Cannot read {path}: {exc.strerror}"
        ) from exc
    if regular and head.startswith(b"PK"):
        return read_package_round(path, source)
    try:
        doc = load_path(path)
    except DocumentError as exc:
        raise DiffInputError(f"{path}: {exc.message_it}", f"{path}: {exc.message_en}") from exc
    return Round(source or str(path), doc, _doc_id(doc), None, "json")


def resolve_round(spec: str, workspace: Callable[[], Workspace]) -> Round:
    """Read one side of a comparison; ``workspace`` is opened only for ``ID`` / ``ID@N``."""
    path = Path(spec)
    if path.exists() and not path.is_dir():  # a file, or a device or a pipe (read bounded)
        return read_file_round(path, spec)
    if path.is_dir():
        raise DiffInputError(f"{spec} è una cartella, non un file", f"{spec} is a folder, not a file")
    if spec.lower().endswith(_FILE_SUFFIXES) or "/" in spec or "\\" in spec:
        raise DiffInputError(f"File non trovato: {spec}", f"File not found: {spec}")
    from hubdesk.services.errors import NotFoundError

    m = _VERSIONED.match(spec)
    ident = m.group("id") if m else spec
    try:
        ws = workspace()
        if m:
            number = int(m.group("n"))
            doc = ws.get_version(ident, number)
            return Round(spec, doc, ident, number, "version")
        return Round(spec, ws.get(ident).document, ident, None, "draft")
    except NotFoundError as exc:
        raise DiffInputError(
            f"{spec}: né un file né un dossier dell'area di lavoro ({exc.message_it})",
            f"{spec}: neither a file nor a dossier of the workspace ({exc.message_en})",
        ) from exc

"""Building the signed submission package of a stored dossier, and freezing the exported version."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pyhanko.sign.signers import Signer

from hubdesk import __version__
from hubdesk.package import PackageRefused, PackageResult, build_package, suggested_file_name
from hubdesk.progress import Progress
from hubdesk.services import register
from hubdesk.storage import blobs
from hubdesk.validation import validate_document

if TYPE_CHECKING:
    from hubdesk.services.workspace import Workspace


@dataclass(frozen=True, slots=True)
class BuildOutcome:
    result: PackageResult
    version: int


def default_package_name(ws: Workspace, dossier_id: str) -> str:
    """``HUB_<istat>_<ACRONYM>_v<version>.asice`` for the dossier as it is now."""
    from hubdesk.services import versions

    doc = ws.get(dossier_id).document
    return suggested_file_name(doc, versions.export_version(ws, dossier_id, doc).number)


def build_submission(
    ws: Workspace,
    dossier_id: str,
    out_path: Path,
    signer: Signer | Callable[[], Signer],
    *,
    progress: Progress | None = None,
) -> BuildOutcome:
    """Validate on the stored bytes, refuse on errors, build and sign, then freeze the version.

    The frozen version is exactly the document that went into the package, even if another window
    edits the dossier meanwhile.
    """
    state = ws.get(dossier_id)
    doc = state.document
    validation = validate_document(doc, ws.profile, attachment_facts=ws.attachment_facts(dossier_id))
    if validation.errors:
        raise PackageRefused([i for i in validation.issues if i.severity == "error"])
    from hubdesk.services import versions

    export = versions.export_version(ws, dossier_id, doc)
    version = export.number
    if out_path.is_dir():
        out_path = out_path / suggested_file_name(doc, version)

    def record(result: PackageResult) -> Callable[[], None]:
        """Record the version (and the package in the register) before the package becomes visible;
        undo when it cannot."""
        if export.exists:
            before = versions.record_package(ws, dossier_id, version, result.path.name, result.sha256)
            entry = register.record_build(ws, dossier_id, version, result)

            def restore() -> None:
                register.forget(ws, entry)
                versions.record_package(ws, dossier_id, version, *before)

            return restore
        versions.freeze_version(ws, dossier_id, result.path.name, result.sha256, doc, expected_number=version)
        entry = register.record_build(ws, dossier_id, version, result)

        def drop() -> None:
            register.forget(ws, entry)
            versions.drop_version(ws, dossier_id, version)

        return drop

    result = build_package(
        doc,
        lambda record: blobs.open_blob(ws.read_engine, record["sha256"]),
        signer,
        out_path,
        validation=validation,
        dossier_version=version,
        app_version=__version__,
        progress=progress,
        generated_on=export.created_on,
        record=record,
    )
    return BuildOutcome(result, version)

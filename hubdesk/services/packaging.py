"""Building the signed submission package of a stored dossier, and freezing the exported version."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pyhanko.sign.signers import Signer

from hubdesk import __version__
from hubdesk.package import PackageRefused, PackageResult, build_package, suggested_file_name
from hubdesk.progress import Progress
from hubdesk.services import register, versions
from hubdesk.services.attachments import facts_for
from hubdesk.services.store import Store
from hubdesk.storage import blobs
from hubdesk.validation import validate_document


@dataclass(frozen=True, slots=True)
class BuildOutcome:
    result: PackageResult
    version: int


def default_package_name(store: Store, dossier_id: str) -> str:
    """``HUB_<istat>_<ACRONYM>_v<version>.asice`` for the dossier as it is now."""
    with store.reading() as s:
        doc = store.document(s, store.dossier(s, dossier_id))
    return suggested_file_name(doc, versions.export_version(store, dossier_id, doc).number)


def build_submission(
    store: Store,
    dossier_id: str,
    out_path: Path,
    signer: Signer | Callable[[], Signer],
    *,
    progress: Progress | None = None,
) -> BuildOutcome:
    """Validate on the stored bytes, refuse on errors, build and sign, then freeze the version.

    The document and the facts about its stored attachment bytes are read in one transaction; the
    frozen version is exactly the document that went into the package, even if another window
    edits the dossier meanwhile (the version number chosen here is checked again when it is frozen).
    """
    with store.reading() as s:
        doc = store.document(s, store.dossier(s, dossier_id))
        facts = facts_for(s, doc)
    validation = validate_document(doc, store.profile, attachment_facts=facts)
    if validation.errors:
        raise PackageRefused([i for i in validation.issues if i.severity == "error"])
    export = versions.export_version(store, dossier_id, doc)
    version = export.number
    if out_path.is_dir():
        out_path = out_path / suggested_file_name(doc, version)

    def record(result: PackageResult) -> Callable[[], None]:
        """Record the version (and the package in the register) before the package becomes visible;
        undo when it cannot."""
        if export.exists:
            before = versions.record_package(store, dossier_id, version, result.path.name, result.sha256)
            entry = register.record_build(store, dossier_id, version, result)

            def restore() -> None:
                register.forget(store, entry)
                versions.record_package(store, dossier_id, version, *before)

            return restore
        versions.freeze_version(
            store, dossier_id, result.path.name, result.sha256, doc, expected_number=version
        )
        entry = register.record_build(store, dossier_id, version, result)

        def drop() -> None:
            register.forget(store, entry)
            versions.drop_version(store, dossier_id, version)

        return drop

    # every attachment streamed in one read transaction, in large reads (blobs.stream_blob)
    with store.reading() as s:
        result = build_package(
            doc,
            lambda record: blobs.stream_blob(s, record["sha256"]),
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

"""The workspace: one SQLite file or one PostgreSQL database of dossiers, and every use case on them.

:class:`Workspace` is the facade the desktop app and the command line use: a
:class:`~hubdesk.services.store.Store` whose methods call the use-case modules. Those take the
store and never import this module back.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from hubdesk import tempfiles
from hubdesk.callprofile import load_call_profile
from hubdesk.document import new_document
from hubdesk.services import attachments, editing, history, patching, register, status, transfer, versions
from hubdesk.services.errors import InputError, NotFoundError
from hubdesk.services.store import Store, utc_now
from hubdesk.services.types import (
    DossierFootprint,
    DossierState,
    DossierSummary,
    EditResult,
    StoredFile,
    VersionInfo,
)
from hubdesk.services.watching import ChangeFeed, DossierChange, Subscription
from hubdesk.storage import repository as repo
from hubdesk.storage.migrate import WorkspaceError
from hubdesk.storage.probe import check_workspace_file
from hubdesk.validation.facts import AttachmentFacts
from hubdesk.validation.issues import ValidationResult
from hubdesk.workspace_location import resolve_workspace

if TYPE_CHECKING:
    from collections.abc import Callable

    from pyhanko.sign.signers import Signer

    from hubdesk.progress import Progress
    from hubdesk.services.packaging import BuildOutcome

__all__ = ["Workspace", "utc_now"]


class Workspace(Store):
    """Open with :meth:`open`; safe to call from one worker thread at a time per dossier edit."""

    _feed: ChangeFeed | None = None  # started by the first watch()

    @classmethod
    def open(
        cls, path: str | Path | None = None, *, password: str | None = None, author: str | None = None
    ) -> Workspace:
        """Open (creating or upgrading as needed) the workspace at ``path`` or the default one.

        ``path`` may also be a PostgreSQL URL; ``password`` (from a prompt) is never stored.
        ``author``: who the changes made through it are recorded as (see ``Store.author``).
        """
        p = resolve_workspace(path)
        if isinstance(p, str):
            return cls(p, load_call_profile(), password=password, author=author)
        tempfiles.sweep()  # what killed HubDesk processes left behind
        check_workspace_file(p)  # foreign, damaged, read-only: refused untouched
        if not p.exists():
            try:
                p.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise WorkspaceError(
                    f"Impossibile creare l'area di lavoro in {p.parent}: {exc.strerror}",
                    f"Cannot create the workspace in {p.parent}: {exc.strerror}",
                ) from exc
        return cls(p, load_call_profile(), author=author)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._feed is not None:
            self._feed.stop()
        super().close()

    # ------------------------------------------------------------------ watching
    def watch(
        self, callback: Callable[[DossierChange], None], *, interval: float | None = None
    ) -> Subscription:
        """Call ``callback(DossierChange)`` from a background thread each time a dossier changes.

        Changes made by anyone count (other people, other windows and this one). PostgreSQL tells
        at once (LISTEN/NOTIFY); a SQLite file is looked at every ``interval`` seconds (default 2,
        ``HUBDESK_WATCH_SECONDS``). ``cancel()`` the result to stop; closing the workspace stops all.
        """
        return self.attach_watcher(Subscription(callback), interval=interval)

    def attach_watcher(self, subscription: Subscription, *, interval: float | None = None) -> Subscription:
        """Start delivering changes to an existing subscription (see :meth:`watch`)."""
        with self._lock:
            feed = self._feed
            if feed is None:
                feed = self._feed = ChangeFeed.for_workspace(self.engine, self.path, self.password)
            if interval is not None:
                feed.interval = min(feed.interval, interval)
        return feed.attach(subscription)

    def watching_ready(self, timeout: float | None = None) -> bool:
        """Wait until the change feed knows the current state (changes after it are delivered)."""
        return self._feed is not None and self._feed.ready.wait(timeout)

    # ------------------------------------------------------------------ reading
    def get(self, dossier_id: str) -> DossierState:
        with self.reading() as s:
            d = self.dossier(s, dossier_id)
            return DossierState(d.uuid, d.version, self.document(s, d), d.modified_at)

    def stored_version(self, dossier_id: str) -> int:
        """The dossier's version as stored now (one small query: cheap enough to poll)."""
        with self.reading() as s:
            return self.dossier(s, dossier_id).version

    def list_dossiers(self, include_archived: bool = False, *, check: bool = True) -> list[DossierSummary]:
        """Every dossier with its status (cached per version; recomputed when stale if ``check``).

        The desktop library lists with ``check=False`` (instant) and then checks the stale
        dossiers one by one with :meth:`refresh_status`; the command line checks at once.
        """
        return status.list_dossiers(self, include_archived, check)

    def stale_dossiers(self) -> list[str]:
        """Ids of the dossiers whose library status (counts, totals) is out of date."""
        return status.stale_ids(self)

    def refresh_status(self, dossier_id: str | None = None) -> int:
        """Recompute the library status of one dossier, or of every stale one; return how many.

        The desktop library calls it one dossier at a time between events, so it never freezes.
        """
        ids = [dossier_id] if dossier_id else status.stale_ids(self)
        for one in ids:
            status.refresh_one(self, one)
        return len(ids)

    # ------------------------------------------------------------------ writing
    def create(self, *, istat_code: str, population: int | None = None) -> DossierState:
        """A new, empty dossier for a Puglia municipality (name and population from the bundled table)."""
        muni = self.profile.municipalities.get(istat_code)
        if muni is None:
            raise InputError(
                f"Codice ISTAT {istat_code!r} non presente tra i Comuni pugliesi",
                f"ISTAT code {istat_code!r} is not a Puglia municipality",
                "/applicant/istat_code",
            )
        doc = new_document(
            self.profile.id,
            istat_code=istat_code,
            name=f"Comune di {muni.name}",
            population=population if population is not None else muni.population_2011,
        )
        return self.insert_document(doc)

    def insert_document(self, doc: dict[str, Any]) -> DossierState:
        """Store a schema-valid document as a new dossier under its own id."""
        now = utc_now()
        with self.transaction() as s:
            d = repo.insert_dossier(s, doc, now)
            version = d.version
        self.remember(doc["id"], version, doc)
        return DossierState(doc["id"], version, doc, now)

    def update(
        self,
        dossier_id: str,
        expected_version: int,
        ops: list[dict[str, Any]],
        *,
        description: str | None = None,
        mergeable: bool = False,
        merge_into: int | None = None,
        wait: bool = True,
    ) -> EditResult:
        """Apply edit operations in one transaction; refuse stale versions and schema breaks.

        With a ``description`` the action is recorded in the dossier's undo history (folded into
        entry ``merge_into`` when that is the last one and ``mergeable``). With ``wait=False`` a
        workspace locked by another program raises ``WorkspaceBusy`` at once instead of waiting.
        """
        return editing.update(
            self,
            dossier_id,
            expected_version,
            ops,
            description=description,
            mergeable=mergeable,
            merge_into=merge_into,
            wait=wait,
        )

    def undo_entry(
        self, dossier_id: str, expected_version: int, seq: int, *, wait: bool = True
    ) -> EditResult:
        """Undo the recorded action ``seq`` (its inverse operations); it can then be redone."""
        return editing.replay(self, dossier_id, expected_version, seq, undo=True, wait=wait)

    def redo_entry(
        self, dossier_id: str, expected_version: int, seq: int, *, wait: bool = True
    ) -> EditResult:
        """Apply again the recorded action ``seq`` after an undo."""
        return editing.replay(self, dossier_id, expected_version, seq, undo=False, wait=wait)

    def history(self, dossier_id: str) -> list[history.HistoryEntry]:
        """The dossier's recorded actions, oldest first (undone ones are the redo branch)."""
        with self.reading() as s:
            return history.entries(s, self.dossier(s, dossier_id).pk)

    def footprint(self, dossier_id: str) -> DossierFootprint:
        """Changes, versions and packages of a dossier: what a user loses sight of when it is deleted."""
        return DossierFootprint(
            changes=self.stored_version(dossier_id) - 1,  # a new dossier is version 1
            versions=len(self.list_versions(dossier_id)),
            packages=len(self.list_packages(dossier_id)),
        )

    def clone(self, dossier_id: str) -> DossierState:
        """A copy under a new id; attachments share their stored bytes."""
        src = self.get(dossier_id).document
        doc = {**src, "id": str(uuid.uuid4())}
        doc["proposal"] = {**src["proposal"], "title": f"{src['proposal']['title']} (copia)".strip()}
        return self.insert_document(doc)

    def patch(self, dossier_id: str, patch: Any, expected_version: int | None = None) -> DossierState:
        """Apply an RFC 6902 JSON Patch all or nothing (PatchRejected, ConflictError)."""
        return patching.patch_dossier(self, dossier_id, patch, expected_version)

    def delete(self, dossier_id: str) -> None:
        """Move to the trash (restorable with :meth:`restore`)."""
        with self.transaction() as s:
            self.dossier(s, dossier_id).deleted_at = utc_now()

    def restore(self, dossier_id: str) -> None:
        with self.transaction() as s:
            d = repo.find_dossier(s, dossier_id, include_deleted=True)
            if d is None:
                raise NotFoundError(f"Dossier non trovato: {dossier_id}", f"Dossier not found: {dossier_id}")
            d.deleted_at = None

    def set_archived(self, dossier_id: str, archived: bool) -> None:
        with self.transaction() as s:
            self.dossier(s, dossier_id).archived = archived

    # ------------------------------------------------------------------ delegated use cases
    def import_document(self, doc: Any, attachments_dir: Path | None = None) -> str:
        return transfer.import_document(self, doc, attachments_dir)

    def import_file(self, path: str | Path, attachments_dir: Path | None = None) -> str:
        return transfer.import_file(self, Path(path), attachments_dir)

    def export_to(self, dossier_id: str, out_json: Path, attachments_dir: Path | None = None) -> None:
        transfer.export_to(self, dossier_id, Path(out_json), attachments_dir)

    def suggested_export_name(self, dossier_id: str) -> str:
        """The file name offered when a dossier is exported with its attachments."""
        from hubdesk.services import bundle

        return bundle.suggested_name(self.get(dossier_id).document, dossier_id)

    def export_bundle(self, dossier_id: str, out: Path) -> None:
        """The document with its attachment files in one ``.hubdesk.zip``."""
        from hubdesk.services.bundle import export_bundle

        export_bundle(self, dossier_id, Path(out))

    def add_demo(self) -> list[str]:
        return transfer.add_demo(self)

    def store_file(self, source_path: Path) -> StoredFile:
        return attachments.store_file(self, Path(source_path))

    def open_attachment(self, dossier_id: str, att_id: str) -> BinaryIO:
        return attachments.open_attachment(self, dossier_id, att_id)

    def attachment_facts(self, dossier_id: str) -> dict[str, AttachmentFacts]:
        return attachments.attachment_facts(self, dossier_id)

    def partners_in_workspace(self, exclude_dossier: str | None = None) -> list[tuple[str, dict[str, Any]]]:
        return status.partners_in_workspace(self, exclude_dossier)

    def validate(self, dossier_id: str, *, rehash: bool = False) -> ValidationResult:
        return status.validate(self, dossier_id, rehash=rehash)

    def freeze_version(
        self, dossier_id: str, *, package_name: str | None = None, package_sha256: str | None = None
    ) -> int:
        return versions.freeze_version(self, dossier_id, package_name, package_sha256)

    def next_version_number(self, dossier_id: str) -> int:
        return versions.next_number(self, dossier_id)

    def list_versions(self, dossier_id: str) -> list[VersionInfo]:
        return versions.list_versions(self, dossier_id)

    def get_version(self, dossier_id: str, number: int) -> dict[str, Any]:
        return versions.get_version(self, dossier_id, number)

    def list_packages(self, dossier_id: str) -> list[register.RegisteredPackage]:
        """Every package built from this dossier (the register), by version then build time."""
        return register.list_packages(self, dossier_id)

    def default_package_name(self, dossier_id: str) -> str:
        from hubdesk.services import packaging  # on demand: it pulls in the signing stack

        return packaging.default_package_name(self, dossier_id)

    def build_submission(
        self,
        dossier_id: str,
        out_path: Path,
        signer: Signer | Callable[[], Signer],
        *,
        progress: Progress | None = None,
    ) -> BuildOutcome:
        """Validate, build and sign the package, then freeze the version (see ``services.packaging``)."""
        from hubdesk.services import packaging

        return packaging.build_submission(self, dossier_id, out_path, signer, progress=progress)

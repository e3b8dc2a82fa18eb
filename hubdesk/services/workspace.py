"""The workspace: one SQLite file holding many dossiers, and every use case on them."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from hubdesk import tempfiles
from hubdesk.callprofile import CallProfile, load_call_profile
from hubdesk.document import new_document
from hubdesk.document.patch import PatchError, apply_ops, touched_paths
from hubdesk.services import attachments, history, register, status, transfer, versions
from hubdesk.services.errors import ConflictError, InputError, NotFoundError
from hubdesk.services.types import DossierState, DossierSummary, EditResult, StoredFile, VersionInfo
from hubdesk.storage import models as m
from hubdesk.storage import repository as repo
from hubdesk.storage.engine import (
    make_engine,
    make_read_sessionmaker,
    make_sessionmaker,
    read_engine,
    read_session,
    write_session,
)
from hubdesk.storage.migrate import WorkspaceError, upgrade
from hubdesk.storage.probe import check_workspace_file
from hubdesk.validation import check_fragment
from hubdesk.validation.facts import AttachmentFacts
from hubdesk.validation.issues import ValidationResult
from hubdesk.workspace_location import resolve_workspace_path

_ENVELOPE = ("/format", "/format_version", "/call", "/id")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class Workspace:
    """Open with :meth:`open`; safe to call from one worker thread at a time per dossier edit."""

    def __init__(self, path: Path, profile: CallProfile) -> None:
        self.path = path
        self.profile = profile
        self.engine = make_engine(path)
        try:
            self.backup_path = upgrade(self.engine, path)
        except BaseException:
            self.engine.dispose()
            raise
        self._sessions = make_sessionmaker(self.engine)
        self._read_sessions = make_read_sessionmaker(self.engine)
        self.read_engine = read_engine(self.engine)
        #: called (from the waiting thread) when another program holds the write lock and HubDesk retries
        self.on_busy: Callable[[], None] | None = None
        self._cache: dict[str, tuple[int, dict[str, Any]]] = {}
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: str | Path | None = None) -> Workspace:
        """Open (creating or upgrading as needed) the workspace at ``path`` or the default one."""
        p = resolve_workspace_path(path)
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
        return cls(p, load_call_profile())

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self, *, wait: bool = True) -> Iterator[Session]:
        """A unit of work that writes (``BEGIN IMMEDIATE``), waiting for another program's lock."""
        with write_session(self._sessions, self.path, self.on_busy, wait=wait) as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A consistent read that never takes, nor waits for, the write lock."""
        with read_session(self._read_sessions, self.path) as session:
            yield session

    # ------------------------------------------------------------------ reading
    def _dossier(self, session: Session, dossier_id: str) -> m.Dossier:
        d = repo.find_dossier(session, dossier_id)
        if d is None:
            raise NotFoundError(f"Dossier non trovato: {dossier_id}", f"Dossier not found: {dossier_id}")
        return d

    def _document(self, session: Session, d: m.Dossier) -> dict[str, Any]:
        with self._lock:
            cached = self._cache.get(d.uuid)
        if cached and cached[0] == d.version:
            return cached[1]
        doc = repo.load_document(session, d)
        with self._lock:
            self._cache[d.uuid] = (d.version, doc)
        return doc

    def get(self, dossier_id: str) -> DossierState:
        with self.reading() as s:
            d = self._dossier(s, dossier_id)
            return DossierState(d.uuid, d.version, self._document(s, d), d.modified_at)

    def stored_version(self, dossier_id: str) -> int:
        """The dossier's version as stored now (one small query: cheap enough to poll)."""
        with self.reading() as s:
            return self._dossier(s, dossier_id).version

    def list_dossiers(self, include_archived: bool = False, *, check: bool = True) -> list[DossierSummary]:
        """Every dossier with its status (cached per version; recomputed when stale if ``check``).

        The desktop library lists with ``check=False`` (instant) and then checks the stale
        dossiers one by one with :meth:`refresh_status`; the command line checks at once.
        """
        fresh: list[status.Fresh] = []
        with self.reading() as s:
            stmt = (
                select(m.Dossier, m.DossierStatus)
                .outerjoin(m.DossierStatus, m.DossierStatus.dossier_pk == m.Dossier.pk)
                .where(m.Dossier.deleted_at.is_(None))
            )
            if not include_archived:
                stmt = stmt.where(m.Dossier.archived.is_(False))
            rows = s.execute(stmt.order_by(m.Dossier.modified_at.desc())).all()
            out = [status.summary(self, s, d, check=check, status=st, fresh=fresh) for d, st in rows]
        status.store(self, fresh)  # a cache: written in one short transaction, skipped when busy
        return out

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
        with self._lock:
            self._cache[doc["id"]] = (version, doc)
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
    ) -> EditResult:
        """Apply edit operations in one transaction; refuse stale versions and schema breaks.

        With a ``description`` the action is recorded in the dossier's undo history (folded into
        entry ``merge_into`` when that is the last one and ``mergeable``).
        """
        try:
            paths = touched_paths(ops)
        except PatchError as exc:
            raise InputError(
                f"Modifica non applicabile: {exc}", f"Edit cannot be applied: {exc.message_en}"
            ) from exc
        if any(p == env or p.startswith(env + "/") for p in paths for env in _ENVELOPE):
            raise InputError(
                "I campi di identificazione del dossier non sono modificabili",
                "The dossier's identification fields cannot be changed",
            )
        now = utc_now()
        entry = None
        with self.transaction() as s:
            d = self._dossier(s, dossier_id)
            new, inverse, version = self._apply_in(s, d, dossier_id, expected_version, ops, now)
            if description is not None:
                entry = history.record(
                    s,
                    d.pk,
                    ops,
                    inverse,
                    description=description,
                    mergeable=mergeable,
                    merge_into=merge_into,
                    now=now,
                )
        with self._lock:
            self._cache[dossier_id] = (version, new)
        return EditResult(DossierState(dossier_id, version, new, now), inverse, entry)

    def _apply_in(
        self,
        s: Session,
        d: m.Dossier,
        dossier_id: str,
        expected_version: int,
        ops: list[dict[str, Any]],
        now: str,
    ) -> tuple[dict[str, Any], list[dict[str, Any]], int]:
        """Apply ``ops`` inside an open transaction: version check, patch, schema check, row writes."""
        if d.version != expected_version:
            raise ConflictError(dossier_id, expected_version, d.version)
        old = self._document(s, d)
        try:
            new, inverse = apply_ops(old, ops)
        except PatchError as exc:
            raise InputError(
                f"Modifica non applicabile: {exc}", f"Edit cannot be applied: {exc.message_en}"
            ) from exc
        problems = check_fragment(new, touched_paths(ops))
        if problems:
            first = problems[0]
            raise InputError(first.message_it, first.message_en, first.path)
        try:
            version = repo.write_changes(s, d, old, new, expected_version, now)
        except repo.VersionConflict as exc:
            raise ConflictError(dossier_id, expected_version, exc.actual) from exc
        return new, inverse, version

    def undo_entry(self, dossier_id: str, expected_version: int, seq: int) -> EditResult:
        """Undo the recorded action ``seq`` (its inverse operations); it can then be redone."""
        return self._replay(dossier_id, expected_version, seq, undo=True)

    def redo_entry(self, dossier_id: str, expected_version: int, seq: int) -> EditResult:
        """Apply again the recorded action ``seq`` after an undo."""
        return self._replay(dossier_id, expected_version, seq, undo=False)

    def _replay(self, dossier_id: str, expected_version: int, seq: int, *, undo: bool) -> EditResult:
        now = utc_now()
        with self.transaction() as s:
            d = self._dossier(s, dossier_id)
            entry = history.find(s, d.pk, seq)
            if entry is None or entry.undone != (not undo):
                raise InputError(
                    "Questa azione non può essere annullata o ripetuta: la cronologia è cambiata",
                    "This action cannot be undone or redone: the history has changed",
                )
            new, inverse, version = self._apply_in(
                s, d, dossier_id, expected_version, history.ops_of(entry, undo=undo), now
            )
            entry.undone = undo
        with self._lock:
            self._cache[dossier_id] = (version, new)
        return EditResult(DossierState(dossier_id, version, new, now), inverse, seq)

    def history(self, dossier_id: str) -> list[history.HistoryEntry]:
        """The dossier's recorded actions, oldest first (undone ones are the redo branch)."""
        with self.reading() as s:
            return history.entries(s, self._dossier(s, dossier_id).pk)

    def clone(self, dossier_id: str) -> DossierState:
        """A copy under a new id; attachments share their stored bytes."""
        src = self.get(dossier_id).document
        doc = {**src, "id": str(uuid.uuid4())}
        doc["proposal"] = {**src["proposal"], "title": f"{src['proposal']['title']} (copia)".strip()}
        return self.insert_document(doc)

    def delete(self, dossier_id: str) -> None:
        """Move to the trash (restorable with :meth:`restore`)."""
        with self.transaction() as s:
            self._dossier(s, dossier_id).deleted_at = utc_now()

    def restore(self, dossier_id: str) -> None:
        with self.transaction() as s:
            d = repo.find_dossier(s, dossier_id, include_deleted=True)
            if d is None:
                raise NotFoundError(f"Dossier non trovato: {dossier_id}", f"Dossier not found: {dossier_id}")
            d.deleted_at = None

    def set_archived(self, dossier_id: str, archived: bool) -> None:
        with self.transaction() as s:
            self._dossier(s, dossier_id).archived = archived

    # ------------------------------------------------------------------ delegated use cases
    def import_document(self, doc: Any, attachments_dir: Path | None = None) -> str:
        return transfer.import_document(self, doc, attachments_dir)

    def import_file(self, path: str | Path, attachments_dir: Path | None = None) -> str:
        return transfer.import_file(self, Path(path), attachments_dir)

    def export_to(self, dossier_id: str, out_json: Path, attachments_dir: Path | None = None) -> None:
        transfer.export_to(self, dossier_id, Path(out_json), attachments_dir)

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

    def validate(self, dossier_id: str) -> ValidationResult:
        return status.validate(self, dossier_id)

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

"""Editing a stored dossier: edit operations applied in one transaction, recorded for undo."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from hubdesk.document.patch import PatchError, apply_ops, touched_paths
from hubdesk.services import history
from hubdesk.services.errors import ConflictError, InputError
from hubdesk.services.store import Store, utc_now
from hubdesk.services.types import DossierState, EditResult
from hubdesk.storage import models as m
from hubdesk.storage import repository as repo
from hubdesk.validation import check_fragment

_ENVELOPE = ("/format", "/format_version", "/call", "/id")


def _not_applicable(exc: PatchError) -> InputError:
    return InputError(f"Modifica non applicabile: {exc}", f"Edit cannot be applied: {exc.message_en}")


def update(
    store: Store,
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
    entry ``merge_into`` when that is the last one and ``mergeable``).
    """
    try:
        paths = touched_paths(ops)
    except PatchError as exc:
        raise _not_applicable(exc) from exc
    if any(p == env or p.startswith(env + "/") for p in paths for env in _ENVELOPE):
        raise InputError(
            "I campi di identificazione del dossier non sono modificabili",
            "The dossier's identification fields cannot be changed",
        )
    now = utc_now()
    entry = None
    with store.transaction(wait=wait) as s:
        d = store.dossier(s, dossier_id)
        new, inverse, version = _apply_in(store, s, d, dossier_id, expected_version, ops, now)
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
                author=store.author,
            )
    store.remember(dossier_id, version, new)
    return EditResult(DossierState(dossier_id, version, new, now), inverse, entry)


def _apply_in(
    store: Store,
    s: Session,
    d: m.Dossier,
    dossier_id: str,
    expected_version: int,
    ops: list[dict[str, Any]],
    now: str,
) -> tuple[dict[str, Any], list[dict[str, Any]], int]:
    """Apply ``ops`` inside an open transaction: version check, patch, schema check, row writes."""
    if d.version != expected_version:
        raise ConflictError(
            dossier_id,
            expected_version,
            d.version,
            by=_someone_else(d.modified_by, store.author),
            at=d.modified_at,
        )
    old = store.document(s, d)
    try:
        new, inverse = apply_ops(old, ops)
    except PatchError as exc:
        raise _not_applicable(exc) from exc
    problems = check_fragment(new, touched_paths(ops))
    if problems:
        first = problems[0]
        raise InputError(first.message_it, first.message_en, first.path)
    try:
        version = repo.write_changes(s, d, old, new, expected_version, now, store.author)
    except repo.VersionConflict as exc:
        raise ConflictError(dossier_id, expected_version, exc.actual) from exc
    return new, inverse, version


def replay(
    store: Store, dossier_id: str, expected_version: int, seq: int, *, undo: bool, wait: bool = True
) -> EditResult:
    """Undo (or redo) the recorded action ``seq`` in one transaction."""
    now = utc_now()
    with store.transaction(wait=wait) as s:
        d = store.dossier(s, dossier_id)
        entry = history.find(s, d.pk, seq)
        if entry is None or entry.undone != (not undo):
            raise InputError(
                "Questa azione non può essere annullata o ripetuta: la cronologia è cambiata",
                "This action cannot be undone or redone: the history has changed",
            )
        new, inverse, version = _apply_in(
            store, s, d, dossier_id, expected_version, history.ops_of(entry, undo=undo), now
        )
        history.mark_undone(s, d.pk, seq, undo)
    store.remember(dossier_id, version, new)
    return EditResult(DossierState(dossier_id, version, new, now), inverse, seq)


def _someone_else(by: str | None, me: str | None) -> str | None:
    """Who to name in a conflict: nobody when it was the same person (another window of theirs)."""
    return None if by == me else by

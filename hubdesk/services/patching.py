"""``dossier patch``: an RFC 6902 JSON Patch applied to a stored dossier in one transaction.

The patch is applied under the workspace lock to the dossier as stored at that moment, so a
``test`` operation sees the latest committed value: two scripts raising one number at the same
time never both succeed from the same starting value. With ``expected_version`` the dossier must
also still be at that version (otherwise ConflictError, nothing written).
"""

from __future__ import annotations

from typing import Any

from hubdesk.document.jsonpatch import JsonPatchError, apply_json_patch, touched_pointers
from hubdesk.services import history
from hubdesk.services.errors import ConflictError, InputError
from hubdesk.services.store import Store, utc_now
from hubdesk.services.types import DossierState
from hubdesk.storage import repository as repo
from hubdesk.validation import check_fragment

_ENVELOPE = ("format", "format_version", "call", "id")
#: how the recorded action reads in the dossier's history
DESCRIPTION = "Modifica da script (JSON Patch)"


class PatchRejected(InputError):
    """A malformed patch, an operation that does not apply, a failed ``test`` or a broken structure."""


def _checked_result(old: dict[str, Any], patch: Any) -> dict[str, Any]:
    try:
        new = apply_json_patch(old, patch)
    except JsonPatchError as exc:
        raise PatchRejected(
            f"Patch rifiutata, nulla è stato scritto: {exc.message_it}",
            f"Patch rejected, nothing was written: {exc.message_en}",
        ) from exc
    if not isinstance(new, dict) or any(new.get(k) != old.get(k) or k not in new for k in _ENVELOPE):
        raise PatchRejected(
            "Patch rifiutata: i campi di identificazione del dossier (format, format_version, call, id) "
            "non sono modificabili",
            "Patch rejected: the dossier's identification fields (format, format_version, call, id) "
            "cannot be changed",
        )
    paths = touched_pointers(patch)
    if set(new) != set(old):
        paths.append("")
    problems = check_fragment(new, paths)
    if problems:
        first = problems[0]
        raise PatchRejected(
            f"Patch rifiutata, la struttura del dossier non sarebbe valida: {first.path or '/'}: "
            f"{first.message_it}",
            f"Patch rejected, the dossier's structure would break: {first.path or '/'}: {first.message_en}",
            first.path,
        )
    # unchanged sections keep their identity: only the changed ones are written
    for key, value in old.items():
        if key in new and new[key] == value:
            new[key] = value
    return new


def patch_dossier(
    ws: Store, dossier_id: str, patch: Any, expected_version: int | None = None
) -> DossierState:
    now = utc_now()
    with ws.transaction() as s:
        d = ws.dossier(s, dossier_id)
        if expected_version is not None and d.version != expected_version:
            raise ConflictError(
                dossier_id,
                expected_version,
                d.version,
                by=None if d.modified_by == ws.author else d.modified_by,
                at=d.modified_at,
            )
        old = ws.document(s, d)
        new = _checked_result(old, patch)
        changed = [k for k in old if new[k] is not old[k]]
        if not changed:
            return DossierState(dossier_id, d.version, old, d.modified_at)
        try:
            version = repo.write_changes(s, d, old, new, d.version, now, ws.author)
        except repo.VersionConflict as exc:  # cannot happen under the lock; kept for safety
            raise ConflictError(dossier_id, d.version, exc.actual) from exc
        forward = [{"op": "replace", "path": f"/{k}", "value": new[k]} for k in changed]
        inverse = [{"op": "replace", "path": f"/{k}", "value": old[k]} for k in changed]
        history.record(
            s,
            d.pk,
            forward,
            inverse,
            description=DESCRIPTION,
            mergeable=False,
            merge_into=None,
            now=now,
            author=ws.author,
        )
    ws.remember(dossier_id, version, new)
    return DossierState(dossier_id, version, new, now)

"""A workspace that shows its library at once and finishes opening in a background thread.

Start-up: the library rows of a current SQLite workspace are read with the standard ``sqlite3``
module (``storage.quick_library``), so the first window paints before SQLAlchemy, the call
profile and validation load; :class:`OpeningWorkspace` then opens the real :class:`Workspace` in a
thread. Until it is there, the library listing comes from the rows read at start; anything else
asked of it waits for the real workspace (a fraction of a second, only right after start-up).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hubdesk.services.types import DossierSummary
from hubdesk.services.watching import DossierChange, Subscription
from hubdesk.storage.quick_library import LibraryRow, read_library
from hubdesk.workspace_location import describe, resolve_workspace

if TYPE_CHECKING:
    from hubdesk.services.workspace import Workspace

log = logging.getLogger("hubdesk.services")


def _summary(r: LibraryRow) -> DossierSummary:
    checked = r.status_version is not None and r.status_version == r.version
    return DossierSummary(
        id=r.uuid,
        istat_code=r.istat_code,
        municipality=r.applicant_name,
        title=r.title,
        acronym=r.acronym,
        modified=r.modified_at,
        version=r.version,
        archived=r.archived,
        errors=r.errors if r.status_version is not None else 0,
        warnings=r.warnings if r.status_version is not None else 0,
        requested_fesr_cents=r.requested_fesr_cents if r.status_version is not None else 0,
        requested_fse_cents=r.requested_fse_cents if r.status_version is not None else 0,
        checked=checked,
        modified_by=r.modified_by,
    )


def quick_listing(location: str | Path | None) -> tuple[Path, list[DossierSummary]] | None:
    """The workspace file and its library rows (archived too), read without SQLAlchemy.

    None when the normal path must open it: a server, a missing, older, foreign or unreadable file.
    """
    loc = resolve_workspace(location)
    if not isinstance(loc, Path):
        return None
    rows = read_library(loc)
    if rows is None:
        return None
    return loc, [_summary(r) for r in rows]


class OpeningWorkspace:
    """Stands in for the :class:`Workspace` at ``path`` while it opens in a background thread.

    :meth:`start` begins opening; asking for anything but the listing before that starts it too.
    ``on_done`` is called from that thread when the workspace is open (or failed to open).
    """

    password: str | None = None  # a SQLite file has none
    is_server = False

    def __init__(
        self,
        path: Path,
        rows: list[DossierSummary],
        on_done: Callable[[], None] | None = None,
        *,
        author: str | None = None,
    ) -> None:
        self.path: Path = path
        self._author = author
        self.label = describe(path)
        self._rows = rows
        self._on_done = on_done
        self._real: Workspace | None = None
        self._error: BaseException | None = None
        self._done = threading.Event()
        self._closed = False
        self._watchers: list[Subscription] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._open, name="hubdesk-open-workspace", daemon=True)

    def start(self) -> None:
        """Begin opening in the background (the app calls it once its first window is painted)."""
        if self._thread.ident is None:
            self._thread.start()

    def _open(self) -> None:
        start = time.perf_counter()
        try:
            from hubdesk.services.workspace import Workspace

            author = self._author
            self._real = Workspace.open(self.path, author=author)
            with self._lock:
                if self._author != author:  # set_author called while it opened
                    self._real.set_author(self._author)
                watchers, self._watchers = self._watchers, []
            for sub in watchers:  # subscribed before it was open
                self._real.attach_watcher(sub)
            log.info("workspace opened in the background in %.2f s", time.perf_counter() - start)
        except BaseException as exc:  # handed to whoever asks for the workspace
            self._error = exc
        finally:
            with self._lock:
                self._done.set()
                closed = self._closed
            if closed and self._real is not None:  # closed while opening: nobody will use it
                self._real.close()
            elif self._on_done is not None:
                self._on_done()

    @property
    def ready(self) -> bool:
        return self._done.is_set()

    @property
    def error(self) -> BaseException | None:
        return self._error if self._done.is_set() else None

    def result(self, timeout: float | None = None) -> Workspace:
        """The open workspace (waiting for it); raises what opening it raised."""
        self.start()
        if not self._done.wait(timeout):
            raise TimeoutError("the workspace is still opening")
        if self._error is not None:
            raise self._error
        assert self._real is not None
        return self._real

    def list_dossiers(self, include_archived: bool = False, *, check: bool = True) -> list[DossierSummary]:
        if not self._done.is_set() and not check:
            return [r for r in self._rows if include_archived or not r.archived]
        return self.result().list_dossiers(include_archived, check=check)

    def watch(self, callback: Callable[[DossierChange], None]) -> Subscription:
        """As ``Workspace.watch``; before the workspace is open, changes are delivered once it is."""
        with self._lock:
            real = self._real
            if real is None:
                sub = Subscription(callback)
                self._watchers.append(sub)
                return sub
        return real.watch(callback)

    def set_author(self, name: str | None) -> None:
        """As ``Workspace.set_author``, also before the workspace is open."""
        with self._lock:
            self._author = name
            real = self._real
        if real is not None:
            real.set_author(name)

    def close(self) -> None:
        """Close the workspace; one still opening is closed by its thread when it is open."""
        with self._lock:
            self._closed = True
            if not self._done.is_set():
                return
        if self._real is not None:
            self._real.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.result(), name)

"""One serial worker for database calls: jobs run one at a time, in order, off the caller's thread.

The desktop app gives each workspace one of these (``ui.db_worker.DatabaseWorker`` wraps it for
Qt), so the GUI thread never waits on the database: it submits a call and gets the result (or the
exception) back through ``done``. Running the jobs serially keeps edits in the order they were
made and never lets two of them race for the same dossier version. Qt-free, so the core and any
front end can use it.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger("hubdesk.jobs")


@dataclass(slots=True)
class Job:
    """A call to run on the worker, and where its outcome goes (called on the worker thread)."""

    call: Callable[[], Any]
    done: Callable[[Any, BaseException | None], None] | None = None
    name: str = ""


class SerialExecutor:
    """A single worker thread running :class:`Job` s in submission order."""

    def __init__(self, name: str = "hubdesk-db") -> None:
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._idle = threading.Condition()
        self._pending = 0
        self._closed = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        """Jobs submitted and not finished yet (the one running included)."""
        with self._idle:
            return self._pending

    def submit(self, job: Job) -> None:
        with self._idle:
            if self._closed:
                raise RuntimeError("the database worker has been shut down")
            self._pending += 1
        self._queue.put(job)

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            result: Any = None
            error: BaseException | None = None
            try:
                result = job.call()
            except BaseException as exc:
                error = exc
            try:
                if job.done is not None:
                    job.done(result, error)
                elif error is not None:
                    log.error("database job %s failed", job.name or job.call, exc_info=error)
            finally:
                with self._idle:
                    self._pending -= 1
                    self._idle.notify_all()

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until every submitted job has finished (for shutdown and tests); False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    def shutdown(self, timeout: float | None = 30.0) -> None:
        """Finish the queued jobs, then stop the thread."""
        with self._idle:
            if self._closed:
                return
            self._closed = True
        self._queue.put(None)
        self._thread.join(timeout)

"""Batch triage on every core: packages verified in worker processes, results streamed as they finish.

Verification is CPU-bound Python (ZIP checks, DER, RSA, rules), so threads would share one core;
a pool of processes uses them all. Each worker receives the trust anchors once (as DER) and keeps
its own chain-validation cache, so a folder signed by the same few people builds each path once
per worker. Results come back in completion order with their index; ``verify_folder`` re-orders
them for printing while still streaming. After a batch, :func:`mark_duplicates` flags packages of
the same municipality or with the same CUP.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import x509

from hubdesk import logs
from hubdesk.progress import Cancelled, NullProgress, Progress
from hubdesk.verify.engine import verify_package
from hubdesk.verify.trust import TrustAnchors
from hubdesk.verify.verdict import PackageVerdict

DEFAULT_WORKERS = 2
log = logging.getLogger("hubdesk.verify")
_worker_trust: TrustAnchors | None = None


def _init_worker(ders: tuple[bytes, ...], source: str, as_of: str | None, log_target: str | None) -> None:
    global _worker_trust
    from hubdesk import logs

    logs.configure_worker(log_target)  # pyHanko's warnings go to the log file, never to the terminal
    _worker_trust = TrustAnchors(tuple(x509.Certificate.load(d) for d in ders), source, as_of)


def _verify_in_worker(path: str, now: datetime) -> PackageVerdict:
    assert _worker_trust is not None
    return verify_package(path, _worker_trust, now=now)


def default_workers() -> int:
    """Two processes (the brief's "both cores"), or fewer on a one-core machine."""
    return max(1, min(DEFAULT_WORKERS, os.cpu_count() or 1))


def _context() -> multiprocessing.context.BaseContext:
    """fork is fast, but unsafe once threads run (a GUI, a worker thread): then forkserver, preloading
    the verifier only (never ``__main__``, which may be the GUI's start-up script).

    In a frozen bundle (PyInstaller) always spawn: the child is the bundled program itself, which
    ``multiprocessing.freeze_support()`` at the top of its entry script turns into a worker, the same
    way on Linux, Windows and macOS. A pool that cannot start falls back to this process."""
    if getattr(sys, "frozen", False):
        return multiprocessing.get_context("spawn")
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["hubdesk.verify.batch"])
        return ctx
    return multiprocessing.get_context("spawn")


def verify_stream(
    paths: Sequence[str | Path],
    trust: TrustAnchors,
    *,
    workers: int | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Iterator[tuple[int, PackageVerdict]]:
    """``(index in paths, verdict)`` as each package finishes; a cancel stops the pool (``Cancelled``)."""
    progress = progress or NullProgress()
    now = now or datetime.now(UTC)
    workers = min(workers or default_workers(), len(paths))
    if workers <= 1:
        yield from _in_this_process(paths, trust, now, progress)
        return
    ders = tuple(c.dump() for c in trust.roots)
    try:
        pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=_context(),
            initializer=_init_worker,
            initargs=(ders, trust.source, trust.as_of, logs.library_log_target()),
        )
    except (OSError, ImportError, NotImplementedError) as exc:  # no processes here (no semaphores…)
        log.warning("verification in one process: %s", exc)
        yield from _in_this_process(paths, trust, now, progress)
        return
    try:
        pending: dict[Future[PackageVerdict], int] = {
            pool.submit(_verify_in_worker, str(p), now): i for i, p in enumerate(paths)
        }
        done_count = 0
        while pending:
            done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if progress.cancelled():
                raise Cancelled()
            for future in done:
                index = pending.pop(future)
                try:
                    verdict = future.result()
                except BrokenProcessPool:  # no worker processes here: finish in this process
                    verdict = verify_package(paths[index], trust, now=now)
                except Exception as exc:  # a worker killed (out of memory) must not end the batch
                    verdict = _crashed(str(paths[index]), exc)
                done_count += 1
                progress.report(done_count / len(paths), "Verifica dei pacchetti")
                yield index, verdict
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _in_this_process(
    paths: Sequence[str | Path], trust: TrustAnchors, now: datetime, progress: Progress
) -> Iterator[tuple[int, PackageVerdict]]:
    for i, path in enumerate(paths):
        if progress.cancelled():
            raise Cancelled()
        yield i, verify_package(path, trust, now=now)
        progress.report((i + 1) / len(paths), "Verifica dei pacchetti")


def _crashed(path: str, exc: BaseException) -> PackageVerdict:
    from hubdesk.verify.verdict import FORMAT_FAILURE, TOTAL_FAILED, Problem

    return PackageVerdict(
        path=path,
        indication=TOTAL_FAILED,
        sub_indication=FORMAT_FAILURE,
        problems=[
            Problem(
                f"La verifica del pacchetto si è interrotta ({type(exc).__name__})",
                f"Verification of the package stopped ({type(exc).__name__})",
            )
        ],
    )


def verify_in_order(
    paths: Sequence[str | Path],
    trust: TrustAnchors,
    *,
    workers: int | None = None,
    now: datetime | None = None,
    on_verdict: Callable[[PackageVerdict], None] | None = None,
) -> list[PackageVerdict]:
    """All verdicts in input order; ``on_verdict`` is called in that order as soon as each is known."""
    results: dict[int, PackageVerdict] = {}
    next_index = 0
    for index, verdict in verify_stream(paths, trust, workers=workers, now=now):
        results[index] = verdict
        while next_index in results:
            if on_verdict is not None:
                on_verdict(results[next_index])
            next_index += 1
    return [results[i] for i in range(len(paths))]


def _key(text: str | None) -> str | None:
    return " ".join(text.casefold().split()) if text else None


def mark_duplicates(verdicts: Sequence[PackageVerdict]) -> None:
    """Set ``duplicates`` on each verdict: the other packages with its municipality or its CUP."""
    by_key: dict[tuple[str, str], list[PackageVerdict]] = {}
    for v in verdicts:
        municipality = v.istat_code or _key(v.municipality)
        if municipality:
            by_key.setdefault(("municipality", municipality), []).append(v)
        if v.cup:
            by_key.setdefault(("cup", v.cup.upper()), []).append(v)
    for v in verdicts:
        v.duplicates = []
    for group in by_key.values():
        if len(group) < 2:
            continue
        for v in group:
            for other in group:
                name = Path(other.path).name
                if other is not v and name not in v.duplicates:
                    v.duplicates.append(name)
    for v in verdicts:
        v.duplicates.sort()

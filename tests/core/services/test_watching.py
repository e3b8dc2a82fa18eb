"""The change feed: a change made by another process reaches a subscriber within seconds, on both
engines (PostgreSQL LISTEN/NOTIFY, SQLite polling), on a background thread, with who and when."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from hubdesk.services import Workspace
from hubdesk.services.watching import DossierChange

WAIT_S = 30  # a gross bound for a busy machine: the feed itself answers in about a second

_EDIT_ELSEWHERE = """
import sys
from hubdesk.services import Workspace
with Workspace.open(sys.argv[1], author=sys.argv[2]) as ws:
    state = ws.get(sys.argv[3])
    ws.update(state.id, state.version, [{"op": "replace", "path": "/proposal/title", "value": "Altrove"}],
              description="Titolo")
"""


class Collector:
    def __init__(self) -> None:
        self.changes: queue.Queue[DossierChange] = queue.Queue()
        self.threads: set[str] = set()

    def __call__(self, change: DossierChange) -> None:
        self.threads.add(threading.current_thread().name)
        self.changes.put(change)

    def next_for(self, dossier_id: str, **expected: Any) -> DossierChange:
        while True:
            change = self.changes.get(timeout=WAIT_S)
            if change.dossier_id == dossier_id and all(getattr(change, k) == v for k, v in expected.items()):
                return change


def _watching(ws: Workspace) -> Collector:
    seen = Collector()
    ws.watch(seen, interval=0.1)
    assert ws.watching_ready(WAIT_S)
    return seen


def test_an_edit_in_another_process_reaches_the_subscriber(ws: Workspace) -> None:
    dossier = ws.create(istat_code="072029").id
    seen = _watching(ws)
    location = str(ws.location)
    subprocess.run(
        [sys.executable, "-c", _EDIT_ELSEWHERE, location, "Maria Rossi", dossier],
        check=True,
        cwd=Path(__file__).resolve().parents[3],
        timeout=120,
    )
    change = seen.next_for(dossier)
    assert change.version == 2 and change.author == "Maria Rossi" and change.at
    assert not change.deleted and not change.archived
    assert change.at == ws.get(dossier).modified
    assert threading.main_thread().name not in seen.threads  # delivered off the caller's thread


def test_new_archived_and_trashed_dossiers_are_told(ws: Workspace) -> None:
    seen = _watching(ws)
    other = Workspace.open(ws.location, author="Luca Bianchi")
    try:
        dossier = other.create(istat_code="072029").id
        assert seen.next_for(dossier).version == 1
        other.set_archived(dossier, True)
        seen.next_for(dossier, archived=True)
        other.delete(dossier)
        seen.next_for(dossier, deleted=True)
        other.restore(dossier)
        seen.next_for(dossier, deleted=False)
    finally:
        other.close()


def test_a_failing_subscriber_does_not_stop_the_others_and_cancel_stops_the_calls(ws: Workspace) -> None:
    dossier = ws.create(istat_code="072029").id

    def broken(_change: DossierChange) -> None:
        raise RuntimeError("a subscriber's bug")

    ws.watch(broken, interval=0.1)
    cancelled = Collector()
    sub = ws.watch(cancelled, interval=0.1)
    seen = _watching(ws)
    sub.cancel()
    state = ws.get(dossier)
    ws.update(dossier, state.version, [{"op": "replace", "path": "/proposal/title", "value": "Uno"}])
    assert seen.next_for(dossier).version == 2
    assert cancelled.changes.empty()


def test_closing_the_workspace_stops_the_feed(location: Any) -> None:
    ws = Workspace.open(location)
    _watching(ws)
    feed = ws._feed
    assert feed is not None
    ws.close()
    assert not feed._thread.is_alive()


def test_the_server_announces_every_dossier_change(location: Any) -> None:
    if isinstance(location, Path):
        pytest.skip("a SQLite file has no notifications (its feed polls)")
    import psycopg
    from sqlalchemy.engine import make_url

    with Workspace.open(location, author="Anna Verdi") as ws:
        dossier = ws.create(istat_code="072029").id
        args, kwargs = ws.engine.dialect.create_connect_args(make_url(location))
        with psycopg.connect(*args, autocommit=True, **kwargs) as conn:
            conn.execute("LISTEN hubdesk_dossiers")
            state = ws.get(dossier)
            ws.update(dossier, state.version, [{"op": "replace", "path": "/proposal/title", "value": "T"}])
            notes = list(conn.notifies(timeout=WAIT_S, stop_after=1))
    import json

    payload = json.loads(notes[0].payload)
    assert payload["id"] == dossier and payload["version"] == 2 and payload["by"] == "Anna Verdi"


def test_a_lost_server_connection_is_opened_again_and_nothing_is_missed(location: Any) -> None:
    if isinstance(location, Path):
        pytest.skip("a server connection")
    from tests.pgserver import _admin, admin_url

    with Workspace.open(location) as ws:
        dossier = ws.create(istat_code="072029").id
        seen = _watching(ws)
        with _admin(admin_url()) as conn:
            killed = conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = 'HubDesk change feed' AND datname = %s",
                (ws.engine.url.database,),
            ).fetchall()
        assert killed
        state = ws.get(dossier)  # changed while the feed is away
        ws.update(dossier, state.version, [{"op": "replace", "path": "/proposal/title", "value": "Dopo"}])
        assert seen.next_for(dossier).version == 2


def test_a_workspace_still_opening_delivers_changes_once_open(tmp_path: Path) -> None:
    from hubdesk.services.opening import OpeningWorkspace, quick_listing

    path = tmp_path / "ws.sqlite3"
    with Workspace.open(path) as first:
        dossier = first.create(istat_code="072029").id
    listing = quick_listing(path)
    assert listing is not None
    opening = OpeningWorkspace(*listing)
    seen = Collector()
    opening.watch(seen)  # before it is open: the library subscribes at its first paint
    opening.start()
    try:
        real = opening.result(timeout=WAIT_S)
        real.watch(lambda _c: None, interval=0.1)
        assert real.watching_ready(WAIT_S)
        with Workspace.open(path, author="Maria Rossi") as other:
            state = other.get(dossier)
            other.update(dossier, state.version, [{"op": "replace", "path": "/proposal/title", "value": "X"}])
        assert seen.next_for(dossier).author == "Maria Rossi"
    finally:
        opening.close()


def test_a_feed_on_a_file_moved_away_never_creates_an_empty_one(tmp_path: Path) -> None:
    import sqlite3

    from hubdesk.services.watching import _SqlitePoll

    with pytest.raises(sqlite3.OperationalError):
        _SqlitePoll(tmp_path / "gone.sqlite3")
    assert not (tmp_path / "gone.sqlite3").exists()
    with Workspace.open(tmp_path / "città con spazi.sqlite3") as ws:  # a path that needs quoting
        ws.watch(lambda _c: None, interval=0.1)
        assert ws.watching_ready(WAIT_S)

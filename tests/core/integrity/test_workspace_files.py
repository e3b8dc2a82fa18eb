"""Workspaces that are not what they seem: foreign, truncated, read-only, URLs, failed migrations."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from hubdesk import tempfiles
from hubdesk.cli import main
from hubdesk.errors import WorkspaceError
from hubdesk.services import Workspace
from hubdesk.storage import migrate
from hubdesk.storage.engine import make_engine
from hubdesk.storage.migrate import upgrade
from tests.readonly import read_only


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


def _foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("create table notes(id integer primary key, text)")
    conn.execute("insert into notes(text) values ('spesa')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("lang", ["it", "en"])
def test_another_programs_database_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    path = tmp_path / "other.db"
    _foreign(path)
    before = _digest(path)
    code, err = _cli(capsys, "--lang", lang, "--workspace", str(path), "demo")
    assert code == 2 and ("altro programma" if lang == "it" else "another program") in err
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]  # no -wal, no backup
    with sqlite3.connect(path) as conn:
        assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"


def test_another_alembic_programs_database_is_not_taken_for_a_newer_workspace(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    _foreign(path)
    with sqlite3.connect(path) as conn:
        conn.execute("create table alembic_version(version_num varchar(32) primary key)")
        conn.execute("insert into alembic_version values ('ae1027a6acf')")
    with pytest.raises(WorkspaceError, match="altro programma"):
        Workspace.open(path)


def test_a_truncated_workspace_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "ws.sqlite3"
    with Workspace.open(good) as ws:
        ws.add_demo()
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(good.read_bytes()[:12_288])
    before = _digest(cut)
    code, err = _cli(capsys, "--workspace", str(cut), "dossier", "list")
    assert code == 2 and "danneggiata" in err and "Traceback" not in err
    assert _digest(cut) == before and not Path(f"{cut}-wal").exists()


def test_a_damaged_page_gives_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ws.sqlite3"
    with Workspace.open(path) as ws:
        ws.add_demo()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page scribbled over
    path.write_bytes(bytes(data))
    code, err = _cli(capsys, "--workspace", str(path), "dossier", "list")
    assert code == 2 and "danneggiata" in err


def test_a_database_url_never_becomes_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, err = _cli(capsys, "--workspace", "postgresql://nessuno@127.0.0.1:1/hubdesk", "dossier", "list")
    assert code == 2 and err.startswith("hubdesk: ") and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def readonly_mount(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs remounted read-only (needs root), holding a workspace with the demo."""
    mnt = tmp_path / "ro"
    mnt.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mnt)]).returncode
    ):
        pytest.skip("needs root to mount a tmpfs")
    try:
        with Workspace.open(mnt / "ws.sqlite3") as ws:
            ws.add_demo()
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_a_read_only_medium_gives_a_clear_message(
    readonly_mount: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = readonly_mount / "ws.sqlite3"
    before = _digest(path)
    code, err = _cli(capsys, "--workspace", str(path), "dossier", "list")
    assert code == 2 and "sola lettura" in err
    code, err = _cli(capsys, "--workspace", str(readonly_mount / "nuovo.sqlite3"), "dossier", "list")
    assert code == 2 and "sola lettura" in err
    assert _digest(path) == before


@pytest.mark.parametrize("lang", ["it", "en"])
def test_a_read_only_file_gives_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    """Read-only for real (a read-only bind mount as root): every command says so, nothing changes."""
    path = tmp_path / "ws.sqlite3"
    with Workspace.open(path) as ws:
        dossier_id = ws.add_demo()[0]
    bundle = tmp_path / "d.hubdesk.zip"
    assert main(["--workspace", str(path), "dossier", "export", dossier_id, "--out", str(bundle)]) == 0
    before = _digest(path)
    with read_only(path):
        with pytest.raises(WorkspaceError, match="sola lettura"):
            Workspace.open(path)
        for argv in (["dossier", "list"], ["demo"], ["dossier", "import", str(bundle)]):
            code, err = _cli(capsys, "--lang", lang, "--workspace", str(path), *argv)
            assert code == 2 and "Traceback" not in err, (argv, err)
            assert ("sola lettura" if lang == "it" else "read-only") in err, (argv, err)
        assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.hubdesk.zip", "ws.sqlite3"]


def test_a_workspace_in_a_read_only_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "cartella"
    folder.mkdir()
    with read_only(folder):
        code, err = _cli(capsys, "--lang", "en", "--workspace", str(folder / "nuovo.sqlite3"), "demo")
        assert code == 2 and "read-only" in err and "Traceback" not in err
        assert list(folder.iterdir()) == []


def _old_workspace(path: Path) -> None:
    engine = make_engine(path)
    upgrade(engine, path, "0001")
    engine.dispose()


def test_a_failed_migration_is_rolled_back_and_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.sqlite3"
    _old_workspace(path)

    def broken_upgrade(cfg: object, revision: str) -> None:
        raise RuntimeError("migration bug")

    monkeypatch.setattr(migrate.command, "upgrade", broken_upgrade)
    code, err = _cli(capsys, "--workspace", str(path), "dossier", "list")
    assert code == 2 and "non è riuscito" in err and ".bak-0001" in err and "Traceback" not in err
    monkeypatch.undo()
    with Workspace.open(path) as ws:  # still usable: the upgrade runs again, for real
        assert ws.list_dossiers() == []


def test_the_newer_workspace_message_has_english(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    Workspace.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("update alembic_version set version_num = '9999'")
    with pytest.raises(WorkspaceError) as info:
        Workspace.open(path)
    assert "newer version of HubDesk" in info.value.message("en")


def test_the_backup_of_a_private_workspace_stays_private(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _old_workspace(path)
    path.chmod(0o600)
    old = os.umask(0o022)
    try:
        with Workspace.open(path) as ws:
            backup = ws.backup_path
    finally:
        os.umask(old)
    assert backup is not None and stat.S_IMODE(backup.stat().st_mode) == 0o600


_CHILD = """
import os, sys, tempfile
from pathlib import Path
from hubdesk import tempfiles
folder = Path(sys.argv[1])
fd, part = tempfile.mkstemp(prefix=tempfiles.PART_PREFIX, suffix=tempfiles.PART_SUFFIX, dir=folder)
os.write(fd, b"x" * 1000)
imp = tempfile.mkdtemp(prefix=tempfiles.import_dir_prefix())
(Path(imp) / "allegato.pdf").write_bytes(b"%PDF-")
print(imp, flush=True)
with tempfiles.tracked(part):
    os.kill(os.getpid(), 9)
"""


def test_temporary_files_of_a_killed_process_are_removed_at_the_next_start(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(out)], capture_output=True, text=True, env={**os.environ}
    )
    assert child.returncode == -9
    import_dir = Path(child.stdout.strip())
    assert import_dir.is_dir() and len(list(out.iterdir())) == 1
    mine = Path(tempfile.mkdtemp(prefix=tempfiles.import_dir_prefix()))  # a live process's: kept
    try:
        Workspace.open(tmp_path / "ws.sqlite3").close()
        assert not import_dir.exists() and list(out.iterdir()) == []
        assert mine.exists()
    finally:
        mine.rmdir()

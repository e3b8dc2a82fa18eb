"""A full disk (a 20 MB tmpfs): every command says so and exits 2, nothing half-written, nothing lost."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from hubdesk.cli import main
from hubdesk.errors import HubDeskError
from hubdesk.services import Workspace
from tests.core.package.pki import PASSWORD, Pki, make_pki


@dataclass
class Disk:
    root: Path
    filler: Path

    def fill(self, leave: int = 0) -> None:
        """Fill the disk, then free ``leave`` bytes."""
        with self.filler.open("ab", buffering=0) as fh:
            block = b"\0" * (256 * 1024)
            while True:
                try:
                    fh.write(block)
                    fh.flush()
                except OSError:
                    break
            for size in (65536, 4096, 512, 1):
                try:
                    while True:
                        fh.write(b"\0" * size)
                        fh.flush()
                except OSError:
                    pass
        if leave:
            size = self.filler.stat().st_size
            os.truncate(self.filler, max(0, size - leave))

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Disk]:
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if (
        os.geteuid() != 0
        or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=20m", "tmpfs", str(mnt)], capture_output=True
        ).returncode
    ):
        pytest.skip("needs root to mount a small tmpfs")
    try:
        yield Disk(mnt, mnt / "riempitivo")
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


def _demo(path: Path) -> tuple[str, int]:
    with Workspace.open(path) as ws:
        demo_id = ws.add_demo()[0]
        return demo_id, ws.get(demo_id).version


def _sound(path: Path, demo_id: str, version: int) -> None:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Workspace.open(path) as ws:
        assert ws.get(demo_id).version == version


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


def test_every_command_on_a_full_disk_says_so(
    disk: Disk, tmp_path: Path, pki: Pki, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = disk.root / "ws.sqlite3"
    demo_id, version = _demo(ws)
    doc = tmp_path / "d.json"
    assert main(["--workspace", str(ws), "dossier", "export", demo_id, "--out", str(doc)]) == 0
    big = tmp_path / "grande.pdf"
    big.write_bytes(b"%PDF-" + os.urandom(3 * 1024 * 1024))
    monkeypatch.setenv("P12", PASSWORD)
    disk.fill()
    commands = [
        ["demo"],
        ["dossier", "import", str(doc)],
        [
            "dossier",
            "export",
            demo_id,
            "--out",
            str(disk.root / "out.json"),
            "--attachments",
            str(disk.root / "a"),
        ],
        [
            "package",
            "build",
            "--dossier",
            demo_id,
            "--out",
            str(disk.root),
            "--p12",
            str(pki.signer_p12),
            "--password-env",
            "P12",
        ],
    ]
    for argv in commands:
        code, err = _cli(capsys, "--workspace", str(ws), *argv)
        assert code == 2 and "Traceback" not in err, (argv, err)
        assert "esaurito" in err, (argv, err)
    code, err = _cli(capsys, "--workspace", str(ws), "--lang", "en", "demo")
    assert code == 2 and "full" in err
    leftovers = sorted(p.name for p in disk.root.iterdir())
    assert leftovers == ["riempitivo", "ws.sqlite3", "ws.sqlite3-shm", "ws.sqlite3-wal"] or leftovers == [
        "riempitivo",
        "ws.sqlite3",
    ], leftovers
    disk.free()
    _sound(ws, demo_id, version)


def test_storing_a_large_attachment_on_a_nearly_full_disk(disk: Disk, tmp_path: Path) -> None:
    path = disk.root / "ws.sqlite3"
    demo_id, version = _demo(path)
    big = tmp_path / "grande.pdf"
    big.write_bytes(b"%PDF-" + os.urandom(3 * 1024 * 1024))
    disk.fill(leave=1024 * 1024)
    with Workspace.open(path) as ws, pytest.raises(HubDeskError, match="esaurito"):
        ws.store_file(big)
    disk.free()
    _sound(path, demo_id, version)
    with Workspace.open(path) as ws:  # with space again, the same file stores fine
        assert ws.store_file(big).size == big.stat().st_size


def test_an_edit_on_a_full_disk_is_refused_and_the_workspace_stays_sound(disk: Disk) -> None:
    path = disk.root / "ws.sqlite3"
    demo_id, version = _demo(path)
    with Workspace.open(path) as ws:
        disk.fill()
        ops = [
            {"op": "replace", "path": f"/proposal/{field}", "value": os.urandom(9000).hex()[:19_000]}
            for field in ("summary", "objectives")
        ]
        ops += [
            {"op": "replace", "path": f"/activities/{i}/description", "value": "é" * 19_000} for i in range(3)
        ]
        with pytest.raises(HubDeskError, match="esaurito"):
            ws.update(demo_id, version, ops)
    disk.free()
    _sound(path, demo_id, version)


def test_export_to_a_full_disk_writes_all_or_nothing(disk: Disk, tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite3"
    demo_id, _version = _demo(path)
    disk.fill(leave=30 * 1024)  # room for the attachments (about 22 kB), not for the JSON too
    out = disk.root / "export"
    with Workspace.open(path) as ws, pytest.raises(HubDeskError, match="esaurito"):
        ws.export_to(demo_id, out / "dossier.json", out / "allegati")
    assert not (out / "dossier.json").exists()
    assert not out.exists()  # the folders it created are gone too: nothing at all was written


def test_reports_on_a_full_disk_leave_no_empty_file(
    disk: Disk, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = tmp_path / "ws.sqlite3"
    demo_id, _version = _demo(ws)
    disk.fill()
    code, err = _cli(
        capsys, "--workspace", str(ws), "diff", demo_id, demo_id, "--pdf", str(disk.root / "d.pdf")
    )
    assert code == 2 and "Traceback" not in err
    code, err = _cli(
        capsys,
        "--workspace",
        str(ws),
        "dossier",
        "export",
        demo_id,
        "--out",
        str(disk.root / "d.hubdesk.zip"),
    )
    assert code == 2 and "esaurito" in err
    assert sorted(p.name for p in disk.root.iterdir()) == ["riempitivo"]

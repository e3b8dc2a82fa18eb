"""Size limits are checked while streaming: a 5 GB file or /dev/zero is refused at once, never read whole.

Every door that reads a user's file (import, validate, ``--trust``, ``trust add``, ``package
verify``, diff, ``--p12``, ``dossier patch FILE|-``, adding an attachment) is run in a child process
whose address space is limited to 1 GiB: reading the input whole would end in a ``MemoryError``.
Each must say no with exit 2 and a message naming the limit (or, for what is read by seeking, that
a device is not a file), quickly.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hubdesk.cli import main
from hubdesk.fileio import FileReadError, FileTooLarge, check_input, read_bounded
from hubdesk.services import Workspace
from hubdesk.services.errors import InputError

FIVE_GB = 5 * 1024**3
MEMORY_LIMIT = 1024**3
LIMIT_WORDS = ("supera il limite di", "exceeds the")


def _sparse(path: Path) -> Path:
    with path.open("wb") as fh:
        fh.truncate(FIVE_GB)  # 5 GB announced, no disk used
    return path


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def _run(argv: list[str], env: dict[str, str], stdin: Path | None = None) -> tuple[int, str, float]:
    start = time.monotonic()
    with open(stdin or os.devnull, "rb") as source:
        proc = subprocess.run(
            [sys.executable, "-m", "hubdesk", *argv],
            stdin=source,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            preexec_fn=_limit_memory,
        )
    return proc.returncode, proc.stderr, time.monotonic() - start


@pytest.fixture
def setting(tmp_path: Path) -> tuple[Path, str, dict[str, str]]:
    ws = tmp_path / "ws.sqlite3"
    with Workspace.open(ws) as w:
        dossier_id = w.add_demo()[0]
    env = {
        **os.environ,
        "PYTHONPATH": os.getcwd(),
        "HUBDESK_CONFIG_DIR": str(tmp_path / "config"),
        "HUBDESK_WORKSPACE": str(ws),
        "PW": "x",
    }
    (tmp_path / "ok.asice").write_bytes(b"PK")  # something to verify: the --trust file is read first
    return ws, dossier_id, env


def _doors(big: Path, dossier_id: str, out: Path) -> list[tuple[list[str], Path | None]]:
    """(arguments, stdin) of every command that reads a user's file."""
    return [
        (["dossier", "import", str(big)], None),
        (["validate", str(big)], None),
        (["trust", "add", str(big)], None),
        (["package", "verify", "--trust", str(big), str(out)], None),
        (["diff", str(big), dossier_id], None),
        (["diff", dossier_id, str(big)], None),
        (["dossier", "patch", dossier_id, str(big)], None),
        (["dossier", "patch", dossier_id, "-"], big),
        (
            [
                "package",
                "build",
                "--dossier",
                dossier_id,
                "--out",
                str(out),
                "--p12",
                str(big),
                "--password-env",
                "PW",
            ],
            None,
        ),
    ]


def _check_refusals(doors: list[tuple[list[str], Path | None]], env: dict[str, str], ws: Path) -> None:
    before = ws.read_bytes()
    for argv, stdin in doors:
        code, err, seconds = _run(["--lang", "en", *argv], env, stdin)
        assert code == 2, (argv, code, err)
        assert "Traceback" not in err and "MemoryError" not in err, (argv, err)
        assert err.startswith("hubdesk: ") and "exceeds the" in err and " MB limit" in err, (argv, err)
        assert seconds < 30, (argv, seconds)  # reading 5 GB (or /dev/zero to the end) takes far longer
    assert ws.read_bytes() == before


@pytest.mark.slow
def test_every_door_refuses_a_5_gb_file_under_a_memory_limit(
    tmp_path: Path, setting: tuple[Path, str, dict[str, str]]
) -> None:
    ws, dossier_id, env = setting
    doors: list[tuple[list[str], Path | None]] = []
    for suffix in (".json", ".pem", ".xml"):
        doors += _doors(_sparse(tmp_path / f"grande{suffix}"), dossier_id, tmp_path / "ok.asice")
    _check_refusals(doors, env, ws)


@pytest.mark.slow
def test_every_door_refuses_dev_zero_under_a_memory_limit(
    tmp_path: Path, setting: tuple[Path, str, dict[str, str]]
) -> None:
    ws, dossier_id, env = setting
    _check_refusals(_doors(Path("/dev/zero"), dossier_id, tmp_path / "ok.asice"), env, ws)


@pytest.mark.slow
def test_archives_refuse_a_device_without_reading_it(
    tmp_path: Path, setting: tuple[Path, str, dict[str, str]]
) -> None:
    """A package or a .hubdesk.zip is read by seeking: a device is refused as not a file."""
    _ws, _dossier_id, env = setting
    zero = tmp_path / "zero.asice"
    zero.symlink_to("/dev/zero")
    zero_zip = tmp_path / "zero.hubdesk.zip"
    zero_zip.symlink_to("/dev/zero")
    for argv in (
        ["dossier", "import", str(zero)],
        ["dossier", "import", str(zero_zip)],
        ["package", "verify", "/dev/zero"],
    ):
        code, err, _seconds = _run(["--lang", "en", *argv], env)
        assert code == 2 and "Traceback" not in err, (argv, err)
        assert "is not a regular file" in err, (argv, err)


@pytest.mark.parametrize("suffix", [".json", ".asice", ".pem", ".hubdesk.zip"])
def test_a_5_gb_file_is_refused_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    monkeypatch.setenv("HUBDESK_CONFIG_DIR", str(tmp_path / "config"))
    big = _sparse(tmp_path / f"grande{suffix}")
    ws = tmp_path / "ws.sqlite3"
    for argv in (
        ["dossier", "import", str(big)],
        ["validate", str(big)],
        ["package", "verify", "--trust", str(big), str(big)],
        ["trust", "add", str(big)],
        ["diff", str(big), str(big)],
    ):
        start = time.monotonic()
        code = main(["--workspace", str(ws), *argv])
        err = capsys.readouterr().err
        assert code == 2 and "Traceback" not in err, (argv, err)
        assert time.monotonic() - start < 30, argv


def test_read_bounded_counts_what_a_device_or_a_stream_gives(tmp_path: Path) -> None:
    with pytest.raises(FileTooLarge, match="supera il limite di 1 MB per una prova") as caught:
        read_bounded("/dev/zero", 1024 * 1024, what=("per una prova", "for a test"))
    assert (
        caught.value.limit == 1024 * 1024 and "exceeds the 1 MB limit for a test" in caught.value.message_en
    )
    with open("/dev/zero", "rb") as stream, pytest.raises(FileTooLarge, match="4 KB"):
        read_bounded(stream, 4096)
    small = tmp_path / "piccolo.json"
    small.write_bytes(b"x" * 4096)
    assert read_bounded(small, 4096) == b"x" * 4096
    with small.open("rb") as stream:
        assert read_bounded(stream, 4096) == b"x" * 4096
    with pytest.raises(FileTooLarge):
        read_bounded(small, 4095)
    with pytest.raises(FileReadError, match="non trovato"):
        read_bounded(tmp_path / "manca.json", 10)
    with pytest.raises(FileReadError, match="cartella"):
        read_bounded(tmp_path, 10)


def test_check_input_reads_nothing_and_tells_a_device_from_a_file(tmp_path: Path) -> None:
    big = _sparse(tmp_path / "grande.bin")
    with pytest.raises(FileTooLarge, match="supera il limite di 50 MB"):
        check_input(big, 50 * 1024 * 1024)
    assert check_input(big) == FIVE_GB
    assert check_input("/dev/zero", 10) is None  # its size only reading tells
    with pytest.raises(FileReadError, match="non è un file"):
        check_input("/dev/zero", regular=True)


def test_attachment_add_refuses_a_5_gb_file_and_dev_zero(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws.sqlite3") as ws:
        for source in (_sparse(tmp_path / "grande.pdf"), Path("/dev/zero")):
            start = time.monotonic()
            with pytest.raises(InputError) as caught:
                ws.store_file(source)
            assert "supera il limite di 50 MB per allegato" in caught.value.message_it, source
            assert "exceeds the 50 MB limit per attachment" in caught.value.message_en, source
            assert time.monotonic() - start < 30

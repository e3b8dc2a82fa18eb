"""Distribution: the wheel carries the data files and compiled translations; the command line opens files."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from hubdesk.cli import OPENABLE_SUFFIXES, _commands, _file_as_open_command, build_parser

ROOT = Path(__file__).resolve().parents[2]


def test_a_file_argument_means_the_open_command() -> None:
    commands = _commands(build_parser())
    assert _file_as_open_command(["proposta.asice"], commands) == ["open", "proposta.asice"]
    assert _file_as_open_command(["--workspace", "w.sqlite3", "x.json"], commands) == [
        "--workspace",
        "w.sqlite3",
        "open",
        "x.json",
    ]
    assert _file_as_open_command(["validate", "x.json"], commands) == ["validate", "x.json"]
    assert _file_as_open_command(["--debug"], commands) == ["--debug"]
    assert ".asice" in OPENABLE_SUFFIXES


def test_open_of_a_missing_file_is_unusable_input(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "hubdesk",
            "--workspace",
            str(tmp_path / "w.sqlite3"),
            str(tmp_path / "no.asice"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert run.returncode == 2
    assert "no.asice" in run.stderr and "Traceback" not in run.stderr


@pytest.mark.slow
def test_gui_exit_after_start_paints_and_logs(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env.pop("HUBDESK_LOG_DIR", None)  # the default place of the log is what this checks
    ws = str(tmp_path / "w.sqlite3")
    run = subprocess.run(
        [sys.executable, "-m", "hubdesk", "--workspace", ws, "--debug", "gui", "--exit-after-start"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    log = tmp_path / "state" / "HubDesk" / "log" / "hubdesk.log"
    assert "first window painted" in log.read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_wheel_carries_data_and_compiled_translations(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    (wheel,) = tmp_path.glob("hubdesk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "hubdesk/data/schemas/dossier.schema.json",
        "hubdesk/data/schemas/callprofile.schema.json",
        "hubdesk/data/resources/calls/puglia-hub-2019.json",
        "hubdesk/data/resources/calls/puglia-municipalities.csv",
        "hubdesk/data/resources/fonts/DejaVuSans.ttf",
        "hubdesk/data/resources/icons/app.svg",
        "hubdesk/data/resources/translations/hubdesk_it.qm",
        "hubdesk/data/resources/translations/hubdesk_en.qm",
        "hubdesk/storage/migrations/env.py",
    ):
        assert name in names, name

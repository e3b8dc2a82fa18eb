"""Paths a user chose are offered again; a remembered folder that has gone is never offered."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ui import settings


def test_default_package_folder_is_one_that_exists(qapp: Any, tmp_path: Path) -> None:
    gone = tmp_path / "chiavetta"
    settings.put(settings.PACKAGE_FOLDER, str(gone))  # a USB stick since removed
    folder = settings.default_package_folder()
    assert folder.is_dir() and folder != gone
    settings.put(settings.PACKAGE_FOLDER, str(tmp_path))
    assert settings.default_package_folder() == tmp_path


def test_the_pickers_open_where_the_last_file_was_chosen(qapp: Any, tmp_path: Path) -> None:
    assert settings.remembered_folder() == ""
    chosen = tmp_path / "accordo.pdf"
    chosen.write_bytes(b"%PDF-1.4")
    settings.remember_choice(str(chosen))
    assert settings.remembered_folder() == str(tmp_path)
    settings.remember_choice(str(tmp_path / "nuova"))  # a save target not there yet: its folder
    assert settings.remembered_folder() == str(tmp_path)

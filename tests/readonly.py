"""Read-only files and media for real, also as root (who writes a 0444 file anyway).

As root: a read-only bind mount (``mount --bind`` then ``mount -o remount,ro,bind``) of the file or
folder; the kernel then refuses every write with EROFS, whoever asks. As another user: mode 0444
(0555 for a folder) is enough. The test is skipped only when neither is possible.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*argv: str) -> bool:
    return subprocess.run(list(argv), capture_output=True).returncode == 0


@contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """``path`` (an existing file or folder) made read-only until the block ends."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield path
        finally:
            path.chmod(mode)
        return
    if not _run("mount", "--bind", str(path), str(path)):
        pytest.skip("mount --bind is not permitted here")
    try:
        if not _run("mount", "-o", "remount,ro,bind", str(path)):
            pytest.skip("a read-only bind mount is not permitted here")
        yield path
    finally:
        _run("umount", str(path)) or _run("umount", "-l", str(path))

"""Reading and writing the user's files safely: bounded reads, all-or-nothing writes, clear errors.

Every size limit is enforced while the bytes stream in (a 5 GB file or ``/dev/zero`` is refused
after ``limit + 1`` bytes, never read whole), and every write failure (a full disk, a read-only
folder) becomes a :class:`FileWriteError` with a message in plain words.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO

from hubdesk.errors import HubDeskError

READ_CHUNK = 1024 * 1024
_umask_lock = threading.Lock()


class FileTooLarge(HubDeskError):
    """An input is larger than what the command accepts (checked while reading)."""


class FileReadError(HubDeskError):
    """An input file cannot be read."""


class FileWriteError(HubDeskError):
    """A file could not be written (full disk, no permission, read-only medium): nothing was kept."""


def _mb(limit: int) -> str:
    return f"{limit / (1024 * 1024):.0f} MB" if limit >= 1024 * 1024 else f"{limit} byte"


def too_large(path: str | Path, limit: int) -> FileTooLarge:
    name = Path(path).name or str(path)
    return FileTooLarge(
        f"Il file {name} supera il limite di {_mb(limit)}", f"The file {name} exceeds the {_mb(limit)} limit"
    )


def read_error(path: str | Path, exc: OSError) -> FileReadError:
    reason = exc.strerror or str(exc)
    if isinstance(exc, FileNotFoundError):
        return FileReadError(f"File non trovato: {path}", f"File not found: {path}")
    if isinstance(exc, IsADirectoryError):
        return FileReadError(f"È una cartella, non un file: {path}", f"Is a folder, not a file: {path}")
    return FileReadError(f"Impossibile leggere {path}: {reason}", f"Cannot read {path}: {reason}")


def read_stream_bounded(stream: BinaryIO, limit: int, name: str | Path = "") -> bytes:
    """All bytes of ``stream``, refusing (without reading on) once more than ``limit`` arrive."""
    parts: list[bytes] = []
    total = 0
    while chunk := stream.read(min(READ_CHUNK, limit + 1 - total)):
        parts.append(chunk)
        total += len(chunk)
        if total > limit:
            raise too_large(name, limit)
    return b"".join(parts)


def read_bounded(path: str | Path, limit: int) -> bytes:
    """The bytes of ``path`` (a file, a pipe, a device), at most ``limit`` of them."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            try:
                if p.is_file() and os.fstat(fh.fileno()).st_size > limit:
                    raise too_large(p, limit)
            except OSError:
                pass
            return read_stream_bounded(fh, limit, p)
    except OSError as exc:
        raise read_error(p, exc) from exc


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)


def write_error(target: str | Path, exc: OSError) -> FileWriteError:
    """A plain-words message for a failed write to ``target``."""
    if is_disk_full(exc):
        return FileWriteError(
            f"Spazio su disco esaurito scrivendo {target}: nulla è stato salvato. "
            "Liberare spazio e riprovare.",
            f"The disk is full while writing {target}: nothing was saved. Free some space and try again.",
        )
    if exc.errno in (errno.EROFS,):
        return FileWriteError(
            f"Impossibile scrivere {target}: il supporto è in sola lettura",
            f"Cannot write {target}: the medium is read-only",
        )
    if isinstance(exc, PermissionError):
        return FileWriteError(
            f"Impossibile scrivere {target}: permesso negato", f"Cannot write {target}: permission denied"
        )
    reason = exc.strerror or str(exc)
    return FileWriteError(f"Impossibile scrivere {target}: {reason}", f"Cannot write {target}: {reason}")


def current_umask() -> int:
    """The process umask (read without leaving it changed)."""
    with _umask_lock:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def file_mode_from_umask() -> int:
    """The mode a new regular file gets from ``open()`` under the current umask."""
    return 0o666 & ~current_umask()


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], mode: str = "wb", **kwargs: Any) -> Iterator[IO[Any]]:
    """A file that appears at ``path`` only once fully written (a full disk leaves nothing behind).

    Written under a temporary name next to ``path`` with the umask's mode, flushed to disk, then
    renamed into place; any failure removes it and raises :class:`FileWriteError`.
    """
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise write_error(target, exc) from exc
    try:
        os.fchmod(fd, file_mode_from_umask())
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise write_error(target, exc) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

"""Reading and writing the user's files safely: bounded reads, all-or-nothing writes, clear errors.

Every size limit is enforced while the bytes stream in (a 5 GB file or ``/dev/zero`` is refused
after ``limit + 1`` bytes, never read whole), and every write failure (a full disk, a read-only
folder) becomes a :class:`FileWriteError` with a message in plain words.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO

from hubdesk.errors import HubDeskError

READ_CHUNK = 1024 * 1024
_umask_lock = threading.Lock()


class FileTooLarge(HubDeskError):
    """An input is larger than what the command accepts (checked while reading); names the limit."""

    def __init__(self, message_it: str, message_en: str | None = None, *, limit: int = 0) -> None:
        super().__init__(message_it, message_en)
        self.limit = limit


class FileReadError(HubDeskError):
    """An input file cannot be read (missing, a folder, a device where a file is needed, unreadable)."""


class FileWriteError(HubDeskError):
    """A file could not be written (full disk, no permission, read-only medium): nothing was kept."""


def format_limit(limit: int) -> str:
    """A size limit in the unit people read: ``50 MB``, ``4 KB``, ``100 byte``."""
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):.0f} MB"
    if limit >= 1024:
        return f"{limit / 1024:.0f} KB"
    return f"{limit} byte"


def _display_name(path: str | Path) -> str:
    """The path as given (a device's name alone, ``zero``, would say nothing)."""
    return str(path) or "-"


def too_large(path: str | Path, limit: int, what: tuple[str, str] = ("", "")) -> FileTooLarge:
    """The refusal of an input over ``limit``; ``what`` is what it was meant to be (it, en)."""
    name = _display_name(path)
    if name == "-":
        it, en = "I dati dallo standard input superano", "The standard input exceeds"
    else:
        it, en = f"Il file {name} supera", f"The file {name} exceeds"
    size = format_limit(limit)
    what_it = f" {what[0]}" if what[0] else ""
    what_en = f" {what[1]}" if what[1] else ""
    return FileTooLarge(
        f"{it} il limite di {size}{what_it}: rifiutato senza leggerlo oltre",
        f"{en} the {size} limit{what_en}: refused without reading further",
        limit=limit,
    )


def read_error(path: str | Path, exc: OSError) -> FileReadError:
    reason = exc.strerror or str(exc)
    if isinstance(exc, FileNotFoundError):
        return FileReadError(f"File non trovato: {path}", f"File not found: {path}")
    if isinstance(exc, IsADirectoryError):
        return FileReadError(f"È una cartella, non un file: {path}", f"Is a folder, not a file: {path}")
    return FileReadError(f"Impossibile leggere {path}: {reason}", f"Cannot read {path}: {reason}")


def check_input(
    path: str | Path,
    limit: int | None = None,
    *,
    regular: bool = False,
    what: tuple[str, str] = ("", ""),
) -> int | None:
    """Check an input before reading it: it exists, is not a folder and is within ``limit``.

    Returns the size of a regular file (``None`` for a device or a pipe, whose size only reading
    tells: read it with :func:`read_bounded`). ``regular=True`` refuses anything but a regular file
    (for archives, which are read by seeking, and for files read twice). Nothing is read.
    """
    p = Path(path)
    try:
        st = p.stat()
    except OSError as exc:
        raise read_error(p, exc) from exc
    if stat.S_ISDIR(st.st_mode):
        raise read_error(p, IsADirectoryError(errno.EISDIR, "is a folder"))
    if not stat.S_ISREG(st.st_mode):
        if regular:
            raise FileReadError(
                f"{p} non è un file (è un dispositivo o una pipe): rifiutato senza leggerlo",
                f"{p} is not a regular file (it is a device or a pipe): refused without reading it",
            )
        return None
    if limit is not None and st.st_size > limit:
        raise too_large(p, limit, what)
    return st.st_size


def read_stream_bounded(
    stream: IO[bytes], limit: int, name: str | Path = "", what: tuple[str, str] = ("", "")
) -> bytes:
    """All bytes of ``stream``, refusing (without reading on) once more than ``limit`` arrive."""
    parts: list[bytes] = []
    total = 0
    while chunk := stream.read(min(READ_CHUNK, limit + 1 - total)):
        parts.append(chunk)
        total += len(chunk)
        if total > limit:
            raise too_large(name, limit, what)
    return b"".join(parts)


def read_bounded(source: str | Path | BinaryIO, limit: int, *, what: tuple[str, str] = ("", "")) -> bytes:
    """The bytes of a file, a pipe, a device or an open stream (``sys.stdin.buffer``), at most ``limit``.

    The one door for every input read whole: a regular file over ``limit`` is refused from its size
    before anything is read, anything else after ``limit + 1`` bytes (``/dev/zero`` too); a missing
    file, a folder or an unreadable one is a :class:`FileReadError`, a large one :class:`FileTooLarge`.
    """
    if not isinstance(source, (str, Path)):
        name = getattr(source, "name", "-")
        label = name if isinstance(name, str) and not name.startswith("<") else "-"
        try:
            return read_stream_bounded(source, limit, label, what)
        except OSError as exc:
            raise read_error("-", exc) from exc
    p = Path(source)
    check_input(p, limit, what=what)
    try:
        with p.open("rb") as fh:
            if stat.S_ISREG(os.fstat(fh.fileno()).st_mode) and os.fstat(fh.fileno()).st_size > limit:
                raise too_large(p, limit, what)  # it grew between the check and the open
            return read_stream_bounded(fh, limit, p, what)
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

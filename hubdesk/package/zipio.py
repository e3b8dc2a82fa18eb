"""Deterministic ZIP writing: fixed timestamps, permissions and system, streamed with hashing.

Nothing here depends on the clock or the machine, so the same inputs give the same entries.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from typing import BinaryIO

from hubdesk.fileio import FileTooLarge, read_stream_bounded, too_large
from hubdesk.hashing import sha256_file
from hubdesk.package.errors import PackageFormatError
from hubdesk.progress import Progress, check_cancel

CHUNK = 1024 * 1024
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
FILE_MODE = 0o100644
ZIP64_THRESHOLD = 2**31


def entry_info(name: str, *, compress: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.create_system = 3  # Unix, whatever the host: the permission bits below are Unix bits
    info.external_attr = FILE_MODE << 16
    return info


def write_bytes(zf: zipfile.ZipFile, name: str, data: bytes, *, compress: bool) -> bytes:
    """Write a small entry from memory; return its SHA-256 digest."""
    info = entry_info(name, compress=compress)
    zf.writestr(info, data, compress_type=info.compress_type, compresslevel=6 if compress else None)
    return hashlib.sha256(data).digest()


def write_stream(
    zf: zipfile.ZipFile,
    name: str,
    source: BinaryIO,
    *,
    expected_size: int,
    progress: Progress,
    on_chunk: Callable[[int], None],
) -> tuple[bytes, int]:
    """Copy ``source`` into a STORED entry 1 MiB at a time while hashing; return (digest, size).

    Attachments are mostly PDF/PNG/JPEG, already compressed: storing is fastest and keeps memory flat.
    """
    info = entry_info(name, compress=False)
    info.file_size = max(expected_size, 0)
    digest = hashlib.sha256()
    size = 0
    with zf.open(info, "w", force_zip64=expected_size >= ZIP64_THRESHOLD) as dest:
        while True:
            check_cancel(progress)
            chunk = source.read(CHUNK)
            if not chunk:
                break
            digest.update(chunk)
            dest.write(chunk)
            size += len(chunk)
            on_chunk(len(chunk))
    return digest.digest(), size


class HashingWriter:
    """A write-only file wrapper for ``zipfile`` that hashes the file as it is written (no read-back).

    zipfile goes back to rewrite the local header of each entry it closes, so bytes are hashed only
    once final: small entries wait in ``pending`` until the next large one starts; a large entry is
    written with a data descriptor (``streaming()``: no going back) and hashed as it streams.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.hash = hashlib.sha256()
        self.pos = self.end = self.base = raw.tell()  # base: file offset of pending[0]
        self.pending = bytearray()
        self.through = False

    def write(self, data: bytes | bytearray | memoryview) -> int:
        n = len(data)
        if self.pos == self.end:
            if self.through and not self.pending:
                self.hash.update(data)
                self.base += n
            else:
                self.pending += data
            self.end += n
        else:  # a header rewritten in place: it must still be pending
            i = self.pos - self.base
            if i < 0 or self.pos + n > self.end:
                raise OSError("HashingWriter: rewrite outside the pending bytes")
            self.pending[i : i + n] = data
        self.raw.write(data)
        self.pos += n
        return n

    def _commit(self) -> None:
        self.hash.update(self.pending)
        self.base += len(self.pending)
        self.pending.clear()

    def streaming(self, zf: zipfile.ZipFile, on: bool) -> None:
        """Switch large-entry mode on/off around one entry (zipfile then writes a data descriptor)."""
        self._commit()
        self.through = on
        zf._seekable = not on  # type: ignore[attr-defined]  # CPython's switch for data descriptors

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = 0) -> int:
        self.pos = self.raw.seek(offset, whence)
        return self.pos

    def seekable(self) -> bool:
        return True

    def flush(self) -> None:
        self.raw.flush()

    def result(self) -> tuple[str, int]:
        """(SHA-256 hex, size) of everything written, once the ZipFile is closed."""
        self._commit()
        return self.hash.hexdigest(), self.end


def file_sha256(path: str, progress: Progress | None = None) -> tuple[str, int]:
    """(SHA-256 hex, size) of a file, checking for cancellation at every chunk."""
    if progress is None:
        return sha256_file(path)
    return sha256_file(path, on_chunk=lambda _chunk: check_cancel(progress))


def read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """A small entry's bytes, refused (PackageFormatError) when larger than ``limit`` or lying about its size.

    Used on packages from outside (import, verification): never trusts the declared size alone.
    """

    def refuse(it: str, en: str) -> PackageFormatError:
        return PackageFormatError(f"Pacchetto rifiutato: {it}", f"Package refused: {en}")

    try:
        if info.file_size > limit:
            raise too_large(info.filename, limit)
        with zf.open(info) as src:
            data = read_stream_bounded(src, limit, info.filename)  # the declared size may lie
    except FileTooLarge as exc:
        raise refuse(exc.message_it, exc.message_en) from exc
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise refuse(
            f"voce illeggibile {info.filename!r}: {exc}", f"unreadable entry {info.filename!r}"
        ) from exc
    if len(data) != info.file_size:
        raise refuse(
            f"dimensione dichiarata errata per {info.filename}", f"wrong declared size: {info.filename}"
        )
    return data

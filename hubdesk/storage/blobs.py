"""Attachment bytes in the workspace: content-addressed, chunked, streamed in and out.

A file is never held whole in memory: it is hashed in a first pass, then copied in 1 MiB chunks,
and read back through a file-like object that fetches one chunk at a time.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from hubdesk.storage.models import Blob, BlobChunk

CHUNK = 1024 * 1024


def hash_stream(stream: BinaryIO, limit: int | None = None) -> tuple[str, int]:
    """SHA-256 and size of a stream, reading it in chunks; stops early past ``limit`` bytes."""
    h = hashlib.sha256()
    size = 0
    while chunk := stream.read(CHUNK):
        h.update(chunk)
        size += len(chunk)
        if limit is not None and size > limit:
            break
    return h.hexdigest(), size


def hash_file(path: Path, limit: int | None = None) -> tuple[str, int]:
    with path.open("rb") as fh:
        return hash_stream(fh, limit)


def blob_exists(session: Session, sha256: str) -> bool:
    return session.get(Blob, sha256) is not None


def store_blob(
    session: Session,
    sha256: str,
    open_source: Callable[[], BinaryIO],
    *,
    sniffed_media_type: str | None,
    now: str,
) -> None:
    """Copy the bytes into the workspace unless a blob with this hash is already there."""
    if blob_exists(session, sha256):
        return
    size = 0
    with open_source() as src:
        seq = 0
        while chunk := src.read(CHUNK):
            session.add(BlobChunk(sha256=sha256, seq=seq, data=chunk))
            size += len(chunk)
            seq += 1
            if seq % 16 == 0:
                session.flush()
    session.add(Blob(sha256=sha256, size=size, sniffed_media_type=sniffed_media_type, created_at=now))
    session.flush()


class BlobReader(io.RawIOBase):
    """A read-only stream over a stored blob that keeps at most one chunk in memory."""

    def __init__(self, engine: Engine, sha256: str, size: int) -> None:
        super().__init__()
        self._engine = engine
        self._sha256 = sha256
        self._size = size
        self._pos = 0
        self._chunk_seq = -1
        self._chunk = b""

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def _load(self, seq: int) -> None:
        if seq == self._chunk_seq:
            return
        with self._engine.connect() as conn:
            data = conn.execute(
                select(BlobChunk.data).where(BlobChunk.sha256 == self._sha256, BlobChunk.seq == seq)
            ).scalar_one_or_none()
        if data is None:
            raise OSError(f"blob {self._sha256} is missing chunk {seq}")
        self._chunk_seq, self._chunk = seq, data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._pos >= self._size:
            return 0
        seq, offset = divmod(self._pos, CHUNK)
        self._load(seq)
        piece = self._chunk[offset : offset + len(buffer)]
        buffer[: len(piece)] = piece
        self._pos += len(piece)
        return len(piece)


def open_blob(engine: Engine, sha256: str) -> BinaryIO:
    """A buffered stream over stored bytes; raises FileNotFoundError when the blob is absent."""
    with Session(engine) as s:
        blob = s.get(Blob, sha256)
        if blob is None:
            raise FileNotFoundError(sha256)
        size = blob.size
    return io.BufferedReader(BlobReader(engine, sha256, size), buffer_size=CHUNK)  # type: ignore[return-value]


def blob_facts(session: Session, hashes: set[str]) -> dict[str, tuple[int, str | None]]:
    """Size and sniffed media type of the stored blobs among ``hashes``."""
    if not hashes:
        return {}
    rows = session.execute(
        select(Blob.sha256, Blob.size, Blob.sniffed_media_type).where(Blob.sha256.in_(hashes))
    )
    return {sha: (size, media) for sha, size, media in rows}

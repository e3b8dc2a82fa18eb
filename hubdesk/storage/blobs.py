"""Attachment bytes in the workspace: content-addressed, chunked, streamed in and out.

A file is never held whole in memory: it is copied in 1 MiB chunks and read back through a
file-like object that fetches one chunk at a time. The bytes are hashed as they are stored, and a
blob is kept only when what was stored has the SHA-256 it is filed under (a file that changed
while being read is refused, never stored under the wrong name).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from hubdesk.errors import HubDeskError
from hubdesk.storage.models import Blob, BlobChunk

CHUNK = 1024 * 1024
FLUSH_EVERY = 16  # chunks


class BlobMismatch(HubDeskError):
    """The bytes read do not have the SHA-256 (or size) they were announced with: nothing stored."""


class BlobTooLarge(HubDeskError):
    """The bytes kept coming past the size limit while being stored: nothing stored."""


def blob_exists(session: Session, sha256: str) -> bool:
    return session.get(Blob, sha256) is not None


def stored_chunks(session: Session, sha256: str) -> Iterator[bytes]:
    """The stored chunks of a blob in order, one query per chunk (never the whole file in memory)."""
    seq = 0
    while True:
        data = session.execute(
            select(BlobChunk.data).where(BlobChunk.sha256 == sha256, BlobChunk.seq == seq)
        ).scalar_one_or_none()
        if data is None:
            return
        yield data
        seq += 1


def stored_digest(session: Session, sha256: str) -> tuple[str, int] | None:
    """SHA-256 and size of the bytes actually stored under ``sha256`` (None when absent)."""
    if session.get(Blob, sha256) is None:
        return None
    h = hashlib.sha256()
    size = 0
    for data in stored_chunks(session, sha256):
        h.update(data)
        size += len(data)
    return h.hexdigest(), size


def _sound(session: Session, blob: Blob) -> bool:
    found = stored_digest(session, blob.sha256)
    return found is not None and found == (blob.sha256, blob.size)


def store_blob(
    session: Session,
    sha256: str,
    open_source: Callable[[], BinaryIO],
    *,
    sniffed_media_type: str | None,
    now: str,
    limit: int | None = None,
    name: str = "",
) -> int:
    """Copy the bytes into the workspace unless sound bytes with this hash are already there.

    The copy is hashed as it is written; when it does not match ``sha256`` (the source changed
    since it was hashed) :class:`BlobMismatch` is raised and the caller's transaction must roll
    back. A stored blob whose bytes do not match its hash (written by an older HubDesk) is
    replaced rather than trusted. Returns the stored size.
    """
    existing = session.get(Blob, sha256)
    if existing is not None:
        if _sound(session, existing):
            return existing.size
        session.delete(existing)
        session.flush()
    # the parent row first: the chunks reference it (foreign key), whatever the file's size
    blob = Blob(sha256=sha256, size=0, sniffed_media_type=sniffed_media_type, created_at=now)
    session.add(blob)
    session.flush()
    h = hashlib.sha256()
    size = 0
    with open_source() as src:
        seq = 0
        while chunk := src.read(CHUNK):
            size += len(chunk)
            if limit is not None and size > limit:
                mb = limit // (1024 * 1024)
                raise BlobTooLarge(
                    f"Il file {name} supera il limite di {mb} MB per allegato",
                    f"The file {name} exceeds the {mb} MB limit per attachment",
                )
            h.update(chunk)
            session.add(BlobChunk(sha256=sha256, seq=seq, data=chunk))
            seq += 1
            if seq % FLUSH_EVERY == 0:
                session.flush()
    if h.hexdigest() != sha256:
        raise BlobMismatch(
            f"Il file {name} è cambiato mentre veniva letto (l'impronta SHA-256 non corrisponde): "
            "nulla è stato salvato. Attendere che il file sia completo e riprovare.",
            f"The file {name} changed while it was being read (its SHA-256 does not match): nothing "
            "was saved. Wait until the file is complete and try again.",
        )
    blob.size = size
    session.flush()
    return size


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
    return io.BufferedReader(BlobReader(engine, sha256, size), buffer_size=CHUNK)


#: rows fetched per round trip when streaming a blob inside a transaction: 8 MiB reads
STREAM_ROWS = 8


class BlobStream(io.RawIOBase):
    """A forward-only stream over a stored blob inside the caller's transaction.

    One query per blob, its chunks fetched ``STREAM_ROWS`` at a time: the package build reads every
    attachment in one read transaction with large reads instead of one transaction per chunk.
    """

    def __init__(self, session: Session, sha256: str, size: int) -> None:
        super().__init__()
        self._sha256 = sha256
        self._size = size
        self._pos = 0
        self._next_seq = 0
        self._chunk: memoryview = memoryview(b"")
        stmt = (
            select(BlobChunk.seq, BlobChunk.data)
            .where(BlobChunk.sha256 == sha256)
            .order_by(BlobChunk.seq)
            .execution_options(yield_per=STREAM_ROWS)
        )
        self._result: Any = session.execute(stmt)
        self._rows: Any = iter(self._result)

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        if not self.closed:
            self._result.close()  # frees the cursor (a server-side one on PostgreSQL)
        super().close()

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._pos >= self._size:
            return 0
        if not self._chunk:
            seq, data = next(self._rows, (None, None))
            if seq != self._next_seq or not data:
                raise OSError(f"blob {self._sha256} is missing chunk {self._next_seq}")
            self._next_seq += 1
            self._chunk = memoryview(data)
        n = min(len(buffer), len(self._chunk), self._size - self._pos)
        buffer[:n] = self._chunk[:n]
        self._chunk = self._chunk[n:]
        self._pos += n
        return n


def stream_blob(session: Session, sha256: str) -> BinaryIO:
    """A buffered forward-only stream over stored bytes, read inside ``session``'s transaction;
    raises FileNotFoundError when the blob is absent."""
    blob = session.get(Blob, sha256)
    if blob is None:
        raise FileNotFoundError(sha256)
    return io.BufferedReader(BlobStream(session, sha256, blob.size), buffer_size=CHUNK)


def blob_facts(session: Session, hashes: set[str]) -> dict[str, tuple[int, str | None]]:
    """Size and sniffed media type of the stored blobs among ``hashes``."""
    if not hashes:
        return {}
    rows = session.execute(
        select(Blob.sha256, Blob.size, Blob.sniffed_media_type).where(Blob.sha256.in_(hashes))
    )
    return {sha: (size, media) for sha, size, media in rows}

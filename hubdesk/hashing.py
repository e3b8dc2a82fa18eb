"""SHA-256 of bytes that stream by, one chunk at a time (never a whole file in memory)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import IO

CHUNK = 1024 * 1024


def sha256_stream(
    stream: IO[bytes], limit: int | None = None, *, on_chunk: Callable[[bytes], object] | None = None
) -> tuple[str, int]:
    """(SHA-256 hex, size) of what ``stream`` yields; stops one chunk past ``limit`` bytes.

    ``on_chunk`` sees each chunk before it is hashed (a progress report, a cancel check, a copy).
    """
    digest = hashlib.sha256()
    size = 0
    while chunk := stream.read(CHUNK):
        if on_chunk is not None:
            on_chunk(chunk)
        digest.update(chunk)
        size += len(chunk)
        if limit is not None and size > limit:
            break
    return digest.hexdigest(), size


def sha256_file(
    path: str | Path, limit: int | None = None, *, on_chunk: Callable[[bytes], object] | None = None
) -> tuple[str, int]:
    with open(path, "rb") as fh:
        return sha256_stream(fh, limit, on_chunk=on_chunk)

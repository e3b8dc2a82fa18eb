"""Attachment bytes streamed inside one read transaction: one query per blob, large reads."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from hubdesk.services import Workspace
from hubdesk.storage import blobs


def _count_statements(ws: Workspace) -> tuple[list[str], Any]:
    seen: list[str] = []

    def on_execute(_conn: Any, _cursor: Any, statement: str, *_a: Any) -> None:
        seen.append(statement.split()[0].upper() + (" chunks" if "blob_chunks" in statement else ""))

    event.listen(ws.engine, "before_cursor_execute", on_execute)
    return seen, on_execute


def test_a_blob_streams_in_one_query_inside_the_callers_transaction(ws: Workspace, tmp_path: Path) -> None:
    data = os.urandom(3 * blobs.CHUNK + 12345)  # four chunks, the last one short
    (tmp_path / "a.bin").write_bytes(data)
    stored = ws.store_file(tmp_path / "a.bin")
    seen, listener = _count_statements(ws)
    try:
        with ws.reading() as s, blobs.stream_blob(s, stored.sha256) as fh:
            got = b"".join(iter(lambda: fh.read(700_000), b""))
    finally:
        event.remove(ws.engine, "before_cursor_execute", listener)
    assert hashlib.sha256(got).digest() == hashlib.sha256(data).digest()
    assert seen.count("SELECT chunks") == 1  # not one query (and transaction) per 1 MiB chunk
    with ws.reading() as s, pytest.raises(FileNotFoundError):
        blobs.stream_blob(s, "0" * 64)


def test_a_missing_chunk_is_an_error_not_short_bytes(ws: Workspace, tmp_path: Path) -> None:
    (tmp_path / "a.bin").write_bytes(os.urandom(2 * blobs.CHUNK + 1))
    stored = ws.store_file(tmp_path / "a.bin")
    with ws.transaction() as s:
        s.execute(
            blobs.BlobChunk.__table__.delete().where(  # type: ignore[attr-defined]
                (blobs.BlobChunk.sha256 == stored.sha256) & (blobs.BlobChunk.seq == 1)
            )
        )
    with (
        ws.reading() as s,
        blobs.stream_blob(s, stored.sha256) as fh,
        pytest.raises(OSError, match="chunk 1"),
    ):
        fh.read()

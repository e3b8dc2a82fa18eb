"""The raw ZIP layout of a package, read from its bytes, before any ZIP library interprets it.

A ZIP reader starts from the end (the central directory) and tolerates a lot: bytes before the
archive, a second archive appended, local headers that disagree with the directory. A reader that
walks local headers from offset 0 would then see other content than the one the signature covers.
So a package is accepted only when it is exactly one ZIP from byte 0 to the last byte:

- the end-of-central-directory record closes the file (no comment, nothing after it);
- the central directory ends where that record starts and lists every entry once;
- local headers follow one another with no gap from offset 0 up to the central directory, each
  agreeing with its directory record (name, flags, method, CRC, sizes);
- names are UTF-8 (or ASCII), relative, without ``..``, unique (also ignoring case);
- a directory entry carries no data; nothing is encrypted; methods are STORED or DEFLATED;
- each DEFLATE stream ends exactly at the entry's end (a flipped "final block" bit would otherwise
  leave the content unchanged while the signed bytes differ), with no absurd compression ratio.

Every problem is a :class:`LayoutError` with an Italian and English reason (FORMAT_FAILURE).
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from hubdesk.package import names as N
from hubdesk.package.read import MAX_ENTRY_BYTES, MAX_RATIO, MAX_TOTAL_BYTES, RATIO_FLOOR

MAX_ENTRIES = 2000
MAX_CENTRAL_DIRECTORY = 8 * 1024 * 1024
_EOCD = struct.Struct("<4sHHHHIIH")
_EOCD64_LOCATOR = struct.Struct("<4sIQI")
_EOCD64 = struct.Struct("<4sQHHIIQQQQ")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_FLAG_ENCRYPTED = 0x1
_FLAG_DESCRIPTOR = 0x8
_FLAG_UTF8 = 0x800


class LayoutError(Exception):
    def __init__(self, it: str, en: str) -> None:
        super().__init__(en)
        self.message_it = it
        self.message_en = en


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    offset: int  # of its local header
    compressed_size: int
    size: int
    crc: int
    flags: int
    method: int
    raw_name: bytes
    stamp: tuple[int, int]  # time and date: the local header repeats them


def _zip64_values(extra: bytes, wanted: list[bool]) -> list[int]:
    """The 8-byte values of the ZIP64 extra field (id 1) for the fields marked 0xFFFFFFFF."""
    pos = 0
    while pos + 4 <= len(extra):
        ident, size = struct.unpack_from("<HH", extra, pos)
        body = extra[pos + 4 : pos + 4 + size]
        if ident == 1:
            count = sum(wanted)
            if len(body) < 8 * count:
                raise LayoutError("campo ZIP64 troncato", "truncated ZIP64 field")
            return list(struct.unpack_from(f"<{count}Q", body))
        pos += 4 + size
    if any(wanted):
        raise LayoutError("campo ZIP64 mancante", "missing ZIP64 field")
    return []


def _decode_name(raw: bytes, flags: int) -> str:
    try:
        return raw.decode("utf-8") if flags & _FLAG_UTF8 else raw.decode("ascii")
    except UnicodeDecodeError as exc:
        raise LayoutError("nome di voce non codificato in UTF-8", "entry name not encoded in UTF-8") from exc


def _end_records(fh: BinaryIO, size: int) -> tuple[int, int, int]:
    """``(entry count, central directory offset, where the directory must end)``."""
    if size < _EOCD.size:
        raise LayoutError("file troppo corto per un archivio ZIP", "file too short for a ZIP archive")
    fh.seek(size - _EOCD.size)
    sig, disk, cd_disk, n_disk, n_total, cd_size, cd_offset, comment = _EOCD.unpack(fh.read(_EOCD.size))
    if sig != b"PK\x05\x06" or comment:
        raise LayoutError(
            "il file non termina con la fine dell'archivio ZIP (dati accodati, commento o più archivi)",
            "the file does not end with the end of the ZIP archive (appended data, comment or archives)",
        )
    if disk or cd_disk or n_disk != n_total:
        raise LayoutError("archivio ZIP multi-volume", "multi-volume ZIP archive")
    directory_end = size - _EOCD.size
    if n_total == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
        if directory_end < _EOCD64_LOCATOR.size + _EOCD64.size:
            raise LayoutError("record ZIP64 mancante", "missing ZIP64 record")
        fh.seek(directory_end - _EOCD64_LOCATOR.size)
        lsig, _d, eocd64_at, _disks = _EOCD64_LOCATOR.unpack(fh.read(_EOCD64_LOCATOR.size))
        if lsig != b"PK\x06\x07" or eocd64_at != directory_end - _EOCD64_LOCATOR.size - _EOCD64.size:
            raise LayoutError("record ZIP64 non valido", "invalid ZIP64 record")
        fh.seek(eocd64_at)
        fields = _EOCD64.unpack(fh.read(_EOCD64.size))
        if fields[0] != b"PK\x06\x06" or fields[1] != _EOCD64.size - 12 or fields[4] or fields[5]:
            raise LayoutError("record ZIP64 non valido", "invalid ZIP64 record")
        n_total, cd_size, cd_offset = fields[7], fields[8], fields[9]
        directory_end = eocd64_at
    if cd_offset + cd_size != directory_end:
        raise LayoutError(
            "la directory centrale non è dove la fine dell'archivio la indica (dati prima, in mezzo o "
            "un secondo archivio)",
            "the central directory is not where the end record says (data before, inside, or a second "
            "archive)",
        )
    if n_total > MAX_ENTRIES or cd_size > MAX_CENTRAL_DIRECTORY:
        raise LayoutError(f"troppe voci ({n_total})", f"too many entries ({n_total})")
    return n_total, cd_offset, directory_end


def _central_entries(directory: bytes, count: int) -> list[Entry]:
    out: list[Entry] = []
    pos = 0
    for _ in range(count):
        if pos + _CENTRAL.size > len(directory):
            raise LayoutError("directory centrale troncata", "truncated central directory")
        f = _CENTRAL.unpack_from(directory, pos)
        if f[0] != b"PK\x01\x02":
            raise LayoutError("directory centrale danneggiata", "damaged central directory")
        flags, method, crc, csize, usize, nlen, elen, clen, disk = f[3], f[4], f[7], f[8], f[9], *f[10:14]
        stamp = (f[5], f[6])
        offset = f[16]
        start = pos + _CENTRAL.size
        raw = directory[start : start + nlen]
        extra = directory[start + nlen : start + nlen + elen]
        pos = start + nlen + elen + clen
        if pos > len(directory) or len(raw) != nlen:
            raise LayoutError("directory centrale troncata", "truncated central directory")
        wanted = [usize == 0xFFFFFFFF, csize == 0xFFFFFFFF, offset == 0xFFFFFFFF]
        values = iter(_zip64_values(extra, wanted))
        usize = next(values) if wanted[0] else usize
        csize = next(values) if wanted[1] else csize
        offset = next(values) if wanted[2] else offset
        if disk:
            raise LayoutError("archivio ZIP multi-volume", "multi-volume ZIP archive")
        out.append(Entry(_decode_name(raw, flags), offset, csize, usize, crc, flags, method, raw, stamp))
    if pos != len(directory):
        raise LayoutError(
            "la directory centrale contiene più dati di quanti ne dichiari",
            "the central directory holds more data than it declares",
        )
    return out


def _check_names(entries: list[Entry]) -> None:
    seen: set[str] = set()
    for e in entries:
        reason = N.unsafe_entry_reason(e.name)
        if reason:
            raise LayoutError(
                f"nome di voce non sicuro {e.name!r} ({reason})", f"unsafe entry name {e.name!r}"
            )
        key = e.name.rstrip("/").casefold()
        if key in seen:
            raise LayoutError(f"voce duplicata {e.name!r}", f"duplicate entry {e.name!r}")
        seen.add(key)
        if e.flags & _FLAG_ENCRYPTED:
            raise LayoutError(f"voce cifrata {e.name!r}", f"encrypted entry {e.name!r}")
        if e.method not in (0, 8):
            raise LayoutError(
                f"metodo di compressione non ammesso per {e.name!r}",
                f"unsupported compression for {e.name!r}",
            )
        if e.method == 0 and e.size != e.compressed_size:
            raise LayoutError(f"dimensioni incoerenti per {e.name!r}", f"inconsistent sizes for {e.name!r}")
        if e.name.endswith("/") and (e.size or e.compressed_size):
            raise LayoutError(
                f"la voce cartella {e.name!r} contiene dati", f"directory entry {e.name!r} carries data"
            )


def _descriptor_length(fh: BinaryIO, e: Entry) -> int:
    """Length of the data descriptor after an entry's data (flag bit 3), checked against the directory."""
    tail = fh.read(24)
    for sig in (b"PK\x07\x08", b""):
        for fmt in ("<III", "<IQQ"):
            n = len(sig) + struct.calcsize(fmt)
            expected = (e.crc, e.compressed_size, e.size)
            if (
                len(tail) >= n
                and tail.startswith(sig)
                and struct.unpack_from(fmt, tail, len(sig)) == expected
            ):
                return n
    raise LayoutError(
        f"descrittore dati incoerente per {e.name!r}", f"inconsistent data descriptor for {e.name!r}"
    )


def _check_deflate(fh: BinaryIO, e: Entry, start: int) -> None:
    """The raw DEFLATE data inflates to exactly the declared size and its final block ends the entry."""

    def refuse() -> LayoutError:
        return LayoutError(
            f"dati compressi di {e.name!r} non coerenti con la voce",
            f"compressed data of {e.name!r} inconsistent",
        )

    d = zlib.decompressobj(-15)
    produced, left = 0, e.compressed_size
    fh.seek(start)
    try:
        while left:
            buf = fh.read(min(1024 * 1024, left))
            if not buf:
                raise refuse()
            left -= len(buf)
            while buf and not d.eof:
                produced += len(d.decompress(buf, 1024 * 1024))
                if produced > e.size:
                    raise refuse()
                buf = d.unconsumed_tail
            if d.eof and (left or buf or d.unused_data):
                raise refuse()
    except zlib.error as exc:
        raise refuse() from exc
    if not d.eof or produced != e.size:
        raise refuse()


def _check_sizes(entries: list[Entry]) -> None:
    total = 0
    for e in entries:
        total += e.size
        ratio = e.size / max(e.compressed_size, 1)
        if (
            e.size > MAX_ENTRY_BYTES
            or total > MAX_TOTAL_BYTES
            or (e.size > RATIO_FLOOR and ratio > MAX_RATIO)
        ):
            raise LayoutError(
                f"dimensioni anomale per {e.name!r} (possibile zip bomb)",
                f"absurd size for {e.name!r} (possible zip bomb)",
            )


def _check_locals(fh: BinaryIO, entries: list[Entry], directory_start: int) -> None:
    position = 0
    for e in sorted(entries, key=lambda x: x.offset):
        if e.offset != position:
            raise LayoutError(
                "dati estranei tra le voci dell'archivio"
                if position
                else "dati prima dell'inizio dell'archivio",
                "foreign data between archive entries"
                if position
                else "data before the start of the archive",
            )
        fh.seek(e.offset)
        head = fh.read(_LOCAL.size)
        if len(head) != _LOCAL.size:
            raise LayoutError("intestazione locale troncata", "truncated local header")
        sig, _ver, flags, method, mtime, mdate, crc, csize, usize, nlen, elen = _LOCAL.unpack(head)
        raw = fh.read(nlen)
        extra = fh.read(elen)
        same = raw == e.raw_name and (mtime, mdate) == e.stamp and (flags, method) == (e.flags, e.method)
        if sig != b"PK\x03\x04" or not same:
            raise LayoutError(
                f"intestazione locale di {e.name!r} diversa dalla directory centrale",
                f"local header of {e.name!r} disagrees with the central directory",
            )
        if not flags & _FLAG_DESCRIPTOR:
            wanted = [usize == 0xFFFFFFFF, csize == 0xFFFFFFFF]
            values = iter(_zip64_values(extra, wanted))
            usize = next(values) if wanted[0] else usize
            csize = next(values) if wanted[1] else csize
            if (crc, csize, usize) != (e.crc, e.compressed_size, e.size):
                raise LayoutError(
                    f"intestazione locale di {e.name!r} diversa dalla directory centrale",
                    f"local header of {e.name!r} disagrees with the central directory",
                )
        data_start = e.offset + _LOCAL.size + nlen + elen
        position = data_start + e.compressed_size
        if position > directory_start:
            raise LayoutError(f"voce {e.name!r} troncata", f"entry {e.name!r} truncated")
        if e.method == 8:
            _check_deflate(fh, e, data_start)
        if flags & _FLAG_DESCRIPTOR:
            fh.seek(position)
            position += _descriptor_length(fh, e)
        if position > directory_start:
            raise LayoutError(f"voce {e.name!r} troncata", f"entry {e.name!r} truncated")
    if position != directory_start:
        raise LayoutError(
            "dati estranei prima della directory centrale", "foreign data before the central directory"
        )


def check_layout(path: str | Path) -> list[Entry]:
    """The entries in directory order, or :class:`LayoutError` when the file is not exactly one ZIP."""
    try:
        with Path(path).open("rb") as fh:
            fh.seek(0, 2)
            size = fh.tell()
            count, cd_offset, cd_end = _end_records(fh, size)
            fh.seek(cd_offset)
            entries = _central_entries(fh.read(cd_end - cd_offset), count)
            if not entries:
                raise LayoutError("archivio vuoto", "empty archive")
            _check_names(entries)
            _check_sizes(entries)
            _check_locals(fh, entries, cd_offset)
    except OSError as exc:
        raise LayoutError(f"file illeggibile: {exc.strerror}", f"unreadable file: {exc.strerror}") from exc
    except struct.error as exc:
        raise LayoutError("archivio ZIP troncato", "truncated ZIP archive") from exc
    if entries[0].name != N.MIMETYPE or entries[0].offset != 0:
        raise LayoutError(
            "la prima voce dell'archivio deve essere 'mimetype'", "the first archive entry must be 'mimetype'"
        )
    return entries

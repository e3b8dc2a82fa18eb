"""A tiny pure-Python PNG writer and raster: enough to draw the demo floor plan and photo.

No imaging library is needed, and the output depends only on the pixels and zlib, so the same
drawing gives the same bytes on every run (the attachment hashes in the demo rely on it).
"""

from __future__ import annotations

import struct
import zlib

Color = tuple[int, int, int]


class Raster:
    """An RGB image held as rows of bytearrays, with the few primitives the demo needs."""

    def __init__(self, width: int, height: int, background: Color) -> None:
        self.width = width
        self.height = height
        self.rows = [bytearray(bytes(background) * width) for _ in range(height)]

    def pixel(self, x: int, y: int, color: Color) -> None:
        if 0 <= x < self.width and 0 <= y < self.height:
            self.rows[y][3 * x : 3 * x + 3] = bytes(color)

    def fill(self, x0: int, y0: int, x1: int, y1: int, color: Color) -> None:
        """Fill the rectangle with corners (x0, y0) and (x1, y1), both included."""
        for y in range(max(0, y0), min(self.height, y1 + 1)):
            for x in range(max(0, x0), min(self.width, x1 + 1)):
                self.rows[y][3 * x : 3 * x + 3] = bytes(color)

    def frame(self, x0: int, y0: int, x1: int, y1: int, color: Color, thickness: int = 1) -> None:
        """Draw the outline of a rectangle (a wall, on a floor plan)."""
        t = thickness - 1
        self.fill(x0, y0, x1, y0 + t, color)
        self.fill(x0, y1 - t, x1, y1, color)
        self.fill(x0, y0, x0 + t, y1, color)
        self.fill(x1 - t, y0, x1, y1, color)

    def vertical_gradient(self, top: Color, bottom: Color, y0: int, y1: int) -> None:
        """Blend from ``top`` to ``bottom`` between rows y0 and y1 (a sky, on the photo)."""
        span = max(1, y1 - y0)
        for y in range(max(0, y0), min(self.height, y1 + 1)):
            k = (y - y0) / span
            color = tuple(round(a + (b - a) * k) for a, b in zip(top, bottom, strict=True))
            self.rows[y][:] = bytes(color) * self.width

    def to_png(self) -> bytes:
        return encode_png(self.width, self.height, self.rows)


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def encode_png(width: int, height: int, rows: list[bytearray]) -> bytes:
    """Encode 8-bit RGB rows as a PNG (filter type 0 on every row, maximum compression)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    raw = b"".join(b"\x00" + bytes(row) for row in rows)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 9))
        + _chunk(b"IEND", b"")
    )

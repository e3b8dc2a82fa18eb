"""Tab-separated text as spreadsheets put it on the clipboard (Qt-free)."""

from __future__ import annotations

import csv
import io


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of cells; quoted cells (with tabs or newlines inside) are honoured, the final newline dropped."""
    if not text:
        return []
    if '"' not in text:
        rows = [line.split("\t") for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    else:
        rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    while rows and all(c == "" for c in rows[-1]):
        rows.pop()
    return rows


def _cell(value: str) -> str:
    if any(ch in value for ch in '\t\n\r"'):
        return '"' + value.replace('"', '""') + '"'
    return value


def format_tsv(rows: list[list[str]]) -> str:
    """The inverse of parse_tsv: one line per row, cells quoted only when they must be."""
    return "".join("\t".join(_cell(c) for c in row) + "\n" for row in rows)

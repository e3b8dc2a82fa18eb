"""Compile Qt Linguist ``.ts`` files to ``.qm`` without Qt (used by the wheel build, see setup.py).

The build of a wheel runs in an isolated environment without PySide6, so ``pyside6-lrelease`` is
not at hand there. This writer produces the subset of the ``.qm`` format that ``QTranslator``
reads: the hash table, the messages (translation, comment, source text, context) and the plural
rules. A test checks that Qt translates every message of our ``.ts`` files the same way from this
output as from ``pyside6-lrelease``'s.

    python packaging/qmc.py IN.ts OUT.qm
"""

from __future__ import annotations

import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")
TAG_HASHES, TAG_MESSAGES, TAG_NUMERUS_RULES, TAG_LANGUAGE = 0x42, 0x69, 0x88, 0xA7
TAG_END, TAG_TRANSLATION, TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT = 1, 3, 6, 7, 8
# Qt's numerus rules for languages with "one" and "other" (Italian, English): n == 1 -> form 0.
Q_EQ = 0x01
ONE_OTHER_RULES = bytes([Q_EQ, 1])


def elf_hash(data: bytes) -> int:
    h = 0
    for c in data:
        h = ((h << 4) + c) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _qstring(text: str) -> bytes:
    raw = text.encode("utf-16-be")
    return struct.pack(">I", len(raw)) + raw


def _qbytes(text: str) -> bytes:
    raw = text.encode("utf-8")
    return struct.pack(">I", len(raw)) + raw


def _messages(ts_file: Path) -> tuple[str, list[tuple[str, str, str, list[str]]]]:
    root = ET.parse(ts_file).getroot()
    out: list[tuple[str, str, str, list[str]]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("obsolete", "vanished"):
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in tr.iter("numerusform")]
            else:
                forms = [tr.text or ""]
            if not any(forms):
                continue  # untranslated: Qt falls back to the source text
            out.append((name, source, comment, forms))
    return root.get("language") or "", out


def compile_ts(ts_file: Path, qm_file: Path) -> int:
    """Write ``qm_file`` from ``ts_file``; return the number of messages written."""
    language, messages = _messages(ts_file)
    body = bytearray()
    table: list[tuple[int, int]] = []
    for context, source, comment, forms in messages:
        table.append((elf_hash((source + comment).encode("utf-8")), len(body)))
        for form in forms:
            body += bytes([TAG_TRANSLATION]) + _qstring(form)
        body += bytes([TAG_COMMENT]) + _qbytes(comment)
        body += bytes([TAG_SOURCE]) + _qbytes(source)
        body += bytes([TAG_CONTEXT]) + _qbytes(context)
        body += bytes([TAG_END])
    table.sort()
    hashes = b"".join(struct.pack(">II", h, off) for h, off in table)
    out = bytearray(MAGIC)
    if language:
        lang = language.encode("latin-1")
        out += struct.pack(">BI", TAG_LANGUAGE, len(lang)) + lang
    out += struct.pack(">BI", TAG_HASHES, len(hashes)) + hashes
    out += struct.pack(">BI", TAG_MESSAGES, len(body)) + body
    out += struct.pack(">BI", TAG_NUMERUS_RULES, len(ONE_OTHER_RULES)) + ONE_OTHER_RULES
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    qm_file.write_bytes(bytes(out))
    return len(messages)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python packaging/qmc.py IN.ts OUT.qm")
    print(compile_ts(Path(sys.argv[1]), Path(sys.argv[2])), "messages")

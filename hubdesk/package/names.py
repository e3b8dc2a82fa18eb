"""Entry names inside the package: fixed names, and attachment names that are safe on every system.

An attachment is stored as ``allegati/<id>-<file_name>`` exactly as the dossier records it (UTF-8,
accents and spaces included), so anyone can find it from dossier.json. Only a name that could not
be a plain file name on every system (path separators, control or reserved characters) is reduced to
ASCII letters, digits, ``.``, ``_`` and ``-``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

MIMETYPE = "mimetype"
MIMETYPE_VALUE = b"application/vnd.etsi.asic-e+zip"
DOSSIER = "dossier.json"
PROPOSAL_PDF = "proposta.pdf"
VALIDATION_REPORT = "validation-report.json"
ATTACHMENTS_DIR = "allegati/"
MANIFEST = "META-INF/ASiCManifest.xml"
SIGNATURE = "META-INF/signature001.p7s"
MAX_NAME_CHARS = 150

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def sanitise(name: str, fallback: str = "file") -> str:
    """``"Planimetria piano terra (v2).PDF"`` -> ``"Planimetria_piano_terra_v2_.PDF"``.

    Never empty and never starting with a dot, so it cannot hide or climb out of a folder.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = _UNSAFE.sub("_", ascii_only).strip("._-") or fallback
    if len(cleaned) > MAX_NAME_CHARS:
        stem, dot, ext = cleaned.rpartition(".")
        ext = ext[:20] if dot and stem else ""
        cleaned = cleaned[: MAX_NAME_CHARS - len(ext) - 1].rstrip("._-") + ("." + ext if ext else "")
    return cleaned


_WINDOWS_RESERVED = set('<>:"|?*')


def _plain(name: Any) -> str | None:
    """``name`` itself when it is a plain, portable file name; else None."""
    safe = safe_file_name(name)
    if safe is None or _WINDOWS_RESERVED & set(safe) or safe.startswith("."):
        return None
    return safe


def attachment_entry_names(attachments: list[dict[str, Any]]) -> list[str]:
    """``allegati/<id>-<file_name>`` for each attachment, in order, made unique deterministically."""
    seen: set[str] = set()
    out: list[str] = []
    for index, att in enumerate(attachments, start=1):
        ident = _plain(att.get("id")) or sanitise(str(att.get("id") or index))
        file_name = _plain(att.get("file_name")) or sanitise(str(att.get("file_name") or ""))
        base = f"{ident}-{file_name}"
        name, n = base, 1
        while name.lower() in seen:
            n += 1
            stem, dot, ext = base.rpartition(".")
            name = f"{stem}-{n}.{ext}" if dot else f"{base}-{n}"
        seen.add(name.lower())
        out.append(ATTACHMENTS_DIR + name)
    return out


def unsafe_entry_reason(name: str) -> str | None:
    """Why a name read from a ZIP must not be trusted (``None`` when it is fine)."""
    if not name or len(name) > 512:
        return "nome vuoto o troppo lungo"
    if any(ord(c) < 32 or c == "\x7f" for c in name):
        return "caratteri di controllo nel nome"
    if "\\" in name:
        return "barra rovesciata nel nome"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "percorso assoluto"
    parts = name.rstrip("/").split("/")
    if any(p in ("", ".", "..") for p in parts):
        return "percorso con '..', '.' o segmenti vuoti"
    return None


def safe_file_name(file_name: Any) -> str | None:
    """The attachment's own ``file_name`` if it is a plain file name, else ``None``."""
    if not isinstance(file_name, str) or unsafe_entry_reason(file_name) or "/" in file_name:
        return None
    if file_name.strip() != file_name or len(file_name.encode("utf-8")) > 255 or file_name.endswith("."):
        return None
    return file_name

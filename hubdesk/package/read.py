"""Read a package safely to import it as a new dossier (no signature verification here).

Untrusted input: names are checked (zip-slip, absolute, duplicates), sizes and compression ratios
bounded (zip bombs), XML parsed with defusedxml, and every byte counted while it is extracted.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hubdesk.document import DocumentError, load_bytes
from hubdesk.fileio import FileReadError, check_input, is_disk_full
from hubdesk.hashing import sha256_stream
from hubdesk.package import names as N
from hubdesk.package.errors import PackageFormatError
from hubdesk.package.manifest import parse_manifest
from hubdesk.package.zipio import CHUNK, read_entry
from hubdesk.tempfiles import import_dir_prefix

MAX_ENTRIES = 2000
MAX_DOSSIER_BYTES = 50 * 1024 * 1024
MAX_ENTRY_BYTES = 2 * 1024**3
MAX_TOTAL_BYTES = 8 * 1024**3
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024  # tiny entries may compress absurdly well without harm


@dataclass(frozen=True, slots=True)
class FileCheck:
    name: str
    status: str  # OK | MODIFIED | MISSING | UNSIGNED (FORMATS.md §3)


@dataclass
class PackageContents:
    """What a package holds; attachments are extracted under ``attachments_dir`` (call ``cleanup``).

    ``attachments_dir`` holds one file per attachment named by its ``file_name`` (``--attachments``
    semantics); ``attachment_paths`` maps attachment ids to those files.
    """

    document: dict[str, Any]
    attachments_dir: Path
    attachment_paths: dict[str, Path]
    files: tuple[FileCheck, ...]
    problems: list[str] = field(default_factory=list)
    has_signature: bool = False

    @property
    def digests_ok(self) -> bool:
        return all(f.status == "OK" for f in self.files) and not self.problems

    def cleanup(self) -> None:
        shutil.rmtree(self.attachments_dir, ignore_errors=True)

    def __enter__(self) -> PackageContents:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cleanup()


def _refuse(it: str, en: str) -> PackageFormatError:
    return PackageFormatError(f"Pacchetto rifiutato: {it}", f"Package refused: {en}")


def _check_entries(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > MAX_ENTRIES:
        raise _refuse(f"troppe voci ({len(infos)})", f"too many entries ({len(infos)})")
    by_name: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = 0
    for info in infos:
        reason = N.unsafe_entry_reason(info.filename)
        if reason:
            raise _refuse(
                f"nome di voce non sicuro {info.filename!r} ({reason})",
                f"unsafe entry name {info.filename!r}",
            )
        if info.filename.casefold() in folded:
            raise _refuse(f"voce duplicata {info.filename!r}", f"duplicate entry {info.filename!r}")
        folded.add(info.filename.casefold())
        if info.flag_bits & 0x1:
            raise _refuse(f"voce cifrata {info.filename!r}", f"encrypted entry {info.filename!r}")
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (
            info.file_size > MAX_ENTRY_BYTES
            or total > MAX_TOTAL_BYTES
            or (info.file_size > RATIO_FLOOR and ratio > MAX_RATIO)
        ):
            raise _refuse(
                f"dimensioni anomale per {info.filename!r} (possibile zip bomb)",
                f"absurd size for {info.filename!r} (possible zip bomb)",
            )
        if not info.is_dir():
            by_name[info.filename] = info
    return by_name


def _stream(zf: zipfile.ZipFile, info: zipfile.ZipInfo, dest: Path | None) -> bytes:
    """SHA-256 of an entry, copied to ``dest`` when given; never more bytes than declared."""
    out = dest.open("xb") if dest is not None else None
    try:
        with zf.open(info) as src:
            digest, count = sha256_stream(src, info.file_size, on_chunk=out.write if out else None)
        if count > info.file_size:
            raise _refuse(f"{info.filename} è più grande del dichiarato", f"{info.filename} overflows")
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        if is_disk_full(exc):
            raise
        raise _refuse(
            f"voce illeggibile {info.filename!r}: {exc}", f"unreadable entry {info.filename!r}"
        ) from exc
    finally:
        if out is not None:
            out.close()
    return bytes.fromhex(digest)


def read_package(path: str | Path, *, temp_root: str | Path | None = None) -> PackageContents:
    """Open ``path``, check its structure and digests, extract attachments into a new temp folder."""
    try:
        check_input(path, regular=True)  # a device, a pipe or a folder: not a package (never read on)
    except FileReadError as exc:
        raise PackageFormatError(exc.message_it, exc.message_en) from exc
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse("il file non è un archivio ZIP/ASiC leggibile", "not a readable ZIP/ASiC file") from exc
    with zf:
        infos = zf.infolist()
        entries = _check_entries(infos)
        if not infos or infos[0].filename != N.MIMETYPE or read_entry(zf, infos[0], 256) != N.MIMETYPE_VALUE:
            raise _refuse(
                "manca il 'mimetype' ASiC-E come prima voce", "missing ASiC-E 'mimetype' first entry"
            )
        if N.DOSSIER not in entries:
            raise _refuse("manca dossier.json", "dossier.json missing")
        try:
            document = load_bytes(read_entry(zf, entries[N.DOSSIER], MAX_DOSSIER_BYTES))
        except DocumentError as exc:
            raise PackageFormatError(
                f"dossier.json non valido: {exc.message_it}", f"invalid dossier.json: {exc.message_en}"
            ) from exc
        signed: dict[str, tuple[str, bytes]] = {}
        problems: list[str] = []
        if N.MANIFEST in entries:
            _sig, signed = parse_manifest(read_entry(zf, entries[N.MANIFEST], 4 * 1024 * 1024))
        else:
            problems.append("Manifesto ASiC assente: il contenuto non è firmato")
        try:
            tmp = Path(tempfile.mkdtemp(prefix=import_dir_prefix(), dir=temp_root))
        except OSError as exc:
            raise _refuse(
                f"impossibile creare una cartella temporanea ({exc.strerror})",
                f"cannot create a temporary folder ({exc.strerror})",
            ) from exc
        try:
            paths, files = _extract(zf, entries, document, signed, tmp, problems)
        except OSError as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise _refuse(
                f"impossibile estrarre gli allegati ({exc.strerror}): spazio su disco esaurito?",
                f"cannot extract the attachments ({exc.strerror}): is the disk full?",
            ) from exc
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    return PackageContents(document, tmp, paths, files, problems, N.SIGNATURE in entries)


def _extract(
    zf: zipfile.ZipFile,
    entries: dict[str, zipfile.ZipInfo],
    document: dict[str, Any],
    signed: dict[str, tuple[str, bytes]],
    tmp: Path,
    problems: list[str],
) -> tuple[dict[str, Path], tuple[FileCheck, ...]]:
    attachments = [a for a in document.get("attachments") or [] if isinstance(a, dict)]
    expected = dict(zip(N.attachment_entry_names(attachments), attachments, strict=True))
    digests: dict[str, bytes] = {}
    paths: dict[str, Path] = {}
    for name, info in entries.items():
        if name == N.MIMETYPE or name.startswith("META-INF/"):
            continue
        att = expected.get(name)
        target = None
        if att is not None:
            file_name = N.safe_file_name(att.get("file_name"))
            if file_name is None or (tmp / file_name).exists():
                file_name = name.removeprefix(N.ATTACHMENTS_DIR)
                problems.append(
                    f"Nome file dell'allegato {att.get('id')} non utilizzabile: salvato come {file_name}"
                )
            target = tmp / file_name
            paths[str(att.get("id"))] = target
        digests[name] = _stream(zf, info, target)
        if att is not None and digests[name].hex() != str(att.get("sha256", "")).lower():
            problems.append(f"L'allegato {att.get('id')} non corrisponde all'impronta registrata nel dossier")
    for name, att in expected.items():
        if name not in entries:
            problems.append(f"Allegato {att.get('id')} assente dal pacchetto ({name})")
    checks = []
    for name, digest in digests.items():
        if name not in signed:
            checks.append(FileCheck(name, "UNSIGNED"))
        else:
            algorithm, value = signed[name]
            ok = (digest if algorithm == "sha256" else _rehash(zf, entries[name], algorithm)) == value
            checks.append(FileCheck(name, "OK" if ok else "MODIFIED"))
    checks += [FileCheck(name, "MISSING") for name in signed if name not in digests]
    return paths, tuple(checks)


def _rehash(zf: zipfile.ZipFile, info: zipfile.ZipInfo, algorithm: str) -> bytes:
    digest = hashlib.new(algorithm)
    with zf.open(info) as src:
        while chunk := src.read(CHUNK):
            digest.update(chunk)
    return digest.digest()

"""The reviewer's trust store: CA certificates kept in the user's configuration folder.

``hubdesk trust add/list/remove`` and Settings manage it; ``package verify`` without ``--trust``
uses it. Certificates come from PEM or DER files, folders of them, or an ETSI TS 119 612 trusted
list (the national list of qualified trust service providers), parsed with defusedxml; a trusted
list's issue date is kept, so every verdict can say how current its trust was.

Location: ``HUBDESK_CONFIG_DIR`` if set (tests, portable installs), else the platform's user
configuration folder (platformdirs), file ``trust.json``. Writes are atomic (temporary file, rename).
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import defusedxml.ElementTree as SafeET
import platformdirs
from asn1crypto import x509

from hubdesk.fileio import FileReadError, FileTooLarge, atomic_output, check_input, read_bounded
from hubdesk.verify.trust import (
    MAX_TRUST_FILE_BYTES,
    TrustAnchors,
    TrustStoreError,
    _certificates,
    fingerprint,
)

APP_NAME = "HubDesk"
STORE_FILE = "trust.json"
MAX_TSL_BYTES = 64 * 1024 * 1024
TSL_NS = "http://uri.etsi.org/02231/v2#"
CERT_SUFFIXES = (".pem", ".crt", ".cer", ".der")
# Services whose certificates anchor signature certificates; statuses meaning "currently trusted".
_CA_TYPES = ("http://uri.etsi.org/TrstSvc/Svctype/CA/QC", "http://uri.etsi.org/TrstSvc/Svctype/CA/PKC")
_GOOD_STATUS = ("granted", "recognisedatnationallevel", "accredited", "undersupervision", "setbynationallaw")


def config_dir() -> Path:
    override = os.environ.get("HUBDESK_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True, slots=True)
class StoredAnchor:
    fingerprint: str
    subject: str
    not_after: str
    source: str  # file name or trusted list name
    as_of: str | None  # trusted list issue date (ISO) or None
    added: str  # ISO date
    der: str  # base64

    def certificate(self) -> x509.Certificate:
        return x509.Certificate.load(base64.b64decode(self.der))

    def subject_text(self, lang: str = "it") -> str:
        """The authority's name in words of ``lang`` (``subject`` keeps asn1crypto's English wording)."""
        from hubdesk.labels import format_name
        from hubdesk.verify.certs import name_parts

        try:
            return format_name(name_parts(self.certificate().subject), lang) or self.subject
        except Exception:  # a damaged entry in the store: show what was recorded
            return self.subject

    def public(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("der")
        return data


def _anchor(cert: x509.Certificate, source: str, as_of: str | None) -> StoredAnchor:
    not_after = cert["tbs_certificate"]["validity"]["not_after"].native
    return StoredAnchor(
        fingerprint=fingerprint(cert),
        subject=cert.subject.human_friendly,
        not_after=not_after.date().isoformat(),
        source=source,
        as_of=as_of,
        added=date.today().isoformat(),
        der=base64.b64encode(cert.dump()).decode("ascii"),
    )


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def parse_trusted_list(data: bytes, name: str) -> tuple[list[x509.Certificate], str, str | None]:
    """``(CA certificates of services in force, list name, issue date)`` of an ETSI TS 119 612 list."""
    try:
        root = SafeET.fromstring(data)
    except Exception as exc:  # defusedxml refuses DTDs, entities, external references
        raise TrustStoreError(
            f"Lista di fiducia {name} non leggibile: {exc}", f"Trusted list {name} unreadable: {exc}"
        ) from exc
    if _local(root.tag) != "TrustServiceStatusList":
        raise TrustStoreError(
            f"{name} non è una lista di fiducia ETSI TS 119 612", f"{name} is not an ETSI TS 119 612 list"
        )
    issued = None
    territory = operator = ""
    certs: list[x509.Certificate] = []
    for el in root.iter():
        tag = _local(el.tag)
        if tag == "ListIssueDateTime" and issued is None and el.text:
            issued = el.text.strip()[:10]
        elif tag == "SchemeTerritory" and not territory and el.text:
            territory = el.text.strip()
        elif tag == "SchemeOperatorName" and not operator:
            operator = next((n.text.strip() for n in el if n.text and n.text.strip()), "")
        elif tag == "ServiceInformation":
            certs += _service_certs(el)
    try:
        if issued:
            date.fromisoformat(issued)
    except ValueError:
        issued = None
    label = (
        "Lista di fiducia " + " ".join(x for x in (territory, operator) if x)
        if territory or operator
        else name
    )
    return certs, label.strip(), issued


def _service_certs(info: Any) -> list[x509.Certificate]:
    kind = status = ""
    found: list[x509.Certificate] = []
    for el in info.iter():
        tag = _local(el.tag)
        if tag == "ServiceTypeIdentifier" and el.text:
            kind = el.text.strip()
        elif tag == "ServiceStatus" and el.text:
            status = el.text.strip().rsplit("/", 1)[-1].casefold()
        elif tag == "X509Certificate" and el.text:
            try:
                cert = x509.Certificate.load(base64.b64decode("".join(el.text.split())), strict=True)
                cert.native  # noqa: B018  (parse it all now)
                found.append(cert)
            except Exception:  # one broken entry must not hide the rest of the list
                continue
    if kind not in _CA_TYPES or status not in _GOOD_STATUS:
        return []
    return found


def _candidates(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(
            p for p in path.iterdir() if p.is_file() and p.suffix.lower() in (*CERT_SUFFIXES, ".xml")
        )
        if not files:
            raise TrustStoreError(
                f"Nessun certificato (.pem .crt .cer .der) o lista di fiducia (.xml) in {path}",
                f"No certificate (.pem .crt .cer .der) or trusted list (.xml) in {path}",
            )
        return files
    try:
        check_input(path)  # a device or a pipe is read (bounded) like a file: /dev/zero is too large
    except FileReadError as exc:
        raise TrustStoreError(exc.message_it, exc.message_en) from exc
    return [path]


def read_anchor_files(paths: list[Path]) -> list[StoredAnchor]:
    """Every certificate the files, folders or trusted lists hold; TrustStoreError if any is unusable."""
    out: list[StoredAnchor] = []
    for given in paths:
        for path in _candidates(given):
            if path.suffix.lower() == ".xml":
                limit, what = MAX_TSL_BYTES, ("per una lista di fiducia", "for a trusted list")
            else:
                limit, what = MAX_TRUST_FILE_BYTES, ("per un file di certificati", "for a certificate file")
            try:
                data = read_bounded(path, limit, what=what)  # counted while reading: a device or a pipe too
            except (FileTooLarge, FileReadError) as exc:
                raise TrustStoreError(exc.message_it, exc.message_en) from exc
            if data.lstrip()[:1] == b"<":
                certs, label, issued = parse_trusted_list(data, path.name)
                if not certs:
                    raise TrustStoreError(
                        f"La lista di fiducia {path.name} non contiene autorità di certificazione in vigore",
                        f"The trusted list {path.name} holds no certification authority in force",
                    )
                out += [_anchor(c, label, issued) for c in certs]
                continue
            try:
                certs = _certificates(data)
            except Exception as exc:
                raise TrustStoreError(
                    f"Il file {path} non contiene certificati X.509 leggibili (PEM o DER)",
                    f"{path} holds no readable X.509 certificate (PEM or DER)",
                ) from exc
            if not certs:
                raise TrustStoreError(f"Nessun certificato nel file {path}", f"No certificate in {path}")
            out += [_anchor(c, path.name, None) for c in certs]
    return out


class TrustStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or config_dir()) / STORE_FILE

    def anchors(self) -> list[StoredAnchor]:
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return [StoredAnchor(**item) for item in data.get("certificates", [])]
        except (OSError, ValueError, TypeError) as exc:
            raise TrustStoreError(
                f"Archivio dei certificati attendibili danneggiato: {self.path}",
                f"Damaged trust store: {self.path}",
            ) from exc

    def _save(self, anchors: list[StoredAnchor]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = {
            "version": 1,
            "updated": datetime.now(UTC).date().isoformat(),
            "certificates": [asdict(a) for a in anchors],
        }
        with atomic_output(self.path, "w", encoding="utf-8") as fh:  # FileWriteError on a full disk
            json.dump(body, fh, indent=2, ensure_ascii=False)

    def add(self, new: list[StoredAnchor]) -> list[StoredAnchor]:
        """Add (or refresh the source/date of) each anchor; returns the ones not there before."""
        current = {a.fingerprint: a for a in self.anchors()}
        added = [a for a in new if a.fingerprint not in current]
        for a in new:
            current[a.fingerprint] = a
        self._save(list(current.values()))
        return added

    def remove(self, fingerprint_or_prefix: str) -> StoredAnchor:
        key = fingerprint_or_prefix.replace(":", "").strip().lower()
        anchors = self.anchors()
        matches = [a for a in anchors if a.fingerprint.startswith(key)] if len(key) >= 8 else []
        if len(matches) != 1:
            raise TrustStoreError(
                f"Nessun certificato (o più di uno) con impronta {fingerprint_or_prefix}",
                f"No certificate (or more than one) with fingerprint {fingerprint_or_prefix}",
            )
        self._save([a for a in anchors if a is not matches[0]])
        return matches[0]

    def trust(self) -> TrustAnchors:
        """The anchors for ``package verify``: source names the store, ``as_of`` its freshest list."""
        anchors = self.anchors()
        if not anchors:
            return TrustAnchors((), "nessuna", None)
        sources = sorted({a.source for a in anchors})
        dates = [a.as_of for a in anchors if a.as_of] or [a.added for a in anchors]
        return TrustAnchors(
            tuple(a.certificate() for a in anchors),
            "archivio fiduciario: " + ", ".join(sources),
            max(dates),
        )


def trust_from_files(paths: list[Path]) -> TrustAnchors:
    """``--trust`` files: source names them, ``as_of`` is a trusted list's date or the files' date."""
    anchors = read_anchor_files(paths)
    dates = [a.as_of for a in anchors if a.as_of]
    if not dates:
        dates = [datetime.fromtimestamp(p.stat().st_mtime, UTC).date().isoformat() for p in paths]
    return TrustAnchors(
        tuple(a.certificate() for a in anchors),
        ", ".join(p.name for p in paths) + " (--trust)",
        max(dates),
    )

"""The ASiC-E manifest (ETSI EN 319 162-1, CAdES flavour): what the detached CMS signature covers."""

from __future__ import annotations

import base64
from collections.abc import Sequence
from xml.sax.saxutils import quoteattr

import defusedxml.ElementTree as SafeET

from hubdesk.package.errors import PackageFormatError
from hubdesk.package.names import SIGNATURE

ASIC_NS = "http://uri.etsi.org/02918/v1.2.1#"
DS_NS = "http://www.w3.org/2000/09/xmldsig#"
SHA256_URI = "http://www.w3.org/2001/04/xmlenc#sha256"
_DIGESTS = {
    SHA256_URI: "sha256",
    "http://www.w3.org/2001/04/xmldsig-more#sha384": "sha384",
    "http://www.w3.org/2001/04/xmlenc#sha512": "sha512",
}
MAX_MANIFEST_BYTES = 4 * 1024 * 1024


def build_manifest(entries: Sequence[tuple[str, str, bytes]]) -> bytes:
    """Manifest bytes for ``(entry name, media type, sha256 digest)`` triples, in the given order."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        f'<asic:ASiCManifest xmlns:asic="{ASIC_NS}" xmlns:ds="{DS_NS}">',
        f'  <asic:SigReference URI="{SIGNATURE}" MimeType="application/pkcs7-signature"/>',
    ]
    for name, media_type, digest in entries:
        lines += [
            f"  <asic:DataObjectReference URI={quoteattr(name)} MimeType={quoteattr(media_type)}>",
            f'    <ds:DigestMethod Algorithm="{SHA256_URI}"/>',
            f"    <ds:DigestValue>{base64.b64encode(digest).decode('ascii')}</ds:DigestValue>",
            "  </asic:DataObjectReference>",
        ]
    lines.append("</asic:ASiCManifest>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def parse_manifest(data: bytes) -> tuple[str | None, dict[str, tuple[str, bytes]]]:
    """``(signature URI, {entry name: (hashlib algorithm, digest)})``; hostile XML is refused."""
    if len(data) > MAX_MANIFEST_BYTES:
        raise PackageFormatError("Manifesto ASiC troppo grande", "ASiC manifest too large")
    try:
        root = SafeET.fromstring(data)
    except Exception as exc:  # defusedxml raises several types for hostile or broken XML
        raise PackageFormatError(
            f"Manifesto ASiC non leggibile: {exc}", f"Unreadable ASiC manifest: {exc}"
        ) from exc
    if root.tag != f"{{{ASIC_NS}}}ASiCManifest":
        raise PackageFormatError(
            "Il manifesto non è un asic:ASiCManifest", "The manifest is not an asic:ASiCManifest"
        )
    sig = root.find(f"{{{ASIC_NS}}}SigReference")
    refs: dict[str, tuple[str, bytes]] = {}
    for ref in root.findall(f"{{{ASIC_NS}}}DataObjectReference"):
        uri = ref.get("URI") or ""
        method = ref.find(f"{{{DS_NS}}}DigestMethod")
        value = ref.find(f"{{{DS_NS}}}DigestValue")
        algorithm = _DIGESTS.get(method.get("Algorithm", "") if method is not None else "")
        if not uri or algorithm is None or value is None or uri in refs:
            raise PackageFormatError(
                f"Riferimento non valido nel manifesto: {uri!r}", f"Invalid manifest reference: {uri!r}"
            )
        try:
            refs[uri] = (algorithm, base64.b64decode((value.text or "").strip(), validate=True))
        except ValueError as exc:
            raise PackageFormatError(
                f"Impronta non valida nel manifesto per {uri!r}", f"Invalid digest in manifest for {uri!r}"
            ) from exc
    return (sig.get("URI") if sig is not None else None), refs

"""The built package passes checks made with tools independent of our code (FORMATS.md §2)."""

from __future__ import annotations

import base64
import hashlib
import shutil
import struct
import subprocess
import zipfile
from pathlib import Path

import pytest
from defusedxml import ElementTree

from hubdesk.document import dump_bytes, load_bytes
from tests.core.package.conftest import Built
from tests.core.package.pki import Pki

ASIC = "{http://uri.etsi.org/02918/v1.2.1#}"
DS = "{http://www.w3.org/2000/09/xmldsig#}"
EXPECTED_HEAD = ["mimetype", "dossier.json", "proposta.pdf", "validation-report.json"]


def _need(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} non installato")


def test_openssl_verifies_the_cades_signature_over_the_manifest(built: Built, pki: Pki) -> None:
    _need("openssl")
    run = subprocess.run(
        [
            "openssl",
            "cms",
            "-verify",
            "-binary",
            "-inform",
            "DER",
            "-in",
            str(built.folder / "META-INF/signature001.p7s"),
            "-content",
            str(built.folder / "META-INF/ASiCManifest.xml"),
            "-CAfile",
            str(pki.ca_pem),
            "-out",
            "/dev/null",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "Verification successful" in run.stderr


def test_cms_is_cades_bes_with_signing_certificate_v2(built: Built) -> None:
    _need("openssl")
    run = subprocess.run(
        [
            "openssl",
            "cms",
            "-cmsout",
            "-print",
            "-inform",
            "DER",
            "-in",
            str(built.folder / "META-INF/signature001.p7s"),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "signingCertificateV2" in run.stdout or "id-smime-aa-signingCertificateV2" in run.stdout
    assert "eContent: <ABSENT>" in run.stdout  # detached


def test_every_manifest_digest_matches_the_entry_bytes(built: Built) -> None:
    root = ElementTree.fromstring(built.read("META-INF/ASiCManifest.xml"))
    assert root.tag == f"{ASIC}ASiCManifest"
    sig = root.find(f"{ASIC}SigReference")
    assert sig is not None
    assert sig.get("URI") == "META-INF/signature001.p7s"
    assert sig.get("MimeType") == "application/pkcs7-signature"
    refs = root.findall(f"{ASIC}DataObjectReference")
    with zipfile.ZipFile(built.result.path) as zf:
        data_entries = [n for n in zf.namelist() if n != "mimetype" and not n.startswith("META-INF/")]
    assert [r.get("URI") for r in refs] == data_entries
    for ref in refs:
        method = ref.find(f"{DS}DigestMethod")
        assert method is not None
        assert method.get("Algorithm") == "http://www.w3.org/2001/04/xmlenc#sha256"
        expected = hashlib.sha256(built.read(ref.get("URI"))).digest()
        assert base64.b64decode(ref.findtext(f"{DS}DigestValue")) == expected, ref.get("URI")


def test_mimetype_is_first_stored_without_extra_field(built: Built) -> None:
    raw = built.result.path.read_bytes()
    signature, _ver, _flags, method = struct.unpack("<IHHH", raw[:10])
    name_len, extra_len = struct.unpack("<HH", raw[26:30])
    assert signature == 0x04034B50 and method == 0
    assert raw[30 : 30 + name_len] == b"mimetype" and extra_len == 0
    assert raw[38 : 38 + 31] == b"application/vnd.etsi.asic-e+zip"
    with zipfile.ZipFile(built.result.path) as zf:
        infos = zf.infolist()
    assert infos[0].filename == "mimetype" and infos[0].header_offset == 0
    assert infos[0].compress_type == zipfile.ZIP_STORED


def test_entry_order_names_and_fixed_metadata(built: Built, demo: tuple[dict, dict]) -> None:
    with zipfile.ZipFile(built.result.path) as zf:
        infos = zf.infolist()
    names = [i.filename for i in infos]
    assert names[:4] == EXPECTED_HEAD
    assert names[-2:] == ["META-INF/ASiCManifest.xml", "META-INF/signature001.p7s"]
    assert names[4:-2] == [f"allegati/{a['id']}-{a['file_name']}" for a in demo[0]["attachments"]]
    assert len(set(names)) == len(names)
    for info in infos:
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        assert info.external_attr >> 16 == 0o100644
        assert ".." not in info.filename.split("/") and not info.filename.startswith("/")


def test_contents_are_the_canonical_document_and_the_recorded_attachments(built: Built, demo: tuple) -> None:
    doc, files = demo
    assert built.read("dossier.json") == dump_bytes(doc)
    assert load_bytes(built.read("dossier.json")) == doc
    for att in doc["attachments"]:
        data = built.read(f"allegati/{att['id']}-{att['file_name']}")
        assert data == files[att["file_name"]]
        assert hashlib.sha256(data).hexdigest() == att["sha256"]


def test_validation_report_has_the_validate_json_shape(built: Built) -> None:
    report = load_json(built.read("validation-report.json"))
    assert report["errors"] == 0 and report["warnings"] == 1
    assert report["dossier_version"] == 3 and report["app_version"] == "0.1.0"
    assert report["call"] == "puglia-hub-2019"
    assert report["issues"] == [
        {"rule": "DEMO-W", "severity": "warning", "path": "/proposal/cup", "message": "Avviso di prova"}
    ]


def load_json(data: bytes) -> dict:
    import json

    assert data.endswith(b"\n")
    return json.loads(data)


def test_result_describes_the_file(built: Built) -> None:
    r = built.result
    assert r.size == r.path.stat().st_size
    assert r.sha256 == hashlib.sha256(r.path.read_bytes()).hexdigest()
    assert [e.name for e in r.entries][:3] == EXPECTED_HEAD[1:]
    assert all(len(e.sha256) == 64 for e in r.entries)


def test_pdfsig_says_the_pades_signature_is_valid(built: Built, pki: Pki, tmp_path: Path) -> None:
    _need("pdfsig")
    _need("certutil")
    nss = tmp_path / "nss"
    nss.mkdir()
    subprocess.run(
        ["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True, capture_output=True
    )
    subprocess.run(
        ["certutil", "-A", "-d", f"sql:{nss}", "-n", "ca", "-t", "CT,C,C", "-i", str(pki.ca_pem)],
        check=True,
        capture_output=True,
    )
    run = subprocess.run(
        ["pdfsig", "-nssdir", f"sql:{nss}", str(built.folder / "proposta.pdf")],
        capture_output=True,
        text=True,
        check=False,
    )
    out = run.stdout
    assert "Signature #1" in out, out + run.stderr
    assert "Signature Validation: Signature is Valid." in out, out
    assert "Certificate Validation: Certificate is Trusted." in out, out
    assert "ETSI.CAdES.detached" in out, out
    assert "Total document signed" in out, out


def test_pyhanko_validates_the_pdf_signature(built: Built, pki: Pki) -> None:
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(trust_roots=[load_cert_from_pemder(str(pki.ca_pem))])
    with (built.folder / "proposta.pdf").open("rb") as fh:
        reader = PdfFileReader(fh)
        assert len(reader.embedded_signatures) == 1
        status = validate_pdf_signature(reader.embedded_signatures[0], context)
    assert status.intact and status.valid and status.trusted
    assert status.coverage.name == "ENTIRE_FILE"
    assert status.signing_cert.subject.native["common_name"] == "Giuseppe Antonio Ventura"

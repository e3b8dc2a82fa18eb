"""Fixtures for verification tests: a test PKI and two real signed packages, built once per session.

Rendering the PDF is the slow part, so each test copies a package and tampers with the copy
(see tampering.py).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import pem, x509
from pyhanko.sign.signers import SimpleSigner

from hubdesk.demo import demo_attachment_files, demo_document
from hubdesk.package import build_package
from hubdesk.signing import load_pkcs12_signer
from hubdesk.validation.issues import ValidationResult
from tests.core.package.pki import PASSWORD, Pki, make_pki


@dataclass(frozen=True)
class Env:
    pki: Pki
    signer: SimpleSigner
    good: Path
    other: Path  # a second, different package by the same signer

    @property
    def roots(self) -> list[x509.Certificate]:
        return [x509.Certificate.load(pem.unarmor(self.pki.ca_pem.read_bytes())[2])]


def _build(doc: dict[str, Any], signer: SimpleSigner, out: Path) -> Path:
    files = demo_attachment_files()
    return build_package(
        doc,
        lambda att: io.BytesIO(files[att["file_name"]]),
        signer,
        out,
        validation=ValidationResult.of([]),
        dossier_version=2,
        app_version="0.1.0",
        generated_on=date(2021, 1, 15),
    ).path


@pytest.fixture(scope="session")
def env(tmp_path_factory: pytest.TempPathFactory) -> Env:
    folder = tmp_path_factory.mktemp("verify")
    pki = make_pki(folder)
    signer = load_pkcs12_signer(pki.signer_p12, PASSWORD)
    good = _build(demo_document(), signer, folder / "HUB_072011_OFFICINE_v2.asice")
    doc = demo_document()
    doc["proposal"]["title"] = "Un'altra proposta"
    other = _build(doc, signer, folder / "HUB_072011_ALTRA_v2.asice")
    return Env(pki, signer, good, other)

"""Fixtures for the package tests: a test PKI, the demo dossier with its files, a built package."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from hubdesk.demo import demo_attachment_files, demo_document
from hubdesk.package import PackageResult, build_package
from hubdesk.signing import load_pkcs12_signer
from hubdesk.validation.issues import Issue, ValidationResult
from tests.core.package.pki import PASSWORD, Pki, make_pki

CLEAN = ValidationResult.of([Issue("DEMO-W", "warning", "/proposal/cup", "Avviso di prova", "Test warning")])


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="session")
def signer(pki: Pki) -> Any:
    return load_pkcs12_signer(pki.signer_p12, PASSWORD)


@pytest.fixture(scope="session")
def demo() -> tuple[dict[str, Any], dict[str, bytes]]:
    return demo_document(), demo_attachment_files()


def opener(files: dict[str, bytes]) -> Callable[[dict[str, Any]], BinaryIO]:
    return lambda att: io.BytesIO(files[att["file_name"]])


@dataclass(frozen=True)
class Built:
    result: PackageResult
    folder: Path  # the package extracted with zipfile, for the independent tools

    def read(self, name: str) -> bytes:
        return (self.folder / name).read_bytes()


def build(doc: dict[str, Any], files: dict[str, bytes], signer: Any, out: Path, **kw: Any) -> PackageResult:
    kw.setdefault("validation", CLEAN)
    kw.setdefault("dossier_version", 3)
    kw.setdefault("app_version", "0.1.0")
    kw.setdefault("generated_on", date(2021, 1, 15))
    return build_package(doc, opener(files), signer, out, **kw)


@pytest.fixture(scope="session")
def built(
    tmp_path_factory: pytest.TempPathFactory, demo: tuple[dict[str, Any], dict[str, bytes]], signer: Any
) -> Built:
    folder = tmp_path_factory.mktemp("built")
    result = build(*demo, signer, folder / "HUB_072011_OFFICINE_v3.asice")
    extracted = folder / "x"
    with zipfile.ZipFile(result.path) as zf:
        zf.extractall(extracted)
    return Built(result, extracted)

"""Verifying 50 packages on both cores against `sha256sum` of all entries + `openssl cms -verify` each.

The reference is measured in the same run on the same files: the entries extracted to disk, hashed by
one `sha256sum` call, and one `openssl cms -verify` process per package over its manifest. Goal 1.5x;
the assertion allows 4x so a busy shared machine never fails CI for nothing. Figures are printed.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from hubdesk.verify.batch import verify_in_order
from hubdesk.verify.truststore import trust_from_files

TESTS = Path(__file__).resolve().parents[1] / "core"
PACKAGES = 50


def _load(name: str, folder: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, TESTS / folder / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _build_one(folder: Path) -> tuple[Path, Path]:
    import io
    from datetime import date

    from hubdesk.demo import demo_attachment_files, demo_document
    from hubdesk.package import build_package
    from hubdesk.signing import load_pkcs12_signer
    from hubdesk.validation.issues import ValidationResult

    pki_mod = _load("pki", "package")
    pki = pki_mod.make_pki(folder)
    signer = load_pkcs12_signer(pki.signer_p12, pki_mod.PASSWORD)
    files = demo_attachment_files()
    good = build_package(
        demo_document(),
        lambda att: io.BytesIO(files[att["file_name"]]),
        signer,
        folder / "good.asice",
        validation=ValidationResult.of([]),
        dossier_version=1,
        app_version="bench",
        generated_on=date(2021, 1, 15),
    ).path
    return good, pki.ca_pem


@pytest.mark.slow
def test_verify_50_packages_vs_sha256sum_and_openssl(benchmark: Any, tmp_path: Path) -> None:
    if shutil.which("openssl") is None or shutil.which("sha256sum") is None:
        pytest.skip("openssl / sha256sum non installati")
    good, ca = _build_one(tmp_path)
    folder = tmp_path / "pec"
    folder.mkdir()
    paths = [shutil.copyfile(good, folder / f"HUB_{i:03d}.asice") for i in range(PACKAGES)]
    extracted = tmp_path / "x"
    for i, path in enumerate(paths):
        with zipfile.ZipFile(path) as zf:
            zf.extractall(extracted / str(i))
    entries = sorted(str(p) for p in extracted.rglob("*") if p.is_file())

    start = time.perf_counter()
    subprocess.run(["sha256sum", *entries], check=True, stdout=subprocess.DEVNULL)
    for i in range(PACKAGES):
        meta = extracted / str(i) / "META-INF"
        subprocess.run(
            [
                "openssl",
                "cms",
                "-verify",
                "-binary",
                "-inform",
                "DER",
                "-in",
                str(meta / "signature001.p7s"),
                "-content",
                str(meta / "ASiCManifest.xml"),
                "-CAfile",
                str(ca),
                "-out",
                "/dev/null",
            ],
            check=True,
            stderr=subprocess.DEVNULL,
        )
    baseline = time.perf_counter() - start

    trust = trust_from_files([ca])
    verdicts: list[Any] = []

    def run() -> None:
        verdicts[:] = verify_in_order(paths, trust, workers=2)

    start = time.perf_counter()
    benchmark.pedantic(run, rounds=1, iterations=1)
    ours = time.perf_counter() - start
    assert [v.indication for v in verdicts] == ["TOTAL_PASSED"] * PACKAGES
    ratio = ours / baseline
    print(
        f"\nverify {PACKAGES} packages (2 processes): {ours:.3f} s; "
        f"sha256sum + {PACKAGES} x openssl cms -verify: {baseline:.3f} s; ratio {ratio:.2f} (goal 1.5)"
    )
    benchmark.extra_info.update({"baseline_s": baseline, "ours_s": ours, "ratio": ratio})
    assert ratio <= 4.0

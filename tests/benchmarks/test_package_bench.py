"""Packaging 200 MB of attachments against `zip -r -0` + `sha256sum` over the same files (goal <= 1.5x).

Runs once even with --benchmark-disable; marked slow (about 15 s with file generation).
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from hubdesk.package import build_package
from hubdesk.validation.issues import ValidationResult
from tests.benchmarks.bounds import report

PACKAGE_TESTS = Path(__file__).resolve().parents[1] / "core" / "package"


def _load(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGE_TESTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_package_200_mb_vs_zip_and_sha256sum(benchmark: Any, tmp_path: Path) -> None:
    if shutil.which("zip") is None or shutil.which("sha256sum") is None:
        pytest.skip("zip / sha256sum non installati")
    pki_mod, big = _load("pki"), _load("bigfiles")
    from hubdesk.signing import load_pkcs12_signer

    pki = pki_mod.make_pki(tmp_path)
    signer = load_pkcs12_signer(pki.signer_p12, pki_mod.PASSWORD)
    files = tmp_path / "files"
    doc = big.make_big_attachments(files, total_mb=200, files=8)

    start = time.perf_counter()
    subprocess.run(["zip", "-q", "-r", "-0", str(tmp_path / "base.zip"), "."], cwd=files, check=True)
    subprocess.run("sha256sum -- * > /dev/null", shell=True, cwd=files, check=True)
    baseline = time.perf_counter() - start

    def run() -> None:
        build_package(
            doc,
            lambda att: (files / att["file_name"]).open("rb"),
            signer,
            tmp_path / "p.asice",
            validation=ValidationResult.of([]),
            dossier_version=1,
            app_version="bench",
        )

    start = time.perf_counter()
    benchmark.pedantic(run, rounds=1, iterations=1)
    ours = time.perf_counter() - start
    ratio = ours / baseline
    print(f"\nbuild_package 200 MB: {ours:.2f} s; zip -r -0 + sha256sum: {baseline:.2f} s; ratio {ratio:.2f}")
    benchmark.extra_info.update({"baseline_s": baseline, "ours_s": ours, "ratio": ratio})
    # goal 1.0x the baseline measured just before (issue 14); ours ends with an fsync that zip does
    # not do, and disk flush timing varies between runs: CI fails only past 3x
    assert report("build_package / (zip + sha256sum)", ratio, 1.0, unit="x", factor=3.0)


# The build of a stored dossier in a fresh interpreter: the attachments streamed out of the workspace
# in one read transaction (blobs.stream_blob), as ``build_submission`` does after validating.
STORED_BUILD = r"""
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from hubdesk.package import build_package
from hubdesk.services import Workspace
from hubdesk.signing import load_pkcs12_signer
from hubdesk.storage import blobs
from hubdesk.validation.issues import ValidationResult
doc = json.loads(Path(sys.argv[3]).read_text("utf-8"))
with Workspace.open(sys.argv[2]) as ws, ws.reading() as s:
    build_package(doc, lambda att: blobs.stream_blob(s, att["sha256"]),
                  load_pkcs12_signer(sys.argv[4], sys.argv[5]), Path(sys.argv[6]),
                  validation=ValidationResult.of([]), dossier_version=1, app_version="bench")
# this program's own high-water mark: the rusage a parent gets back also counts the parent's memory
# the child briefly shared between fork and exec (a 200 MB test process inflates it)
hwm = next(line for line in Path("/proc/self/status").read_text().splitlines() if line.startswith("VmHWM"))
print(int(hwm.split()[1]))
"""


@pytest.mark.slow
def test_package_build_from_the_workspace_200_mb_time_and_peak_memory(tmp_path: Path) -> None:
    """A package of 200 MB of attachments stored in a workspace, built by a child process (start-up,
    key load and signing included), against ``zip -r -0`` + ``sha256sum`` over the same files in this
    run; and the child's peak RSS."""
    if shutil.which("zip") is None or shutil.which("sha256sum") is None:
        pytest.skip("zip / sha256sum non installati")
    import json
    import statistics

    from hubdesk.services import Workspace

    pki_mod, big = _load("pki"), _load("bigfiles")
    pki = pki_mod.make_pki(tmp_path)
    files = tmp_path / "files"
    doc = big.make_big_attachments(files, total_mb=200, files=8)
    workspace = tmp_path / "w.sqlite3"
    with Workspace.open(workspace) as ws:
        for att in doc["attachments"]:
            assert ws.store_file(files / att["file_name"]).sha256 == att["sha256"]
    (tmp_path / "doc.json").write_text(json.dumps(doc), "utf-8")
    root = Path(__file__).resolve().parents[2]

    def build(i: int) -> tuple[float, int]:
        out = tmp_path / f"p{i}.asice"
        args = [sys.executable, "-c", STORED_BUILD, str(root), str(workspace), str(tmp_path / "doc.json")]
        args += [str(pki.signer_p12), pki_mod.PASSWORD, str(out)]
        start = time.perf_counter()
        child = subprocess.run(args, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        assert child.returncode == 0, child.stderr
        out.unlink()
        return elapsed, int(child.stdout.split()[-1])  # kB: the child's VmHWM

    def baseline() -> float:
        start = time.perf_counter()
        subprocess.run(["zip", "-q", "-r", "-0", str(tmp_path / "base.zip"), "."], cwd=files, check=True)
        subprocess.run("sha256sum -- * > /dev/null", shell=True, cwd=files, check=True)
        (tmp_path / "base.zip").unlink()
        return time.perf_counter() - start

    build(0)  # warms the disk cache and the bytecode
    ratios, ours, refs, peaks = [], [], [], []
    for i in range(1, 4):
        b = baseline()
        t, peak = build(i)
        ratios.append(t / b)
        ours.append(t)
        refs.append(b)
        peaks.append(peak)
    print(
        f"\npackage build from the workspace, 200 MB (child process): {statistics.median(ours):.2f} s;"
        f" zip -r -0 + sha256sum: {statistics.median(refs):.2f} s;"
        f" ratio {statistics.median(ratios):.2f}; peak RSS {max(peaks) / 1024:.0f} MB"
    )
    # goal 1.0x and 200 MB (issue 14); CI fails only on a gross regression
    ratio = statistics.median(ratios)
    assert report("stored package build / (zip + sha256sum)", ratio, 1.0, unit="x", factor=3.0)
    assert report("stored package build peak RSS", max(peaks) / 1024, 200, unit="MB", factor=1.5)

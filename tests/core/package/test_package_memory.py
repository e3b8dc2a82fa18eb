"""Packaging large attachments streams them: peak memory stays bounded whatever their size."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hubdesk.document import dumps
from hubdesk.package import read_package
from tests.core.package.bigfiles import PEAK_SCRIPT, make_big_attachments
from tests.core.package.pki import Pki

HERE = Path(__file__).resolve().parent


@pytest.mark.slow
def test_200_mb_of_attachments_peak_memory_under_200_mb(pki: Pki, tmp_path: Path) -> None:
    doc = make_big_attachments(tmp_path / "files", total_mb=200, files=8)
    (tmp_path / "doc.json").write_text(dumps(doc), "utf-8")
    out = tmp_path / "big.asice"
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            PEAK_SCRIPT,
            str(HERE),
            str(tmp_path / "doc.json"),
            str(tmp_path / "files"),
            str(pki.signer_p12),
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    peak_mb = figures["peak_kb"] / 1024
    print(
        f"peak RSS {peak_mb:.0f} MB (before build {figures['before_kb'] / 1024:.0f} MB), "
        f"{figures['seconds']:.2f} s"
    )
    assert peak_mb < 200
    assert out.stat().st_size > 200 * 1024 * 1024
    with read_package(out, temp_root=tmp_path) as contents:
        assert contents.digests_ok
        assert sum(p.stat().st_size for p in contents.attachment_paths.values()) == 200 * 1024 * 1024

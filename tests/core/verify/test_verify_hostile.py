"""Hostile or broken packages give TOTAL_FAILED/FORMAT_FAILURE without harm, and a batch goes on."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from hubdesk.package import names as N
from hubdesk.progress import Cancelled
from hubdesk.verify import verify_many, verify_package
from tests.core.verify.conftest import Env
from tests.core.verify.tampering import entries, write_zip

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<asic:ASiCManifest xmlns:asic="http://uri.etsi.org/02918/v1.2.1#">&b;</asic:ASiCManifest>
"""


def _with(env: Env, path: Path, extra: dict[str, bytes]) -> Path:
    return write_zip(path, {**entries(env.good), **extra})


def _zip_slip(env: Env, tmp: Path) -> Path:
    return _with(env, tmp / "slip.asice", {"../../evil.txt": b"owned"})


def _zip_bomb(env: Env, tmp: Path) -> Path:
    return _with(env, tmp / "bomb.asice", {"allegati/zeros.bin": bytes(8 * 1024 * 1024)})


def _xml_entities(env: Env, tmp: Path) -> Path:
    return _with(env, tmp / "xxe.asice", {N.MANIFEST: XXE})


def _huge_declared_entry(env: Env, tmp: Path) -> Path:
    """An entry whose central-directory size claims ~4 GB (the reader must not trust or allocate it)."""
    path = _with(env, tmp / "huge.asice", {"allegati/zz-huge.bin": b"small"})
    data = bytearray(path.read_bytes())
    header = data.rindex(b"PK\x01\x02")  # the last central-directory record is the added entry
    data[header + 24 : header + 28] = (0xFFFFFFF0).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    return path


def _not_a_zip(env: Env, tmp: Path) -> Path:
    (tmp / "pdf.asice").write_bytes(b"%PDF-1.4 not a container")
    return tmp / "pdf.asice"


def _empty(env: Env, tmp: Path) -> Path:
    (tmp / "empty.asice").write_bytes(b"")
    return tmp / "empty.asice"


def _truncated(env: Env, tmp: Path) -> Path:
    data = env.good.read_bytes()
    (tmp / "cut.asice").write_bytes(data[: len(data) // 2])
    return tmp / "cut.asice"


def _wrong_mimetype(env: Env, tmp: Path) -> Path:
    return _with(env, tmp / "mime.asice", {N.MIMETYPE: b"application/zip"})


def _compressed_mimetype(env: Env, tmp: Path) -> Path:
    items = entries(env.good)
    with zipfile.ZipFile(tmp / "deflated.asice", "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items.items():
            zf.writestr(name, data)
    return tmp / "deflated.asice"


HOSTILE = [
    _zip_slip,
    _zip_bomb,
    _huge_declared_entry,
    _xml_entities,
    _not_a_zip,
    _empty,
    _truncated,
    _wrong_mimetype,
    _compressed_mimetype,
]


@pytest.mark.parametrize("make", HOSTILE, ids=lambda f: f.__name__.strip("_"))
def test_hostile_package_is_format_failure(env: Env, tmp_path: Path, make) -> None:
    v = verify_package(make(env, tmp_path), env.roots)
    assert (v.indication, v.sub_indication) == ("TOTAL_FAILED", "FORMAT_FAILURE")
    assert v.problems and not v.passed
    assert not (tmp_path.parent / "evil.txt").exists() and not (tmp_path / "evil.txt").exists()


def test_batch_goes_on_after_hostile_packages(env: Env, tmp_path: Path) -> None:
    paths = [_zip_slip(env, tmp_path), env.good, _zip_bomb(env, tmp_path), _not_a_zip(env, tmp_path)]
    verdicts = verify_many(paths, env.roots)
    assert [v.indication for v in verdicts] == [
        "TOTAL_FAILED",
        "TOTAL_PASSED",
        "TOTAL_FAILED",
        "TOTAL_FAILED",
    ]
    assert [v.path for v in verdicts] == [str(p) for p in paths]


class Recorder:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.fractions: list[float] = []
        self.cancel_after = cancel_after

    def report(self, fraction: float, message: str = "") -> None:
        self.fractions.append(fraction)

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.fractions) >= self.cancel_after


def test_progress_is_monotonic_and_ends_at_one(env: Env) -> None:
    rec = Recorder()
    verify_many([env.good, env.other], env.roots, rec)
    assert rec.fractions == sorted(rec.fractions) and rec.fractions[-1] == pytest.approx(1.0)
    assert any(0.4 < f < 0.6 for f in rec.fractions)  # the second package starts half way


def test_cancel_stops_the_batch(env: Env) -> None:
    with pytest.raises(Cancelled):
        verify_many([env.good, env.other], env.roots, Recorder(cancel_after=3))

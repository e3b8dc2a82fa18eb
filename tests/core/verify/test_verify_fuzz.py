"""Fuzzing real packages byte by byte: never a traceback, never TOTAL_PASSED for a changed signed byte.

A mutation may land where nothing is signed (a ZIP attribute, the envelope of the CMS); then the
verdict may pass only if every entry's content is still the original one.
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hubdesk.package import names as N
from hubdesk.verify import verify_package
from tests.core.verify.conftest import Env

_FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _contents(path: Path) -> dict[str, bytes] | None:
    try:
        with zipfile.ZipFile(path) as zf:
            return {i.filename: zf.read(i) for i in zf.infolist()}
    except Exception:
        return None


def _data_ranges(path: Path) -> list[tuple[int, int]]:
    """Byte ranges of every signed entry's stored data (everything but the signature file)."""
    out = []
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.filename == N.SIGNATURE:
                continue
            start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
            out.append((start, start + info.compress_size))
    return out


def _check(env: Env, data: bytes, signed_byte: bool) -> None:
    original = _contents(env.good)
    with tempfile.TemporaryDirectory() as tmp:
        pkg = Path(tmp) / "fuzz.asice"
        pkg.write_bytes(data)
        v = verify_package(pkg, env.roots)  # must not raise
        assert v.indication in ("TOTAL_PASSED", "TOTAL_FAILED", "INDETERMINATE")
        if v.indication == "TOTAL_PASSED":
            assert not signed_byte
            assert _contents(pkg) == original
        assert sorted(p.name for p in Path(tmp).iterdir()) == ["fuzz.asice"]


@_FUZZ
@given(st.data())
def test_flipping_a_signed_byte_never_passes(env: Env, data: st.DataObject) -> None:
    raw = bytearray(env.good.read_bytes())
    ranges = _data_ranges(env.good)
    start, end = data.draw(st.sampled_from(ranges))
    pos = data.draw(st.integers(start, end - 1))
    raw[pos] ^= data.draw(st.integers(1, 255))
    _check(env, bytes(raw), signed_byte=True)


@_FUZZ
@given(st.data())
def test_any_mutation_is_a_verdict_not_a_crash(env: Env, data: st.DataObject) -> None:
    raw = bytearray(env.good.read_bytes())
    kind = data.draw(st.sampled_from(["flip", "cut", "insert", "header"]))
    if kind == "header":  # aim at the ZIP structure: the tail holds the central directory
        pos = data.draw(st.integers(max(0, len(raw) - 2000), len(raw) - 1))
    else:
        pos = data.draw(st.integers(0, len(raw) - 1))
    if kind in ("flip", "header"):
        raw[pos] ^= data.draw(st.integers(1, 255))
    elif kind == "cut":
        del raw[pos : pos + data.draw(st.integers(1, 64))]
    else:
        raw[pos:pos] = data.draw(st.binary(min_size=1, max_size=32))
    _check(env, bytes(raw), signed_byte=False)

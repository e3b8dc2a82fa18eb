"""Batches on both cores everywhere: a frozen bundle spawns itself as the workers (its entry script
calls ``multiprocessing.freeze_support()``); a machine where no pool can start verifies in one process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hubdesk.verify import batch
from hubdesk.verify.truststore import trust_from_files
from tests.core.verify.conftest import Env

ROOT = Path(__file__).resolve().parents[3]


def test_a_frozen_bundle_uses_both_cores_through_spawn(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 2)
    assert batch.default_workers() == 2
    assert batch._context().get_start_method() == "spawn"


def test_the_bundle_entry_script_turns_a_spawned_child_into_a_worker() -> None:
    entry = (ROOT / "packaging" / "entry.py").read_text(encoding="utf-8")
    main_block = entry[entry.index('if __name__ == "__main__":') :]
    assert main_block.index("multiprocessing.freeze_support()") < main_block.index("main()")


def test_no_process_pool_falls_back_to_this_process(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*_a: object, **_k: object) -> None:
        raise OSError("no semaphores here")

    monkeypatch.setattr(batch, "ProcessPoolExecutor", no_pool)
    found = list(batch.verify_stream([env.good, env.other], trust_from_files([env.pki.ca_pem]), workers=2))
    assert sorted(i for i, _ in found) == [0, 1]
    assert {v.indication for _, v in found} == {"TOTAL_PASSED"}

"""Build behaviour: determinism, refusal while errors remain, cancel and failure leave nothing behind."""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest

from hubdesk.package import PackageError, PackageRefused, suggested_file_name
from hubdesk.package.names import attachment_entry_names, sanitise
from hubdesk.progress import Cancelled
from hubdesk.validation.issues import Issue, ValidationResult
from tests.core.package.conftest import build

UNSIGNED = ("mimetype", "dossier.json", "validation-report.json")


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def test_two_builds_give_identical_unsigned_entries(demo: tuple, signer: Any, tmp_path: Path) -> None:
    a = _entries(build(*demo, signer, tmp_path / "a.asice").path)
    b = _entries(build(*demo, signer, tmp_path / "b.asice").path)
    assert list(a) == list(b)
    for name in a:
        if name in UNSIGNED or name.startswith("allegati/"):
            assert a[name] == b[name], name
    # The PDF differs only by the appended signature: the unsigned rendering is a common prefix.
    pdf_a, pdf_b = a["proposta.pdf"], b["proposta.pdf"]
    cut = pdf_a.index(b"%%EOF") + 5
    assert pdf_a[:cut] == pdf_b[:cut]
    with zipfile.ZipFile(tmp_path / "a.asice") as za, zipfile.ZipFile(tmp_path / "b.asice") as zb:
        for ia, ib in zip(za.infolist(), zb.infolist(), strict=True):
            assert (ia.date_time, ia.external_attr, ia.create_system, ia.compress_type) == (
                ib.date_time,
                ib.external_attr,
                ib.create_system,
                ib.compress_type,
            )


def test_refused_while_validation_has_errors(demo: tuple, signer: Any, tmp_path: Path) -> None:
    error = Issue("BUD-001", "error", "/budget/0/amount_cents", "Importo non valido", "Invalid amount")
    warn = Issue("X", "warning", "/proposal", "w", "w")
    with pytest.raises(PackageRefused) as info:
        build(*demo, signer, tmp_path / "p.asice", validation=ValidationResult.of([error, warn]))
    assert info.value.issues == (error,)
    assert "1 errori" in info.value.message_it
    assert list(tmp_path.iterdir()) == []


class CancelAfter:
    def __init__(self, calls: int) -> None:
        self.calls = calls
        self.fractions: list[float] = []

    def report(self, fraction: float, message: str = "") -> None:
        self.fractions.append(fraction)

    def cancelled(self) -> bool:
        self.calls -= 1
        return self.calls < 0


@pytest.mark.parametrize("calls", [0, 3, 40])
def test_cancel_leaves_no_file(demo: tuple, signer: Any, tmp_path: Path, calls: int) -> None:
    with pytest.raises(Cancelled):
        build(*demo, signer, tmp_path / "p.asice", progress=CancelAfter(calls))
    assert list(tmp_path.iterdir()) == []


def test_progress_goes_forward_to_one(demo: tuple, signer: Any, tmp_path: Path) -> None:
    progress = CancelAfter(10**9)
    build(*demo, signer, tmp_path / "p.asice", progress=progress)
    assert progress.fractions[-1] == 1.0
    assert all(0.0 <= f <= 1.0 for f in progress.fractions)


def test_attachment_not_matching_its_record_fails_cleanly(demo: tuple, signer: Any, tmp_path: Path) -> None:
    doc, files = demo
    tampered = dict(files)
    name = doc["attachments"][2]["file_name"]
    tampered[name] = files[name][:-1] + b"X"
    with pytest.raises(PackageError, match="ALL-3"):
        build(doc, tampered, signer, tmp_path / "p.asice")
    assert list(tmp_path.iterdir()) == []


def test_existing_package_is_replaced_only_on_success(demo: tuple, signer: Any, tmp_path: Path) -> None:
    out = tmp_path / "p.asice"
    out.write_bytes(b"old")
    with pytest.raises(Cancelled):
        build(*demo, signer, out, progress=CancelAfter(5))
    assert out.read_bytes() == b"old"
    build(*demo, signer, out)
    assert out.read_bytes()[:4] == b"PK\x03\x04"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.asice"]


def test_missing_destination_folder_is_a_clear_error(demo: tuple, signer: Any, tmp_path: Path) -> None:
    with pytest.raises(PackageError, match="Cartella"):
        build(*demo, signer, tmp_path / "nope" / "p.asice")


def test_signer_factory_is_called_once(demo: tuple, signer: Any, tmp_path: Path) -> None:
    calls = []

    def factory() -> Any:
        calls.append(1)
        return signer

    build(*demo, factory, tmp_path / "p.asice")
    assert calls == [1]


def test_entry_names_keep_the_file_name_and_are_safe_and_unique() -> None:
    atts = [
        {"id": "ALL-1", "file_name": "Città d'arte (v2).pdf"},
        {"id": "ALL-1", "file_name": "città d'arte (v2).pdf"},
        {"id": "../../x", "file_name": "/etc/passwd"},
        {"id": "A", "file_name": ""},
        {"id": "B", "file_name": "what?.pdf"},
    ]
    names = attachment_entry_names(atts)
    assert names[0] == "allegati/ALL-1-Città d'arte (v2).pdf"  # as recorded in dossier.json
    assert names[1] == "allegati/ALL-1-città d'arte (v2)-2.pdf"
    assert names[2] == "allegati/x-etc_passwd"
    assert names[3] == "allegati/A-file"
    assert names[4] == "allegati/B-what_.pdf"
    assert all(".." not in n.split("/") for n in names)
    assert sanitise("x" * 400 + ".pdf").endswith(".pdf") and len(sanitise("x" * 400 + ".pdf")) <= 150


def test_suggested_file_name(demo: tuple) -> None:
    doc = copy.deepcopy(demo[0])
    assert suggested_file_name(doc, 4) == f"HUB_{doc['applicant']['istat_code']}_OFFICINE_v4.asice"


def test_open_attachment_streams_are_closed(demo: tuple, signer: Any, tmp_path: Path) -> None:
    doc, files = demo
    opened: list[io.BytesIO] = []

    def open_attachment(att: dict) -> io.BytesIO:
        opened.append(io.BytesIO(files[att["file_name"]]))
        return opened[-1]

    from hubdesk.package import build_package

    build_package(
        doc,
        open_attachment,
        signer,
        tmp_path / "p.asice",
        validation=ValidationResult.of([]),
        dossier_version=1,
        app_version="t",
    )
    assert len(opened) == len(doc["attachments"]) and all(s.closed for s in opened)


def test_real_validation_of_the_demo_allows_packaging(demo: tuple, signer: Any, tmp_path: Path) -> None:
    validation_module = pytest.importorskip("hubdesk.validation")
    validate = getattr(validation_module, "validate_document", None)
    if validate is None:
        pytest.skip("hubdesk.validation.validate_document non ancora disponibile")
    result = validate(demo[0])
    assert result.errors == 0
    path = build(*demo, signer, tmp_path / "p.asice", validation=result).path
    assert b'"errors": 0' in _entries(path)["validation-report.json"]

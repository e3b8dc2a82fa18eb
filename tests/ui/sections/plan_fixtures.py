"""Test helpers for the planning pages: a fixture document, a large one, a fake workspace, a mini shell."""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from hubdesk.document.patch import apply_ops


def _line(
    n: int, act: str, fund: str, cat: str, desc: str, ben: str, amount: int, vat: int, rec: bool = False
) -> dict:
    return {
        "id": f"VOC-{n}",
        "activity": act,
        "fund": fund,
        "category": cat,
        "description": desc,
        "beneficiary": ben,
        "amount_cents": amount,
        "vat_cents": vat,
        "vat_recoverable": rec,
    }


def fixture_document() -> dict[str, Any]:
    """A small but complete dossier shaped like FORMATS.md §1."""
    return {
        "format": "hubdesk.dossier",
        "format_version": 1,
        "call": "puglia-hub-2019",
        "id": "0b7f8a36-3f0e-4a55-9c4e-6d5b8c1e2f10",
        "applicant": {
            "istat_code": "072029",
            "name": "Comune di Molfetta",
            "fiscal_code": "00306180720",
            "pec": "protocollo@cert.comune.molfetta.ba.it",
            "population": 60433,
            "population_reference": "ISTAT, censimento 2011",
            "joint_bat": False,
            "legal_representative": {
                "full_name": "Maria Rossi",
                "role": "Sindaco",
                "fiscal_code": "RSSMRA70A41F284X",
            },
            "rup": {
                "full_name": "Luca Bianchi",
                "fiscal_code": "BNCLCU75B12F284Y",
                "email": "rup@comune.it",
                "phone": "080 000",
            },
        },
        "proposal": {
            "title": "Hub Molfetta Sociale",
            "acronym": "HMS",
            "hub_name": "Officina Sociale",
            "summary": "Sintesi",
            "objectives": "Obiettivi",
            "target_groups": ["giovani"],
            "thematic_areas": ["repurposing", "social_enterprise", "innovation_workshops"],
            "start_date": "2021-03-01",
            "duration_months": 30,
            "cup": None,
        },
        "properties": [{"id": "IMM-1", "name": "Ex Mercato ittico", "address": "Via del Porto 1"}],
        "partners": [
            {"id": "PAR-1", "name": "Cooperativa Sociale Il Faro", "legal_form": "social_cooperative_a"},
            {"id": "PAR-2", "name": "APS Città Aperta", "legal_form": "aps"},
        ],
        "activities": [
            {
                "id": "ATT-1",
                "title": "Rifunzionalizzazione dell'ex mercato",
                "description": "Lavori",
                "thematic_area": "repurposing",
                "fund": "FESR",
                "lead": "applicant",
                "partners": [],
                "property": "IMM-1",
                "start_month": 1,
                "end_month": 18,
                "deliverables": ["Progetto esecutivo", "Collaudo"],
            },
            {
                "id": "ATT-2",
                "title": "Incubatore di imprese sociali",
                "description": "Accompagnamento",
                "thematic_area": "social_enterprise",
                "fund": "FSE",
                "lead": "PAR-1",
                "partners": ["PAR-2"],
                "property": None,
                "start_month": 10,
                "end_month": 30,
                "deliverables": ["10 imprese accompagnate"],
            },
            {
                "id": "ATT-3",
                "title": "Cantieri di comunità",
                "description": "Laboratori",
                "thematic_area": "innovation_workshops",
                "fund": "FSE",
                "lead": "PAR-2",
                "partners": ["PAR-1"],
                "property": "IMM-1",
                "start_month": 12,
                "end_month": 28,
                "deliverables": [],
            },
            {
                "id": "ATT-4",
                "title": "Piattaforma digitale dell'hub",
                "description": "Piattaforma",
                "thematic_area": "social_enterprise",
                "fund": "FESR",
                "lead": "applicant",
                "partners": ["PAR-1"],
                "property": None,
                "start_month": 6,
                "end_month": 24,
                "deliverables": ["Portale"],
            },
        ],
        "budget": [
            _line(1, "ATT-1", "FESR", "works", "Opere edili", "applicant", 85000000, 18700000),
            _line(
                2, "ATT-1", "FESR", "technical_services", "Progettazione e DL", "applicant", 9500000, 2090000
            ),
            _line(3, "ATT-1", "FESR", "furniture", "Arredi", "applicant", 6000000, 1320000),
            _line(
                4, "ATT-1", "FESR", "equipment", "Attrezzature laboratorio", "applicant", 12000000, 2640000
            ),
            _line(5, "ATT-4", "FESR", "digital_platform", "Piattaforma web", "applicant", 8000000, 1760000),
            _line(6, "ATT-2", "FSE", "mentoring", "Mentoring start-up", "PAR-1", 14000000, 0, True),
            _line(7, "ATT-2", "FSE", "personnel", "Personale incubatore", "PAR-1", 16000000, 0),
            _line(8, "ATT-3", "FSE", "animation", "Animazione territoriale", "PAR-2", 9000000, 0),
            _line(9, "ATT-3", "FSE", "training", "Formazione", "PAR-2", 6500000, 0),
            _line(
                10,
                "ATT-1",
                "COFIN_APPLICANT",
                "works",
                "Cofinanziamento opere",
                "applicant",
                5000000,
                1100000,
            ),
            _line(11, "ATT-2", "FSE", "communication", "Comunicazione", "applicant", 2500000, 550000),
            _line(12, "ATT-4", "FESR", "management", "Coordinamento", "applicant", 3000000, 0),
        ],
        "indicators": [
            {"id": "IND-1", "name": "Imprese sociali accompagnate", "unit": "numero", "target": 10},
            {"id": "IND-2", "name": "Superficie rifunzionalizzata", "unit": "mq", "target": 850},
        ],
        "attachments": [
            {
                "id": "ALL-1",
                "kind": "council_resolution",
                "title": "Delibera di Giunta n. 12",
                "file_name": "delibera.pdf",
                "media_type": "application/pdf",
                "size": 1000,
                "sha256": "0" * 64,
                "refers_to": None,
            },
        ],
    }


def demo_or_fixture() -> dict[str, Any]:
    try:
        from hubdesk.demo import demo_document
    except ImportError:
        return fixture_document()
    return demo_document()


def large_document(lines: int = 2000) -> dict[str, Any]:
    """2,000 budget lines: the synthetic dossier when it exists, else the fixture scaled up."""
    try:
        from tests.synthetic import synthetic_dossier

        return synthetic_dossier(1.0)
    except ImportError:
        doc = fixture_document()
        base = doc["budget"]
        doc["budget"] = [
            dict(base[i % len(base)], id=f"VOC-{i + 1}", amount_cents=100000 + i) for i in range(lines)
        ]
        return doc


@dataclass(frozen=True)
class StoredFileStub:
    sha256: str
    size: int
    sniffed_media_type: str
    file_name: str


class InputErrorStub(ValueError):
    def __init__(self, message_it: str, message_en: str, pointer: str = "") -> None:
        super().__init__(message_it)
        self.message_it, self.message_en, self.pointer = message_it, message_en, pointer


class FakeWorkspace:
    """Stores bytes in memory by sha256, like the workspace service does in its database."""

    def __init__(self, max_bytes: int = 50 * 1024 * 1024) -> None:
        self.blobs: dict[str, bytes] = {}
        self.doc: dict[str, Any] = {}
        self.max_bytes = max_bytes

    def store_file(self, path: str | Path) -> StoredFileStub:
        p = Path(path)
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise InputErrorStub(f"File illeggibile: {p.name}", f"Unreadable file: {p.name}") from exc
        if len(data) > self.max_bytes:
            raise InputErrorStub("File troppo grande", "File too large")
        digest = hashlib.sha256(data).hexdigest()
        self.blobs[digest] = data
        kind = (
            "application/pdf"
            if data.startswith(b"%PDF")
            else ("image/png" if data.startswith(b"\x89PNG") else "application/octet-stream")
        )
        return StoredFileStub(digest, len(data), kind, p.name)

    def open_attachment(self, dossier_id: str, att_id: str) -> io.BytesIO:
        att = next(a for a in self.doc.get("attachments", []) if a["id"] == att_id)
        return io.BytesIO(self.blobs[att["sha256"]])


class Editor:
    """What the shell does, minimally: apply each emitted op list, keep inverses, re-show the document."""

    def __init__(self, page: Any, doc: dict[str, Any], workspace: FakeWorkspace | None = None) -> None:
        self.page, self.doc, self.workspace = page, doc, workspace
        self.undo_stack: list[list[dict]] = []
        self.redo_stack: list[list[dict]] = []
        self.descriptions: list[str] = []
        page.sig_edit.connect(self.apply)
        self._show()

    def _show(self) -> None:
        if self.workspace is not None:
            self.workspace.doc = self.doc
        self.page.set_document(self.doc)

    def apply(self, ops: list[dict], description: str) -> None:
        self.doc, inverse = apply_ops(self.doc, ops)
        self.undo_stack.append(inverse)
        self.redo_stack.clear()
        self.descriptions.append(description)
        self._show()

    def undo(self) -> None:
        self.doc, inverse = apply_ops(self.doc, self.undo_stack.pop())
        self.redo_stack.append(inverse)
        self._show()

    def redo(self) -> None:
        self.doc, inverse = apply_ops(self.doc, self.redo_stack.pop())
        self.undo_stack.append(inverse)
        self._show()


class WorkspaceEditor:
    """The mini shell over the real workspace service: ws.update per sig_edit, then set_document."""

    def __init__(self, page: Any, ws: Any, dossier_id: str) -> None:
        self.page, self.ws, self.dossier_id = page, ws, dossier_id
        self.state = ws.get(dossier_id)
        self.inverses: list[list[dict]] = []
        page.sig_edit.connect(self.apply)
        page.set_document(self.state.document)

    def apply(self, ops: list[dict], description: str) -> None:
        result = self.ws.update(self.dossier_id, self.state.version, ops)
        self.state = result.state
        self.inverses.append(result.inverse)
        self.page.set_document(self.state.document)

    def undo(self) -> None:
        self.state = self.ws.update(self.dossier_id, self.state.version, self.inverses.pop()).state
        self.page.set_document(self.state.document)

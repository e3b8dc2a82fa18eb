"""Immobili: the buildings to repurpose, with cadastral reference, owner, availability and works."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QWidget

from hubdesk.applicant_changes import owner_kind_change
from hubdesk.document.templates import new_property
from ui.sections.common import forms
from ui.sections.common.checks import check_entity_code
from ui.sections.common.combo import choice_combo
from ui.sections.common.master_detail import MasterDetailPage
from ui.sections.common.table_model import Column
from ui.sections.page import EditorContext
from ui.widgets.leftovers import ask_clear

_REGISTERS = (
    ("fabbricati", QT_TRANSLATE_NOOP("PropertiesPage", "Buildings register (fabbricati)")),
    ("terreni", QT_TRANSLATE_NOOP("PropertiesPage", "Land register (terreni)")),
)


def _cadastre_text(item: dict[str, Any]) -> str:
    c = item.get("cadastre") or {}
    # the usual Italian cadastral notation, in both languages: Fg. (foglio), Part. (particella), Sub.
    parts = [
        f"{a} {c.get(k)}"
        for k, a in (("sheet", "Fg."), ("parcel", "Part."), ("subordinate", "Sub."))
        if c.get(k)
    ]
    return " · ".join(parts)


class PropertiesPage(MasterDetailPage):
    section = "properties"
    columns_context = "PropertiesPage"

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        profile, lang, b = context.profile, context.lang, self.binder

        box, form = forms.group(self.tr("Building"))
        self.name = b.bind("/name", forms.line(), self.tr("Property name"))
        form.addRow(self.tr("Name"), self.name)
        self.address = b.bind("/address", forms.line(), self.tr("Address"))
        form.addRow(self.tr("Address"), self.address)
        self.area = QDoubleSpinBox()
        self.area.setRange(0, 10_000_000)
        self.area.setDecimals(1)
        self.area.setSuffix(" m²")
        self.area.setGroupSeparatorShown(True)
        b.bind("/floor_area_sqm", self.area, self.tr("Floor area"))
        form.addRow(self.tr("Floor area"), self.area)
        self.derelict = b.bind(
            "/derelict_site", QCheckBox(self.tr("Derelict or abandoned site")), self.tr("Derelict site")
        )
        form.addRow("", self.derelict)
        self.public_funding = b.bind(
            "/public_funding_last_10_years",
            QCheckBox(self.tr("Received public funding in the last 10 years")),
            self.tr("Public funding"),
        )
        form.addRow("", self.public_funding)
        self.detail_layout.addWidget(box)

        box, form = forms.group(self.tr("Cadastral reference"))
        self.register = b.bind(
            "/cadastre/register",
            choice_combo(
                [(code, QCoreApplication.translate("PropertiesPage", label)) for code, label in _REGISTERS]
            ),
            self.tr("Register"),
        )
        form.addRow(self.tr("Register"), self.register)
        self.cad_municipality = b.bind(
            "/cadastre/municipality_code", forms.line("F284", 20), self.tr("Cadastral municipality code")
        )
        form.addRow(self.tr("Municipality code"), self.cad_municipality)
        self.cad_section = b.bind("/cadastre/section", forms.line(), self.tr("Section"), nullable=True)
        form.addRow(self.tr("Section"), self.cad_section)
        self.sheet = b.bind("/cadastre/sheet", forms.line(), self.tr("Sheet (foglio)"), nullable=True)
        form.addRow(self.tr("Sheet (foglio)"), self.sheet)
        self.parcel = b.bind("/cadastre/parcel", forms.line(), self.tr("Parcel (particella)"), nullable=True)
        form.addRow(self.tr("Parcel (particella)"), self.parcel)
        self.subordinate = b.bind(
            "/cadastre/subordinate", forms.line(), self.tr("Subordinate (subalterno)"), nullable=True
        )
        form.addRow(self.tr("Subordinate (subalterno)"), self.subordinate)
        self.detail_layout.addWidget(box)

        box, form = forms.group(self.tr("Owner and availability"))
        self.owner_kind = b.bind(
            "/owner/kind",
            choice_combo([(c.code, c.label(lang)) for c in profile.owner_kinds.values()]),
            self.tr("Owner"),
        )
        form.addRow(self.tr("Owner"), self.owner_kind)
        self.owner_name = b.bind("/owner/name", forms.line(), self.tr("Owner name"))
        form.addRow(self.tr("Owner name"), self.owner_name)
        self.owner_code = b.bind(
            "/owner/fiscal_code",
            forms.line("", 16),
            self.tr("Owner fiscal code"),
            nullable=True,
            checker=check_entity_code,
        )
        form.addRow(self.tr("Owner fiscal code"), self.owner_code)
        self.availability = b.bind(
            "/availability/title",
            choice_combo([(c.code, c.label(lang)) for c in profile.availability_titles.values()]),
            self.tr("Availability title"),
        )
        form.addRow(self.tr("Availability title"), self.availability)
        self.availability_ref = b.bind(
            "/availability/reference",
            forms.line(self.tr("e.g. agreement no. 12 of 03/02/2020")),
            self.tr("Availability reference"),
        )
        form.addRow(self.tr("Reference"), self.availability_ref)
        self.valid_until = b.bind("/availability/valid_until", forms.date_edit(), self.tr("Available until"))
        form.addRow(self.tr("Available until"), self.valid_until)
        self.detail_layout.addWidget(box)

        box, form = forms.group(self.tr("Uses and works"))
        self.current_use = b.bind("/current_use", forms.text_box(height=60), self.tr("Current use"))
        form.addRow(self.tr("Current use"), self.current_use)
        self.planned_use = b.bind("/planned_use", forms.text_box(height=60), self.tr("Planned use"))
        form.addRow(self.tr("Planned use"), self.planned_use)
        self.works = b.bind("/works", forms.text_box(height=60), self.tr("Works"))
        form.addRow(self.tr("Works"), self.works)
        self.detail_layout.addWidget(box)
        self.detail_layout.addStretch(1)

    def columns(self) -> list[Column]:
        return [
            Column(
                "name",
                QT_TRANSLATE_NOOP("PropertiesPage", "Name"),
                editable=False,
                getter=lambda i: str(i.get("name") or ""),
            ),
            Column(
                "cadastre",
                QT_TRANSLATE_NOOP("PropertiesPage", "Cadastre"),
                editable=False,
                getter=_cadastre_text,
            ),
            Column(
                "floor_area_sqm",
                QT_TRANSLATE_NOOP("PropertiesPage", "Area m²"),
                editable=False,
                numeric=True,
                getter=lambda i: f"{float(i.get('floor_area_sqm') or 0):,.0f}".replace(",", "."),
            ),
        ]

    def table_name(self) -> str:
        return self.tr("Properties")

    def empty_text(self) -> str:
        return self.tr("No property yet. Press \u201cAdd\u201d to describe the building to repurpose.")

    def new_item(self) -> dict[str, Any]:
        return new_property(self.doc, self.context.profile)

    def emit_edit(self, ops: list[dict[str, Any]], description: str) -> None:
        """A new owner kind offers to clear the Comune's name and fiscal code as owner (one step)."""
        if len(ops) == 1 and ops[0].get("op") == "replace" and not self.is_read_only():
            parts = str(ops[0].get("path", "")).split("/")
            if len(parts) == 5 and parts[1:2] == ["properties"] and parts[3:] == ["owner", "kind"]:
                change = owner_kind_change(self.doc, int(parts[2]), str(ops[0]["value"]))
                if not change.ops:
                    return
                ops = change.ops
                if change.leftovers and ask_clear(self, description, change.leftovers, self.context.lang):
                    ops = change.all_ops()
        super().emit_edit(ops, description)

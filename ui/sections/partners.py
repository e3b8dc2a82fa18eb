"""Partenariato: partners with legal form, RUNTS section (third sector only), codes checked while typing,
and "add from workspace" to reuse a partner entered in another dossier."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QToolButton, QWidget

from hubdesk.document.templates import new_partner
from ui.sections.common import forms
from ui.sections.common.checks import check_email, check_entity_code
from ui.sections.common.combo import choice_combo
from ui.sections.common.master_detail import MasterDetailPage
from ui.sections.common.table_model import Column
from ui.sections.page import EditorContext, edit_action
from ui.sections.partner_picker import PartnerPickerDialog


class PartnersPage(MasterDetailPage):
    section = "partners"
    columns_context = "PartnersPage"

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        profile, lang, b = context.profile, context.lang, self.binder
        #: injectable: (parent, [(municipality, partner)]) -> partner dict or None
        self.pick_partner: Callable[[QWidget, list[tuple[str, dict[str, Any]]]], dict[str, Any] | None] = (
            PartnerPickerDialog.ask
        )

        self.from_workspace_button = QToolButton()

        edit_action(self.from_workspace_button)
        self.from_workspace_button.setText(self.tr("Add from workspace…"))
        self.from_workspace_button.setToolTip(self.tr("Reuse a partner already entered in another dossier"))
        self.from_workspace_button.clicked.connect(self._on_add_from_workspace)
        self.buttons_row.insertWidget(self.buttons_row.count() - 1, self.from_workspace_button)

        box, form = forms.group(self.tr("Organisation"))
        self.name = b.bind("/name", forms.line(), self.tr("Partner name"))
        form.addRow(self.tr("Name"), self.name)
        self.legal_form = b.bind(
            "/legal_form",
            choice_combo([(c.code, c.label(lang)) for c in profile.legal_forms.values()]),
            self.tr("Legal form"),
        )
        self.legal_form.activated.connect(self._on_legal_form_activated)
        form.addRow(self.tr("Legal form"), self.legal_form)
        self.runts = b.bind(
            "/runts_section",
            choice_combo(
                [(None, self.tr("— not registered —"))]
                + [(c.code, c.label(lang)) for c in profile.runts_sections.values()]
            ),
            self.tr("RUNTS section"),
        )
        self.runts.setToolTip(self.tr("Section of the national third-sector register (RUNTS)"))
        self.runts.setProperty("baseToolTip", self.runts.toolTip())
        form.addRow(self.tr("RUNTS section"), self.runts)
        self.fiscal_code = b.bind(
            "/fiscal_code", forms.line("00000000000", 16), self.tr("Fiscal code"), checker=check_entity_code
        )
        form.addRow(self.tr("Fiscal code"), self.fiscal_code)
        self.vat = b.bind(
            "/vat_number",
            forms.line("00000000000", 11),
            self.tr("VAT number"),
            nullable=True,
            checker=check_entity_code,
        )
        form.addRow(self.tr("VAT number"), self.vat)
        self.pec = b.bind("/pec", forms.line(), self.tr("PEC address"), checker=check_email)
        form.addRow(self.tr("PEC address"), self.pec)
        self.address = b.bind("/address", forms.line(), self.tr("Address"))
        form.addRow(self.tr("Address"), self.address)
        self.role = b.bind(
            "/role", forms.text_box(self.tr("What the partner does in the hub"), 70), self.tr("Role")
        )
        form.addRow(self.tr("Role in the project"), self.role)
        self.detail_layout.addWidget(box)

        box, form = forms.group(self.tr("Contact person"))
        self.contact_name = b.bind("/contact/full_name", forms.line(), self.tr("Contact name"))
        form.addRow(self.tr("Full name"), self.contact_name)
        self.contact_email = b.bind(
            "/contact/email", forms.line(), self.tr("Contact e-mail"), checker=check_email
        )
        form.addRow(self.tr("E-mail"), self.contact_email)
        self.contact_phone = b.bind("/contact/phone", forms.line(), self.tr("Contact phone"), nullable=True)
        form.addRow(self.tr("Phone"), self.contact_phone)
        self.detail_layout.addWidget(box)
        self.detail_layout.addStretch(1)

    def columns(self) -> list[Column]:
        forms_ = self.context.profile.legal_forms
        lang = self.context.lang
        return [
            Column(
                "name",
                QT_TRANSLATE_NOOP("PartnersPage", "Name"),
                editable=False,
                getter=lambda i: str(i.get("name") or ""),
            ),
            Column(
                "legal_form",
                QT_TRANSLATE_NOOP("PartnersPage", "Legal form"),
                editable=False,
                getter=lambda i: forms_[i["legal_form"]].label(lang) if i.get("legal_form") in forms_ else "",
            ),
            Column(
                "fiscal_code",
                QT_TRANSLATE_NOOP("PartnersPage", "Fiscal code"),
                editable=False,
                getter=lambda i: str(i.get("fiscal_code") or ""),
            ),
        ]

    def table_name(self) -> str:
        return self.tr("Partners")

    def empty_text(self) -> str:
        return self.tr("No partner yet. Press \u201cAdd\u201d, or reuse one from another dossier.")

    def new_item(self) -> dict[str, Any]:
        return new_partner(self.doc)

    def after_load_item(self, item: dict[str, Any]) -> None:
        third = item.get("legal_form") in self.context.profile.third_sector_forms
        self.runts.setEnabled(third and not self.is_read_only())

    def _on_legal_form_activated(self, _index: int) -> None:
        """Leaving the third sector clears the RUNTS section in the same undo step."""
        row = self.current_row()
        if row < 0:
            return
        code = self.legal_form.currentData()
        third = code in self.context.profile.third_sector_forms
        self.runts.setEnabled(third and not self.is_read_only())
        item = self.items[row]
        if not third and item.get("runts_section") is not None and item.get("legal_form") == code:
            self.emit_edit(
                [{"op": "replace", "path": f"/partners/{row}/runts_section", "value": None}],
                self.tr("RUNTS section"),
            )

    def _on_add_from_workspace(self) -> None:
        candidates = self.context.workspace.partners_in_workspace(exclude_dossier=self.context.dossier_id)
        picked = self.pick_partner(self, candidates)
        if picked is not None:
            self.add_item(picked, self.tr("Add partner from workspace"))

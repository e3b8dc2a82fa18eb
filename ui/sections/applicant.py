"""Ente proponente: the municipality (type-ahead over the Puglia list, eligibility at once) and its people."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from hubdesk.applicant_changes import municipality_change
from ui.sections.common import forms
from ui.sections.common.checks import check_email, check_entity_code, check_personal_code
from ui.sections.common.focus import focus_widget
from ui.sections.common.form_page import FormPage
from ui.sections.common.marks import mark_widget, worst
from ui.sections.eligibility import eligibility_text
from ui.sections.municipality_picker import MunicipalityPicker
from ui.sections.page import EditorContext
from ui.widgets.leftovers import ask_clear


class ApplicantPage(FormPage):
    section = "applicant"

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        b = self.binder
        self.form_layout.addWidget(
            forms.page_header(
                self.tr("Applicant"),
                self.tr(
                    "The municipality that submits the proposal, its legal representative and the "
                    "person responsible for the procedure (RUP)."
                ),
            )
        )

        box, form = forms.group(self.tr("Municipality"))
        self.municipality = MunicipalityPicker(context.profile)
        self.municipality.setObjectName("field_istat_code")
        self.municipality.sig_picked.connect(self._on_municipality_picked)
        form.addRow(self.tr("Municipality"), self.municipality)
        self.eligibility = QLabel()
        self.eligibility.setWordWrap(True)
        self.eligibility.setObjectName("eligibilityLabel")
        form.addRow("", self.eligibility)
        self.name = b.bind("/name", forms.line(self.tr("Comune di …")), self.tr("Applicant name"))
        form.addRow(self.tr("Name"), self.name)
        self.fiscal_code = b.bind(
            "/fiscal_code", forms.line("00000000000", 16), self.tr("Fiscal code"), checker=check_entity_code
        )
        form.addRow(self.tr("Fiscal code"), self.fiscal_code)
        self.pec = b.bind(
            "/pec", forms.line("protocollo@pec.comune.it"), self.tr("PEC address"), checker=check_email
        )
        form.addRow(self.tr("PEC address"), self.pec)
        pop_row = QWidget()
        pop_layout = QHBoxLayout(pop_row)
        pop_layout.setContentsMargins(0, 0, 0, 0)
        self.population = QSpinBox()
        self.population.setRange(0, 100_000_000)
        self.population.setGroupSeparatorShown(True)
        b.bind("/population", self.population, self.tr("Population"))
        pop_layout.addWidget(self.population)
        self.population_reference = b.bind(
            "/population_reference", forms.line(), self.tr("Population source")
        )
        pop_layout.addWidget(QLabel(self.tr("source")))
        pop_layout.addWidget(self.population_reference, 1)
        form.addRow(self.tr("Population"), pop_row)
        self.joint_bat = b.bind(
            "/joint_bat",
            QCheckBox(self.tr("Joint proposal of the three BAT co-capitals (Barletta, Andria, Trani)")),
            self.tr("Joint BAT"),
        )
        form.addRow("", self.joint_bat)
        self.form_layout.addWidget(box)

        box, form = forms.group(self.tr("Legal representative"))
        self.rep_name = b.bind(
            "/legal_representative/full_name", forms.line(), self.tr("Legal representative")
        )
        form.addRow(self.tr("Full name"), self.rep_name)
        self.rep_role = b.bind("/legal_representative/role", forms.line(), self.tr("Role"))
        form.addRow(self.tr("Role"), self.rep_role)
        self.rep_code = b.bind(
            "/legal_representative/fiscal_code",
            forms.line("RSSMRA80A01A662X", 16),
            self.tr("Representative's fiscal code"),
            checker=check_personal_code,
        )
        form.addRow(self.tr("Fiscal code"), self.rep_code)
        self.form_layout.addWidget(box)

        box, form = forms.group(self.tr("Person responsible for the procedure (RUP)"))
        self.rup_name = b.bind("/rup/full_name", forms.line(), self.tr("RUP name"))
        form.addRow(self.tr("Full name"), self.rup_name)
        self.rup_code = b.bind(
            "/rup/fiscal_code", forms.line("", 16), self.tr("RUP fiscal code"), checker=check_personal_code
        )
        form.addRow(self.tr("Fiscal code"), self.rup_code)
        self.rup_email = b.bind("/rup/email", forms.line(), self.tr("RUP e-mail"), checker=check_email)
        form.addRow(self.tr("E-mail"), self.rup_email)
        self.rup_phone = b.bind("/rup/phone", forms.line(), self.tr("RUP phone"), nullable=True)
        form.addRow(self.tr("Phone"), self.rup_phone)
        self.form_layout.addWidget(box)
        self.form_layout.addStretch(1)

    def after_load(self, doc: dict[str, Any]) -> None:
        applicant = doc.get("applicant", {})
        istat = applicant.get("istat_code", "")
        self.municipality.set_code(istat)
        ok, text = eligibility_text(self.context.profile, istat, int(applicant.get("population") or 0))
        self.eligibility.setText(("✔ " if ok else "✕ ") + text)
        self.eligibility.setProperty("eligible", ok)
        self.joint_bat.setEnabled(istat in self.context.profile.bat_istat_codes and not self.is_read_only())

    def _on_municipality_picked(self, istat: str) -> None:
        """The change and, when the user agrees, the clearing of the old municipality's data: one step."""
        change = municipality_change(self.doc, self.context.profile, istat)
        if not change.ops or getattr(self, "_asking", False):
            return  # the question box takes the focus: the picker's second editingFinished is the same pick
        title = self.tr("Change municipality")
        ops = change.ops
        if change.leftovers:
            self._asking = True
            try:
                if ask_clear(self, title, change.leftovers, self.lang):
                    ops = change.all_ops()
            finally:
                self._asking = False
        self.emit_edit(ops, title)

    def focus_path(self, pointer: str) -> bool:
        if pointer == "/applicant/istat_code":
            return focus_widget(self.municipality)
        return super().focus_path(pointer)

    def set_issues(self, issues: list[Any]) -> None:
        super().set_issues(issues)
        mine = [i for i in issues if i.path == "/applicant/istat_code"]
        mark_widget(
            self.municipality, worst([i.severity for i in mine]), [i.message(self.lang) for i in mine]
        )

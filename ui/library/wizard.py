"""New dossier: pick the municipality with type-ahead, see at once whether it is eligible and why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.sections.common.marks import mark_widget
from ui.sections.eligibility import eligibility_text
from ui.sections.municipality_picker import MunicipalityPicker


@dataclass(frozen=True)
class NewDossierChoice:
    istat_code: str
    population: int


class NewDossierDialog(QDialog):
    """Build with a call profile; ``choice()`` is the result. ``ask`` is the modal shortcut."""

    def __init__(self, profile: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.setWindowTitle(self.tr("New dossier"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the applicant municipality. Provincial capitals and municipalities with more than "
                "20,000 residents may apply."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.picker = MunicipalityPicker(profile)
        self.picker.setObjectName("wizardMunicipality")
        self.picker.sig_picked.connect(self._on_picked)
        self.picker.textEdited.connect(self._on_text_edited)
        form.addRow(self.tr("Municipality"), self.picker)
        self.population = QSpinBox()
        self.population.setRange(0, 100_000_000)
        self.population.setGroupSeparatorShown(True)
        self.population.setEnabled(False)
        self.population.valueChanged.connect(self._update_eligibility)
        form.addRow(self.tr("Population"), self.population)
        layout.addLayout(form)
        self.eligibility = QLabel(self.tr("Type a few letters of the name, then choose from the list."))
        self.eligibility.setObjectName("wizardEligibility")
        self.eligibility.setWordWrap(True)
        self.eligibility.setMinimumHeight(48)
        layout.addWidget(self.eligibility)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("Create dossier"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.istat_code = ""

    def _on_text_edited(self, text: str) -> None:
        code = self.picker.code_for(text)
        if code:
            self._on_picked(code)
        elif self.istat_code:
            self.istat_code = ""
            self.population.setEnabled(False)
            self.create_button.setEnabled(False)

    def _on_picked(self, istat: str) -> None:
        m = self.profile.municipalities[istat]
        self.istat_code = istat
        self.population.setEnabled(True)
        self.population.blockSignals(True)
        self.population.setValue(m.population_2011)
        self.population.blockSignals(False)
        self._update_eligibility()

    def _update_eligibility(self) -> None:
        if not self.istat_code:
            return
        ok, text = eligibility_text(self.profile, self.istat_code, self.population.value())
        self.eligibility.setText(
            ("✔ " if ok else "✕ ")
            + text
            + (
                ""
                if ok
                else "\n" + self.tr("You can still create the dossier: the check will list this as an error.")
            )
        )
        mark_widget(self.eligibility, "ok" if ok else "error", [text])
        self.create_button.setEnabled(True)

    def choice(self) -> NewDossierChoice | None:
        if not self.istat_code:
            return None
        return NewDossierChoice(self.istat_code, self.population.value())

    @classmethod
    def ask(cls, profile: Any, parent: QWidget | None = None) -> NewDossierChoice | None:
        dialog = cls(profile, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

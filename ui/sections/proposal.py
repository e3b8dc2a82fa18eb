"""Proposta: title, acronym, hub name, summary and objectives, target groups, thematic areas, dates, CUP."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QLabel, QSpinBox, QVBoxLayout, QWidget

from ui.sections.common import forms
from ui.sections.common.binder import DATE_FORMAT
from ui.sections.common.focus import focus_widget
from ui.sections.common.form_page import FormPage
from ui.sections.common.marks import mark_widget, worst
from ui.sections.page import EditorContext


def _lines_to_list(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _list_to_lines(value: Any) -> str:
    return "\n".join(value or [])


class ProposalPage(FormPage):
    section = "proposal"

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        b = self.binder
        self.form_layout.addWidget(
            forms.page_header(
                self.tr("Proposal"), self.tr("What the hub is, what it wants to achieve, for whom, and when.")
            )
        )

        box, form = forms.group(self.tr("Identity"))
        self.title = b.bind("/title", forms.line(max_length=1000), self.tr("Title"))
        form.addRow(self.tr("Title"), self.title)
        self.acronym = b.bind("/acronym", forms.line(max_length=50), self.tr("Acronym"))
        form.addRow(self.tr("Acronym"), self.acronym)
        self.hub_name = b.bind("/hub_name", forms.line(), self.tr("Hub name"))
        form.addRow(self.tr("Hub name"), self.hub_name)
        self.cup = b.bind(
            "/cup",
            forms.line("B12C34000000000", 15),
            self.tr("CUP"),
            nullable=True,
            to_value=lambda v: v.strip().upper(),
        )
        self.cup.setToolTip(self.tr("Codice Unico di Progetto, if already assigned"))
        self.cup.setProperty("baseToolTip", self.cup.toolTip())
        form.addRow(self.tr("CUP"), self.cup)
        self.form_layout.addWidget(box)

        box, form = forms.group(self.tr("Content"))
        self.summary = b.bind("/summary", forms.text_box(height=120), self.tr("Summary"))
        self.summary_count = QLabel()
        self.summary.textChanged.connect(self._update_counter)
        holder = QWidget()
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(self.summary)
        hl.addWidget(self.summary_count)
        form.addRow(self.tr("Summary"), holder)
        self.objectives = b.bind("/objectives", forms.text_box(), self.tr("Objectives"))
        form.addRow(self.tr("Objectives"), self.objectives)
        self.target_groups = b.bind(
            "/target_groups",
            forms.text_box(self.tr("One target group per line")),
            self.tr("Target groups"),
            to_value=_lines_to_list,
            to_widget=_list_to_lines,
        )
        form.addRow(self.tr("Target groups"), self.target_groups)
        self.form_layout.addWidget(box)

        box, form = forms.group(self.tr("Thematic areas"))
        self.areas_box = box
        self.area_checks: dict[str, QCheckBox] = {}
        for code, choice in context.profile.thematic_areas.items():
            check = QCheckBox(f"{choice.label(self.lang)}  ({', '.join(choice.funds)})")
            check.setObjectName(f"area_{code}")
            check.clicked.connect(self._on_area_clicked)
            self.area_checks[code] = check
            form.addRow(check)
        self.form_layout.addWidget(box)

        box, form = forms.group(self.tr("Timing"))
        self.start_date = b.bind("/start_date", forms.date_edit(), self.tr("Start date"))
        form.addRow(self.tr("Start date"), self.start_date)
        self.duration = QSpinBox()
        self.duration.setRange(1, 600)
        self.duration.setSuffix(self.tr(" months"))
        b.bind("/duration_months", self.duration, self.tr("Duration"))
        form.addRow(self.tr("Duration"), self.duration)
        self.end_label = QLabel()
        form.addRow(self.tr("Ends on"), self.end_label)
        self.form_layout.addWidget(box)
        self.form_layout.addStretch(1)

    def _update_counter(self) -> None:
        limit = self.context.profile.summary_max_chars
        n = len(self.summary.toPlainText())
        text = self.tr("%1 of %2 characters").replace("%1", str(n)).replace("%2", str(limit))
        self.summary_count.setText(text)

    def after_load(self, doc: dict[str, Any]) -> None:
        proposal = doc.get("proposal", {})
        chosen = set(proposal.get("thematic_areas") or [])
        for code, check in self.area_checks.items():
            check.setChecked(code in chosen)
        self._update_counter()
        start = QDate.fromString(str(proposal.get("start_date") or ""), DATE_FORMAT)
        months = int(proposal.get("duration_months") or 0)
        end = start.addMonths(months).addDays(-1)
        self.end_label.setText(end.toString("dd/MM/yyyy") if start.isValid() else "")

    def _on_area_clicked(self) -> None:
        codes = [code for code, check in self.area_checks.items() if check.isChecked()]
        current = list(self.doc.get("proposal", {}).get("thematic_areas") or [])
        if codes != current:
            self.emit_edit(
                [{"op": "replace", "path": "/proposal/thematic_areas", "value": codes}],
                self.tr("Thematic areas"),
            )

    def focus_path(self, pointer: str) -> bool:
        if pointer.startswith("/proposal/thematic_areas"):
            first = next(iter(self.area_checks.values()), None)
            return focus_widget(first) if first is not None else True
        return super().focus_path(pointer)

    def set_issues(self, issues: list[Any]) -> None:
        super().set_issues(issues)
        mine = [i for i in issues if i.path.startswith("/proposal/thematic_areas")]
        mark_widget(self.areas_box, worst([i.severity for i in mine]), [i.message(self.lang) for i in mine])

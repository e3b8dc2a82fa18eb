"""The budget's derived numbers: gauges, chart, totals tree and "explain this number"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.budget import Explanation, Totals, explain, fse_share_in_range
from ui.i18n import eur, percent
from ui.sections.budget.charts import BarRow, Gauge, StackedBarChart
from ui.sections.budget.money_input import format_amount
from ui.sections.common.vocab import Vocab

KeyRole = Qt.ItemDataRole.UserRole + 1


class BudgetSummary(QWidget):
    """Everything here is recomputed from the lines; nothing can be typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ceiling_gauge = Gauge()
        self.ceiling_gauge.setObjectName("ceiling_gauge")
        self.fse_gauge = Gauge()
        self.fse_gauge.setObjectName("fse_gauge")
        self.chart = StackedBarChart()
        self.chart.setObjectName("fund_category_chart")
        self.tree = QTreeWidget()
        self.tree.setObjectName("totals_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Total"), self.tr("Eligible cost (€)")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(self.tr("Totals"))
        self.chart.setAccessibleName(self.tr("Eligible cost by category and fund"))
        self.explanation = QPlainTextEdit()
        self.explanation.setObjectName("explanation")
        self.explanation.setReadOnly(True)
        self.explanation.setAccessibleName(self.tr("Explanation of the selected total"))
        self.explanation.setPlaceholderText(
            self.tr("Select a total to see the lines and the formula that make it.")
        )
        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._budget: list[dict[str, Any]] = []
        self._vocab: Vocab | None = None
        self._explain_pending = False
        self._build()
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)

    def _build(self) -> None:
        gauges = QGroupBox(self.tr("Limits of the call"))
        gl = QVBoxLayout(gauges)
        gl.addWidget(self.ceiling_gauge)
        gl.addWidget(self.fse_gauge)
        chart_box = QGroupBox(self.tr("Eligible cost by category and fund"))
        cl = QVBoxLayout(chart_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.chart)
        cl.addWidget(scroll, 1)
        left = QVBoxLayout()
        left.addWidget(gauges)
        left.addWidget(chart_box, 1)
        totals_box = QGroupBox(self.tr("Totals"))
        tl = QVBoxLayout(totals_box)
        tl.addWidget(self.tree)
        explain_box = QGroupBox(self.tr("How this number is made"))
        el = QVBoxLayout(explain_box)
        el.addWidget(self.explanation)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 5)
        row.addWidget(totals_box, 5)
        row.addWidget(explain_box, 3)

    # ------------------------------------------------------------------ updates
    def update_from(self, budget: list[dict[str, Any]], totals: Totals, vocab: Vocab, ceiling: int) -> None:
        """Refresh every derived number; O(groups) widget work, no rebuild when the groups stay the same."""
        self._budget, self._vocab = budget, vocab
        self._update_gauges(totals, vocab, ceiling)
        self._update_chart(totals, vocab)
        self._update_tree(totals, vocab)
        if self.tree.currentItem() is not None and not self._explain_pending:
            # The formula may list a thousand lines: refresh it right after this event, so the
            # numbers, gauges and chart are never held up by the text.
            self._explain_pending = True
            QTimer.singleShot(0, self._refresh_explanation)

    def _refresh_explanation(self) -> None:
        self._explain_pending = False
        current = self.tree.currentItem()
        if current is not None:
            self._show_explanation(current)

    def _update_gauges(self, t: Totals, vocab: Vocab, ceiling: int) -> None:
        grant = t.requested_grant
        pct = 100.0 * grant / ceiling if ceiling else 0.0
        text = self.tr("%1 of %2 (%3 %)").replace("%1", eur(grant)).replace("%2", eur(ceiling))
        self.ceiling_gauge.set_state(
            self.tr("Requested grant vs ceiling"),
            text.replace("%3", f"{pct:.0f}"),
            grant / ceiling if ceiling else 0.0,
            0 < grant <= ceiling,
        )
        lo, hi = vocab.profile.fse_share_range
        share = t.fse_share_percent
        ok = share is not None and fse_share_in_range(t.by_fund.get("FSE", 0), t.requested_grant, lo, hi)
        shown = "\u2014" if share is None else percent(share)
        self.fse_gauge.set_state(
            self.tr("ESF share of the grant (allowed %1–%2 %)")
            .replace("%1", f"{lo:g}")
            .replace("%2", f"{hi:g}"),
            shown,
            (share or 0.0) / 100.0,
            ok,
            band=(lo / 100.0, hi / 100.0),
            fill=vocab.fund_color("FSE") if ok else None,
        )

    def _update_chart(self, t: Totals, vocab: Vocab) -> None:
        funds = list(vocab.profile.funds)
        rows = []
        for cat in [
            *vocab.profile.cost_categories,
            *(c for c in t.by_category if c not in vocab.profile.cost_categories),
        ]:
            segs = tuple(
                (f, t.by_category_fund.get((cat, f), 0)) for f in funds if t.by_category_fund.get((cat, f))
            )
            if segs:
                rows.append(BarRow(vocab.category_label(cat), segs))
        series = [(f, vocab.fund_label(f), vocab.fund_color(f)) for f in funds if t.by_fund.get(f)]
        self.chart.set_data(rows, series, format_amount)

    def _group_item(self, group: str, title: str) -> QTreeWidgetItem:
        item = self._groups.get(group)
        if item is None:
            item = QTreeWidgetItem(self.tree, [title, ""])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setExpanded(group == "fund")
            self._groups[group] = item
        item.setText(0, title)
        return item

    def _leaf(
        self, parent: QTreeWidget | QTreeWidgetItem, group: str, key: str, label: str, cents: int
    ) -> None:
        item = self._items.get((group, key))
        if item is None:
            item = (
                QTreeWidgetItem(parent, [label, ""])
                if isinstance(parent, QTreeWidgetItem)
                else QTreeWidgetItem(self.tree, [label, ""])
            )
            item.setData(0, KeyRole, (group, key))
            item.setToolTip(0, label)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._items[group, key] = item
        if item.text(0) != label:
            item.setText(0, label)
            item.setToolTip(0, label)  # the column may be too narrow for long category names
        amount = format_amount(cents)
        if item.text(1) != amount:
            item.setText(1, amount)

    def _update_tree(self, t: Totals, vocab: Vocab) -> None:
        self._leaf(self.tree, "grant", "", self.tr("Requested grant (ERDF + ESF)"), t.requested_grant)
        self._leaf(self.tree, "all", "", self.tr("Total eligible cost (with co-financing)"), t.total_eligible)
        groups = (
            ("fund", self.tr("By fund"), t.by_fund, lambda k: vocab.fund_label(k, short=False)),
            ("category", self.tr("By category"), t.by_category, vocab.category_label),
            ("beneficiary", self.tr("By beneficiary"), t.by_beneficiary, vocab.party_label),
            ("activity", self.tr("By activity"), t.by_activity, vocab.activity_label),
        )
        for group, title, values, label in groups:
            parent = self._group_item(group, title)
            for key, cents in values.items():
                self._leaf(parent, group, key, label(key), cents)
            for (g, key), item in list(self._items.items()):
                if g == group and key not in values:
                    parent.removeChild(item)
                    del self._items[g, key]

    # ------------------------------------------------------------------ explain this number
    def select_total(self, group: str, key: str = "") -> bool:
        item = self._items.get((group, key))
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        return True

    def _on_tree_current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            self.explanation.clear()
        else:
            self._show_explanation(current)

    def _show_explanation(self, item: QTreeWidgetItem) -> None:
        key = item.data(0, KeyRole)
        if not key:
            self.explanation.setPlainText("")
            return
        group, code = key
        label = self._vocab.fund_label(code) if group == "fund" and self._vocab else item.text(0)
        text = self.explanation_text(label, explain(self._budget, group, code), group)
        if text != self.explanation.toPlainText():
            self.explanation.setPlainText(text)

    def explanation_text(self, label: str, ex: Explanation, group: str) -> str:
        """``FESR = VOC-1 125.000,00 + VOC-2 27.500,00 = 152.500,00 €`` plus the rule behind each term."""
        terms = " + ".join(f"{name} {format_amount(c)}" for name, c in ex.terms) or format_amount(0)
        formula = f"{label} = {terms} = {eur(ex.total)}"
        if group == "grant":
            note = self.tr(
                "The requested grant is the eligible cost of the ERDF and ESF lines; "
                "co-financing comes on top."
            )
        else:
            note = self.tr(
                "Each term is a budget line's eligible cost: amount + VAT when VAT is not recoverable, "
                "else the amount alone (%n line(s)).",
                "",
                len(ex.terms),
            )
        return f"{formula}\n\n{note}"

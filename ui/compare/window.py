"""«Confronta versioni»: two rounds of a dossier side by side, section by section.

A and B are each the current draft, a frozen version or a package file. The money summary is on
top; the changed fields are listed under their section with the value in A and in B highlighted;
"Solo importi" / "Solo testi" filter the list; a double-click opens the field in the editor (the
current draft) or in a read-only view (a frozen version or a package). The comparison itself is
``hubdesk.diff`` (the same as ``hubdesk diff``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hubdesk.diff import Change, DiffInputError, DiffResult, Round, diff_rounds, read_file_round
from hubdesk.diff.compare import SECTIONS
from hubdesk.diff.pdf import line_money_delta, write_changes_pdf
from hubdesk.diff.text import format_pair, format_value, fund_label, item_caption, money_delta
from hubdesk.errors import HubDeskError
from hubdesk.labels import field_words, item_label
from hubdesk.money import format_eur
from ui import dialogs
from ui.i18n import current_language
from ui.sections.names import section_name
from ui.widgets.geometry import fit_to_screen
from ui.widgets.palette import is_dark

if TYPE_CHECKING:
    from hubdesk.services import Workspace

DRAFT = "draft"
FILE = "file"
COL_WHAT, COL_A, COL_B, COL_MONEY = range(4)
ChangeRole = Qt.ItemDataRole.UserRole + 1
_PAD = "padding:1px 10px"


class CompareWindow(QMainWindow):
    def __init__(
        self, workspace: Workspace, dossier_id: str, editor: Any = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("compareWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.workspace, self.dossier_id, self.editor = workspace, dossier_id, editor
        self.lang = getattr(editor, "lang", None) or current_language()
        self.result: DiffResult | None = None
        self._files: dict[int, Round] = {}
        self._read_only: list[QWidget] = []
        self.setWindowTitle(self.tr("Compare versions"))

        self.a_combo = QComboBox()
        self.a_combo.setObjectName("compareA")
        self.a_combo.setAccessibleName(self.tr("Version A"))
        self.b_combo = QComboBox()
        self.b_combo.setObjectName("compareB")
        self.b_combo.setAccessibleName(self.tr("Version B"))
        self.money_only = QCheckBox(self.tr("Amounts only"))
        self.text_only = QCheckBox(self.tr("Texts only"))
        self.money_only.toggled.connect(lambda on: self._exclusive(on, self.text_only))
        self.text_only.toggled.connect(lambda on: self._exclusive(on, self.money_only))
        self.money_only.toggled.connect(self._fill_changes)
        self.text_only.toggled.connect(self._fill_changes)
        self.pdf_button = QPushButton(self.tr("Changes table (PDF)…"))
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("A:")))
        pick.addWidget(self.a_combo, 1)
        pick.addWidget(QLabel(self.tr("B:")))
        pick.addWidget(self.b_combo, 1)
        pick.addWidget(self.money_only)
        pick.addWidget(self.text_only)
        pick.addWidget(self.pdf_button)

        self.summary = QLabel()
        self.summary.setObjectName("compareMoney")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.count_label = QLabel()
        self.tree = QTreeWidget()
        self.tree.setObjectName("compareChanges")
        self.tree.setAccessibleName(self.tr("Changes"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Item and field"), self.tr("Version A"), self.tr("Version B"), self.tr("Amount change")]
        )
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(False)
        self.tree.itemDoubleClicked.connect(self._on_double_clicked)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(COL_A, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(COL_B, QHeaderView.ResizeMode.Stretch)
        self.tree.header().resizeSection(COL_WHAT, 320)
        self.tree.header().resizeSection(COL_MONEY, 130)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        # the selected change in full, A beside B (the list shows one line of each)
        self.a_text = QPlainTextEdit()
        self.a_text.setObjectName("compareFullA")
        self.a_text.setAccessibleName(self.tr("Value in version A"))
        self.b_text = QPlainTextEdit()
        self.b_text.setObjectName("compareFullB")
        self.b_text.setAccessibleName(self.tr("Value in version B"))
        for box in (self.a_text, self.b_text):
            box.setReadOnly(True)
        full = QWidget()
        full_layout = QHBoxLayout(full)
        full_layout.setContentsMargins(0, 0, 0, 0)
        full_layout.addWidget(self.a_text)
        full_layout.addWidget(self.b_text)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(full)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addWidget(self.count_label)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        fit_to_screen(self, (1200, 780))

        self._fill_sources()
        self.a_combo.activated.connect(lambda i: self._on_source_activated(self.a_combo, i))
        self.b_combo.activated.connect(lambda i: self._on_source_activated(self.b_combo, i))
        self.a_combo.currentIndexChanged.connect(self.compare)
        self.b_combo.currentIndexChanged.connect(self.compare)
        self.compare()

    @staticmethod
    def _exclusive(checked: bool, other: QCheckBox) -> None:
        if checked:
            other.setChecked(False)

    # ------------------------------------------------------------------ sources
    def _fill_sources(self) -> None:
        versions = self.workspace.list_versions(self.dossier_id)
        for combo in (self.a_combo, self.b_combo):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Current draft"), DRAFT)
            for v in reversed(versions):
                day = v.created_at[:10].split("-")
                when = f"{day[2]}/{day[1]}/{day[0]}" if len(day) == 3 else v.created_at
                combo.addItem(
                    self.tr("Version %1 (%2)").replace("%1", str(v.number)).replace("%2", when), v.number
                )
            combo.addItem(self.tr("Package or document file…"), FILE)
            combo.blockSignals(False)
        # default: the last version sent against the draft (or the two last versions)
        self.a_combo.setCurrentIndex(1 if versions else 0)
        self.b_combo.setCurrentIndex(0)

    def select_sources(self, a: Any, b: Any) -> None:
        """Pick A and B by their data (``"draft"`` or a version number); for tests and callers."""
        for combo, value in ((self.a_combo, a), (self.b_combo, b)):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)

    def _on_source_activated(self, combo: QComboBox, index: int) -> None:
        if combo.itemData(index) != FILE:
            return
        path = dialogs.pick_open_file(
            self, self.tr("Package or document to compare"), dialogs.tr_filter_json()
        )
        if not path:
            combo.setCurrentIndex(0)
            return
        try:
            one = read_file_round(Path(path))
        except HubDeskError as exc:
            dialogs.show_message(self, "error", self.tr("Compare versions"), exc.message(self.lang))
            combo.setCurrentIndex(0)
            return
        key = len(self._files) + 1000
        self._files[key] = one
        combo.blockSignals(True)
        combo.insertItem(combo.count() - 1, Path(path).name, ("file", key))
        combo.setCurrentIndex(combo.count() - 2)
        combo.blockSignals(False)
        self.compare()

    def _round(self, combo: QComboBox) -> Round | None:
        data = combo.currentData()
        if data == DRAFT:
            doc = (
                self.editor.session.document
                if self.editor is not None
                else self.workspace.get(self.dossier_id).document
            )
            return Round(combo.currentText(), doc, self.dossier_id, None, "draft")
        if isinstance(data, int):
            return Round(
                combo.currentText(),
                self.workspace.get_version(self.dossier_id, data),
                self.dossier_id,
                data,
                "version",
            )
        if isinstance(data, tuple) and data[0] == "file":
            return self._files[data[1]]
        return None

    # ------------------------------------------------------------------ comparing
    def compare(self) -> None:
        a, b = self._round(self.a_combo), self._round(self.b_combo)
        if a is None or b is None:
            return
        self.result = diff_rounds(a, b)
        self._fill_summary()
        self._fill_changes()

    def _fill_summary(self) -> None:
        assert self.result is not None
        money = self.result.money

        def row(label: str, t: dict[str, int], bold: bool = False) -> str:
            colour = "#1b7f3b" if t["delta"] > 0 else "#b3261e" if t["delta"] < 0 else ""
            delta = (
                f"<span style='color:{colour}'>{money_delta(t['delta'], self.lang)}</span>"
                if colour
                else money_delta(t["delta"], self.lang)
            )
            cells = (label, format_eur(t["a"], lang=self.lang), format_eur(t["b"], lang=self.lang), delta)
            tag = ("<b>", "</b>") if bold else ("", "")
            return (
                "<tr>"
                + "".join(
                    f"<td align='{'left' if i == 0 else 'right'}' style='{_PAD}'>{tag[0]}{c}{tag[1]}</td>"
                    for i, c in enumerate(cells)
                )
                + "</tr>"
            )

        rows = [row(self.tr("Requested grant (ERDF + ESF)"), money["requested_cents"], True)]
        rows += [row(fund_label(fund, self.lang), t) for fund, t in money["by_fund"].items()]
        moved = [(k, t) for k, t in money["by_activity"].items() if t["delta"]]
        rows += [row(self.tr("Activity %1").replace("%1", k), t) for k, t in moved]
        for k, t in money["by_beneficiary"].items():
            if t["delta"]:
                who = self.tr("Applicant") if k == "applicant" else k
                rows.append(row(self.tr("Beneficiary %1").replace("%1", who), t))
        head = "".join(
            f"<th align='{'left' if i == 0 else 'right'}' style='padding:1px 10px'>{h}</th>"
            for i, h in enumerate(
                (self.tr("Eligible cost"), self.tr("Version A"), self.tr("Version B"), self.tr("Difference"))
            )
        )
        self.summary.setText(f"<table cellspacing='0'><tr>{head}</tr>{''.join(rows)}</table>")

    def visible_changes(self) -> list[Change]:
        if self.result is None:
            return []
        changes = self.result.changes
        if self.money_only.isChecked():
            return [c for c in changes if c.moves_money]
        if self.text_only.isChecked():
            return [c for c in changes if c.is_text]
        return list(changes)

    def _fill_changes(self) -> None:
        self.tree.clear()
        if self.result is None:
            return
        shown = self.visible_changes()
        dark = is_dark()
        old_bg = QBrush(QColor("#5a2a2a" if dark else "#fde2e1"))
        new_bg = QBrush(QColor("#1f4a2c" if dark else "#dff3e4"))
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for section in SECTIONS:
            mine = [c for c in shown if c.section == section]
            if not mine:
                continue
            head = QTreeWidgetItem([f"{section_name(section)} ({len(mine)})", "", "", ""])
            head.setFont(COL_WHAT, bold)
            head.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(head)
            for c in mine:
                head.addChild(self._change_item(c, old_bg, new_bg))
            head.setExpanded(True)
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))
        else:
            self._on_current_changed(None, None)
        total = len(self.result.changes)
        if total == 0:
            self.count_label.setText(self.tr("No differences between the two versions."))
        else:
            self.count_label.setText(
                self.tr("%1 changes, %2 shown. Double-click a change to open the field.")
                .replace("%1", str(total))
                .replace("%2", str(len(shown)))
            )

    def _change_item(self, c: Change, old_bg: QBrush, new_bg: QBrush) -> QTreeWidgetItem:
        assert self.result is not None
        lang = self.lang
        if c.op == "changed":
            where = field_words(c.field, lang)
            what = f"{item_label(c.section, c.item, lang)} › {where}" if c.item else where
            before, after = format_pair(c.field, c.before, c.after, lang, limit=300)
        else:
            label = self.tr("added") if c.op == "added" else self.tr("removed")
            what = f"{item_caption(c, lang)} ({label})"
            whole = format_value("", c.after if c.op == "added" else c.before, lang, limit=300)
            before, after = ("", whole) if c.op == "added" else (whole, "")
        delta = line_money_delta(c, self.result)
        item = QTreeWidgetItem([what, before, after, money_delta(delta, lang) if delta is not None else ""])
        item.setData(COL_WHAT, ChangeRole, c)
        item.setToolTip(COL_WHAT, c.path)
        item.setToolTip(COL_A, format_value(c.field, c.before, lang))
        item.setToolTip(COL_B, format_value(c.field, c.after, lang))
        item.setTextAlignment(COL_MONEY, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if c.op != "added":
            item.setBackground(COL_A, old_bg)
        if c.op != "removed":
            item.setBackground(COL_B, new_bg)
        return item

    def _on_current_changed(self, item: QTreeWidgetItem | None, _previous: Any) -> None:
        change = item.data(COL_WHAT, ChangeRole) if item is not None else None
        if not isinstance(change, Change):
            self.a_text.clear()
            self.b_text.clear()
            return
        self.a_text.setPlainText(self._full(change, change.before) if change.op != "added" else "")
        self.b_text.setPlainText(self._full(change, change.after) if change.op != "removed" else "")

    def _full(self, change: Change, value: Any) -> str:
        if isinstance(value, dict):
            return "\n".join(
                f"{field_words('/' + k, self.lang)}: {format_value(k, v, self.lang)}"
                for k, v in value.items()
                if k != "id"
            )
        return format_value(change.field, value, self.lang)

    # ------------------------------------------------------------------ jumping
    def _on_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        change = item.data(COL_WHAT, ChangeRole)
        if isinstance(change, Change):
            self.open_change(change)

    def open_change(self, change: Change) -> None:
        """The field in the editor (current draft) or in a read-only view of that round."""
        assert self.result is not None
        side = self.result.a if change.op == "removed" else self.result.b
        if side.kind == "draft" and self.editor is not None:
            page = self.editor.show_section(change.section)
            if not page.focus_path(change.path):
                page.setFocus()
            self.editor.raise_()
            self.editor.activateWindow()
            return
        self.open_read_only(side, change.path)

    def open_read_only(self, side: Round, pointer: str) -> QWidget:
        from ui.sections.read_only import ReadOnlySections

        window = QMainWindow(self)
        window.setObjectName("readOnlyRound")
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWindowTitle(self.tr("%1 (read-only)").replace("%1", side.source))
        view = ReadOnlySections(self.workspace.profile, self.lang)
        view.set_document(side.document)
        window.setCentralWidget(view)
        fit_to_screen(window, (1100, 760))
        window.show()
        view.focus_path(pointer)
        self._read_only.append(window)
        return window

    # ------------------------------------------------------------------ PDF
    def _on_pdf_clicked(self) -> None:
        if self.result is None:
            return
        path = dialogs.pick_save_file(
            self, self.tr("Save the changes table"), self.tr("PDF (*.pdf)"), "prospetto-delle-modifiche.pdf"
        )
        if not path:
            return
        try:
            write_changes_pdf(self.result, path)
        except (DiffInputError, OSError) as exc:
            message = exc.message(self.lang) if isinstance(exc, DiffInputError) else str(exc)
            dialogs.show_message(self, "error", self.tr("Compare versions"), message)
            return
        self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", path), 8000)

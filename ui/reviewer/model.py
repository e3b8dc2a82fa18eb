"""The triage table: one row per package, filled as verdicts arrive; a proxy sorts and filters it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from hubdesk.verify.batch import mark_duplicates
from hubdesk.verify.verdict import PackageVerdict
from ui.i18n import eur
from ui.reviewer import texts

_Index = QModelIndex | QPersistentModelIndex
(
    COL_MUNICIPALITY,
    COL_ISTAT,
    COL_ACRONYM,
    COL_VERDICT,
    COL_SIGNER,
    COL_LEGAL_REP,
    COL_FESR,
    COL_FSE,
    COL_ERRORS,
    COL_WARNINGS,
    COL_DUPLICATES,
    COL_FILE,
) = range(12)
HEADERS = (
    QT_TRANSLATE_NOOP("TriageModel", "Municipality"),
    QT_TRANSLATE_NOOP("TriageModel", "ISTAT"),
    QT_TRANSLATE_NOOP("TriageModel", "Acronym"),
    QT_TRANSLATE_NOOP("TriageModel", "Verdict"),
    QT_TRANSLATE_NOOP("TriageModel", "Signer"),
    QT_TRANSLATE_NOOP("TriageModel", "Legal representative"),
    QT_TRANSLATE_NOOP("TriageModel", "ERDF requested"),
    QT_TRANSLATE_NOOP("TriageModel", "ESF requested"),
    QT_TRANSLATE_NOOP("TriageModel", "Rule errors"),
    QT_TRANSLATE_NOOP("TriageModel", "Warnings"),
    QT_TRANSLATE_NOOP("TriageModel", "Duplicates"),
    QT_TRANSLATE_NOOP("TriageModel", "File"),
)
SortRole = Qt.ItemDataRole.UserRole + 1
LevelRole = Qt.ItemDataRole.UserRole + 2
PathRole = Qt.ItemDataRole.UserRole + 3
_LEVEL_ORDER = {texts.RED: 0, texts.AMBER: 1, texts.GREEN: 2}


class TriageModel(QAbstractTableModel):
    """Rows for every package of the folder; a row shows "…" until its verdict arrives."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.paths: list[str] = []
        self.verdicts: list[PackageVerdict | None] = []

    def set_paths(self, paths: list[str]) -> None:
        self.beginResetModel()
        self.paths = list(paths)
        self.verdicts = [None] * len(paths)
        self.endResetModel()

    def set_verdict(self, index: int, verdict: PackageVerdict) -> None:
        if not 0 <= index < len(self.verdicts):
            return
        self.verdicts[index] = verdict
        done = [v for v in self.verdicts if v is not None]
        before = {id(v): list(v.duplicates) for v in done}
        mark_duplicates(done)
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(HEADERS) - 1))
        for row, v in enumerate(self.verdicts):  # a new package may make older ones duplicates
            if v is not None and row != index and before.get(id(v)) != v.duplicates:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def finished(self) -> int:
        return sum(1 for v in self.verdicts if v is not None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.paths)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("TriageModel", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.paths):
            return None
        row, col = index.row(), index.column()
        v = self.verdicts[row]
        if role == PathRole:
            return self.paths[row]
        if v is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return Path(self.paths[row]).name if col == COL_FILE else ("…" if col == COL_VERDICT else "")
            if role == SortRole:
                return (9, "") if col == COL_VERDICT else ""
            return None
        if role == LevelRole:
            return texts.level(v)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(v, row, col)
        if role == SortRole:
            return self._sort_key(v, row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_VERDICT:
            return QColor(texts.COLOURS[texts.level(v)][0])
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_VERDICT:
            return QColor(texts.COLOURS[texts.level(v)][1])
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_VERDICT:
            return texts.reason(v, _lang())
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_FESR, COL_FSE, COL_ERRORS, COL_WARNINGS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, v: PackageVerdict, row: int, col: int) -> str:
        if col == COL_MUNICIPALITY:
            return v.municipality or ""
        if col == COL_ISTAT:
            return v.istat_code or ""
        if col == COL_ACRONYM:
            return v.acronym or ""
        if col == COL_VERDICT:
            return texts.short_label(v)
        if col == COL_SIGNER:
            return v.signer_name or v.signer or ""
        if col == COL_LEGAL_REP:
            return texts.yes_no(v.signed_by_legal_representative) if v.signer else ""
        if col == COL_FESR:
            return eur(v.requested_cents.get("FESR", 0))
        if col == COL_FSE:
            return eur(v.requested_cents.get("FSE", 0))
        if col == COL_ERRORS:
            return str(v.rule_errors)
        if col == COL_WARNINGS:
            return str(v.rule_warnings)
        if col == COL_DUPLICATES:
            return ", ".join(v.duplicates)
        return Path(v.path).name

    def _sort_key(self, v: PackageVerdict, row: int, col: int) -> Any:
        if col == COL_VERDICT:
            return (_LEVEL_ORDER[texts.level(v)], texts.short_label(v))
        if col == COL_FESR:
            return v.requested_cents.get("FESR", 0)
        if col == COL_FSE:
            return v.requested_cents.get("FSE", 0)
        if col == COL_ERRORS:
            return v.rule_errors
        if col == COL_WARNINGS:
            return v.rule_warnings
        return self._display(v, row, col).casefold()


def _lang() -> str:
    from ui.i18n import current_language

    return current_language()


FILTER_ALL, FILTER_RED, FILTER_AMBER, FILTER_GREEN = range(4)


class TriageFilterProxy(QSortFilterProxyModel):
    """Free-text search over the visible cells, and a verdict filter (all / red / amber / green)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.level_filter = FILTER_ALL
        self.text = ""

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_level(self, level: int) -> None:
        self.beginFilterChange()
        self.level_filter = level
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        a, b = left.data(SortRole), right.data(SortRole)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if self.level_filter != FILTER_ALL:
            level = model.index(source_row, COL_VERDICT, source_parent).data(LevelRole)
            wanted = {FILTER_RED: texts.RED, FILTER_AMBER: texts.AMBER, FILTER_GREEN: texts.GREEN}[
                self.level_filter
            ]
            if level != wanted:
                return False
        if not self.text:
            return True
        cells = (model.index(source_row, c, source_parent).data() or "" for c in range(model.columnCount()))
        return any(self.text in str(cell).casefold() for cell in cells)

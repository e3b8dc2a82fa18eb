"""The dossier table of the library, and the proxy that searches and filters it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from hubdesk.labels import local_datetime
from ui.i18n import eur
from ui.widgets.icons import icon

_Index = QModelIndex | QPersistentModelIndex

COL_MUNICIPALITY, COL_TITLE, COL_ACRONYM, COL_STATUS, COL_FESR, COL_FSE, COL_MODIFIED = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("DossierTableModel", "Municipality"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Title"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Acronym"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Status"),
    QT_TRANSLATE_NOOP("DossierTableModel", "ERDF requested"),
    QT_TRANSLATE_NOOP("DossierTableModel", "ESF requested"),
    QT_TRANSLATE_NOOP("DossierTableModel", "Last modified"),
)
SummaryRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
IdRole = Qt.ItemDataRole.UserRole + 3

_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        SummaryRole,
        SortRole,
        IdRole,
    )
)

FILTER_ALL, FILTER_ERRORS, FILTER_WARNINGS, FILTER_READY, FILTER_ARCHIVED = range(5)


def local_time(iso: str) -> str:
    """ISO 8601 UTC -> local date and time in the UI's language (the raw text if it does not parse)."""
    from ui.i18n import current_language

    return local_datetime(iso, current_language())


class DossierTableModel(QAbstractTableModel):
    """One row per DossierSummary; ``set_rows`` replaces them all."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self._texts: dict[str, dict[int, str]] = {}

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._texts = {}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(HEADERS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in (COL_FESR, COL_FSE):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def status_text(self, s: Any) -> str:
        if not getattr(s, "checked", True):
            return self.tr("Checking…")
        if s.errors == 0 and s.warnings == 0:
            return self.tr("Ready")
        parts = []
        if s.errors:
            parts.append(self.tr("%n error(s)", "", s.errors))
        if s.warnings:
            parts.append(self.tr("%n warning(s)", "", s.warnings))
        return ", ".join(parts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None  # painting and column sizing ask for a dozen roles per cell: most end here
        s = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(s.id)
            if texts is None:  # formatted once per row (painting and column sizing ask many times)
                checked = getattr(s, "checked", True)
                texts = self._texts[s.id] = {
                    COL_MUNICIPALITY: s.municipality,
                    COL_TITLE: s.title,
                    COL_ACRONYM: s.acronym,
                    COL_STATUS: self.status_text(s),
                    # while it is being checked the amounts are not known yet: never a false 0,00 €
                    COL_FESR: eur(s.requested_fesr_cents) if checked else "…",
                    COL_FSE: eur(s.requested_fse_cents) if checked else "…",
                    # who changed it last, when recorded (a shared workspace has several people)
                    COL_MODIFIED: " · ".join(filter(None, (local_time(s.modified), s.modified_by))),
                }
            return texts.get(col)
        if role == SortRole:
            return {
                COL_MUNICIPALITY: s.municipality.casefold(),
                COL_TITLE: s.title.casefold(),
                COL_ACRONYM: s.acronym.casefold(),
                COL_STATUS: s.errors * 10000 + s.warnings,
                COL_FESR: s.requested_fesr_cents,
                COL_FSE: s.requested_fse_cents,
                COL_MODIFIED: s.modified,
            }.get(col)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATUS:
            if not getattr(s, "checked", True):
                return icon("info")
            return icon("error" if s.errors else "warning" if s.warnings else "ok")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_FESR, COL_FSE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TITLE:
            return s.title
        if role == SummaryRole:
            return s
        if role == IdRole:
            return s.id
        return None

    def row_of(self, dossier_id: str) -> int:
        return next((i for i, s in enumerate(self.rows) if s.id == dossier_id), -1)

    def summary_of(self, dossier_id: str | None) -> Any:
        row = self.row_of(dossier_id) if dossier_id else -1
        return self.rows[row] if row >= 0 else None


class DossierFilterProxy(QSortFilterProxyModel):
    """Free-text search over municipality, title and acronym, plus a status filter."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.status_filter = FILTER_ALL
        self.needle = ""

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status_filter(self, value: int) -> None:
        self.beginFilterChange()
        self.status_filter = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        s = model.data(model.index(source_row, 0, source_parent), SummaryRole)
        if s is None:
            return False
        if self.needle and not any(
            self.needle in t.casefold() for t in (s.municipality, s.title, s.acronym, s.istat_code)
        ):
            return False
        if self.status_filter == FILTER_ARCHIVED:
            return bool(s.archived)
        if s.archived:  # archived dossiers show only under their own filter
            return False
        if self.status_filter == FILTER_ERRORS:
            return s.errors > 0
        if self.status_filter == FILTER_WARNINGS:
            return s.errors == 0 and s.warnings > 0
        if self.status_filter == FILTER_READY:
            return s.errors == 0 and s.warnings == 0
        return True

"""Table of the versions already exported (frozen at each successful package build)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hubdesk.services import VersionInfo

COL_NUMBER, COL_DATE, COL_PACKAGE, COL_SHA = range(4)
_HEADERS = (
    QT_TRANSLATE_NOOP("VersionsModel", "Version"),
    QT_TRANSLATE_NOOP("VersionsModel", "Exported on"),
    QT_TRANSLATE_NOOP("VersionsModel", "Package"),
    QT_TRANSLATE_NOOP("VersionsModel", "SHA-256 of the package"),
)
ObjectRole = Qt.ItemDataRole.UserRole + 1


def _local(iso: str) -> str:
    """``2026-11-24T22:17:17.181+00:00`` -> ``24/11/2026 22:17`` (UTC, as stored)."""
    date, _, time = iso.partition("T")
    parts = date.split("-")
    return f"{parts[2]}/{parts[1]}/{parts[0]} {time[:5]}" if len(parts) == 3 else iso


class VersionsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[VersionInfo] = []

    def set_rows(self, rows: list[VersionInfo]) -> None:
        self.beginResetModel()
        self._rows = list(reversed(rows))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("VersionsModel", _HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        v = self._rows[index.row()]
        if role == ObjectRole:
            return v
        if role == Qt.ItemDataRole.DisplayRole:
            return (f"v{v.number}", _local(v.created_at), v.package_name or "", v.package_sha256 or "")[
                index.column()
            ]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_SHA:
            return v.package_sha256
        return None

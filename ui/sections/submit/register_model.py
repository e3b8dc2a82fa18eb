"""The package register as a tree: each exported version, and under it every package built from it.

Three builds of version 1 are three rows under "v1", each with its file name, date and time,
SHA-256, signer (name and fiscal code) and the folder it was saved in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from hubdesk.services import VersionInfo
from hubdesk.services.register import RegisteredPackage

COL_NAME, COL_DATE, COL_SHA, COL_SIGNER, COL_FOLDER = range(5)
_HEADERS = (
    QT_TRANSLATE_NOOP("RegisterModel", "Version / package"),
    QT_TRANSLATE_NOOP("RegisterModel", "Date and time (UTC)"),
    QT_TRANSLATE_NOOP("RegisterModel", "SHA-256 of the package"),
    QT_TRANSLATE_NOOP("RegisterModel", "Signer"),
    QT_TRANSLATE_NOOP("RegisterModel", "Saved in"),
)
_PACKAGES = QT_TRANSLATE_NOOP("RegisterModel", "Packages built: %1")
ObjectRole = Qt.ItemDataRole.UserRole + 1
_TOP = 0  # internal id of a version row; a package row carries its version's row + 1


def _local(iso: str) -> str:
    """``2026-11-24T22:17:17.181+00:00`` -> ``24/11/2026 22:17:17`` (UTC, as stored)."""
    day, _, time = iso.partition("T")
    parts = day.split("-")
    return f"{parts[2]}/{parts[1]}/{parts[0]} {time[:8]}" if len(parts) == 3 else iso


class RegisterModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._versions: list[VersionInfo] = []
        self._packages: list[list[RegisteredPackage]] = []

    def set_rows(self, versions: list[VersionInfo], packages: list[RegisteredPackage] = ()) -> None:  # type: ignore[assignment]
        """Newest version first; its packages in the order they were built."""
        self.beginResetModel()
        self._versions = list(reversed(versions))
        self._packages = [[p for p in packages if p.version == v.number] for v in self._versions]
        self.endResetModel()

    # ------------------------------------------------------------------ structure
    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()
    ) -> QModelIndex:
        if column < 0 or column >= len(_HEADERS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP) if row < len(self._versions) else QModelIndex()
        if parent.internalId() != _TOP or parent.column() != 0:
            return QModelIndex()
        if row < len(self._packages[parent.row()]):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._versions)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._packages[parent.row()])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("RegisterModel", _HEADERS[section])
        return None

    # ------------------------------------------------------------------ content
    def version_at(self, index: QModelIndex | QPersistentModelIndex) -> VersionInfo | None:
        """The version of a row (a package row gives the version it was built from)."""
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _TOP else index.internalId() - 1
        return self._versions[row] if 0 <= row < len(self._versions) else None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        if index.internalId() == _TOP:
            v = self._versions[index.row()]
            if role == ObjectRole:
                return v
            if role == Qt.ItemDataRole.DisplayRole:
                count = len(self._packages[index.row()])
                built = QCoreApplication.translate("RegisterModel", _PACKAGES).replace("%1", str(count))
                return (f"v{v.number}", _local(v.created_at), built, "", "")[col]
            return None
        p = self._packages[index.internalId() - 1][index.row()]
        if role == ObjectRole:
            return p
        if role == Qt.ItemDataRole.DisplayRole:
            signer = p.signer_name or ""
            if p.signer_fiscal_code:
                signer = f"{signer} ({p.signer_fiscal_code})".strip()
            return (p.file_name, _local(p.built_at), p.sha256, signer, p.saved_path or "")[col]
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_SHA, COL_FOLDER):
            return p.sha256 if col == COL_SHA else p.saved_path
        return None

"""The section list on the left of the editor, with a status mark and issue counts per section."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ui.editor.counts import counts_text
from ui.sections.names import SECTION_KEYS, section_name
from ui.widgets.icons import SECTION_ICONS, icon

SectionKeyRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class SectionListModel(QAbstractListModel):
    """One row per section; ``set_counts`` updates the marks after each validation run."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._counts: dict[str, dict[str, int]] = {}
        self._validated = False

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(SECTION_KEYS)

    def status(self, key: str) -> str:
        """ "error", "warning", "ok" or "" (not validated yet / nothing to check)."""
        if not self._validated or key == "submit":
            return ""
        c = self._counts.get(key, {})
        if c.get("error"):
            return "error"
        if c.get("warning"):
            return "warning"
        return "ok"

    def label(self, key: str) -> str:
        name = section_name(key)
        c = self._counts.get(key, {})
        parts = []
        if c.get("error"):
            parts.append(f"✕ {c['error']}")
        if c.get("warning"):
            parts.append(f"⚠ {c['warning']}")
        return f"{name}   {'  '.join(parts)}" if parts else name

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(SECTION_KEYS):
            return None
        key = SECTION_KEYS[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(key)
        if role == Qt.ItemDataRole.DecorationRole:
            status = self.status(key)
            return icon(status) if status else icon(SECTION_ICONS[key])
        if role == Qt.ItemDataRole.ToolTipRole:
            c = self._counts.get(key, {})
            counts = counts_text(c.get("error", 0), c.get("warning", 0), c.get("info", 0))
            return f"{section_name(key)}: {counts}"
        if role == SectionKeyRole:
            return key
        if role == StatusRole:
            return self.status(key)
        return None

    def set_counts(self, counts: dict[str, dict[str, int]]) -> None:
        self._counts = counts
        self._validated = True
        if SECTION_KEYS:
            self.dataChanged.emit(self.index(0), self.index(len(SECTION_KEYS) - 1))

    def widest_label(self, width_of: Any) -> int:
        """The width the longest row can take (two-digit counts of both kinds), for the list's width."""
        return max(
            width_of(f"{section_name(key)}   ✕ 88  ⚠ 88") if key != "submit" else width_of(section_name(key))
            for key in SECTION_KEYS
        )

    def row_of(self, key: str) -> int:
        return SECTION_KEYS.index(key) if key in SECTION_KEYS else -1

"""How every table of the pages behaves: Tab leaves it, columns are at least as wide as their
header, and it has an accessible name.

Tab / Shift+Tab move the focus to the next / previous widget (a table never traps the keyboard);
inside a table, arrows (and Ctrl+Tab in the budget sheet) move between cells, and an open cell
editor still commits with Tab and moves on to the next cell.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView

#: room for the sort arrow and the section's margins, beside the header text
_HEADER_EXTRA = 28


def header_width(view: QTableView, column: int) -> int:
    """The width the header of ``column`` needs to show its text whole (with a sort indicator)."""
    header = view.horizontalHeader()
    model = view.model()
    text = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model is not None else ""
    option = QStyleOptionHeader()
    option.initFrom(header)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
    return header.fontMetrics().horizontalAdvance(text) + 2 * margin + _HEADER_EXTRA


def configure_table(
    view: QTableView, name: str, widths: Sequence[int] = (), stretch: int | None = None
) -> None:
    """Tab leaves ``view``; each column gets max(its width in ``widths``, its header's need)."""
    view.setTabKeyNavigation(False)
    view.setAccessibleName(name)
    fit_columns(view, widths, stretch)


def fit_columns(view: QTableView, widths: Sequence[int] = (), stretch: int | None = None) -> None:
    """Size the columns so no header is clipped ("Descrizione" shown whole); call after the model is set.

    The ``stretch`` column takes the room left, but never less than its header needs nor much less
    than its width in ``widths`` (a narrow window scrolls sideways instead of clipping the header).
    """
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(model.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        wanted = widths[column] if column < len(widths) else header.defaultSectionSize()
        view.setColumnWidth(column, max(wanted, header_width(view, column)))
    if stretch is not None:
        wanted = widths[stretch] if stretch < len(widths) else 0
        floor = max(header_width(view, stretch), int(wanted * 0.6))
        view.viewport().installEventFilter(_StretchWithFloor(view, stretch, floor))


class _StretchWithFloor(QObject):
    """Gives one column the width the others leave, with a minimum, whenever the view resizes."""

    def __init__(self, view: QTableView, column: int, floor: int) -> None:
        super().__init__(view)
        self.view, self.column, self.floor = view, column, floor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            header = self.view.horizontalHeader()
            others = sum(header.sectionSize(c) for c in range(header.count()) if c != self.column)
            free = self.view.viewport().width() - others
            self.view.setColumnWidth(self.column, max(self.floor, free))
        return False

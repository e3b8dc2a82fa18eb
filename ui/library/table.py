"""The library's table of dossiers: sortable, one row selected, titles shortened in the middle.

A clone's title ends with "(copia)": the middle of a long title is elided, never its end, so a
clone never looks identical to its source (the full title is the cell's tooltip).
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.library.model import COL_MODIFIED, COL_TITLE


def dossier_table(proxy: QSortFilterProxyModel) -> QTableView:
    table = QTableView()
    table.setObjectName("dossierTable")
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(COL_MODIFIED, Qt.SortOrder.DescendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    # Size columns from a sample of rows: measuring hundreds of rows on every refresh stalls the GUI.
    header.setResizeContentsPrecision(40)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # sized once per refresh
    header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    return table

"""Bringing what a problem points at into view: the one focus-the-pointer helper of the pages.

``focus_cell`` selects (and opens, when editable) the table cell of a ``Target`` from
``SectionPage.target_of``, through a sort/filter proxy when the view has one; ``focus_widget``
focuses a form field and scrolls it into view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QScrollArea, QWidget

from ui.sections.common.table_model import DocTableModel


def focus_widget(widget: QWidget) -> bool:
    """Focus ``widget``, select a line edit's text, and scroll the page so the widget is visible."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    if isinstance(widget, QLineEdit):
        widget.selectAll()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
            break
        parent = parent.parentWidget()
    return True


def focus_cell(
    table: QAbstractItemView,
    model: DocTableModel,
    target: Any,
    default_column: int,
    *,
    on_hidden: Callable[[], None] | None = None,
    open_editor: bool = True,
) -> bool:
    """Select and open the cell a problem points at; a pointer at the whole list focuses the table.

    ``on_hidden`` is called when a proxy hides the row (e.g. to clear a filter), then it is tried again.
    A row that no longer exists is not found (False).
    """
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    if target.row is None:
        return True
    if target.row >= model.rowCount():
        return False
    col = model.column_of(target.field) if target.field else default_column
    source = model.index(target.row, max(col, 0))
    view_model = table.model()
    proxy = view_model if isinstance(view_model, QSortFilterProxyModel) else None
    index = proxy.mapFromSource(source) if proxy is not None else source
    if not index.isValid() and on_hidden is not None:
        on_hidden()
        index = proxy.mapFromSource(source) if proxy is not None else source
    if not index.isValid():
        return False
    table.setCurrentIndex(index)
    table.scrollTo(index)
    if open_editor and col >= 0 and index.flags() & Qt.ItemFlag.ItemIsEditable:
        table.edit(index)
    return True

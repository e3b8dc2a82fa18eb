"""The timeline: one bar per activity on a month axis, coloured by fund; drag bars to replan.

Dragging previews the new months locally and reports them once, on release
(``sig_months_changed``), so the page emits one undoable op pair per drag.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ui.sections.activities.gantt_geometry import (
    DragMode,
    GanttGeometry,
    date_position,
    drag_months,
    month_calendar,
)
from ui.widgets.palette import issue_color


@dataclass(frozen=True, slots=True)
class Bar:
    """What the chart needs of an activity."""

    label: str
    fund: str
    start: int
    end: int
    problem: str = ""  # "", "error", "warning"


class GanttChart(QWidget):
    sig_activity_clicked = Signal(int)
    #: (row, start_month, end_month) after a drag, emitted once on release
    sig_months_changed = Signal(int, int, int)
    sig_zoom_changed = Signal(float)

    ROW_H = 26
    HEADER_H = 44
    FOOTER_H = 34

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gantt")
        self.setMouseTracking(True)
        self.geometry_ = GanttGeometry()
        self.bars: tuple[Bar, ...] = ()
        self.colors: dict[str, str] = {}
        self.start_date: date | None = None
        self.duration = 1
        self.deadline: date | None = None
        self.selected = -1
        self.lang = "it"
        self.labels = {"end": "End of project", "deadline": "Eligibility deadline"}
        #: False in read-only mode: bars can be clicked (to select) but not dragged
        self.draggable = True
        self._drag: tuple[int, DragMode, float, int, int] | None = None
        self._preview: tuple[int, int, int] | None = None

    # ------------------------------------------------------------------ data
    def set_data(
        self,
        bars: list[Bar],
        colors: dict[str, str],
        start_date: date | None,
        duration: int,
        deadline: date | None,
        lang: str = "it",
    ) -> None:
        self.bars, self.colors, self.start_date = tuple(bars), colors, start_date
        self.duration, self.deadline, self.lang = max(1, duration), deadline, lang
        self._preview = None
        self.setAccessibleDescription(self.text_summary())
        self._fit()

    def text_summary(self) -> str:
        """The timeline as text for a screen reader: each activity with its fund and months."""
        months = self.tr("months %1-%2")
        problem = {"error": self.tr("has errors"), "warning": self.tr("has warnings")}
        lines = []
        for bar in self.bars:
            span = months.replace("%1", str(bar.start)).replace("%2", str(bar.end))
            text = f"{bar.label}: {bar.fund}, {span}"
            lines.append(text + (f", {problem[bar.problem]}" if bar.problem in problem else ""))
        return "\n".join(lines)

    def set_selected(self, row: int) -> None:
        if row != self.selected:
            self.selected = row
            self.update()

    def months_shown(self) -> int:
        """Enough months for the project, the deadline and every bar, plus one spare."""
        last = max([self.duration, *(b.end for b in self.bars)])
        if self.start_date and self.deadline:
            last = max(last, math.ceil(date_position(self.start_date, self.deadline) - 1))
        return min(last, 240) + 1

    def _fit(self) -> None:
        self.resize(self.sizeHint())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        g = self.geometry_
        width = g.month_to_x(self.months_shown() + 1) + 16
        return QSize(int(width), self.HEADER_H + max(1, len(self.bars)) * self.ROW_H + self.FOOTER_H)

    # ------------------------------------------------------------------ zoom
    def set_zoom(self, px_per_month: float) -> None:
        g = GanttGeometry(self.geometry_.left, px_per_month, self.geometry_.edge_grip).zoomed(1.0)
        if g != self.geometry_:
            self.geometry_ = g
            self._fit()
            self.sig_zoom_changed.emit(g.px_per_month)

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.geometry_.px_per_month * factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25 if event.angleDelta().y() > 0 else 0.8)
            event.accept()
        else:
            event.ignore()

    # ------------------------------------------------------------------ mouse
    def row_at(self, y: float) -> int:
        row = math.floor((y - self.HEADER_H) / self.ROW_H)
        return row if 0 <= row < len(self.bars) else -1

    def bar_rect(self, row: int) -> QRectF:
        bar = self.bars[row]
        start, end = (
            (self._preview[1], self._preview[2])
            if self._preview and self._preview[0] == row
            else (bar.start, bar.end)
        )
        x, w = self.geometry_.bar_span(start, end)
        return QRectF(x, self.HEADER_H + row * self.ROW_H + 5, w, self.ROW_H - 10)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        row = self.row_at(pos.y())
        if row < 0:
            return
        self.sig_activity_clicked.emit(row)
        bar = self.bars[row]
        mode = self.geometry_.hit(bar.start, bar.end, pos.x())
        if mode is not None and self.draggable:
            self._drag = (row, mode, pos.x(), bar.start, bar.end)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag is None:
            row = self.row_at(pos.y())
            mode = (
                self.geometry_.hit(self.bars[row].start, self.bars[row].end, pos.x())
                if row >= 0 and self.draggable
                else None
            )
            shape = {DragMode.MOVE: Qt.CursorShape.SizeAllCursor, None: Qt.CursorShape.ArrowCursor}.get(
                mode, Qt.CursorShape.SizeHorCursor
            )
            self.setCursor(shape)
            return
        row, mode, x0, start, end = self._drag
        delta = self.geometry_.delta_months(pos.x() - x0)
        self._preview = (row, *drag_months(mode, start, end, delta, self.duration))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        row, _mode, _x0, start, end = self._drag
        self.mouseMoveEvent(event)
        preview = self._preview
        self._drag = None
        if preview and (preview[1], preview[2]) != (start, end):
            self.sig_months_changed.emit(row, preview[1], preview[2])
        else:
            self._preview = None
            self.update()

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        self.render_chart(p, self.palette())
        p.end()

    def _month_text(self, month: int) -> tuple[str, int]:
        if self.start_date is None:
            return str(month), 0
        year, cal = month_calendar(self.start_date, month)
        fmt = (
            QLocale.FormatType.ShortFormat
            if self.geometry_.px_per_month >= 30
            else QLocale.FormatType.NarrowFormat
        )
        return QLocale(self.lang).standaloneMonthName(cal, fmt), year

    def render_chart(self, p: QPainter, pal: QPalette) -> None:
        """Draw everything (shared by the screen and the printer)."""
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        g, fm = self.geometry_, p.fontMetrics()
        months = self.months_shown()
        right = g.month_to_x(months + 1)
        bottom = self.HEADER_H + len(self.bars) * self.ROW_H
        text = pal.color(QPalette.ColorRole.WindowText)
        grid = pal.color(QPalette.ColorRole.Mid)
        p.fillRect(QRectF(0, 0, right + 16, bottom + self.FOOTER_H), pal.color(QPalette.ColorRole.Base))
        if 0 <= self.selected < len(self.bars):
            p.fillRect(
                QRectF(0, self.HEADER_H + self.selected * self.ROW_H, right, self.ROW_H),
                pal.color(QPalette.ColorRole.AlternateBase).darker(104),
            )
        year_start = 1
        for m in range(1, months + 1):
            x = g.month_to_x(m)
            label, year = self._month_text(m)
            p.setPen(QPen(grid, 0.5))
            p.drawLine(QPointF(x, 22), QPointF(x, bottom))
            p.setPen(text)
            p.drawText(
                QRectF(x, 22, g.px_per_month, 20),
                Qt.AlignmentFlag.AlignCenter,
                label if g.px_per_month >= 14 else "",
            )
            next_year = month_calendar(self.start_date, m + 1)[0] if self.start_date else year
            if self.start_date and (next_year != year or m == months):
                x0 = g.month_to_x(year_start)
                if x + g.px_per_month - x0 - 3 >= fm.horizontalAdvance(str(year)):
                    p.drawText(
                        QRectF(x0 + 3, 2, x + g.px_per_month - x0 - 3, 18),
                        Qt.AlignmentFlag.AlignVCenter,
                        str(year),
                    )
                p.setPen(QPen(grid, 1))
                p.drawLine(QPointF(x + g.px_per_month, 0), QPointF(x + g.px_per_month, 22))
                year_start = m + 1
        p.setPen(QPen(grid, 1))
        p.drawLine(QPointF(0, self.HEADER_H), QPointF(right, self.HEADER_H))
        for row, bar in enumerate(self.bars):
            y = self.HEADER_H + row * self.ROW_H
            p.setPen(text)
            p.drawText(
                QRectF(6, y, g.left - 12, self.ROW_H),
                Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(g.left - 12)),
            )
            rect = self.bar_rect(row)
            color = QColor(self.colors.get(bar.fund, "#888888"))
            outline = issue_color(bar.problem) if bar.problem else color.darker(130)
            p.setPen(QPen(outline, 2.0 if bar.problem or row == self.selected else 1.0))
            p.setBrush(color.lighter(115) if self._preview and self._preview[0] == row else color)
            p.drawRoundedRect(rect, 3, 3)
        self._draw_marker(
            p,
            g.month_to_x(self.duration + 1),
            bottom,
            pal.color(QPalette.ColorRole.Link),
            self.labels["end"],
            0,
        )
        if self.start_date and self.deadline:
            x = g.month_to_x(date_position(self.start_date, self.deadline))
            label = f"{self.labels['deadline']} {self.deadline.strftime('%d/%m/%Y')}"
            self._draw_marker(p, x, bottom, issue_color("error"), label, 1)

    def _draw_marker(
        self, p: QPainter, x: float, bottom: float, color: QColor, label: str, slot: int
    ) -> None:
        pen = QPen(color, 2, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(x, self.HEADER_H), QPointF(x, bottom + 4 + slot * 15))
        p.setPen(color)
        fm = p.fontMetrics()
        w = fm.horizontalAdvance(label) + 6
        left = x - w if x - w > 0 else x + 3
        p.drawText(
            QRectF(left, bottom + 2 + slot * 15, w, 15),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )

    # ------------------------------------------------------------------ printing
    def print_to_pdf(self, path: str, title: str = "") -> None:
        """Print the whole timeline on one landscape A4 page (scaled to fit)."""
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setDocName(title or "Gantt")
        self.print_on(printer, title)

    def print_on(self, printer: QPrinter, title: str = "") -> None:
        p = QPainter(printer)
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        size = self.sizeHint()
        title_h = 30 if title else 0
        scale = min(page.width() / size.width(), (page.height()) / (size.height() + title_h))
        p.scale(scale, scale)
        pal = QPalette(self.palette())
        pal.setColor(QPalette.ColorRole.Base, QColor("white"))
        pal.setColor(QPalette.ColorRole.WindowText, QColor("black"))
        if title:
            p.drawText(QRectF(0, 0, size.width(), title_h), Qt.AlignmentFlag.AlignVCenter, title)
            p.translate(0, title_h)
        self.render_chart(p, pal)
        p.end()

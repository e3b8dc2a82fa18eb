"""Custom-painted gauges and a stacked bar chart (QtCharts is not part of PySide6-Essentials)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.widgets.palette import issue_color


class Gauge(QWidget):
    """A labelled horizontal bar: a fill (0..1, may overflow), an optional allowed band, a limit tick."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = ""
        self.value_text = ""
        self.fraction = 0.0
        self.band: tuple[float, float] | None = None
        self.ok = True
        self.fill = issue_color("ok")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_state(
        self,
        caption: str,
        value_text: str,
        fraction: float,
        ok: bool,
        band: tuple[float, float] | None = None,
        fill: str | None = None,
    ) -> None:
        self.caption, self.value_text, self.fraction, self.ok, self.band = (
            caption,
            value_text,
            fraction,
            ok,
            band,
        )
        self.fill = QColor(fill) if fill else issue_color("ok" if ok else "error")
        self.setToolTip(f"{caption}: {value_text}")
        self.setAccessibleName(caption)
        state = self.tr("within the limits") if ok else self.tr("outside the limits")
        self.setAccessibleDescription(f"{caption}: {value_text}, {state}")
        self.update()

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self.font())
        return QSize(260, 2 * fm.height() + 26)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Caption, then a full-width bar, then the value: nothing is squeezed in a narrow column."""
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        pal = self.palette()
        w = self.width()
        text_h = fm.height()
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        p.drawText(
            QRectF(0, 0, w, text_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(self.caption, Qt.TextElideMode.ElideRight, w),
        )
        bar = QRectF(1, text_h + 4, w - 2, 14)
        p.setPen(QColor(self.fill if not self.ok else pal.color(QPalette.ColorRole.WindowText)))
        p.drawText(
            QRectF(0, bar.bottom() + 4, w, text_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(self.value_text, Qt.TextElideMode.ElideLeft, w),
        )
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(pal.color(QPalette.ColorRole.Midlight))
        p.drawRoundedRect(bar, 3, 3)
        if self.band:
            lo, hi = self.band
            band = QRectF(bar.left() + bar.width() * lo, bar.top(), bar.width() * (hi - lo), bar.height())
            allowed = issue_color("ok")
            allowed.setAlpha(60)
            p.setBrush(allowed)
            p.drawRect(band)
        frac = max(0.0, min(1.0, self.fraction))
        p.setBrush(self.fill)
        p.drawRoundedRect(QRectF(bar.left(), bar.top() + 3, bar.width() * frac, bar.height() - 6), 2, 2)
        if self.band:
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            x = bar.left() + bar.width() * frac
            p.drawLine(int(x), int(bar.top()) - 2, int(x), int(bar.bottom()) + 2)
        p.end()


@dataclass(frozen=True, slots=True)
class BarRow:
    """One bar: its label and ``(series, value)`` segments, left to right."""

    label: str
    segments: tuple[tuple[str, int], ...]

    @property
    def total(self) -> int:
        return sum(v for _, v in self.segments)


class StackedBarChart(QWidget):
    """Horizontal stacked bars (e.g. eligible cost of each category, split by fund) with a legend."""

    ROW_H = 20
    LEGEND_H = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[BarRow, ...] = ()
        self.series: tuple[tuple[str, str, str], ...] = ()  # (key, label, color)
        self.value_format = str
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_data(self, rows: list[BarRow], series: list[tuple[str, str, str]], value_format=str) -> None:
        new_rows, new_series = tuple(rows), tuple(series)
        if (new_rows, new_series) == (self.rows, self.series):
            return
        resize = len(new_rows) != len(self.rows)
        self.rows, self.series, self.value_format = new_rows, new_series, value_format
        self.setAccessibleDescription(self.text_summary())
        if resize:
            self.updateGeometry()
        self.update()

    def text_summary(self) -> str:
        """What the chart shows, as text for a screen reader: one line per bar with its segments."""
        names = {key: label for key, label, _c in self.series}
        lines = []
        for row in self.rows:
            parts = ", ".join(f"{names.get(k, k)} {self.value_format(v)}" for k, v in row.segments if v)
            lines.append(f"{row.label}: {self.value_format(row.total)}" + (f" ({parts})" if parts else ""))
        return "\n".join(lines)

    def sizeHint(self) -> QSize:
        return QSize(360, self.LEGEND_H + max(1, len(self.rows)) * self.ROW_H + 6)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.LEGEND_H + self.ROW_H * 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        colors = {k: QColor(c) for k, _, c in self.series}
        x = 0.0
        for _key, label, color in self.series:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(color))
            p.drawRect(QRectF(x, 5, 11, 11))
            p.setPen(text)
            p.drawText(QRectF(x + 15, 0, 400, 21), Qt.AlignmentFlag.AlignVCenter, label)
            x += 15 + fm.horizontalAdvance(label) + 14
        w = self.width()
        label_w = min(190.0, w * 0.38)
        value_w = fm.horizontalAdvance("0.000.000,00") + 8
        bar_w = max(10.0, w - label_w - value_w - 8)
        top_total = max((r.total for r in self.rows), default=0) or 1
        for i, row in enumerate(self.rows):
            y = self.LEGEND_H + i * self.ROW_H
            p.setPen(text)
            p.drawText(
                QRectF(0, y, label_w - 6, self.ROW_H),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                fm.elidedText(row.label, Qt.TextElideMode.ElideRight, int(label_w - 6)),
            )
            bx = label_w
            p.setPen(Qt.PenStyle.NoPen)
            for key, value in row.segments:
                seg = bar_w * value / top_total
                p.setBrush(colors.get(key, QColor("#888888")))
                p.drawRect(QRectF(bx, y + 4, seg, self.ROW_H - 8))
                bx += seg
            p.setPen(text)
            p.drawText(
                QRectF(bx + 4, y, value_w + 4, self.ROW_H),
                Qt.AlignmentFlag.AlignVCenter,
                self.value_format(row.total),
            )
        p.end()

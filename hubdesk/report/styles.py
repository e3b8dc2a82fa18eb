"""Fonts, colours and paragraph styles of the proposal PDF.

Only ReportLab's bundled Bitstream Vera is used (embedded, covers € and Italian accents), so the
output never depends on the fonts of the machine and never falls back to a non-embedded Helvetica.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab import rl_config
from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

FONT = "HubVera"
FONT_BOLD = "HubVera-Bold"
FONT_ITALIC = "HubVera-Italic"
FONT_BOLD_ITALIC = "HubVera-BoldItalic"

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH: float = PAGE_SIZE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1d2733")
ACCENT = colors.HexColor("#0b4f8a")
MUTED = colors.HexColor("#5b6775")
RULE = colors.HexColor("#b8c2cc")
HEADER_BG = colors.HexColor("#dde7f1")
ZEBRA = colors.HexColor("#f4f7fa")
TOTAL_BG = colors.HexColor("#e9eef3")
WATERMARK = colors.HexColor("#b3261e")
FUND_COLOURS = {
    "FESR": colors.HexColor("#1f5fa8"),
    "FSE": colors.HexColor("#2e8b57"),
    "COFIN_APPLICANT": colors.HexColor("#c07a12"),
    "COFIN_PRIVATE": colors.HexColor("#8a4fa0"),
}
SEVERITY_COLOURS = {"error": colors.HexColor("#b3261e"), "warning": colors.HexColor("#a86400"), "info": MUTED}


@cache
def register_fonts() -> None:
    """Register the bundled Vera family once per process under names of our own."""
    folder = Path(reportlab.__file__).parent / "fonts"
    for name, file in (
        (FONT, "Vera.ttf"),
        (FONT_BOLD, "VeraBd.ttf"),
        (FONT_ITALIC, "VeraIt.ttf"),
        (FONT_BOLD_ITALIC, "VeraBI.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )
    # Drawings start from a process-wide default font (Helvetica, not embedded) even when every
    # String names its own font: point that default at the embedded one.
    rl_config.canvas_basefontname = FONT
    STATE_DEFAULTS["fontName"] = FONT


def _hyphenation() -> dict[str, object]:
    """Italian hyphenation (pyphen's dictionaries) so a narrow cell breaks «accom-pagnamento» at a
    syllable, never «acco/mpagnamento»; words it cannot hyphenate are split only as a last resort."""
    if importlib.util.find_spec("pyphen") is None:  # ReportLab imports it itself when present
        return {}
    return {"hyphenationLang": "it_IT", "embeddedHyphenation": 1, "uriWasteReduce": 0.3}


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": FONT,
        "bulletFontName": FONT,
        "fontSize": 9.5,
        "leading": 12.5,
        "textColor": INK,
        **_hyphenation(),
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "body": _style("body", spaceAfter=5),
        "small": _style("small", fontSize=8, leading=10),
        "cell": _style("cell", fontSize=8, leading=10),
        "cell_bold": _style("cell_bold", fontName=FONT_BOLD, fontSize=8, leading=10),
        "cell_right": _style("cell_right", fontSize=8, leading=10, alignment=TA_RIGHT),
        "cell_right_bold": _style(
            "cell_right_bold", fontName=FONT_BOLD, fontSize=8, leading=10, alignment=TA_RIGHT
        ),
        "head": _style("head", fontName=FONT_BOLD, fontSize=8, leading=10, textColor=ACCENT),
        "head_right": _style(
            "head_right", fontName=FONT_BOLD, fontSize=8, leading=10, textColor=ACCENT, alignment=TA_RIGHT
        ),
        "h1": _style(
            "h1",
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=8,
            keepWithNext=1,
        ),
        "h2": _style(
            "h2",
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h3": _style(
            "h3",
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=12.5,
            textColor=INK,
            spaceBefore=5,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "label": _style("label", fontName=FONT_BOLD, fontSize=8.5, leading=11, textColor=MUTED),
        "value": _style("value", fontSize=9, leading=11.5),
        "cover_kicker": _style("cover_kicker", fontSize=11, leading=15, textColor=MUTED, alignment=TA_CENTER),
        "cover_title": _style(
            "cover_title",
            fontName=FONT_BOLD,
            fontSize=22,
            leading=28,
            textColor=ACCENT,
            alignment=TA_CENTER,
            spaceAfter=8,
        ),
        "cover_sub": _style("cover_sub", fontSize=13, leading=18, alignment=TA_CENTER, spaceAfter=4),
        "toc_title": _style(
            "toc_title", fontName=FONT_BOLD, fontSize=15, leading=19, textColor=ACCENT, spaceAfter=10
        ),
        "toc1": _style("toc1", fontSize=10, leading=15, leftIndent=0),
        "toc2": _style("toc2", fontSize=9, leading=12, leftIndent=14, textColor=MUTED),
    }


def text(value: object) -> str:
    """Escape user text for a Paragraph (it is markup) and keep paragraph breaks."""
    if value is None:
        return ""
    s = escape(str(value))
    return s.replace("\r\n", "\n").replace("\n\n", "<br/><br/>").replace("\n", "<br/>")


_SEPARATED = re.compile(r"[^_\-. ]+[_\-. ]*|[_\-. ]+")


def file_name_markup(name: object, width: float, size: float = 8) -> str:
    """A file name for a cell of ``width`` points: lines broken after ``_``, ``-``, ``.`` or a space.

    ReportLab would split ``relazione_tecnica.pdf`` anywhere (``.p`` / ``df``); the name is packed
    into lines at its own separators instead, and only a piece longer than the cell is cut.
    """
    pieces = _SEPARATED.findall(str(name or ""))
    lines: list[str] = []
    line = ""
    for piece in pieces:
        if line and stringWidth(line + piece, FONT, size) > width:
            lines.append(line)
            line = ""
        line += piece
    if line:
        lines.append(line)
    return "<br/>".join(escape(x) for x in lines)


class CellParagraph(Paragraph):
    """A Paragraph that remembers its last layout: table cells are measured again at every page split
    (and once more to draw), always at the same column width; breaking the lines once is enough."""

    _wrapped_for: tuple[float, float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._wrapped_for
        if last is not None and last[0] == availWidth and "blPara" in self.__dict__:
            return last[1], self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_for = (availWidth, width)
        return width, height


def para(value: object, style: str = "cell") -> Paragraph:
    return CellParagraph(text(value), styles()[style])


def markup(value: str, style: str = "cell") -> Paragraph:
    """A paragraph from trusted markup (our own labels with <b>), not from user text."""
    return CellParagraph(value, styles()[style])


def or_dash(value: object) -> str:
    return "—" if value in (None, "", []) else str(value)

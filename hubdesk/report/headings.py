"""Section headings that feed the table of contents and the PDF outline (bookmarks)."""

from __future__ import annotations

from reportlab.platypus import Paragraph

from hubdesk.report.styles import styles, text


class Heading(Paragraph):
    """A heading paragraph the document template lists in the TOC at ``toc_level``."""

    def __init__(self, title: str, level: int) -> None:
        super().__init__(text(title), styles()["h1" if level == 0 else "h2"])
        self.toc_level = level
        self.toc_text = title
        self.toc_key = ""


def h1(title: str) -> Heading:
    return Heading(title, 0)


def h2(title: str) -> Heading:
    return Heading(title, 1)


def h3(title: str) -> Paragraph:
    return Paragraph(text(title), styles()["h3"])

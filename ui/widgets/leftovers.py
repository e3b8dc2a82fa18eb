"""Ask whether to clear what belonged to the old choice (municipality, property owner) in the same step.

The leftovers come from the core (``hubdesk.applicant_changes``); this only shows them. The question
is a plain QMessageBox with "Clear" / "Keep" buttons, so a user (or a journey test) answers it with
the mouse or the keyboard.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_clear(parent: QWidget | None, title: str, leftovers: Sequence[Any], lang: str) -> bool:
    """True when the user chooses to clear the listed values (the default button)."""
    box = QMessageBox(parent)
    box.setObjectName("leftovers_question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(
        QCoreApplication.translate(
            "Leftovers", "These values belonged to the previous choice. Clear them in the same step?"
        )
    )
    rows = "".join(
        f"<li>{html.escape(left.label(lang))}: <i>{html.escape(str(left.value))}</i></li>"
        for left in leftovers
    )
    box.setInformativeText(f"<ul>{rows}</ul>")
    clear = box.addButton(
        QCoreApplication.translate("Leftovers", "Clear them"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("Leftovers", "Keep them"), QMessageBox.ButtonRole.RejectRole)
    clear.setObjectName("leftovers_clear")
    box.setDefaultButton(clear)
    box.exec()
    return box.clickedButton() is clear

"""Importing a package into the drafting side verifies it first and shows the verdict before any copy
is made; the user then creates the editable copy or gives up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hubdesk.verify.verdict import PackageVerdict
from ui.reviewer import texts
from ui.reviewer.worker import VerifyRunner


class VerifyThenImport:
    """Holds the runner and the question box alive until the user answers."""

    def __init__(self, parent: QWidget, path: Path, do_import: Callable[[], None]) -> None:
        self.parent, self.path, self.do_import = parent, path, do_import
        self.box: QMessageBox | None = None
        self.verdict: PackageVerdict | None = None
        self.runner = VerifyRunner(parent, workers=1)
        self.runner.sig_verdict.connect(lambda _i, v: self._ask(v))
        self.runner.start([path])

    def _ask(self, v: PackageVerdict) -> None:
        from ui.i18n import current_language

        self.verdict = v
        box = QMessageBox(self.parent)
        box.setObjectName("importVerdictBox")
        box.setWindowTitle(QCoreApplication.translate("ImportPackage", "Import a signed package"))
        level = texts.level(v)
        box.setIcon(
            {texts.GREEN: QMessageBox.Icon.Information, texts.AMBER: QMessageBox.Icon.Warning}.get(
                level, QMessageBox.Icon.Critical
            )
        )
        box.setText(texts.headline(v))
        info = texts.reason(v, current_language())
        box.setInformativeText(
            (info + "\n\n" if info else "")
            + QCoreApplication.translate(
                "ImportPackage", "Create an editable copy of this dossier in the workspace?"
            )
        )
        create = box.addButton(
            QCoreApplication.translate("ImportPackage", "Create the copy"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("ImportPackage", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(create if level == texts.GREEN else box.buttons()[-1])
        box.buttonClicked.connect(lambda button: self._answered(button is create))
        self.box = box
        box.open()

    def _answered(self, create: bool) -> None:
        if create:
            self.do_import()

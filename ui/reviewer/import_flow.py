"""Importing a package into the drafting side verifies it first and shows the verdict before any copy
is made; the user then creates the editable copy or gives up."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from hubdesk.verify.importing import import_allowed, verify_before_import
from hubdesk.verify.verdict import PackageVerdict
from ui.reviewer import texts

log = logging.getLogger("hubdesk.ui")


class _Verifier(QObject):
    """``verify_before_import`` (the command line's own step) in a thread; ``sig_verdict`` when known."""

    sig_verdict = Signal(object)

    def start(self, path: Path) -> None:
        self.thread = threading.Thread(
            target=self._run, args=(path,), name="hubdesk-import-verify", daemon=True
        )
        self.thread.start()

    def _run(self, path: Path) -> None:
        try:
            verdict = verify_before_import(path)
        except Exception:  # the verifier never raises on a hostile file; this is a bug, logged
            log.exception("verification before import failed")
            return
        with contextlib.suppress(RuntimeError):  # the window went away meanwhile
            self.sig_verdict.emit(verdict)


class VerifyThenImport:
    """Holds the verifier and the question box alive until the user answers."""

    def __init__(self, parent: QWidget, path: Path, do_import: Callable[[], None]) -> None:
        self.parent, self.path, self.do_import = parent, path, do_import
        self.box: QMessageBox | None = None
        self.verdict: PackageVerdict | None = None
        self.runner = _Verifier(parent)
        self.runner.sig_verdict.connect(self._ask)
        self.runner.start(path)

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
        verified = import_allowed(v)
        question = (
            QCoreApplication.translate(
                "ImportPackage", "Create an editable copy of this dossier in the workspace?"
            )
            if verified
            else QCoreApplication.translate(
                "ImportPackage",
                "The package could not be verified: a copy would hold a dossier that nobody can vouch for. "
                "Create it anyway?",
            )
        )
        box.setInformativeText((info + "\n\n" if info else "") + question)
        create = box.addButton(
            QCoreApplication.translate("ImportPackage", "Create the copy")
            if verified
            else QCoreApplication.translate("ImportPackage", "Create an unverified copy"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("ImportPackage", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(create if verified and level == texts.GREEN else box.buttons()[-1])
        box.buttonClicked.connect(lambda button: self._answered(button is create))
        self.box = box
        box.open()

    def _answered(self, create: bool) -> None:
        if create:
            self.do_import()

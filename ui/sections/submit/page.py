"""«Verifica e invio»: validation summary, signer choice, build with progress/cancel, exported versions."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRunnable, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.package import PackageRefused
from hubdesk.services import Workspace
from hubdesk.services.packaging import default_package_name
from hubdesk.services.register import version_pdf
from hubdesk.validation.issues import ValidationResult
from ui import dialogs, settings
from ui.sections.page import EditorContext, SectionPage
from ui.sections.submit.register_model import RegisterModel
from ui.sections.submit.secret_dialog import SecretDialog
from ui.sections.submit.signer_box import SignerBox
from ui.sections.submit.version_views import open_version_document, open_version_pdf
from ui.sections.submit.worker import PackageBuilder
from ui.validation_worker import ValidationRunner


class _RenderVersion(QRunnable):
    """Renders a frozen version's PDF to a temporary file off the GUI thread."""

    def __init__(self, workspace: Workspace, dossier_id: str, number: int, done: Any) -> None:
        super().__init__()
        self.workspace, self.dossier_id, self.number, self.done = workspace, dossier_id, number, done

    def run(self) -> None:
        target = Path(tempfile.mkdtemp(prefix="hubdesk-")) / f"proposta-v{self.number}.pdf"
        try:
            target.write_bytes(version_pdf(self.workspace, self.dossier_id, self.number))
            self.done.emit(str(target))
        except Exception as exc:  # shown to the user
            self.done.emit(f"!{exc}")


class SubmitPage(SectionPage):
    """The last section: nothing leaves the municipality while errors remain."""

    section = "submit"
    sig_rendered = Signal(str)

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ask_secret = SecretDialog.ask  # injectable for tests
        self.open_url = QDesktopServices.openUrl  # injectable for tests
        self._doc: dict[str, Any] | None = None
        self._result: ValidationResult | None = None

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        bold = QFont(self.status_label.font())
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        bold.setBold(True)
        self.status_label.setFont(bold)
        self.status_detail = QLabel()
        self.status_detail.setWordWrap(True)

        self.signer = SignerBox()

        self.folder_edit = QLineEdit(str(settings.default_package_folder()))
        self.folder_edit.setAccessibleName(self.tr("Destination folder"))
        self.folder_browse = QPushButton(self.tr("Folder…"))
        self.folder_browse.clicked.connect(self._on_folder_browse_clicked)
        self.name_label = QLabel()
        out_box = QGroupBox(self.tr("Destination"))
        out_row = QHBoxLayout()
        out_row.addWidget(self.folder_edit, 1)
        out_row.addWidget(self.folder_browse)
        out_layout = QVBoxLayout(out_box)
        out_layout.addLayout(out_row)
        out_layout.addWidget(self.name_label)

        self.build_button = QPushButton(self.tr("Build and sign the package"))
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self._on_build_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress_label = QLabel()
        run_row = QHBoxLayout()
        run_row.addWidget(self.build_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)

        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(self.result_label.textInteractionFlags() | _selectable())
        self.open_folder_button = QPushButton(self.tr("Open folder"))
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.open_folder_button)

        self.versions_model = RegisterModel(self)
        self.versions_view = QTreeView()
        self.versions_view.setObjectName("package_register")
        self.versions_view.setAccessibleName(self.tr("Versions and packages built"))
        self.versions_view.setModel(self.versions_model)
        self.versions_view.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        self.versions_view.setSelectionMode(QTreeView.SelectionMode.SingleSelection)
        self.versions_view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.versions_view.header().setStretchLastSection(True)
        self.versions_view.doubleClicked.connect(self._on_open_version_clicked)
        self.open_version_button = QPushButton(self.tr("Open read-only (PDF)"))
        self.open_version_button.clicked.connect(self._on_open_version_clicked)
        versions_box = QGroupBox(self.tr("Versions already exported and packages built"))
        versions_layout = QVBoxLayout(versions_box)
        versions_layout.addWidget(self.versions_view)
        self.open_document_button = QPushButton(self.tr("Open the document read-only"))
        self.open_document_button.clicked.connect(self._on_open_document_clicked)
        version_buttons = QHBoxLayout()
        version_buttons.addWidget(self.open_version_button)
        version_buttons.addWidget(self.open_document_button)
        versions_layout.addLayout(version_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.status_detail)
        layout.addWidget(self.signer)
        layout.addWidget(out_box)
        layout.addLayout(run_row)
        layout.addWidget(self.progress_label)
        layout.addLayout(result_row)
        layout.addWidget(versions_box, 1)

        self.builder = PackageBuilder(self)
        self.builder.sig_progress.connect(self._on_builder_progress)
        self.builder.sig_finished.connect(self._on_builder_finished)
        self.builder.sig_confirm_signer.connect(self._on_confirm_signer)
        self.signer_warning_box: QMessageBox | None = None
        self.validator = ValidationRunner(
            context.profile, lambda: context.workspace.attachment_facts(context.dossier_id), self
        )
        self.validator.sig_result.connect(self._on_validation_result)
        self.render_pool = QThreadPool(self)
        self.render_pool.setMaxThreadCount(1)
        self.sig_rendered.connect(self._on_version_rendered)
        self._refresh_versions()

    # ------------------------------------------------------------------ SectionPage
    def set_document(self, doc: dict[str, Any]) -> None:
        self._doc = doc
        name = default_package_name(self.context.workspace, self.context.dossier_id)
        self.name_label.setText(self.tr("File name: %1").replace("%1", name))
        self.validator.schedule(doc, immediately=self._result is None)

    # ------------------------------------------------------------------ state
    def _refresh_versions(self) -> None:
        ws, dossier_id = self.context.workspace, self.context.dossier_id
        if ws is None:  # a read-only view of a document: nothing was exported from it
            return
        self.versions_model.set_rows(ws.list_versions(dossier_id), ws.list_packages(dossier_id))
        self.versions_view.expandAll()
        self.open_version_button.setEnabled(self.versions_model.rowCount() > 0)
        self.open_document_button.setEnabled(self.versions_model.rowCount() > 0)

    def _update_build_button(self) -> None:
        errors = self._result.errors if self._result else None
        ready = errors == 0 and not self.builder.running
        self.build_button.setEnabled(ready)
        if errors:
            self.build_button.setToolTip(self.tr("Fix the %n error(s) first.", "", errors))
        else:
            self.build_button.setToolTip("")

    @Slot(object)
    def _on_validation_result(self, result: ValidationResult) -> None:
        self._result = result
        if result.errors:
            self.status_label.setText(self.tr("%n error(s) block the package.", "", result.errors))
            self.status_detail.setText(
                self.tr(
                    "Open the problems panel and fix each error: the package can be built when none is left."
                )
            )
        else:
            self.status_label.setText(self.tr("The proposal meets every rule of the call."))
            self.status_detail.setText(
                self.tr("%n warning(s) to read before sending.", "", result.warnings)
                if result.warnings
                else self.tr("No warnings.")
            )
        self._update_build_button()

    # ------------------------------------------------------------------ handlers
    def _on_folder_browse_clicked(self) -> None:
        folder = dialogs.pick_folder(self, self.tr("Destination folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _on_build_clicked(self) -> None:
        missing = self.signer.problem()
        if missing:
            dialogs.show_message(self, "warning", self.tr("Signature"), missing)
            return
        folder = Path(self.folder_edit.text().strip() or str(settings.default_package_folder()))
        try:
            folder.mkdir(parents=True, exist_ok=True)  # a folder typed in that is not there yet
        except OSError as exc:
            dialogs.show_message(
                self,
                "error",
                self.tr("Destination"),
                self.tr("The destination folder cannot be created: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )
            return
        title, prompt = self.signer.secret_prompt()
        secret = self.ask_secret(self, title, prompt)
        if secret is None:
            return
        self.result_label.clear()
        self.open_folder_button.setEnabled(False)
        self.progress.setValue(0)
        self.builder.start(
            self.context.workspace, self.context.dossier_id, folder, self.signer.signer_factory(secret)
        )
        self.cancel_button.setEnabled(True)
        self._update_build_button()

    @Slot(object)
    def _on_confirm_signer(self, problems: list[Any]) -> None:
        """The certificate is not the legal representative's: the officer reads why and decides."""
        lang = "en" if self.context.lang == "en" else "it"
        box = QMessageBox(self)
        box.setObjectName("signerWarningBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Signature"))
        box.setText(
            self.tr("This certificate does not belong to the legal representative named in the dossier.")
        )
        box.setInformativeText(
            "\n\n".join(p.text(lang) for p in problems)
            + "\n\n"
            + self.tr(
                "The cover of the proposal says it is signed by the legal representative. "
                "Sign with this certificate anyway?"
            )
        )
        sign = box.addButton(self.tr("Sign anyway"), QMessageBox.ButtonRole.AcceptRole)
        stop = box.addButton(self.tr("Do not sign"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stop)
        box.setEscapeButton(stop)
        box.buttonClicked.connect(lambda button: self._on_signer_answered(button is sign))
        self.signer_warning_box = box
        self.progress_label.setText(self.tr("Waiting for your answer about the certificate…"))
        box.open()

    def _on_signer_answered(self, accepted: bool) -> None:
        self.signer_warning_box = None
        self.progress_label.setText(self.tr("Signing…") if accepted else self.tr("Cancelling…"))
        self.builder.answer_signer(accepted)

    def _on_cancel_clicked(self) -> None:
        self.builder.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(self.tr("Cancelling…"))

    @Slot(float, str)
    def _on_builder_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        if message:
            self.progress_label.setText(message)

    @Slot(str, object)
    def _on_builder_finished(self, kind: str, payload: object) -> None:
        self.cancel_button.setEnabled(False)
        if self.signer_warning_box is not None:  # cancelled while the question was open
            self.signer_warning_box.blockSignals(True)
            self.signer_warning_box.close()
            self.signer_warning_box = None
        if kind == "ok":
            result = payload.result  # type: ignore[attr-defined]
            self._last_path = result.path
            settings.put(settings.PACKAGE_FOLDER, str(Path(result.path).parent))
            self.signer.remember()
            self.progress.setValue(1000)
            self.progress_label.setText(self.tr("Package signed and saved."))
            self.result_label.setText(
                self.tr("Package: %1\nSHA-256: %2\nVersion %3 frozen.")
                .replace("%1", str(result.path))
                .replace("%2", result.sha256)
                .replace("%3", str(payload.version))  # type: ignore[attr-defined]
            )
            self.open_folder_button.setEnabled(True)
            self._refresh_versions()
            if self._doc is not None:
                self.set_document(self._doc)
        elif kind == "cancelled":
            self.progress.setValue(0)
            self.progress_label.setText(self.tr("Cancelled: no file was written."))
        else:
            self.progress.setValue(0)
            self.progress_label.clear()
            message = (
                payload.message("it" if self.context.lang != "en" else "en")
                if hasattr(payload, "message")
                else str(payload)
            )
            if isinstance(payload, PackageRefused):
                message += "\n" + "\n".join(f"{i.rule} {i.path}" for i in payload.issues[:10])
            dialogs.show_message(self, "error", self.tr("Package not built"), message)
        self._update_build_button()

    def _on_open_folder_clicked(self) -> None:
        self.open_url(QUrl.fromLocalFile(str(self._last_path.parent)))

    def _on_open_version_clicked(self, *_args: object) -> None:
        index = self.versions_view.currentIndex()
        if not index.isValid():
            index = self.versions_model.index(0, 0)
        if not index.isValid():
            return
        info = self.versions_model.version_at(index)
        if info is None or self.context.workspace is None:
            return
        self.render_pool.start(
            _RenderVersion(self.context.workspace, self.context.dossier_id, info.number, self.sig_rendered)
        )

    @Slot(str)
    def _on_version_rendered(self, path: str) -> None:
        if path.startswith("!"):
            dialogs.show_message(self, "error", self.tr("Version"), path[1:])
            return
        self.last_version_pdf = path
        number = int(Path(path).stem.rsplit("-v", 1)[-1])
        self.version_window = open_version_pdf(self, number, Path(path).read_bytes())

    def _on_open_document_clicked(self) -> None:
        index = self.versions_view.currentIndex()
        info = self.versions_model.version_at(index if index.isValid() else self.versions_model.index(0, 0))
        if info is None or self.context.workspace is None:
            return
        doc = self.context.workspace.get_version(self.context.dossier_id, info.number)
        self.version_window = open_version_document(
            self, self.context.profile, self.context.lang, info.number, doc
        )


def _selectable() -> Any:
    from PySide6.QtCore import Qt

    return Qt.TextInteractionFlag.TextSelectableByMouse

"""One package for the reviewer: the verdict banner, who signed, each file, the rules, the proposal
read-only in the editor's own section pages, and the signed PDF shown inside the app."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hubdesk.labels import local_datetime
from hubdesk.verify.preview import Preview
from hubdesk.verify.report import outcome_text, trust_source
from hubdesk.verify.verdict import PackageVerdict
from ui.i18n import eur
from ui.reviewer import texts
from ui.reviewer.worker import VerifyRunner
from ui.widgets.geometry import fit_to_screen
from ui.widgets.pdf_view import PdfView

log = logging.getLogger("hubdesk.ui")


def _lang() -> str:
    from ui.i18n import current_language

    return current_language()


def _date(iso: str | None) -> str:
    return local_datetime(iso, _lang(), with_time=False) if iso else "—"


class PackageWindow(QMainWindow):
    """``PackageWindow(path)`` verifies the package off the GUI thread and fills itself in."""

    sig_verified = Signal(object)

    def __init__(
        self, path: str | Path, verdict: PackageVerdict | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.path = Path(path)
        self.verdict: PackageVerdict | None = None
        self.setObjectName("packageWindow")
        self.setWindowTitle(self.tr("Package %1 — HubDesk").replace("%1", self.path.name))
        self._build()
        fit_to_screen(self, (1000, 700))
        self.runner = VerifyRunner(self, workers=1)
        self.runner.sig_preview.connect(self._on_preview)
        self.runner.sig_verdict.connect(lambda _i, v: self.show_verdict(v))
        if verdict is not None:
            self.show_verdict(verdict)
            self._load_preview_only()
        else:
            self.runner.start([self.path], preview=True)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        self.banner = QFrame()
        self.banner.setObjectName("verdictBanner")
        banner_layout = QVBoxLayout(self.banner)
        self.headline = QLabel(self.tr("Verifying the package…"))
        self.headline.setObjectName("verdictHeadline")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.headline.setFont(font)
        self.reason = QLabel()
        self.reason.setObjectName("verdictReason")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_layout.addWidget(self.headline)
        banner_layout.addWidget(self.reason)
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("packageTabs")
        self.tabs.addTab(self._summary_tab(), self.tr("Summary"))
        self.files = self._table("packageFiles", [self.tr("File"), self.tr("Integrity"), self.tr("SHA-256")])
        self.tabs.addTab(self.files, self.tr("Files"))
        self.rules = self._table(
            "packageRules", [self.tr("Rule"), self.tr("Severity"), self.tr("Where"), self.tr("Message")]
        )
        self.tabs.addTab(self.rules, self.tr("Call rules"))
        self.proposal_holder = QWidget()
        self.proposal_layout = QVBoxLayout(self.proposal_holder)
        self.proposal_note = QLabel(self.tr("Reading the proposal…"))
        self.proposal_layout.addWidget(self.proposal_note)
        self.tabs.addTab(self.proposal_holder, self.tr("Proposal (read-only)"))
        self.pdf_view = PdfView()
        self.tabs.addTab(self.pdf_view, self.tr("Signed PDF"))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        close = QAction(self.tr("&Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.sheet_action = QAction(self.tr("Save the &verification sheet (PDF)…"), self)
        self.sheet_action.setEnabled(False)
        self.sheet_action.triggered.connect(self.save_sheet)
        menu = self.menuBar().addMenu(self.tr("&Package"))
        menu.addAction(self.sheet_action)
        menu.addAction(close)
        self._paint_banner(texts.AMBER)

    def _summary_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.applicant_box = QGroupBox(self.tr("Applicant"))
        form = QFormLayout(self.applicant_box)
        self.applicant_fields = {k: QLabel("—") for k in ("municipality", "istat", "acronym", "fesr", "fse")}
        for key, label in (
            ("municipality", self.tr("Municipality")),
            ("istat", self.tr("ISTAT code")),
            ("acronym", self.tr("Acronym")),
            ("fesr", self.tr("ERDF requested")),
            ("fse", self.tr("ESF requested")),
        ):
            form.addRow(label, self.applicant_fields[key])
        layout.addWidget(self.applicant_box)
        self.signer_box = QGroupBox(self.tr("Signer"))
        self.signer_box.setObjectName("signerBox")
        form = QFormLayout(self.signer_box)
        self.signer_fields: dict[str, QLabel] = {}
        for key, label in (
            ("name", self.tr("Name")),
            ("fiscal_code", self.tr("Fiscal code")),
            ("issuer", self.tr("Issued by")),
            ("validity", self.tr("Certificate validity")),
            ("legal_rep", self.tr("Legal representative")),
            ("signed_at", self.tr("Signing time (claimed)")),
            ("trust", self.tr("Trust used")),
        ):
            field = QLabel("—")
            field.setObjectName(f"signer_{key}")
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.signer_fields[key] = field
            form.addRow(label, field)
        layout.addWidget(self.signer_box)
        layout.addWidget(QLabel(self.tr("Signatures in the package")))
        self.signatures = QListWidget()
        self.signatures.setObjectName("packageSignatures")
        self.signatures.setMaximumHeight(90)
        layout.addWidget(self.signatures)
        layout.addWidget(QLabel(self.tr("Problems and notes")))
        self.problems = QListWidget()
        self.problems.setObjectName("packageProblems")
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems, 1)
        return page

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        return table

    def _paint_banner(self, level: str) -> None:
        fg, bg = texts.COLOURS[level]
        self.banner.setProperty("level", level)
        self.banner.setStyleSheet(
            f"#verdictBanner {{ background: {bg}; border: 2px solid {fg}; border-radius: 6px; }}"
            f"#verdictBanner QLabel {{ color: {fg}; }}"
        )

    # ------------------------------------------------------------------ content
    def show_verdict(self, v: PackageVerdict) -> None:
        self.verdict = v
        lang = _lang()
        level = texts.level(v)
        self._paint_banner(level)
        self.headline.setText(texts.headline(v))
        self.reason.setText(texts.reason(v, lang))
        self.banner.setAccessibleName(f"{texts.headline(v)}. {texts.reason(v, lang)}")
        self.applicant_fields["municipality"].setText(v.municipality or "—")
        self.applicant_fields["istat"].setText(v.istat_code or "—")
        self.applicant_fields["acronym"].setText(v.acronym or "—")
        self.applicant_fields["fesr"].setText(eur(v.requested_cents.get("FESR", 0)))
        self.applicant_fields["fse"].setText(eur(v.requested_cents.get("FSE", 0)))
        f = self.signer_fields
        f["name"].setText(v.signer_name or v.signer or "—")
        f["fiscal_code"].setText(v.signer_fiscal_code or "—")
        f["issuer"].setText(v.issuer_text(lang) or "—")
        f["validity"].setText(
            self.tr("from %1 to %2")
            .replace("%1", _date(v.signer_valid_from))
            .replace("%2", _date(v.signer_valid_to))
            if v.signer_valid_from
            else "—"
        )
        f["legal_rep"].setText(texts.yes_no(v.signed_by_legal_representative) if v.signer else "—")
        f["signed_at"].setText(local_datetime(v.signed_at, lang) if v.signed_at else "—")
        f["trust"].setText(self._trust_text(v))
        self.signatures.clear()
        for s in v.signatures:
            self.signatures.addItem(f"{s.file}: {outcome_text(s, lang)} — {s.signer or '—'}")
        self.problems.clear()
        for p in v.problems:
            self.problems.addItem(p.text(lang))
        self._fill_files(v)
        self._fill_rules(v)
        self.sheet_action.setEnabled(True)
        self.sig_verified.emit(v)

    def _trust_text(self, v: PackageVerdict) -> str:
        source = v.trust.get("source")
        if not source or source == "nessuna":
            return self.tr("no trusted authority configured: add one in Settings or with «hubdesk trust add»")
        as_of = v.trust.get("as_of")
        named = trust_source(source, _lang())
        return named + (" — " + self.tr("as of %1").replace("%1", _date(as_of)) if as_of else "")

    def _fill_files(self, v: PackageVerdict) -> None:
        labels = {
            "OK": self.tr("intact"),
            "MODIFIED": self.tr("MODIFIED after signing"),
            "MISSING": self.tr("MISSING"),
            "UNSIGNED": self.tr("NOT SIGNED"),
        }
        self.files.setRowCount(len(v.files))
        for row, check in enumerate(v.files):
            status = QTableWidgetItem(labels.get(check.status, check.status))
            level = texts.GREEN if check.status == "OK" else texts.RED
            status.setForeground(self._colour(level))
            for col, item in enumerate(
                (QTableWidgetItem(check.name), status, QTableWidgetItem(v.files_sha256.get(check.name, "")))
            ):
                self.files.setItem(row, col, item)
        self.files.resizeColumnsToContents()

    def _fill_rules(self, v: PackageVerdict) -> None:
        lang = _lang()
        severities = {"error": self.tr("error"), "warning": self.tr("warning"), "info": self.tr("info")}
        issues = list(v.rule_issues)
        self.rules.setRowCount(len(issues))
        for row, issue in enumerate(issues):
            cells = (
                issue.rule,
                severities.get(issue.severity, issue.severity),
                issue.path,
                issue.message(lang),
            )
            for col, text in enumerate(cells):
                self.rules.setItem(row, col, QTableWidgetItem(text))
        self.rules.resizeColumnsToContents()
        self.tabs.setTabText(
            2, self.tr("Call rules (%1)").replace("%1", str(v.rule_errors + v.rule_warnings))
        )

    @staticmethod
    def _colour(level: str) -> Any:
        from PySide6.QtGui import QColor

        return QColor(texts.COLOURS[level][0])

    def _load_preview_only(self) -> None:
        from hubdesk.verify.preview import read_preview

        self._on_preview(read_preview(self.path))

    def _on_preview(self, preview: Preview) -> None:
        if preview.pdf is not None:
            self.pdf_view.load_bytes(preview.pdf)
        if preview.document is None:
            self.proposal_note.setText(self.tr("The package holds no readable proposal."))
            return
        try:
            from hubdesk.callprofile import load_call_profile
            from ui.sections.read_only import ReadOnlySections

            call = preview.document.get("call")
            try:
                profile = load_call_profile(call) if isinstance(call, str) else load_call_profile()
            except Exception:
                profile = load_call_profile()
            self.sections = ReadOnlySections(profile, _lang())
            self.sections.setObjectName("reviewerSections")
            self.sections.set_document(preview.document)
        except Exception:  # a hostile dossier must not take the window down
            log.exception("read-only proposal could not be shown")
            self.proposal_note.setText(self.tr("The proposal cannot be shown."))
            return
        self.proposal_note.setText(
            self.tr("The proposal as the package carries it; nothing can be changed here.")
        )
        self.proposal_layout.addWidget(self.sections, 1)

    def save_sheet(self) -> None:
        if self.verdict is None:
            return
        from ui import dialogs

        suggested = self.path.with_suffix(".verifica.pdf").name
        target = dialogs.pick_save_file(
            self, self.tr("Save the verification sheet"), self.tr("PDF (*.pdf)"), suggested
        )
        if not target:
            return
        try:
            from hubdesk.verify.sheet import write_package_sheet

            write_package_sheet(self.verdict, Path(target), _lang())
        except Exception as exc:
            dialogs.show_message(self, "error", self.tr("Cannot save the sheet"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Verification sheet saved: %1").replace("%1", target), 8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.cancel()
        super().closeEvent(event)

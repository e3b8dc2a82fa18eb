"""A folder of packages: the triage table, filled as each verdict arrives (worker processes), sortable,
filterable, exportable to CSV; a double click opens the package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hubdesk.cli.verify_cmd import PACKAGE_SUFFIXES
from hubdesk.verify.verdict import PackageVerdict
from ui.reviewer.model import (
    COL_MUNICIPALITY,
    FILTER_ALL,
    FILTER_AMBER,
    FILTER_GREEN,
    FILTER_RED,
    PathRole,
    TriageFilterProxy,
    TriageModel,
)
from ui.reviewer.worker import VerifyRunner
from ui.widgets.geometry import fit_to_screen


def packages_in(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.iterdir() if p.is_file() and p.suffix.lower() in PACKAGE_SUFFIXES)


class TriageWindow(QMainWindow):
    sig_all_verified = Signal(int)

    def __init__(
        self, folder: str | Path, parent: QWidget | None = None, *, workers: int | None = None
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("triageWindow")
        self.folder = Path(folder)
        self.setWindowTitle(self.tr("Packages in %1 — HubDesk").replace("%1", self.folder.name))
        self.package_windows: list[QWidget] = []
        self.library: QWidget | None = None  # the library window, when opened from it
        self.model = TriageModel(self)
        self.proxy = TriageFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        fit_to_screen(self, (1000, 600))
        paths = packages_in(self.folder) if self.folder.is_dir() else []
        self.model.set_paths(paths)
        self.progress.setRange(0, max(len(paths), 1))
        self.runner = VerifyRunner(self, workers=workers)
        self.runner.sig_verdict.connect(self._on_verdict)
        self.runner.sig_finished.connect(self._on_finished)
        if paths:
            self.runner.start(paths)
            self.status.setText(self.tr("Verifying %1 packages…").replace("%1", str(len(paths))))
        else:
            self.status.setText(self.tr("No .asice package in this folder."))
            self.progress.hide()

    def _build(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("triageSearch")
        self.search.setPlaceholderText(self.tr("Search municipality, acronym, signer…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.textChanged.connect(self.proxy.set_text)
        self.level = QComboBox()
        self.level.setObjectName("triageVerdictFilter")
        self.level.setAccessibleName(self.tr("Show"))
        for text, value in (
            (self.tr("All packages"), FILTER_ALL),
            (self.tr("Not valid or breaking the rules"), FILTER_RED),
            (self.tr("To check"), FILTER_AMBER),
            (self.tr("Valid"), FILTER_GREEN),
        ):
            self.level.addItem(text, value)
        self.level.currentIndexChanged.connect(lambda _i: self.proxy.set_level(self.level.currentData()))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.level)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setObjectName("triageTable")
        self.table.setAccessibleName(self.tr("Packages"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_MUNICIPALITY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.open_index)
        layout.addWidget(self.table, 1)
        foot = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("triageStatus")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(260)
        foot.addWidget(self.status, 1)
        foot.addWidget(self.progress)
        layout.addLayout(foot)
        self.setCentralWidget(central)
        self.open_action = QAction(self.tr("&Open package"), self)
        self.open_action.setShortcut(QKeySequence("Return"))
        self.open_action.triggered.connect(lambda: self.open_index(self.table.currentIndex()))
        self.csv_action = QAction(self.tr("Export to &CSV…"), self)
        self.csv_action.triggered.connect(self.export_csv)
        self.summary_action = QAction(self.tr("Save the &summary sheet (PDF)…"), self)
        self.summary_action.triggered.connect(self.save_summary)
        close = QAction(self.tr("&Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&Folder"))
        for a in (self.open_action, self.csv_action, self.summary_action):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(close)
        toolbar = self.addToolBar(self.tr("Folder"))
        toolbar.setObjectName("triageToolbar")
        for a in (self.open_action, self.csv_action, self.summary_action):
            toolbar.addAction(a)

    def _on_verdict(self, index: int, verdict: PackageVerdict) -> None:
        self.model.set_verdict(index, verdict)
        self.progress.setValue(self.model.finished())

    def _on_finished(self) -> None:
        done = self.model.finished()
        ok = sum(1 for v in self.model.verdicts if v is not None and v.passed and not v.has_warnings)
        self.status.setText(
            self.tr("%1 of %2 packages verified: %3 valid without remarks")
            .replace("%1", str(done))
            .replace("%2", str(len(self.model.paths)))
            .replace("%3", str(ok))
        )
        self.progress.hide()
        self.sig_all_verified.emit(done)

    def verdicts(self) -> list[PackageVerdict]:
        return [v for v in self.model.verdicts if v is not None]

    def open_index(self, index) -> QWidget | None:  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        path = index.data(PathRole)
        row = self.model.paths.index(path)
        from ui.reviewer.package_window import PackageWindow

        window = PackageWindow(path, self.model.verdicts[row])
        self.package_windows.append(window)
        for hook in getattr(self.library, "new_window_hooks", []):
            hook(window)
        window.show()
        return window

    def export_csv(self) -> None:
        from hubdesk.verify import write_csv
        from ui import dialogs
        from ui.i18n import current_language

        target = dialogs.pick_save_file(
            self,
            self.tr("Export the triage table"),
            self.tr("CSV (*.csv)"),
            f"verifica-{self.folder.name}.csv",
        )
        if not target:
            return
        try:
            write_csv(self.verdicts(), target, current_language())
        except Exception as exc:
            dialogs.show_message(self, "error", self.tr("Export failed"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", target), 8000)

    def save_summary(self) -> None:
        from ui import dialogs
        from ui.i18n import current_language

        target = dialogs.pick_save_file(
            self,
            self.tr("Save the summary sheet"),
            self.tr("PDF (*.pdf)"),
            f"verifica-{self.folder.name}.pdf",
        )
        if not target:
            return
        try:
            from hubdesk.verify.sheet import write_summary_sheet

            write_summary_sheet(self.verdicts(), str(self.folder), Path(target), current_language())
        except Exception as exc:
            dialogs.show_message(self, "error", self.tr("Cannot save the sheet"), str(exc))
            return
        self.statusBar().showMessage(self.tr("Summary sheet saved: %1").replace("%1", target), 8000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.cancel()
        super().closeEvent(event)

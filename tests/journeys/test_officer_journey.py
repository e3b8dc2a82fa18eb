"""Journey: the officer of Molfetta, from a new empty workspace to a signed package, by mouse and keys.

Everything goes through the windows: menus and shortcuts, the new-dossier dialog, the section forms,
the "Add line" button of the budget, the fix offered by the problems panel, Ctrl+Z / Ctrl+Shift+Z /
Ctrl+Y, and the submit page. Only the file pickers of ``ui.dialogs`` are answered by the test (a
virtual screen has no file dialog to click through); the password is typed into its prompt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QTreeView,
    QWidget,
)

from hubdesk.demo.pdf import one_page_pdf
from tests.core.package.pki import PASSWORD, Pki, make_pki
from tests.ui.helpers import type_text
from ui import dialogs

#: what the officer reads on screen, in each language (menus, buttons, labels)
SCREEN = {
    "en": {
        "create_workspace": "Create workspace…",
        "new_dossier": "New dossier…",
        "create_dossier": "Create dossier",
        "settings": "Settings…",
        "add_trusted": "Add certificates or trusted list…",
        "open_package": "Open signed package…",
        "add": "Add",
        "add_line": "Add line",
        "add_indicator": "Add indicator",
        "add_files": "Add files…",
        "phase": "second phase",
        "kinds": ["Council resolution", "Appointment of the project manager (RUP)"],
        "browse": "Browse…",
        "folder": "Folder…",
        "build": "Build and sign the package",
        "clear_them": "Clear them",
        "owner": "Other public body",
        "availability": "Free loan",
        "category": "Technical services",
        "fix": "Attach",
        "errors": r"(\d+) error",
        "columns": {
            "Category": "Category",
            "Description": "Description",
            "Amount": "Amount",
            "Indicator": "Indicator",
            "Unit": "Unit",
            "Target": "Target",
        },
        "signed": "Package signed and saved.",
        "verdict": "Intact and signed by the legal representative",
        "sections": {
            "applicant": "Applicant",
            "proposal": "Proposal",
            "properties": "Properties",
            "partners": "Partnership",
            "activities": "Activities",
            "budget": "Budget",
            "indicators": "Indicators",
            "attachments": "Attachments",
            "submit": "Check and submit",
        },
        "labels": {
            "fiscal_code": "Fiscal code",
            "pec": "PEC address",
            "legal_rep": "Legal representative",
            "legal_rep_code": "Representative's fiscal code",
            "rup": "RUP name",
            "rup_code": "RUP fiscal code",
            "rup_email": "RUP e-mail",
            "rup_phone": "RUP phone",
            "title": "Title",
            "acronym": "Acronym",
            "hub_name": "Hub name",
            "summary": "Summary",
            "objectives": "Objectives",
            "targets": "Target groups",
            "property_name": "Property name",
            "address": "Address",
            "sheet": "Sheet (foglio)",
            "parcel": "Parcel (particella)",
            "subordinate": "Subordinate (subalterno)",
            "owner": "Owner",
            "owner_name": "Owner name",
            "owner_code": "Owner fiscal code",
            "availability": "Availability title",
            "availability_ref": "Availability reference",
            "works": "Works",
            "partner_name": "Partner name",
            "partner_pec": "PEC address",
            "partner_role": "Role",
            "contact": "Contact name",
            "contact_email": "Contact e-mail",
            "activity_title": "Title",
            "description": "Description",
            "property": "Property",
            "certificate": "Certificate file",
            "destination": "Destination folder",
        },
    },
    "it": {
        "create_workspace": "Crea archivio…",
        "new_dossier": "Nuovo dossier…",
        "create_dossier": "Crea il dossier",
        "settings": "Impostazioni…",
        "add_trusted": "Aggiungi certificati o lista di fiducia…",
        "open_package": "Apri pacchetto firmato…",
        "add": "Aggiungi",
        "add_line": "Aggiungi voce",
        "add_indicator": "Aggiungi indicatore",
        "add_files": "Aggiungi file…",
        "phase": "seconda fase",
        "kinds": ["Delibera di Giunta/Consiglio", "Atto di nomina del RUP"],
        "browse": "Sfoglia…",
        "folder": "Cartella…",
        "build": "Genera e firma il pacchetto",
        "clear_them": "Svuotali",
        "owner": "Altro ente pubblico",
        "availability": "Comodato d'uso gratuito",
        "category": "Spese tecniche",
        "fix": "Allega",
        "errors": r"(\d+) error[ei]",
        "signed": "Pacchetto firmato e salvato.",
        "verdict": "Integro e firmato dal legale rappresentante",
        "columns": {
            "Category": "Categoria",
            "Description": "Descrizione",
            "Amount": "Importo",
            "Indicator": "Indicatore",
            "Unit": "Unità",
            "Target": "Valore obiettivo",
        },
        "sections": {
            "applicant": "Ente proponente",
            "proposal": "Proposta",
            "properties": "Immobili",
            "partners": "Partenariato",
            "activities": "Attività e cronoprogramma",
            "budget": "Piano finanziario",
            "indicators": "Indicatori",
            "attachments": "Allegati",
            "submit": "Verifica e invio",
        },
        "labels": {
            "fiscal_code": "Codice fiscale",
            "pec": "Indirizzo PEC",
            "legal_rep": "Legale rappresentante",
            "legal_rep_code": "Codice fiscale del legale rappresentante",
            "rup": "Nome del RUP",
            "rup_code": "Codice fiscale del RUP",
            "rup_email": "E-mail del RUP",
            "rup_phone": "Telefono del RUP",
            "title": "Titolo",
            "acronym": "Acronimo",
            "hub_name": "Nome dell'hub",
            "summary": "Sintesi",
            "objectives": "Obiettivi",
            "targets": "Destinatari",
            "property_name": "Denominazione dell'immobile",
            "address": "Indirizzo",
            "sheet": "Foglio",
            "parcel": "Particella",
            "subordinate": "Subalterno",
            "owner": "Proprietario",
            "owner_name": "Denominazione del proprietario",
            "owner_code": "Codice fiscale del proprietario",
            "availability": "Titolo di disponibilità",
            "availability_ref": "Estremi del titolo di disponibilità",
            "works": "Lavori",
            "partner_name": "Denominazione del partner",
            "partner_pec": "Indirizzo PEC",
            "partner_role": "Ruolo",
            "contact": "Nome del referente",
            "contact_email": "E-mail del referente",
            "activity_title": "Titolo",
            "description": "Descrizione",
            "property": "Immobile",
            "certificate": "File del certificato",
            "destination": "Cartella di destinazione",
        },
    },
}


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture(params=["en", "it"])
def lang(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """The UI language, installed as the application does at start-up, and taken away afterwards."""
    from ui import i18n

    before = QLocale()
    i18n.install_translators(qapp, request.param)
    try:
        yield request.param
    finally:
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
        i18n._current = "it"
        QLocale.setDefault(before)


# ---------------------------------------------------------------------------- finding things on screen
def _screen(lang: str, key: str) -> Any:
    return SCREEN[lang][key]


def _label(lang: str, key: str) -> str:
    """A field's accessible name (what a screen reader says) in ``lang``."""
    return str(SCREEN[lang]["labels"][key])


def _menu_action(window: Any, text: str) -> Any:
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(f"no menu entry {text!r}")


def _visible_top(predicate: Callable[[QWidget], bool]) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if w.isVisible() and predicate(w)]
    assert found, "window not shown"
    return found[-1]


def _button(parent: QWidget, text: str) -> QAbstractButton:
    buttons = [
        b for b in parent.findChildren(QAbstractButton) if b.text().replace("&", "") == text and b.isVisible()
    ]
    assert buttons, f"no button {text!r} among {[b.text() for b in parent.findChildren(QAbstractButton)]}"
    return buttons[0]


def _click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


#: what the editor shows besides the forms (status bar, last message, conflict banner), for failures
EXPLAIN: list[Callable[[], Any]] = [lambda: ""]


def _field(parent: QWidget, name: str) -> Any:
    """The visible widget a screen reader calls ``name`` (waiting a moment for a form to appear)."""
    for _ in range(100):
        found = [w for w in parent.findChildren(QWidget) if w.accessibleName() == name and w.isVisible()]
        if found:
            return found[0]
        QTest.qWait(50)
    raise AssertionError(f"no field {name!r}: {EXPLAIN[0]()}")


def _type_into(widget: QWidget, text: str) -> None:
    """Click into the field, select what is there, type over it and leave it (Return, or Tab in a box)."""
    _click(widget)
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            QTest.keyClick(widget, Qt.Key.Key_Return)
        type_text(widget, line)
    if isinstance(widget, QLineEdit):
        QTest.keyClick(widget, Qt.Key.Key_Return)
    else:
        QTest.keyClick(widget, Qt.Key.Key_Tab)


def _pick(combo: QComboBox, text: str) -> None:
    """Choose an entry of a focused combo box with the arrow keys."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText().startswith(text):
            return
        QTest.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}")


def _answer_later(predicate: Callable[[QWidget], bool], answer: Callable[[QWidget], None]) -> None:
    """Answer the next modal window that ``predicate`` recognises (it blocks in its own event loop)."""

    def attempt(tries: int = 200) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and predicate(modal):
            answer(modal)
        elif tries:
            QTimer.singleShot(25, lambda: attempt(tries - 1))

    QTimer.singleShot(0, attempt)


def _activate(qtbot: Any, window: QWidget) -> None:
    """Bring ``window`` to the front, as a click on it does: its shortcuts work from then on."""
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


class Officer:
    """The editor window as the officer uses it: sections by the navigation, fields by their names."""

    def __init__(self, qtbot: Any, editor: Any, lang: str) -> None:
        self.qtbot, self.editor, self.lang = qtbot, editor, lang

    def section(self, key: str) -> QWidget:
        """Click the section in the navigation list; the page shown on the right."""
        if QApplication.activeWindow() is not self.editor:  # a click into the window activates it
            _activate(self.qtbot, self.editor)
        nav = self.editor.findChild(QListView, "sectionNavigation")
        model = nav.model()
        wanted = _screen(self.lang, "sections")[key]
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if str(index.data() or "").startswith(wanted):
                nav.scrollTo(index)
                QTest.mouseClick(
                    nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualRect(index).center()
                )
                page = self.editor.stack.currentWidget()
                assert page.isVisible()
                return page
        raise AssertionError(f"no section {wanted!r}")

    def fill(self, page: QWidget, key: str, text: str) -> None:
        _type_into(_field(page, _label(self.lang, key)), text)

    def errors(self) -> int:
        """The error count in the title of the problems panel (0 when it says there is none)."""
        title = self.editor.problems_title.text()
        match = re.search(_screen(self.lang, "errors"), title)
        return int(match.group(1)) if match else 0

    def settle(self) -> None:
        """Wait for the typing pauses, the edits still being stored and the background check."""
        self.qtbot.wait(750)
        editor = self.editor
        self.qtbot.waitUntil(
            lambda: editor.validation.is_idle() and not editor.session.waiting, timeout=30000
        )


def _cell(view: QAbstractItemView, row: int, header: str) -> Any:
    model = view.model()
    for col in range(model.columnCount()):
        if str(model.headerData(col, Qt.Orientation.Horizontal) or "").startswith(header):
            return model.index(row, col)
    raise AssertionError(f"no column {header!r}")


def _edit_cell(
    view: QAbstractItemView, index: Any, text: str | None = None, choice: str | None = None
) -> None:
    """Click the cell, press Return to edit it, type (or choose) and press Return."""
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view, "no cell editor opened"
    if choice is not None:
        assert isinstance(editor, QComboBox)
        _pick(editor, choice)
    else:
        QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(editor, text or "")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QTest.qWait(20)  # a user's next move comes after the event loop ran (the editor is gone by then)


def _files(folder: Path) -> dict[str, Path]:
    folder.mkdir()
    out = {}
    for name, heading in (
        ("accordo-comodato-palazzo-giovene.pdf", "Accordo di comodato"),
        ("delibera-giunta-2020-154.pdf", "Delibera di Giunta"),
        ("nomina-rup.pdf", "Nomina del RUP"),
    ):
        path = folder / name
        path.write_bytes(one_page_pdf(heading, heading, ["Città di Molfetta."], "Il Segretario"))
        out[name] = path
    return out


@pytest.mark.slow
def test_officer_from_an_empty_workspace_to_a_signed_package(
    qtbot: Any, workspace: Any, tmp_path: Path, monkeypatch: Any, pki: Pki, lang: str
) -> None:
    from ui.library.settings_dialog import SettingsDialog
    from ui.library.window import LibraryWindow

    files = _files(tmp_path / "documents")
    out = tmp_path / "packages"
    out.mkdir()
    library = LibraryWindow(workspace)
    qtbot.addWidget(library)
    library.show()
    qtbot.waitExposed(library)

    # a new, empty workspace file
    new_workspace = tmp_path / "molfetta.sqlite3"
    monkeypatch.setattr(dialogs, "pick_save_file", lambda *_a: str(new_workspace))
    _menu_action(library, _screen(lang, "create_workspace")).trigger()
    assert new_workspace.is_file()
    assert library.findChild(QAbstractItemView, "dossierTable").model().rowCount() == 0

    # the Region's CA, added once in the settings (the verdict later needs it)
    monkeypatch.setattr(dialogs, "pick_open_file", lambda *_a: str(pki.ca_pem))
    _menu_action(library, _screen(lang, "settings")).trigger()
    settings_dialog = _visible_top(lambda w: isinstance(w, SettingsDialog))
    _click(_button(settings_dialog, _screen(lang, "add_trusted")))
    settings_dialog.accept()

    # the new-dossier dialog, by Ctrl+N: type the name, read the eligibility, create
    _activate(qtbot, library)
    QTest.keyClick(library, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizard = _visible_top(lambda w: w.findChild(QLineEdit, "wizardMunicipality") is not None)
    type_text(wizard.findChild(QLineEdit, "wizardMunicipality"), "Molfetta")
    eligibility = wizard.findChild(QLabel, "wizardEligibility").text()
    assert "✔" in eligibility and _screen(lang, "phase") in eligibility, eligibility
    _click(_button(wizard, _screen(lang, "create_dossier")))
    editor = _visible_top(lambda w: type(w).__name__ == "EditorWindow")
    qtbot.waitExposed(editor)
    _activate(qtbot, editor)
    officer = Officer(qtbot, editor, lang)
    EXPLAIN[0] = lambda: (
        editor.statusBar().currentMessage(),
        dialogs.last_message,
        {k: len(v) for k, v in editor.session.document.items() if isinstance(v, list)},
        editor.banner.isVisible(),
        QApplication.activeWindow(),
        QApplication.focusWidget(),
    )
    officer.settle()
    start_errors = officer.errors()
    assert start_errors > 10

    page = officer.section("applicant")
    assert _screen(lang, "phase") in page.findChild(QLabel, "eligibilityLabel").text()
    for key, text in (
        ("fiscal_code", "00306180720"),
        ("pec", "protocollo@cert.comune.molfetta.ba.it"),
        ("legal_rep", "Giuseppe Antonio Ventura"),
        ("legal_rep_code", "VNTGPP68P03A893Z"),
        ("rup", "Nicolò Dell'Olio"),
        ("rup_code", "DLLNCL75C12F284H"),
        ("rup_email", "n.dellolio@comune.molfetta.ba.it"),
        ("rup_phone", "+39 080 9956 111"),
    ):
        officer.fill(page, key, text)

    page = officer.section("proposal")
    for key, text in (
        ("title", "Palazzo Giovene: hub di comunità per la Città di Molfetta"),
        ("acronym", "GIOVENE"),
        ("hub_name", "Hub Giovene"),
        ("summary", "Recupero di Palazzo Giovene come casa delle associazioni e delle imprese sociali."),
        (
            "objectives",
            "Riattivare l'edificio; ospitare laboratori di comunità; offrire servizi di prossimità.",
        ),
        ("targets", "Giovani NEET\nAnziani soli"),
    ):
        officer.fill(page, key, text)
    area = page.findChild(QCheckBox, "area_repurposing")
    QTest.mouseClick(area, Qt.MouseButton.LeftButton, pos=QPoint(8, area.height() // 2))  # on its box
    qtbot.waitUntil(area.isChecked, timeout=5000)

    page = officer.section("properties")
    _click(_button(page, _screen(lang, "add")))
    for key, text in (
        ("property_name", "Palazzo Giovene"),
        ("address", "Piazza Municipio 1, 70056 Molfetta (BA)"),
        ("sheet", "12"),
        ("parcel", "345"),
        ("subordinate", "2"),
        ("works", "Consolidamento, impianti e abbattimento delle barriere architettoniche."),
    ):
        officer.fill(page, key, text)
    # the building belongs to the Città Metropolitana: the Comune's name and code as owner go
    _answer_later(
        lambda w: w.objectName() == "leftovers_question",
        lambda box: _click(_button(box, _screen(lang, "clear_them"))),
    )
    _pick(_field(page, _label(lang, "owner")), _screen(lang, "owner"))
    officer.settle()
    officer.fill(page, "owner_name", "Città Metropolitana di Bari")
    officer.fill(page, "owner_code", "80002110726")
    _pick(_field(page, _label(lang, "availability")), _screen(lang, "availability"))
    officer.fill(page, "availability_ref", "Comodato n. 7 del 12/01/2021")

    page = officer.section("partners")
    _click(_button(page, _screen(lang, "add")))
    for key, text in (
        ("partner_name", "Cooperativa Sociale Città Solidale"),
        ("fiscal_code", "05862960720"),
        ("partner_pec", "cittasolidale@pec.it"),
        ("address", "Via Baccarini 3, 70056 Molfetta (BA)"),
        ("partner_role", "Gestione dei laboratori di comunità."),
        ("contact", "Anna Pansini"),
        ("contact_email", "info@cittasolidale.it"),
    ):
        officer.fill(page, key, text)

    page = officer.section("activities")
    _click(_button(page, _screen(lang, "add")))
    officer.fill(page, "activity_title", "Recupero di Palazzo Giovene")
    officer.fill(page, "description", "Opere edili e impianti; allestimento dei laboratori.")
    _pick(_field(page, _label(lang, "property")), "Palazzo Giovene")
    officer.settle()

    page = officer.section("budget")
    table = page.findChild(QAbstractItemView, "budget_table")
    for row, (amount, description, category) in enumerate(
        (
            ("850.000,00", "Opere edili e impianti", None),
            ("95.000,00", "Progettazione e direzione lavori", "technical"),
        )
    ):
        _click(_button(page, _screen(lang, "add_line")))
        officer.settle()
        qtbot.waitUntil(lambda n=row + 1: table.model().rowCount() == n, timeout=10000)
        if category:
            _edit_cell(
                table,
                _cell(table, row, _screen(lang, "columns")["Category"]),
                choice=_screen(lang, "category"),
            )
        _edit_cell(table, _cell(table, row, _screen(lang, "columns")["Description"]), description)
        _edit_cell(table, _cell(table, row, _screen(lang, "columns")["Amount"]), amount)
        officer.settle()

    page = officer.section("indicators")
    _click(_button(page, _screen(lang, "add_indicator")))
    officer.settle()
    table = page.findChild(QAbstractItemView, "indicators_table")
    _edit_cell(
        table, _cell(table, 0, _screen(lang, "columns")["Indicator"]), "Superficie di immobili recuperati"
    )
    _edit_cell(table, _cell(table, 0, _screen(lang, "columns")["Unit"]), "m²")
    _edit_cell(table, _cell(table, 0, _screen(lang, "columns")["Target"]), "1.250")
    officer.settle()

    page = officer.section("attachments")
    monkeypatch.setattr(
        dialogs,
        "pick_open_files",
        lambda *_a: [str(files["delibera-giunta-2020-154.pdf"]), str(files["nomina-rup.pdf"])],
    )
    _click(_button(page, _screen(lang, "add_files")))
    officer.settle()
    table = page.findChild(QAbstractItemView, "attachments_table")
    qtbot.waitUntil(lambda: table.model().rowCount() == 2, timeout=10000)
    shown = [
        str(table.model().index(r, c).data() or "")
        for r in range(2)
        for c in range(table.model().columnCount())
    ]
    for kind in _screen(lang, "kinds"):  # guessed from the file names, not "Other"
        assert kind in shown, shown

    # one problem left: the building is not the Comune's and no agreement is attached; its fix
    before = officer.errors()
    assert before >= 1
    problems = editor.findChild(QTreeView, "problemsView")
    model = problems.model()
    target = None
    for top in range(model.rowCount()):
        head = model.index(top, 0)
        for child in range(model.rowCount(head)):
            index = model.index(child, 1, head)
            if index.data() == "PROP-002":
                target = model.index(child, 0, head)
    assert target is not None, editor.problems_title.text()
    problems.scrollTo(target)
    QTest.mouseClick(problems.viewport(), Qt.MouseButton.LeftButton, pos=problems.visualRect(target).center())
    fix = editor.findChild(QAbstractButton, "problemFixButton")
    assert fix.isVisible() and fix.text().startswith(_screen(lang, "fix")), fix.text()
    monkeypatch.setattr(
        dialogs, "pick_open_files", lambda *_a: [str(files["accordo-comodato-palazzo-giovene.pdf"])]
    )
    _click(fix)
    officer.settle()
    assert officer.errors() == before - 1, (
        [f"{i.rule} {i.path}" for i in editor.issues if i.severity == "error"],
        [
            (a["id"], a["file_name"], a["kind"], a["sha256"][:8])
            for a in editor.session.document["attachments"]
        ],
    )
    attachments = officer.section("attachments").findChild(QAbstractItemView, "attachments_table")
    rows = attachments.model().rowCount()
    assert rows == 3

    # undo and redo by keyboard, from the attachments table
    _activate(qtbot, editor)
    QTest.mouseClick(
        attachments.viewport(),
        Qt.MouseButton.LeftButton,
        pos=attachments.visualRect(attachments.model().index(0, 1)).center(),
    )
    QTest.keyClick(attachments, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    officer.settle()
    assert attachments.model().rowCount() == rows - 1 and officer.errors() == before, EXPLAIN[0]()
    QTest.keyClick(
        attachments, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    officer.settle()
    assert attachments.model().rowCount() == rows and officer.errors() == before - 1
    QTest.keyClick(attachments, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    officer.settle()
    assert attachments.model().rowCount() == rows - 1
    QTest.keyClick(attachments, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    officer.settle()
    assert attachments.model().rowCount() == rows
    assert officer.errors() == 0, [f"{i.rule} {i.path}" for i in editor.issues if i.severity == "error"]

    # the signed package, from the submit page
    page = officer.section("submit")
    monkeypatch.setattr(dialogs, "pick_folder", lambda *_a: str(out))
    monkeypatch.setattr(dialogs, "pick_open_file", lambda *_a: str(pki.signer_p12))
    _click(_button(page, _screen(lang, "folder")))
    _click(_button(page, _screen(lang, "browse")))
    assert _field(page, _label(lang, "destination")).text() == str(out)
    assert _field(page, _label(lang, "certificate")).text() == str(pki.signer_p12)

    def type_password(prompt: QWidget) -> None:
        box = prompt.findChild(QLineEdit)
        type_text(box, PASSWORD)
        QTest.keyClick(box, Qt.Key.Key_Return)

    build = _button(page, _screen(lang, "build"))
    qtbot.waitUntil(build.isEnabled, timeout=20000)
    _answer_later(lambda w: w.findChild(QLineEdit) is not None and isinstance(w, QDialog), type_password)
    _click(build)
    qtbot.waitUntil(
        lambda: _screen(lang, "signed") in "\n".join(label.text() for label in page.findChildren(QLabel)),
        timeout=120000,
    )
    packages = list(out.glob("*.asice"))
    assert len(packages) == 1 and packages[0].stat().st_size > 0
    assert any(packages[0].name in label.text() for label in page.findChildren(QLabel))

    # the verifier's verdict, as a reviewer would read it
    monkeypatch.setattr(dialogs, "pick_open_file", lambda *_a: str(packages[0]))
    _menu_action(library, _screen(lang, "open_package")).trigger()
    package_window = _visible_top(lambda w: w.objectName() == "packageWindow")
    qtbot.addWidget(package_window)
    headline = package_window.findChild(QLabel, "verdictHeadline")
    qtbot.waitUntil(lambda: headline.text().startswith(_screen(lang, "verdict")), timeout=60000)
    package_window.close()
    library.close()  # closes the editor too
    library.workspace.close()

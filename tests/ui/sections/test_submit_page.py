"""«Verifica e invio»: the build is refused while errors remain, signs with a .p12, records versions."""

from __future__ import annotations

from pathlib import Path

import pytest

from hubdesk.services import Workspace
from tests.core.package.pki import PASSWORD, Pki, make_pki
from ui import dialogs
from ui.sections.page import EditorContext
from ui.sections.submit.page import SubmitPage


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def page(qtbot, workspace: Workspace, tmp_path: Path) -> SubmitPage:
    demo_id = workspace.add_demo()[0]
    page = SubmitPage(EditorContext(workspace, demo_id, workspace.profile))
    qtbot.addWidget(page)
    page.folder_edit.setText(str(tmp_path))
    page.set_document(workspace.get(demo_id).document)
    qtbot.waitUntil(lambda: page._result is not None, timeout=5000)
    yield page
    page.builder.wait()
    page.render_pool.waitForDone()


def test_versions_model_passes_the_model_tester(qtmodeltester, page: SubmitPage) -> None:
    qtmodeltester.check(page.versions_model)


@pytest.mark.slow
def test_build_with_a_certificate_file(qtbot, page: SubmitPage, pki: Pki, tmp_path: Path) -> None:
    assert page.build_button.isEnabled()
    tmp_path = tmp_path / "Documenti" / "Bando hub"  # typed in, not there yet: made by the build
    page.folder_edit.setText(str(tmp_path))
    page.signer.p12_edit.setText(str(pki.signer_p12))
    page.ask_secret = lambda *_: PASSWORD
    opened: list[str] = []
    page.open_url = lambda url: opened.append(url.toLocalFile())
    with qtbot.waitSignal(page.builder.sig_finished, timeout=60_000) as blocker:
        page.build_button.click()
    assert blocker.args[0] == "ok", blocker.args
    package = tmp_path / "HUB_072011_OFFICINE_v1.asice"
    assert package.is_file()
    assert "HUB_072011_OFFICINE_v1.asice" in page.result_label.text()
    assert page.versions_model.rowCount() == 1
    version_row = page.versions_model.index(0, 0)
    assert page.versions_model.rowCount(version_row) == 1  # the package, under its version
    signer = page.versions_model.index(0, 3, version_row).data()
    assert "VNTGPP68P03A893Z" in signer
    assert page.versions_model.index(0, 0, version_row).data() == "HUB_072011_OFFICINE_v1.asice"
    assert page.versions_model.index(0, 4, version_row).data() == str(tmp_path.resolve())
    assert "v1" in page.name_label.text()  # unchanged since the export: still version 1
    page.open_folder_button.click()
    assert opened == [str(tmp_path)]
    with qtbot.waitSignal(page.sig_rendered, timeout=30_000):
        page.open_version_button.click()
    assert page.last_version_pdf.endswith("proposta-v1.pdf")
    assert Path(page.last_version_pdf).read_bytes().startswith(b"%PDF-")
    assert page.version_window.objectName() == "versionPdfWindow"  # shown inside the app
    qtbot.waitUntil(lambda: page.version_window.centralWidget().rendered_count() > 0, timeout=30_000)
    page.version_window.close()
    page.open_document_button.click()
    assert page.version_window.objectName() == "versionDocumentWindow"
    assert "1" in page.version_window.windowTitle()
    page.version_window.close()
    # the next time (another dossier, a restart): the same folder and certificate are offered
    again = SubmitPage(EditorContext(page.context.workspace, page.context.dossier_id, page.context.profile))
    qtbot.addWidget(again)
    assert again.folder_edit.text() == str(tmp_path.resolve())
    assert again.signer.p12_edit.text() == str(pki.signer_p12)


def test_wrong_password_is_reported_and_nothing_written(
    qtbot, page: SubmitPage, pki: Pki, tmp_path: Path
) -> None:
    page.signer.p12_edit.setText(str(pki.signer_p12))
    page.ask_secret = lambda *_: "sbagliata"
    with qtbot.waitSignal(page.builder.sig_finished, timeout=30_000) as blocker:
        page.build_button.click()
    assert blocker.args[0] == "error"
    assert dialogs.last_message is not None and dialogs.last_message[0] == "error"
    assert list(tmp_path.glob("*.asice")) == []
    assert page.versions_model.rowCount() == 0


def test_errors_disable_the_build(qtbot, workspace: Workspace, page: SubmitPage) -> None:
    state = workspace.get(page.context.dossier_id)
    result = workspace.update(
        state.id, state.version, [{"op": "replace", "path": "/proposal/title", "value": ""}]
    )
    page.set_document(result.state.document)
    qtbot.waitUntil(lambda: not page.build_button.isEnabled(), timeout=5000)
    assert page._result is not None and page._result.errors == 1


def test_missing_signer_is_explained(qtbot, page: SubmitPage) -> None:
    page.signer.card_radio.setChecked(True)
    page.signer.module_combo.setEditText("")
    page.build_button.click()
    assert dialogs.last_message is not None and "PKCS#11" in dialogs.last_message[1]


def _answer_signer_box(qtbot, page: SubmitPage, button_text: str) -> str:
    qtbot.waitUntil(lambda: page.signer_warning_box is not None, timeout=60_000)
    box = page.signer_warning_box
    assert box is not None and box.isVisible()
    text = box.text() + "\n" + box.informativeText()
    (button,) = [b for b in box.buttons() if b.text() == button_text]
    button.click()
    return text


@pytest.mark.slow
def test_someone_elses_certificate_must_be_acknowledged(
    qtbot, page: SubmitPage, pki: Pki, tmp_path: Path
) -> None:
    """A RUP's certificate (another fiscal code, a wrong check character): the officer reads why and
    stops; nothing is written. Then signs anyway: the package is built."""
    page.signer.p12_edit.setText(str(pki.rup_p12))
    page.ask_secret = lambda *_: PASSWORD
    with qtbot.waitSignal(page.builder.sig_finished, timeout=60_000) as blocker:
        page.build_button.click()
        text = _answer_signer_box(qtbot, page, "Do not sign")
    assert blocker.args[0] == "cancelled"
    assert "legal representative" in text and "Mario Rossi" in text and "VNTGPP68P03A893Z" in text
    assert "carattere di controllo" in text  # the core's reason, in the page's language (Italian)
    assert not list(tmp_path.glob("*.asice"))
    with qtbot.waitSignal(page.builder.sig_finished, timeout=120_000) as blocker:
        page.build_button.click()
        _answer_signer_box(qtbot, page, "Sign anyway")
    assert blocker.args[0] == "ok", blocker.args
    assert len(list(tmp_path.glob("*.asice"))) == 1

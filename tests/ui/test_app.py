"""Application setup pieces: language choice, translations complete, icons and fonts bundled, crash dialog."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from hubdesk.paths import resource_path
from ui.crash import CrashDialog, crash_report
from ui.i18n import resolve_language
from ui.widgets.fonts import load_bundled_fonts
from ui.widgets.icons import SECTION_ICONS, icon

TS = resource_path("translations", "hubdesk_it.ts")


def test_language_follows_setting_then_system() -> None:
    assert resolve_language("en") == "en"
    assert resolve_language("it") == "it"
    assert resolve_language("system", QLocale(QLocale.Language.English)) == "en"
    assert resolve_language("system", QLocale(QLocale.Language.German)) == "it"


def test_italian_translation_is_complete() -> None:
    root = ET.parse(TS).getroot()
    messages = root.findall("./context/message")
    assert len(messages) > 200
    for m in messages:
        t = m.find("translation")
        assert t is not None
        assert t.get("type") not in ("unfinished", "obsolete", "vanished"), m.findtext("source")
        assert (t.text or "").strip() or t.findall("numerusform"), m.findtext("source")


def test_every_string_in_the_code_is_in_the_translation(tmp_path: Path) -> None:
    """lupdate over the whole front end finds nothing new: a new tr() string needs its Italian."""
    import shutil

    root = Path(__file__).resolve().parents[2]
    copy = tmp_path / "hubdesk_it.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(copy), "-no-obsolete", "-silent"], check=True)
    unfinished = [
        m.findtext("source")
        for m in ET.parse(copy).getroot().findall("./context/message")
        if m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == []


def test_italian_translation_loads(tmp_path: Path, qapp: Any) -> None:
    qm = tmp_path / "hubdesk_it.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Sections", "Applicant") == "Ente proponente"
        assert QCoreApplication.translate("Sections", "Check and submit") == "Verifica e invio"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_icons_and_fonts_are_bundled(qapp: Any) -> None:
    for name in [
        *SECTION_ICONS.values(),
        "new",
        "open",
        "import",
        "export",
        "clone",
        "delete",
        "undo",
        "redo",
        "error",
        "warning",
        "info",
        "ok",
    ]:
        assert not icon(name).isNull(), name
    assert load_bundled_fonts() == "DejaVu Sans"


def test_crash_dialog_has_a_copyable_report(qtbot: Any) -> None:
    try:
        raise ValueError("boom")
    except ValueError as exc:
        report = crash_report(type(exc), exc, exc.__traceback__)
    dialog = CrashDialog(report)
    qtbot.addWidget(dialog)
    assert "ValueError: boom" in dialog.text.toPlainText()
    dialog.copy_button.click()


def test_english_has_every_plural_form() -> None:
    """English sources need translating only where a count picks the form (“1 error”, “2 errors”)."""

    def plurals(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {
            (ctx.findtext("name") or "", m.findtext("source") or "")
            for ctx in root.findall("context")
            for m in ctx.findall("message")
            if m.get("numerus") == "yes"
        }

    assert plurals(resource_path("translations", "hubdesk_en.ts")) == plurals(TS)


def test_the_build_time_qm_compiler_matches_lrelease(tmp_path: Path) -> None:
    """The wheel's .qm files come from packaging/qmc.py (no Qt at build time): Qt must read them
    exactly as it reads pyside6-lrelease's."""
    import importlib.util

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("qmc", root / "packaging" / "qmc.py")
    assert spec is not None and spec.loader is not None
    qmc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(qmc)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for lang in ("it", "en"):
        ts = root / "resources" / "translations" / f"hubdesk_{lang}.ts"
        ours, ref = tmp_path / f"ours_{lang}.qm", tmp_path / f"ref_{lang}.qm"
        assert qmc.compile_ts(ts, ours) > 0
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ref)], check=True, timeout=60)
        a, b = QTranslator(), QTranslator()
        assert a.load(str(ours)) and b.load(str(ref))
        translated = 0
        for ctx in ET.parse(ts).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for m in ctx.iter("message"):
                src, com = m.findtext("source") or "", m.findtext("comment")
                for n in (-1, 1, 2) if m.get("numerus") == "yes" else (-1,):
                    got = a.translate(name, src, com, n)
                    assert got == b.translate(name, src, com, n), (name, src, n)
                    translated += bool(got)
        assert translated > 0


def test_a_language_given_on_the_command_line_is_the_apps(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """``hubdesk --lang en gui`` opens the app in English; without --lang the app keeps its setting."""
    import ui.app
    from hubdesk.cli import main

    seen: list[str | None] = []
    monkeypatch.setattr(ui.app, "run_gui", lambda *a, **kw: seen.append(kw.get("lang")) or 0)
    monkeypatch.setenv("HUBDESK_WORKSPACE", str(tmp_path / "w.sqlite3"))
    monkeypatch.delenv("HUBDESK_LANG", raising=False)
    assert main(["--lang", "en", "gui"]) == 0
    assert main(["gui", "--lang", "it"]) == 0
    assert main(["gui"]) == 0
    monkeypatch.setenv("HUBDESK_LANG", "en")
    assert main(["gui"]) == 0
    assert seen == ["en", "it", None, "en"]

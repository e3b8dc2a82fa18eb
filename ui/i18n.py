"""Qt-native translations: source strings are English, Italian comes from hubdesk_it.qm.

Italian is the default. English is used when the user picks it, or when the setting is "system"
and the system locale is English. Qt's own qtbase_it.qm translates the standard buttons and dialogs.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hubdesk.paths import resource_path
from ui import settings

log = logging.getLogger("hubdesk.ui")

LANGUAGES = ("it", "en")
_installed: list[QTranslator] = []
_current = "it"


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language to use for a setting value: "it", "en", or "system" (English only if the system is)."""
    if choice in LANGUAGES:
        return choice
    system = system or QLocale.system()
    return "en" if system.language() == QLocale.Language.English else "it"


def current_language() -> str:
    """The language of the running UI ("it" or "en"): pages pick call-profile labels with it."""
    return _current


def eur(cents: int, *, symbol: bool = True) -> str:
    """An amount as the UI's language writes it: ``1.234,50 €`` or ``€1,234.50``."""
    from hubdesk.money import format_eur

    return format_eur(cents, symbol=symbol, lang=_current)


def percent(value: float, decimals: int = 1) -> str:
    """``12,5 %`` in Italian, ``12.5%`` in English."""
    text = f"{value:.{decimals}f}"
    return f"{text}%" if _current == "en" else text.replace(".", ",") + " %"


def translations_dir() -> Path:
    return resource_path("translations")


def install_translators(app: QCoreApplication, lang: str | None = None) -> str:
    """Install the translators for ``lang`` (default: from the settings) and return the language used."""
    global _current
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    lang = lang or resolve_language(settings.get(settings.LANGUAGE))
    _current = lang
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Italian if lang == "it" else QLocale.Language.English,
            QLocale.Country.Italy if lang == "it" else QLocale.Country.UnitedKingdom,
        )
    )
    own = QTranslator(app)
    if own.load(f"hubdesk_{lang}", str(translations_dir())):
        app.installTranslator(own)
        _installed.append(own)
    if lang == "en":  # English sources need only hubdesk_en.qm, for the plural forms
        return lang
    if not _installed:
        log.warning(
            "translation hubdesk_%s.qm not found in %s (run packaging/dev.sh setup)", lang, translations_dir()
        )
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return lang

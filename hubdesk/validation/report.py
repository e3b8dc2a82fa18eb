"""Plain-text validation report (CLI ``validate`` without ``--json``), grouped by editor section."""

from __future__ import annotations

from hubdesk.validation.issues import SECTIONS, ValidationResult

_LABELS = {
    "it": {"error": "ERRORE", "warning": "AVVISO", "info": "INFO"},
    "en": {"error": "ERROR", "warning": "WARNING", "info": "INFO"},
}


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def format_text_report(result: ValidationResult, lang: str = "it") -> str:
    lang = "en" if lang == "en" else "it"
    labels = _LABELS[lang]
    lines: list[str] = []
    for section, items in result.by_section().items():
        it_name, en_name = SECTIONS[section]
        lines.append(en_name if lang == "en" else it_name)
        for i in items:
            lines.append(f"  [{labels[i.severity]}] {i.rule} {i.path or '/'}: {i.message(lang)}")
        lines.append("")
    e, w, n = result.errors, result.warnings, result.counts.get("info", 0)
    if not result.issues:
        lines.append(
            "Summary: no problems found." if lang == "en" else "Riepilogo: nessun problema rilevato."
        )
    elif lang == "en":
        lines.append(
            f"Summary: {_count(e, 'error', 'errors')}, {_count(w, 'warning', 'warnings')}, {n} info."
        )
    else:
        lines.append(
            f"Riepilogo: {_count(e, 'errore', 'errori')}, {_count(w, 'avviso', 'avvisi')}, "
            f"{_count(n, 'informazione', 'informazioni')}."
        )
    if result.skipped_rules:
        rules = ", ".join(result.skipped_rules)
        lines.append(
            f"Rules not run: {rules} (bare JSON file: attachment bytes not available)."
            if lang == "en"
            else f"Controlli non eseguiti: {rules} (file JSON senza allegati: i file degli allegati non sono "
            "disponibili)."
        )
    return "\n".join(lines) + "\n"

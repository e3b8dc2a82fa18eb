"""A comparison in words (Italian, or English): money first, then the changes section by section.

The wording helpers here (values, item captions) are shared by the command line, the
"Prospetto delle modifiche" PDF and the app's comparison view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hubdesk.diff.compare import SECTIONS, Change
from hubdesk.labels import MONEY_FIELDS, field_words, item_label, section_label
from hubdesk.money import format_eur

if TYPE_CHECKING:
    from hubdesk.diff import DiffResult
    from hubdesk.diff.sources import Round

_CAPTION_KEYS = ("title", "name", "description", "file_name")


def _t(lang: str, it: str, en: str) -> str:
    return en if lang == "en" else it


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if limit <= 0 or len(text) <= limit else text[: limit - 1].rstrip() + "…"


def format_value(field: str, value: Any, lang: str = "it", *, limit: int = 0) -> str:
    """A field's value for people: euro for money, yes/no, lists joined, "(vuoto)" for nothing."""
    last = field.rsplit("/", 1)[-1]
    if value is None or value == "" or value == []:
        return _t(lang, "(vuoto)", "(empty)")
    if isinstance(value, bool):
        return _t(lang, "sì", "yes") if value else "no"
    if last in MONEY_FIELDS and isinstance(value, int):
        return format_eur(value, lang=lang)
    if isinstance(value, list):
        return shorten("; ".join(format_value("", v, lang) for v in value), limit)
    if isinstance(value, dict):
        return shorten(item_summary(value, lang), limit)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return shorten(str(value), limit)


def format_pair(field: str, before: Any, after: Any, lang: str = "it", *, limit: int = 0) -> tuple[str, str]:
    """Both values of a change; two long texts are cut around where they differ, not at the start."""
    if (
        isinstance(before, str)
        and isinstance(after, str)
        and limit > 0
        and max(len(before), len(after)) > limit
    ):
        b, a = " ".join(before.split()), " ".join(after.split())
        start = 0
        while start < min(len(a), len(b)) and a[start] == b[start]:
            start += 1
        cut = max(0, start - 40)
        if cut > 0:
            cut = a.rfind(" ", 0, cut) + 1 if a.rfind(" ", 0, cut) > 0 else cut
            b, a = "…" + b[cut:], "…" + a[cut:]
        return shorten(b, limit) or format_value(field, "", lang), shorten(a, limit) or format_value(
            field, "", lang
        )
    return format_value(field, before, lang, limit=limit), format_value(field, after, lang, limit=limit)


def item_summary(item: dict[str, Any], lang: str = "it") -> str:
    """The words of a whole item: its fields and values, one after the other."""
    parts = []
    for key, value in item.items():
        if key == "id":
            continue
        parts.append(f"{field_words('/' + key, lang)}: {format_value(key, value, lang)}")
    return "; ".join(parts)


def item_caption(change: Change, lang: str = "it", limit: int = 60) -> str:
    """``Voce di spesa VOC-3`` plus its title, name or description when the item carries one."""
    label = item_label(change.section, change.item, lang)
    item = change.after if change.op == "added" else change.before if change.op == "removed" else None
    if isinstance(item, dict):
        for key in _CAPTION_KEYS:
            if isinstance(item.get(key), str) and item[key].strip():
                return f"{label} – {shorten(item[key], limit)}"
    return label


def money_delta(cents: int, lang: str = "it") -> str:
    return ("+" if cents > 0 else "") + format_eur(cents, lang=lang)


def _round_line(name: str, r: Round, lang: str) -> str:
    bits = [r.source]
    if r.dossier_id:
        bits.append(_t(lang, f"dossier {r.dossier_id}", f"dossier {r.dossier_id}"))
    if r.version is not None:
        bits.append(_t(lang, f"versione {r.version}", f"version {r.version}"))
    elif r.kind == "draft":
        bits.append(_t(lang, "stato attuale", "current state"))
    return f"{name}: " + ", ".join(bits)


FUND_NAMES = {
    "FESR": ("FESR", "ERDF (FESR)"),
    "FSE": ("FSE", "ESF (FSE)"),
    "COFIN_APPLICANT": ("Cofinanziamento del Comune", "Applicant co-financing"),
    "COFIN_PRIVATE": ("Cofinanziamento privato", "Private co-financing"),
}


def fund_name(fund: str, lang: str = "it") -> str:
    pair = FUND_NAMES.get(fund)
    return (pair[1] if lang == "en" else pair[0]) if pair else fund


def fund_label(fund: str, lang: str = "it") -> str:
    """``Fondo FESR`` for a grant fund; a co-financing line's own name (``Cofinanziamento privato``)."""
    if fund.startswith("COFIN_") and fund in FUND_NAMES:
        return fund_name(fund, lang)
    return _t(lang, "Fondo ", "Fund ") + fund_name(fund, lang)


def beneficiary_name(key: str, lang: str = "it") -> str:
    return _t(lang, "Comune proponente", "Applicant") if key == "applicant" else key


def money_lines(money: dict[str, Any], lang: str = "it") -> list[str]:
    """The money summary: the requested grant, then each fund, activity and beneficiary that moved."""

    def row(label: str, t: dict[str, int]) -> str:
        a, b = format_eur(t["a"], lang=lang), format_eur(t["b"], lang=lang)
        return f"  {label}: {a} → {b} ({money_delta(t['delta'], lang)})"

    out = [_t(lang, "Importi (costo ammissibile)", "Amounts (eligible cost)")]
    out.append(
        row(
            _t(lang, "Contributo richiesto (FESR + FSE)", "Requested grant (ERDF + ESF)"),
            money["requested_cents"],
        )
    )
    for fund, t in money["by_fund"].items():
        out.append(row(fund_label(fund, lang), t))
    for key, t in money["by_activity"].items():
        if t["delta"]:
            out.append(row(_t(lang, "Attività ", "Activity ") + key, t))
    for key, t in money["by_beneficiary"].items():
        if t["delta"]:
            out.append(row(_t(lang, "Beneficiario ", "Beneficiary ") + beneficiary_name(key, lang), t))
    return out


def change_line(change: Change, lang: str = "it", limit: int = 100) -> str:
    if change.op == "added":
        return "  + " + item_caption(change, lang) + _t(lang, " (aggiunto)", " (added)")
    if change.op == "removed":
        return "  - " + item_caption(change, lang) + _t(lang, " (eliminato)", " (removed)")
    where = field_words(change.field, lang) or section_label(change.section, lang)
    if change.item is not None:
        where = f"{item_label(change.section, change.item, lang)} › {where}"
    before, after = format_pair(change.field, change.before, change.after, lang, limit=limit)
    return f"  ~ {where}: {before} → {after}"


def render_text(result: DiffResult, lang: str = "it") -> str:
    lines = [
        _t(lang, "Confronto tra due versioni del dossier", "Comparison of two rounds of the dossier"),
        _round_line("A", result.a, lang),
        _round_line("B", result.b, lang),
        "",
    ]
    lines += money_lines(result.money, lang)
    for section in SECTIONS:
        mine = [c for c in result.changes if c.section == section]
        if mine:
            lines += ["", section_label(section, lang)]
            lines += [change_line(c, lang) for c in mine]
    n = len(result.changes)
    lines.append("")
    if n == 0:
        lines.append(_t(lang, "Nessuna differenza.", "No differences."))
    else:
        lines.append(
            _t(
                lang,
                f"{n} modifiche." if n != 1 else "1 modifica.",
                f"{n} changes." if n != 1 else "1 change.",
            )
        )
    return "\n".join(lines) + "\n"

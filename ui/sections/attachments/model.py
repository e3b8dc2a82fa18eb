"""The attachments table: one row per recorded file; bytes live in the workspace, not here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.sections.common.table_model import Column, VocabTableModel

CTX = "AttachmentsModel"


def format_size(size: Any) -> str:
    """Bytes in a human unit, Italian decimals ("1,2 MB")."""
    if not isinstance(size, int) or isinstance(size, bool):
        return ""
    if size < 1024:
        return f"{size} B"
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            return f"{value:.1f} {unit}".replace(".", ",")
    return ""


class AttachmentsModel(VocabTableModel):
    section = "attachments"
    context_name = CTX
    columns = (
        Column("id", QT_TRANSLATE_NOOP("AttachmentsModel", "Code"), editable=False),
        Column("kind", QT_TRANSLATE_NOOP("AttachmentsModel", "Kind")),
        Column("title", QT_TRANSLATE_NOOP("AttachmentsModel", "Title")),
        Column("refers_to", QT_TRANSLATE_NOOP("AttachmentsModel", "Refers to")),
        Column("file_name", QT_TRANSLATE_NOOP("AttachmentsModel", "File"), editable=False),
        Column("media_type", QT_TRANSLATE_NOOP("AttachmentsModel", "Type"), editable=False),
        Column("size", QT_TRANSLATE_NOOP("AttachmentsModel", "Size"), editable=False, numeric=True),
    )

    def refers_choices(self) -> list[tuple[str | None, str]]:
        """Properties, partners and activities an attachment can be about (or nothing)."""
        v = self.vocab
        return [
            (None, QCoreApplication.translate("AttachmentsModel", "(nothing in particular)")),
            *((i, f"{i} \u00b7 {n}") for i, n in v.properties),
            *((i, f"{i} \u00b7 {n}") for i, n in v.partners),
            *((i, v.activity_label(i)) for i, _, _ in v.activities),
        ]

    def kind_choices(self) -> list[tuple[str | None, str]]:
        return [(c, ch.label(self.vocab.lang)) for c, ch in self.vocab.profile.attachment_kinds.items()]

    def display(self, row: dict[str, Any], col: Column) -> str:
        value = row.get(col.field)
        if col.field == "kind":
            choice = self.vocab.profile.attachment_kinds.get(str(value))
            return choice.label(self.vocab.lang) if choice else str(value or "")
        if col.field == "refers_to":
            return "" if value is None else dict(self.refers_choices()).get(str(value), str(value))
        if col.field == "size":
            return format_size(value)
        return super().display(row, col)

    def sort_value(self, row: dict[str, Any], col: Column) -> Any:
        if col.field == "size":
            value = row.get("size")
            return value if isinstance(value, int) else 0
        return super().sort_value(row, col)

    def to_document(self, row: dict[str, Any], col: Column, value: Any) -> Any:
        if col.field == "title":
            return str(value).strip()
        return value

"""Field maps between the canonical document and the storage rows, in both directions.

Each map pairs a column with the path of its value inside the document (or inside a list item),
so the conversion is generic and the round trip is exact.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hubdesk.storage import models as m

Path = tuple[str, ...]

DOSSIER_FIELDS: tuple[tuple[str, Path], ...] = (
    ("istat_code", ("applicant", "istat_code")),
    ("applicant_name", ("applicant", "name")),
    ("applicant_fiscal_code", ("applicant", "fiscal_code")),
    ("applicant_pec", ("applicant", "pec")),
    ("population", ("applicant", "population")),
    ("population_reference", ("applicant", "population_reference")),
    ("joint_bat", ("applicant", "joint_bat")),
    ("legal_rep_full_name", ("applicant", "legal_representative", "full_name")),
    ("legal_rep_role", ("applicant", "legal_representative", "role")),
    ("legal_rep_fiscal_code", ("applicant", "legal_representative", "fiscal_code")),
    ("rup_full_name", ("applicant", "rup", "full_name")),
    ("rup_fiscal_code", ("applicant", "rup", "fiscal_code")),
    ("rup_email", ("applicant", "rup", "email")),
    ("rup_phone", ("applicant", "rup", "phone")),
    ("title", ("proposal", "title")),
    ("acronym", ("proposal", "acronym")),
    ("hub_name", ("proposal", "hub_name")),
    ("summary", ("proposal", "summary")),
    ("objectives", ("proposal", "objectives")),
    ("target_groups", ("proposal", "target_groups")),
    ("thematic_areas", ("proposal", "thematic_areas")),
    ("start_date", ("proposal", "start_date")),
    ("duration_months", ("proposal", "duration_months")),
    ("cup", ("proposal", "cup")),
)

LIST_TABLES: dict[str, tuple[type[Any], tuple[tuple[str, Path], ...]]] = {
    "properties": (
        m.Property,
        (
            ("item_id", ("id",)),
            ("name", ("name",)),
            ("address", ("address",)),
            ("cadastre_register", ("cadastre", "register")),
            ("cadastre_municipality_code", ("cadastre", "municipality_code")),
            ("cadastre_section", ("cadastre", "section")),
            ("cadastre_sheet", ("cadastre", "sheet")),
            ("cadastre_parcel", ("cadastre", "parcel")),
            ("cadastre_subordinate", ("cadastre", "subordinate")),
            ("owner_kind", ("owner", "kind")),
            ("owner_name", ("owner", "name")),
            ("owner_fiscal_code", ("owner", "fiscal_code")),
            ("availability_title", ("availability", "title")),
            ("availability_reference", ("availability", "reference")),
            ("availability_valid_until", ("availability", "valid_until")),
            ("floor_area_sqm", ("floor_area_sqm",)),
            ("current_use", ("current_use",)),
            ("planned_use", ("planned_use",)),
            ("works", ("works",)),
            ("public_funding_last_10_years", ("public_funding_last_10_years",)),
            ("derelict_site", ("derelict_site",)),
        ),
    ),
    "partners": (
        m.Partner,
        (
            ("item_id", ("id",)),
            ("name", ("name",)),
            ("legal_form", ("legal_form",)),
            ("fiscal_code", ("fiscal_code",)),
            ("vat_number", ("vat_number",)),
            ("runts_section", ("runts_section",)),
            ("pec", ("pec",)),
            ("address", ("address",)),
            ("role", ("role",)),
            ("contact_full_name", ("contact", "full_name")),
            ("contact_email", ("contact", "email")),
            ("contact_phone", ("contact", "phone")),
        ),
    ),
    "activities": (
        m.Activity,
        (
            ("item_id", ("id",)),
            ("title", ("title",)),
            ("description", ("description",)),
            ("thematic_area", ("thematic_area",)),
            ("fund", ("fund",)),
            ("lead", ("lead",)),
            ("partner_ids", ("partners",)),
            ("property_id", ("property",)),
            ("start_month", ("start_month",)),
            ("end_month", ("end_month",)),
            ("deliverables", ("deliverables",)),
        ),
    ),
    "budget": (
        m.BudgetLine,
        (
            ("item_id", ("id",)),
            ("activity", ("activity",)),
            ("fund", ("fund",)),
            ("category", ("category",)),
            ("description", ("description",)),
            ("beneficiary", ("beneficiary",)),
            ("amount_cents", ("amount_cents",)),
            ("vat_cents", ("vat_cents",)),
            ("vat_recoverable", ("vat_recoverable",)),
        ),
    ),
    "indicators": (
        m.Indicator,
        (
            ("item_id", ("id",)),
            ("name", ("name",)),
            ("unit", ("unit",)),
            ("target", ("target",)),
        ),
    ),
    "attachments": (
        m.Attachment,
        (
            ("item_id", ("id",)),
            ("kind", ("kind",)),
            ("title", ("title",)),
            ("file_name", ("file_name",)),
            ("media_type", ("media_type",)),
            ("size", ("size",)),
            ("sha256", ("sha256",)),
            ("refers_to", ("refers_to",)),
        ),
    ),
}
LIST_SECTIONS: tuple[str, ...] = tuple(LIST_TABLES)


def _get(node: dict[str, Any], path: Path) -> Any:
    for key in path:
        node = node[key]
    return node


def _put(node: dict[str, Any], path: Path, value: Any) -> None:
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = value


def columns_from(node: dict[str, Any], fields: tuple[tuple[str, Path], ...]) -> dict[str, Any]:
    """Column values taken from a (schema-valid) document or list item."""
    return {col: _get(node, path) for col, path in fields}


def node_from(row: Any, fields: tuple[tuple[str, Path], ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for col, path in fields:
        _put(out, path, getattr(row, col))
    return out


def item_to_columns(section: str, item: dict[str, Any]) -> dict[str, Any]:
    return columns_from(item, LIST_TABLES[section][1])


def _item_builder(fields: tuple[tuple[str, Path], ...]) -> Callable[[Any], dict[str, Any]]:
    """A fast row-tuple -> item function for list items (paths at most two deep).

    Loading a large dossier builds thousands of items; resolving each path generically was the
    largest cost of opening it.
    """
    flat = [(i, path[0]) for i, (_, path) in enumerate(fields) if len(path) == 1]
    groups: dict[str, list[tuple[int, str]]] = {}
    for i, (_, path) in enumerate(fields):
        if len(path) == 2:
            groups.setdefault(path[0], []).append((i, path[1]))
    if any(len(path) > 2 for _, path in fields):
        raise ValueError("list item paths are at most two deep")
    group_items = list(groups.items())

    def build(row: Any) -> dict[str, Any]:
        item = {key: row[i] for i, key in flat}
        for name, members in group_items:
            item[name] = {key: row[i] for i, key in members}
        return item

    return build


_BUILDERS = {section: _item_builder(fields) for section, (_, fields) in LIST_TABLES.items()}


def row_to_item(section: str, row: Any) -> dict[str, Any]:
    """An item from a row whose columns come in the order of the section's field map."""
    if isinstance(row, tuple) or hasattr(row, "_fields"):
        return _BUILDERS[section](row)
    fields = LIST_TABLES[section][1]
    return _BUILDERS[section](tuple(getattr(row, col) for col, _ in fields))

"""The schema layer (SCHEMA-001): the dossier JSON Schema, compiled once, reported with JSON Pointers.

Checkers are built once and cached: one for the whole document and one per top-level section and
per list item, so ``check_fragment`` can re-check only what an edit touched. They are compiled by
:mod:`fastschema` (same verdicts as jsonschema, ~20x faster); jsonschema's cached validator stays as
the reference implementation (:func:`jsonschema_errors`) the tests compare against.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from hubdesk.document.pointer import join_pointer, split_pointer
from hubdesk.paths import schema_path
from hubdesk.validation.catalogue import issue
from hubdesk.validation.fastschema import Check, SchemaError, UnsupportedSchema, compile_schema
from hubdesk.validation.issues import Issue

log = logging.getLogger("hubdesk.validation")

_TYPE_IT = {
    "string": "un testo",
    "integer": "un numero intero",
    "number": "un numero",
    "boolean": "vero/falso",
    "object": "un oggetto",
    "array": "un elenco",
    "null": "null",
}
_TYPE_EN = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true/false",
    "object": "an object",
    "array": "a list",
    "null": "null",
}


@cache
def dossier_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(schema_path("dossier.schema.json").read_text(encoding="utf-8"))
    return schema


@cache
def _format_checker() -> FormatChecker:
    return FormatChecker(formats=("date",))


@cache
def document_validator() -> Draft202012Validator:
    """The cached validator of the whole document."""
    return Draft202012Validator(dossier_schema(), format_checker=_format_checker())


def _types(value: Any) -> tuple[str, str]:
    names = value if isinstance(value, list) else [value]
    return (
        " o ".join(_TYPE_IT.get(n, str(n)) for n in names),
        " or ".join(_TYPE_EN.get(n, str(n)) for n in names),
    )


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else f"«{value}»"
    return text if len(text) <= 60 else text[:57] + "..."


def _messages(kind: str, arg: Any, inst: Any) -> tuple[str, str]:
    """A specific message in both languages for one schema violation."""
    if kind == "type":
        it, en = _types(arg)
        return f"Il valore deve essere {it}.", f"The value must be {en}."
    if kind in ("enum", "const"):
        allowed = arg if kind == "enum" else [arg]
        choices = ", ".join(_short(v) for v in allowed)
        return (
            f"Valore {_short(inst)} non ammesso: scegliere tra {choices}.",
            f"Value {_short(inst)} is not allowed: choose one of {choices}.",
        )
    if kind == "format":
        return (
            f"Data {_short(inst)} non valida: usare una data esistente nel formato AAAA-MM-GG.",
            f"Invalid date {_short(inst)}: use an existing date in YYYY-MM-DD form.",
        )
    if kind == "pattern":
        return (
            f"Il valore {_short(inst)} non ha il formato richiesto.",
            f"The value {_short(inst)} has the wrong form.",
        )
    if kind == "minLength":
        return "Il campo non può essere vuoto.", "The field cannot be empty."
    if kind == "maxLength":
        return (
            f"Il testo supera i {arg} caratteri ammessi: accorciarlo.",
            f"The text exceeds {arg} characters: shorten it.",
        )
    if kind in ("minimum", "exclusiveMinimum"):
        rel_it, rel_en = (
            ("maggiore di", "greater than") if kind == "exclusiveMinimum" else ("almeno", "at least")
        )
        return f"Il valore deve essere {rel_it} {arg}.", f"The value must be {rel_en} {arg}."
    if kind in ("maximum", "exclusiveMaximum"):
        return f"Il valore non può superare {arg}.", f"The value cannot exceed {arg}."
    if kind == "maxItems":
        return f"L'elenco supera i {arg} elementi ammessi.", f"The list exceeds {arg} items."
    if kind == "uniqueItems":
        return (
            "L'elenco contiene valori ripetuti: lasciarne uno solo.",
            "The list repeats a value: keep only one.",
        )
    return f"Valore non conforme allo schema ({kind}).", f"Value does not match the schema ({kind})."


def _from_jsonschema(err: ValidationError, prefix: tuple[str | int, ...]) -> Iterable[SchemaError]:
    """jsonschema's errors in the compiled checker's shape (one per missing or unknown property)."""
    path = (*prefix, *err.absolute_path)
    inst = err.instance
    if err.validator == "required" and isinstance(inst, dict):
        for name in err.validator_value:
            if name not in inst and repr(name) in err.message:
                yield SchemaError(path, "required", name, inst, err.schema)
                return
        return
    if err.validator == "additionalProperties" and isinstance(inst, dict):
        known = err.schema.get("properties", {})
        for name in inst:
            if name not in known:
                yield SchemaError(path, "additionalProperties", name, inst, err.schema)
        return
    yield SchemaError(path, str(err.validator), err.validator_value, inst, err.schema)


def _to_issue(err: SchemaError) -> Issue:
    if err.keyword == "required":
        name = err.value
        return issue(
            "SCHEMA-001",
            join_pointer(*err.path, name),
            f"Manca il campo obbligatorio «{name}».",
            f"The required field '{name}' is missing.",
        )
    if err.keyword == "additionalProperties":
        name = err.value
        return issue(
            "SCHEMA-001",
            join_pointer(*err.path, name),
            f"Campo «{name}» non previsto dal formato: eliminarlo.",
            f"Field '{name}' is not part of the format: remove it.",
        )
    it, en = _messages(err.keyword, err.value, err.instance)
    return issue("SCHEMA-001", join_pointer(*err.path), it, en)


def jsonschema_errors(
    instance: Any, schema: dict[str, Any] | None = None, prefix: tuple[str | int, ...] = ()
) -> list[SchemaError]:
    """The reference path: jsonschema's own validator (cached for the whole document)."""
    validator = (
        document_validator()
        if schema is None
        else Draft202012Validator(schema, format_checker=_format_checker())
    )
    return [e for err in validator.iter_errors(instance) for e in _from_jsonschema(err, prefix)]


@cache
def _checker(section: str | None, item: bool) -> Check | None:
    """Compiled checker of the document, a top-level section, or one item of a list section."""
    sub: dict[str, Any] | None = dossier_schema()
    if section is not None:
        sub = dossier_schema()["properties"].get(section)
        if sub is not None and item:
            sub = sub.get("items")
    if sub is None:
        return None
    try:
        return compile_schema(sub)
    except UnsupportedSchema:
        log.warning("schema not compilable, using jsonschema for %s", section or "the document")
        frozen = sub

        def slow(
            x: Any, parent: tuple[str | int, ...], key: str | int | None, out: list[SchemaError]
        ) -> None:
            out.extend(jsonschema_errors(x, frozen, parent if key is None else (*parent, key)))

        return slow


def _collect(check: Check, instance: Any, prefix: tuple[str | int, ...]) -> list[Issue]:
    errors: list[SchemaError] = []
    check(instance, prefix, None, errors)
    return [_to_issue(e) for e in errors]


def schema_issues(doc: Any) -> list[Issue]:
    """One SCHEMA-001 issue per schema violation, each at the pointer of the offending value."""
    check = _checker(None, False)
    assert check is not None
    return _collect(check, doc, ())


def _top_level_issues(doc: dict[str, Any], key: str) -> list[Issue]:
    """Schema issues about ``key`` itself at the document level (missing, unknown)."""
    schema = dossier_schema()
    if key not in schema["properties"]:
        if key in doc:
            return [_to_issue(SchemaError((), "additionalProperties", key, doc, schema))]
        return []
    if key not in doc:
        return [_to_issue(SchemaError((), "required", key, doc, schema))]
    return []


def check_fragment(doc: Any, paths: Iterable[str]) -> list[Issue]:
    """Schema-check only the top-level sections or list items the given pointers touch.

    ``/budget/17/amount_cents`` checks ``doc["budget"][17]`` alone; ``/budget`` or ``/budget/-``
    checks the whole list; ``/applicant/name`` checks ``doc["applicant"]``; ``""`` checks everything.
    """
    if not isinstance(doc, dict):
        return schema_issues(doc)
    whole: set[str] = set()
    items: set[tuple[str, int]] = set()
    for path in paths:
        try:
            tokens = split_pointer(path)
        except ValueError:
            tokens = []
        if not tokens:
            return schema_issues(doc)
        key = tokens[0]
        section = doc.get(key)
        if (
            len(tokens) > 1
            and isinstance(section, list)
            and tokens[1].isdigit()
            and int(tokens[1]) < len(section)
        ):
            items.add((key, int(tokens[1])))
        else:
            whole.add(key)
    out: list[Issue] = []
    for key in sorted(whole):
        out.extend(_top_level_issues(doc, key))
        check = _checker(key, False)
        if key in doc and check is not None:
            out.extend(_collect(check, doc[key], (key,)))
    for key, index in sorted(items):
        if key in whole:
            continue
        check = _checker(key, True)
        if check is not None:
            out.extend(_collect(check, doc[key][index], (key, index)))
    return out

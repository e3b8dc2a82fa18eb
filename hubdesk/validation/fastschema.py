"""A compiled checker for the dossier schema, equivalent to jsonschema for the keywords it uses.

jsonschema's generic validator needs about half a second for a 2,000-line dossier; validation runs
after edits and before every export, so we compile the schema once into plain closures (about 20x
faster). Only the keywords the dossier schema uses are supported; any other keyword makes
:func:`compile_schema` raise, and the caller falls back to jsonschema, so a schema change can never
silently drop a check. Equivalence with jsonschema is a tested property (tests/core/validation).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

_ANNOTATIONS = frozenset({"$schema", "$id", "title", "description", "$comment", "examples", "default"})
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # the same test jsonschema's "date" format checker runs


class UnsupportedSchema(ValueError):
    """The schema uses a keyword this compiler does not implement."""


@dataclass(frozen=True, slots=True)
class SchemaError:
    """One violation: where (path tokens), which keyword, its value, the instance and the subschema."""

    path: tuple[str | int, ...]
    keyword: str
    value: Any
    instance: Any
    schema: dict[str, Any] = field(repr=False)


Check = Callable[[Any, tuple[str | int, ...], str | int | None, list[SchemaError]], None]
"""``check(instance, parent_path, key, errors)``: the instance sits at ``parent_path + (key,)``."""


def _unbool(x: Any) -> Any:
    return ("\x00bool", x) if isinstance(x, bool) else x


def equal(one: Any, two: Any) -> bool:
    """JSON equality (``true`` is not ``1``), as jsonschema's ``equal``."""
    if one is two:
        return True
    if isinstance(one, str) or isinstance(two, str):
        return bool(one == two)
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(equal(a, b) for a, b in zip(one, two, strict=True))
    if isinstance(one, dict) and isinstance(two, dict):
        return one.keys() == two.keys() and all(equal(one[k], two[k]) for k in one)
    return bool(_unbool(one) == _unbool(two))


def _is_type(name: str, x: Any) -> bool:
    if name == "string":
        return isinstance(x, str)
    if name == "integer":
        return (isinstance(x, int) and not isinstance(x, bool)) or (isinstance(x, float) and x.is_integer())
    if name == "number":
        return isinstance(x, int | float) and not isinstance(x, bool)
    if name == "object":
        return isinstance(x, dict)
    if name == "array":
        return isinstance(x, list)
    if name == "boolean":
        return isinstance(x, bool)
    if name == "null":
        return x is None
    raise UnsupportedSchema(f"type {name!r}")


_PLAIN_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "object": (dict,),
    "array": (list,),
    "boolean": (bool,),
    "null": (type(None),),
}


def _type_predicate(names: tuple[str, ...]) -> Callable[[Any], bool]:
    """A fast isinstance test when possible (the common case), else the general one."""
    for n in names:
        _is_type(n, None)  # reject unknown type names at compile time
    if all(n in _PLAIN_TYPES for n in names):
        kinds = tuple(t for n in names for t in _PLAIN_TYPES[n])
        return lambda x: isinstance(x, kinds)
    return lambda x: any(_is_type(n, x) for n in names)


def _is_num(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


def _valid_date(x: Any) -> bool:
    if not isinstance(x, str) or not _DATE_RE.fullmatch(x):
        return not isinstance(x, str)
    try:
        date.fromisoformat(x)
    except ValueError:
        return False
    return True


def _unique(items: list[Any]) -> bool:
    if all(isinstance(i, str) for i in items):
        return len(set(items)) == len(items)
    seen: list[Any] = []
    for item in items:
        if any(equal(item, s) for s in seen):
            return False
        seen.append(item)
    return True


def _enum_ok(x: Any, choices: list[Any]) -> bool:
    if x == 0 or x == 1:  # jsonschema keeps true/false apart from 1/0 here
        return any(_unbool(x) == _unbool(c) for c in choices)
    return x in choices


def _bind(test: Callable[[Any, Any], bool], arg: Any) -> Callable[[Any], bool]:
    """``test`` with its second argument fixed to ``arg`` (a schema keyword's value)."""
    return lambda x: test(x, arg)


def compile_schema(schema: dict[str, Any]) -> Check:
    """Compile a (sub)schema into ``check(instance, path, errors)``."""
    unknown = (
        set(schema)
        - _ANNOTATIONS
        - {
            "type",
            "const",
            "enum",
            "required",
            "properties",
            "additionalProperties",
            "items",
            "maxItems",
            "minLength",
            "maxLength",
            "pattern",
            "format",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "uniqueItems",
        }
    )
    if unknown:
        raise UnsupportedSchema(", ".join(sorted(unknown)))
    if schema.get("format", "date") != "date":
        raise UnsupportedSchema(f"format {schema['format']!r}")
    if schema.get("additionalProperties", False) is not False:
        raise UnsupportedSchema("additionalProperties other than false")
    steps: list[tuple[str, Any, Callable[[Any], bool]]] = []
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        steps.append(("type", schema["type"], _type_predicate(tuple(names))))
    if "const" in schema:
        steps.append(("const", schema["const"], _bind(lambda x, c: equal(x, c), schema["const"])))
    if "enum" in schema:
        steps.append(("enum", schema["enum"], _bind(lambda x, c: _enum_ok(x, c), schema["enum"])))
    if "minLength" in schema:
        steps.append(
            (
                "minLength",
                schema["minLength"],
                _bind(lambda x, n: not isinstance(x, str) or len(x) >= n, schema["minLength"]),
            )
        )
    if "maxLength" in schema:
        steps.append(
            (
                "maxLength",
                schema["maxLength"],
                _bind(lambda x, n: not isinstance(x, str) or len(x) <= n, schema["maxLength"]),
            )
        )
    if "pattern" in schema:
        rx = re.compile(schema["pattern"])
        steps.append(
            (
                "pattern",
                schema["pattern"],
                _bind(lambda x, r: not isinstance(x, str) or bool(r.search(x)), rx),
            )
        )
    if "format" in schema:
        steps.append(("format", "date", _valid_date))
    if "minimum" in schema:
        steps.append(
            ("minimum", schema["minimum"], _bind(lambda x, n: not _is_num(x) or x >= n, schema["minimum"]))
        )
    if "maximum" in schema:
        steps.append(
            ("maximum", schema["maximum"], _bind(lambda x, n: not _is_num(x) or x <= n, schema["maximum"]))
        )
    if "exclusiveMinimum" in schema:
        steps.append(
            (
                "exclusiveMinimum",
                schema["exclusiveMinimum"],
                _bind(lambda x, n: not _is_num(x) or x > n, schema["exclusiveMinimum"]),
            )
        )
    if "maxItems" in schema:
        steps.append(
            (
                "maxItems",
                schema["maxItems"],
                _bind(lambda x, n: not isinstance(x, list) or len(x) <= n, schema["maxItems"]),
            )
        )
    if schema.get("uniqueItems") is True:
        steps.append(("uniqueItems", True, lambda x: not isinstance(x, list) or _unique(x)))
    props = {k: compile_schema(v) for k, v in schema.get("properties", {}).items()}
    required = tuple(schema.get("required", ()))
    closed = schema.get("additionalProperties") is False
    items = compile_schema(schema["items"]) if "items" in schema else None

    def check(x: Any, parent: tuple[str | int, ...], key: str | int | None, out: list[SchemaError]) -> None:
        path: tuple[str | int, ...] | None = None
        for keyword, value, ok in steps:
            if not ok(x):
                path = path if path is not None else (parent if key is None else (*parent, key))
                out.append(SchemaError(path, keyword, value, x, schema))
        if isinstance(x, dict):
            if props or required or closed:
                path = path if path is not None else (parent if key is None else (*parent, key))
            for name in required:
                if name not in x:
                    out.append(SchemaError(path, "required", name, x, schema))  # type: ignore[arg-type]
            for k, val in x.items():
                child = props.get(k)
                if child is not None:
                    child(val, path, k, out)  # type: ignore[arg-type]
                elif closed:
                    out.append(SchemaError(path, "additionalProperties", k, x, schema))  # type: ignore[arg-type]
        elif items is not None and isinstance(x, list):
            path = path if path is not None else (parent if key is None else (*parent, key))
            for i, val in enumerate(x):
                items(val, path, i, out)

    return check

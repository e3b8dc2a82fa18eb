"""Column types that keep the document's JSON values exact through storage."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator


class JsonNumber(TypeDecorator[Any]):
    """A JSON number stored as its text, so ``850`` stays an int and ``850.5`` a float."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else json.dumps(value)

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        return None if value is None else json.loads(value)


class JsonList(TypeDecorator[Any]):
    """A list of strings (target groups, deliverables, partner ids), kept in order."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False)

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        return None if value is None else json.loads(value)


_NUL, _ESC = "\x00", "\uffff"


def _escape_nul(value: str) -> str:
    return value.replace(_ESC, _ESC + _ESC).replace(_NUL, _ESC + "0")


def _unescape_nul(value: str) -> str:
    out: list[str] = []
    i = 0
    while (j := value.find(_ESC, i)) >= 0:
        out.append(value[i:j])
        nxt = value[j + 1 : j + 2]
        out.append(_NUL if nxt == "0" else _ESC)
        i = j + 2
    out.append(value[i:])
    return "".join(out)


class PlainText(TypeDecorator[str]):
    """Text kept exactly on both engines: PostgreSQL text cannot hold U+0000, so there (only)
    U+0000 is stored as U+FFFF "0" and U+FFFF as U+FFFF U+FFFF (both rare; reversed on reading)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        if value is None or dialect.name != "postgresql" or (_NUL not in value and _ESC not in value):
            return value
        return _escape_nul(value)

    def process_result_value(self, value: str | None, dialect: Any) -> str | None:
        if value is None or dialect.name != "postgresql" or _ESC not in value:
            return value
        return _unescape_nul(value)

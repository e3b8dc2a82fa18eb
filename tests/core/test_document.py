"""Loading dossier documents: clear errors for unusable input, canonical and stable output."""

from __future__ import annotations

import json

import pytest

from hubdesk.demo import demo_document
from hubdesk.document import DocumentError, dump_bytes, dumps, load_bytes, new_document


def test_canonical_dump_is_sorted_indented_utf8_with_final_newline() -> None:
    text = dumps({"b": 1, "a": {"d": "Città €", "c": [1, 2]}})
    assert (
        text == '{\n  "a": {\n    "c": [\n      1,\n      2\n    ],\n    "d": "Città €"\n  },\n  "b": 1\n}\n'
    )


def test_round_trip_is_byte_stable() -> None:
    data = dump_bytes(demo_document())
    assert dump_bytes(load_bytes(data)) == data


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"not json", "non è JSON valido"),
        (b"\xff\xfe{}", "UTF-8"),
        (b"[1, 2]", "non è un oggetto JSON"),
        (b'{"format": "other"}', "Non è un dossier HubDesk"),
        (b'{"format": "hubdesk.dossier", "format_version": "1"}', "format_version"),
        (b'{"format": "hubdesk.dossier", "format_version": 99}', "più recente"),
        (b'{"a": 1, "a": 2}', "Chiave duplicata"),
        (b'{"x": NaN}', "non ammesso"),
        (b"[" * 100_000 + b"]" * 100_000, "annidato"),
    ],
)
def test_unusable_input_gives_a_clear_message(data: bytes, fragment: str) -> None:
    with pytest.raises(DocumentError) as info:
        load_bytes(data)
    assert fragment in info.value.message_it
    assert info.value.message_en


def test_bom_is_tolerated() -> None:
    doc = new_document()
    assert load_bytes(b"\xef\xbb\xbf" + dump_bytes(doc)) == doc


def test_new_document_has_every_key_of_the_format() -> None:
    doc = new_document()
    assert set(doc) == set(json.loads(dumps(demo_document())))

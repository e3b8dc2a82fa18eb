"""Generated pairs: random edits to a document, the diff reports exactly those edits.

Edits: a leaf of applicant / proposal, a leaf of an item (nested objects included, plain lists as a
whole), an item removed, an item added, a list shuffled (not a change). Then applying the
``after`` values of the diff to A gives B's content.
"""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from hubdesk.diff import LIST_SECTIONS, apply_changes, compare_documents, same_value
from hubdesk.document.pointer import join_pointer, resolve_pointer
from tests import strategies as S

ITEM_STRATEGIES = {
    "properties": S.properties(),
    "partners": S.partners(),
    "activities": S.activities(),
    "budget": S.budget_lines(),
    "indicators": S.indicators(),
    "attachments": S.attachments(),
}

VALUES = st.one_of(
    S.texts(20), st.integers(-5, 10**9), st.booleans(), st.none(), st.lists(S.texts(8), max_size=3)
)


def _unique_ids(doc: dict[str, Any]) -> dict[str, Any]:
    for section in LIST_SECTIONS:
        for i, item in enumerate(doc[section]):
            item["id"] = f"{item['id']}#{i}"
    return doc


def _leaves(obj: dict[str, Any], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for key, value in obj.items():
        if key == "id" and not prefix:
            continue
        if isinstance(value, dict):
            out.extend(_leaves(value, (*prefix, key)))
        else:
            out.append((*prefix, key))
    return out


def _get(obj: Any, tokens: tuple[str, ...]) -> Any:
    for t in tokens:
        obj = obj[t]
    return obj


def _set(obj: Any, tokens: tuple[str, ...], value: Any) -> None:
    for t in tokens[:-1]:
        obj = obj[t]
    obj[tokens[-1]] = value


@st.composite
def edited_pairs(
    draw: st.DrawFn,
) -> tuple[dict[str, Any], dict[str, Any], dict[Any, Any], set[str], set[str]]:
    a = _unique_ids(draw(S.dossier_documents()))
    b = copy.deepcopy(a)
    fields: dict[tuple[str, str | None, str], Any] = {}  # key -> original value
    removed: set[tuple[str, str]] = set()
    added: set[tuple[str, str]] = set()
    fresh = 0
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["object", "item", "remove", "add", "shuffle"]))
        if kind == "object":
            section = draw(st.sampled_from(["applicant", "proposal"]))
            tokens = draw(st.sampled_from(_leaves(b[section])))
            fields.setdefault((section, None, join_pointer(*tokens)), copy.deepcopy(_get(a[section], tokens)))
            _set(b[section], tokens, draw(VALUES))
            continue
        section = draw(st.sampled_from(LIST_SECTIONS))
        items = b[section]
        if kind == "add":
            item = draw(ITEM_STRATEGIES[section])
            fresh += 1
            item["id"] = f"NEW-{fresh}"
            items.insert(draw(st.integers(0, len(items))), item)
            added.add((section, item["id"]))
            continue
        original = [it for it in items if (section, it["id"]) not in added]
        if not original:
            continue
        if kind == "shuffle":
            b[section] = draw(st.permutations(items))
        elif kind == "remove":
            item = draw(st.sampled_from(original))
            items.remove(item)
            removed.add((section, item["id"]))
        else:
            item = draw(st.sampled_from(original))
            tokens = draw(st.sampled_from(_leaves(item)))
            before_item = next(x for x in a[section] if x["id"] == item["id"])
            fields.setdefault(
                (section, item["id"], join_pointer(*tokens)), copy.deepcopy(_get(before_item, tokens))
            )
            _set(item, tokens, draw(VALUES))
    return a, b, fields, removed, added


@settings(max_examples=150)
@given(edited_pairs())
def test_diff_reports_exactly_the_edits(pair: tuple[Any, ...]) -> None:
    a, b, fields, removed, added = pair
    changes = compare_documents(a, b)

    got_removed = {(c.section, c.item) for c in changes if c.op == "removed"}
    got_added = {(c.section, c.item) for c in changes if c.op == "added"}
    assert got_removed == removed
    assert got_added == added

    expected: dict[tuple[str, str | None, str], tuple[Any, Any]] = {}
    for (section, item, field), before in fields.items():
        if item is not None and (section, item) in removed:
            continue
        if item is None:
            after = resolve_pointer(b[section], field)
        else:
            after = resolve_pointer(next(x for x in b[section] if x["id"] == item), field)
        if not same_value(before, after):
            expected[(section, item, field)] = (before, after)
    got = {(c.section, c.item, c.field): (c.before, c.after) for c in changes if c.op == "changed"}
    assert got.keys() == expected.keys()
    for key, (before, after) in expected.items():
        assert same_value(got[key][0], before) and same_value(got[key][1], after)

    for c in changes:
        if c.op == "removed":
            assert c.field == "" and c.after is None
            assert same_value(resolve_pointer(a, c.path), c.before)
        else:
            assert same_value(resolve_pointer(b, c.path), c.after)
        if c.op == "added":
            assert c.field == "" and c.before is None

    order = {s: [it["id"] for it in b[s]] for s in LIST_SECTIONS}
    assert same_value(apply_changes(a, changes, order), b)


@given(S.dossier_documents())
def test_a_document_equals_itself_and_any_reorder(doc: dict[str, Any]) -> None:
    doc = _unique_ids(doc)
    shuffled = copy.deepcopy(doc)
    for section in LIST_SECTIONS:
        shuffled[section].reverse()
    assert compare_documents(doc, doc) == []
    assert compare_documents(doc, shuffled) == []

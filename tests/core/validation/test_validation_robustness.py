"""Rules never crash: thousands of random mutations of the valid base (wrong types, missing keys, ...)."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hubdesk.validation import check_fragment, format_text_report, validate_document
from hubdesk.validation.schema import _checker, jsonschema_errors
from tests.core.validation.conftest import BASE, facts_for
from tests.synthetic import synthetic_attachment_facts, synthetic_dossier

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20)
    | st.sampled_from(["", "applicant", "PAR-1", "ATT-1", "IMM-1", "2021-02-30", "FSE"]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=8,
)


def _containers(node: Any, acc: list[Any]) -> list[Any]:
    if isinstance(node, dict | list):
        acc.append(node)
        for child in node.values() if isinstance(node, dict) else node:
            _containers(child, acc)
    return acc


@st.composite
def mutated(draw: st.DrawFn) -> dict[str, Any]:
    doc = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 6))):
        nodes = _containers(doc, [])
        node = nodes[draw(st.integers(0, len(nodes) - 1))]
        op = draw(st.sampled_from(["delete", "replace", "shuffle", "duplicate"]))
        if isinstance(node, dict) and node:
            key = draw(st.sampled_from(sorted(node)))
            if op == "delete":
                del node[key]
            elif op in ("replace", "shuffle"):
                node[key] = draw(json_values)
            else:
                node[key] = copy.deepcopy(node[key]) if not isinstance(node[key], list) else node[key] * 2
        elif isinstance(node, list) and node:
            i = draw(st.integers(0, len(node) - 1))
            if op == "delete":
                del node[i]
            elif op == "replace":
                node[i] = draw(json_values)
            elif op == "shuffle":
                node[:] = draw(st.permutations(node))
            else:
                node.append(copy.deepcopy(node[i]))
    return doc


@settings(max_examples=1200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=mutated())
def test_mutations_never_crash(doc: dict[str, Any]) -> None:
    for facts in (None, facts_for(BASE)):
        result = validate_document(doc, attachment_facts=facts)
        assert not [i for i in result.issues if i.rule == "SYS-001"], result.issues
        format_text_report(result)
    errors: list[Any] = []
    check = _checker(None, False)
    assert check is not None
    check(doc, (), None, errors)
    key = sorted((e.path, e.keyword, repr(e.value)) for e in errors)
    assert key == sorted((e.path, e.keyword, repr(e.value)) for e in jsonschema_errors(doc))
    check_fragment(doc, ["/budget/0/amount_cents", "/applicant/name", "/partners/-"])


@settings(max_examples=300, deadline=None)
@given(value=json_values)
def test_any_json_value_as_document(value: Any) -> None:
    result = validate_document(value)
    assert not [i for i in result.issues if i.rule == "SYS-001"]


def test_synthetic_dossiers_are_valid() -> None:
    for scale, seed in ((0.05, 1), (0.3, 2), (1.0, 0)):
        doc = synthetic_dossier(scale, seed)
        result = validate_document(doc, attachment_facts=synthetic_attachment_facts(doc))
        assert result.issues == (), format_text_report(result)
    doc = synthetic_dossier(1.0)
    assert (
        len(doc["activities"]),
        len(doc["budget"]),
        len(doc["partners"]),
        len(doc["properties"]),
        len(doc["attachments"]),
    ) == (300, 2000, 100, 50, 200)

"""RFC 6902 JSON Patch: every operation, the examples of the RFC's appendix, all or nothing."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from hubdesk.document.jsonpatch import JsonPatchError, apply_json_patch, json_equal


@pytest.mark.parametrize(
    ("doc", "patch", "expected"),
    [
        ({"foo": "bar"}, [{"op": "add", "path": "/baz", "value": "qux"}], {"foo": "bar", "baz": "qux"}),
        (
            {"foo": ["bar", "baz"]},
            [{"op": "add", "path": "/foo/1", "value": "qux"}],
            {"foo": ["bar", "qux", "baz"]},
        ),
        ({"foo": [1]}, [{"op": "add", "path": "/foo/-", "value": 2}], {"foo": [1, 2]}),
        ({"baz": "qux", "foo": "bar"}, [{"op": "remove", "path": "/baz"}], {"foo": "bar"}),
        ({"foo": ["bar", "qux", "baz"]}, [{"op": "remove", "path": "/foo/1"}], {"foo": ["bar", "baz"]}),
        ({"baz": "qux"}, [{"op": "replace", "path": "/baz", "value": "boo"}], {"baz": "boo"}),
        (
            {"foo": {"bar": "baz", "waldo": "fred"}, "qux": {"corge": "grault"}},
            [{"op": "move", "from": "/foo/waldo", "path": "/qux/thud"}],
            {"foo": {"bar": "baz"}, "qux": {"corge": "grault", "thud": "fred"}},
        ),
        (
            {"foo": ["all", "grass", "cows", "eat"]},
            [{"op": "move", "from": "/foo/1", "path": "/foo/3"}],
            {"foo": ["all", "cows", "eat", "grass"]},
        ),
        ({"a": {"b": [1]}}, [{"op": "copy", "from": "/a/b", "path": "/c"}], {"a": {"b": [1]}, "c": [1]}),
        (
            {"/": 1, "~": 2},
            [{"op": "replace", "path": "/~1", "value": 3}, {"op": "remove", "path": "/~0"}],
            {"/": 3},
        ),
        ({"a": [1, 2]}, [{"op": "test", "path": "/a", "value": [1, 2.0]}], {"a": [1, 2]}),
    ],
)
def test_operations_follow_the_rfc(doc: Any, patch: list[Any], expected: Any) -> None:
    before = copy.deepcopy(doc)
    assert apply_json_patch(doc, patch) == expected
    assert doc == before  # the input is never changed


@pytest.mark.parametrize(
    "patch",
    [
        [{"op": "test", "path": "/n", "value": 2}],
        [{"op": "test", "path": "/flag", "value": 1}],  # true is not 1
        [{"op": "replace", "path": "/missing", "value": 1}],
        [{"op": "remove", "path": "/list/5"}],
        [{"op": "add", "path": "/list/01", "value": 1}],
        [{"op": "add", "path": "/nope/x", "value": 1}],
        [{"op": "move", "from": "/obj", "path": "/obj/inner"}],
        [{"op": "frobnicate", "path": "/n"}],
        [{"op": "add", "path": "/n"}],
        [{"op": "copy", "path": "/n"}],
        [{"path": "/n", "value": 1}],
        [{"op": "replace", "path": "n", "value": 1}],
        {"op": "replace", "path": "/n", "value": 1},
        ["not an object"],
    ],
)
def test_a_failing_operation_fails_the_whole_patch(patch: Any) -> None:
    doc = {"n": 1, "flag": True, "list": [1], "obj": {"inner": 1}}
    with pytest.raises(JsonPatchError):
        apply_json_patch(
            doc, [{"op": "replace", "path": "/n", "value": 99}, *patch] if isinstance(patch, list) else patch
        )
    assert doc["n"] == 1


def test_failed_test_is_marked() -> None:
    with pytest.raises(JsonPatchError) as exc:
        apply_json_patch({"n": 1}, [{"op": "test", "path": "/n", "value": 2}])
    assert exc.value.failed_test and exc.value.index == 0


def test_json_equality() -> None:
    assert json_equal({"a": [1, None]}, {"a": [1.0, None]})
    assert not json_equal(True, 1) and not json_equal(0, False) and not json_equal("1", 1)
    assert not json_equal({"a": 1}, {"a": 1, "b": 2})

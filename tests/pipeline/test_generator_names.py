"""generator.py's restated naming rules give the installed generator's names, every one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from esper_contract import generator
from esper_contract.source import load
from openapi_python_client import strings
from pipeline_support import UPSTREAM, needs_upstream

TRICKY = [
    "", "_", "__x", "x_", "a.b", "a-b c", "a\\b", "ABC", "ABCDef", "abcDEF", "HTTPServer2",
    "v2", "2fa", "iOS", "macOS_app", "Device Group", "device_group", "Device-Group",
    "DeviceGroup_", "DeviceGroup2", "Éléphant", "naïve-café", "ÄÖÜ", "日本語", "x€y", "a$b",
    "a/b", "{id}", "list_devices_v0", "getAllThings", "3_Operations", "apps_management_X",
    "UBUNTU", "ubuntu", "Ubuntu", "ALL_CAPS_WORD", "camelCaseWithID", "with  spaces",
]  # fmt: skip


def _names(node: Any) -> Iterator[str]:
    """Every key and every string value of a document: names and then some."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _names(value)
    elif isinstance(node, list):
        for value in node:
            yield from _names(value)
    elif isinstance(node, str) and len(node) < 80:
        yield node


def _check(names: set[str]) -> None:
    wrong = [
        (name, generator.snake_case(name), strings.snake_case(name))
        for name in sorted(names)
        if generator.snake_case(name) != strings.snake_case(name)
    ] + [
        (name, generator.pascal_case(name), strings.pascal_case(name))
        for name in sorted(names)
        if generator.pascal_case(name) != strings.pascal_case(name)
    ]
    assert not wrong, f"{len(wrong)} names differ (name, ours, the generator's): {wrong[:10]}"


def test_tricky_names() -> None:
    _check(set(TRICKY))


@pytest.mark.parametrize("name", ["id", "self", "list", "class", "1st", "_hidden", "a-b"])
def test_python_identifier_is_the_generators(name: str) -> None:
    assert generator.python_identifier(name) == str(strings.PythonIdentifier(name, "field_"))


@needs_upstream
def test_every_name_of_the_upstream() -> None:
    names = set(_names(load(UPSTREAM)))
    assert len(names) > 5000
    _check(names)

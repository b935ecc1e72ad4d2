"""Bodies built from the contract's schemas: valid instances, for decoding tests.

`sample(schema)` fills every declared property with a value of its type (the first enum value,
the const, a UUID for format uuid...), so that each oneOf arm's sample is as distinctive as its
schema allows. `schema_of(cls)` finds the component schema a generated class stands for.
"""

from __future__ import annotations

import itertools
from functools import cache
from typing import Any

from esper_contract.generator import pascal_case
from esper_testkit import contract, resolve

_counter = itertools.count(1)


@cache
def schema_keys_by_class() -> dict[str, str]:
    return {pascal_case(key): key for key in contract()["components"]["schemas"]}


def schema_of(cls: type) -> dict[str, Any]:
    key = schema_keys_by_class()[cls.__name__]
    return dict(contract()["components"]["schemas"][key])


def sample(schema: Any, depth: int = 0) -> Any:
    """A value that fits `schema` (properties all filled, nested to a few levels)."""
    schema = resolve(schema)
    if not isinstance(schema, dict):
        return "x"
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return sample(schema[key][0], depth)
    if schema.get("allOf"):
        out: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = sample(part, depth)
            if isinstance(value, dict):
                out.update(value)
        return out
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        if depth > 4:
            return {}
        return {
            name: sample(prop, depth + 1) for name, prop in (schema.get("properties") or {}).items()
        }
    if kind == "array":
        return [sample(schema.get("items", {}), depth + 1)] if depth <= 4 else []
    if kind == "integer":
        return next(_counter)
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    fmt = schema.get("format")
    if fmt == "uuid":
        return f"00000000-0000-4000-8000-{next(_counter):012d}"
    if fmt == "date-time":
        return "2024-03-01T10:15:30+00:00"
    if fmt == "date":
        return "2024-03-01"
    return f"text-{next(_counter)}"
